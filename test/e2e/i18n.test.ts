import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_NAMES } from '../../src/schema/locale.ts';
import { uiStrings } from '../unit/locales.test.ts';
import { decodeEntities, LOCALES, readPage } from '../support/site.ts';

const PAGE_TYPES = ['', 'products/firepower/', 'runbooks/ftd-dns-resolution/', 'articles/log-files/', 'regions/', 'search/', 'diagnose/'];
/** What a reader sees or hears: text nodes (and the JSON strings handed to scripts) and the readable attributes. */
function readable(html: string): string {
  const attributes = [...html.matchAll(/\s(?:placeholder|aria-label|title|alt|content|data-copied|data-failed)="([^"]*)"/g)].map((m) => m[1]);
  const text = html
    .replace(/<script(?![^>]*application\/json)[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, '\n');
  return decodeEntities(`${text}\n${attributes.join('\n')}`);
}

/** Strings that are the same word in English and in that language, or product names that are not translated. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['nav.diagnose', 'region.label', 'product.secure-email.name', 'product.firepower.name', 'place.smart-account'],
  fr: ['nav.articles', 'runbook.sources', 'product.count', 'product.secure-email.name', 'product.firepower.name', 'place.smart-account'],
};

describe('no English UI string on a page in another language', () => {
  const names = new Set(Object.values(LOCALE_NAMES));
  it.each(LOCALES.filter((l) => l !== 'en'))('%s translates every string it does not share with English on purpose', (locale) => {
    const same = Object.keys(uiStrings.en).filter((key) => uiStrings[locale][key] === uiStrings.en[key]);
    expect(same.sort()).toEqual((SAME_AS_ENGLISH[locale] ?? []).sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s pages', (locale) => {
    const foreign = Object.entries(uiStrings.en).filter(
      ([key, english]) => english.length >= 4 && !SAME_AS_ENGLISH[locale]?.includes(key) && !names.has(english),
    );
    for (const type of PAGE_TYPES) {
      const html = readable(readPage(`${locale}/${type}`));
      const leaks = foreign.filter(([, english]) => {
        const fixed = english.split(/\{\{\w+\}\}/).filter((part) => part.trim().length >= 4);
        const escaped = (part: string) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return fixed.length > 0 && fixed.every((part) => new RegExp(`(?<![\\w])${escaped(part)}(?![\\w])`).test(html));
      });
      expect(leaks.map(([key, english]) => `${key}: ${english}`), `${locale}/${type}`).toEqual([]);
    }
  });

  it('the 404 page carries every language', () => {
    const html = readFileSync('dist/404.html', 'utf8');
    for (const locale of LOCALES) expect(html).toContain(`data-notfound="${locale}"`);
  });
});

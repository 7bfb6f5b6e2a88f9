import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schema/locale.ts';

type Strings = { [key: string]: string | Strings };
const flatten = (strings: Strings, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(strings).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
export const uiStrings = Object.fromEntries(
  LOCALES.map((locale) => [locale, flatten(JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as Strings)]),
) as Record<(typeof LOCALES)[number], Record<string, string>>;

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales/*.json', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of en.json', (locale) => {
    expect(Object.keys(uiStrings[locale]).sort()).toEqual(Object.keys(uiStrings.en).sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s keeps every {{placeholder}} of the English string', (locale) => {
    for (const [key, english] of Object.entries(uiStrings.en)) {
      expect(placeholders(uiStrings[locale][key] ?? ''), `${locale}: ${key}`).toEqual(placeholders(english));
    }
  });

  it('has no empty string', () => {
    for (const locale of LOCALES) for (const [key, value] of Object.entries(uiStrings[locale])) expect(value.trim(), `${locale}: ${key}`).not.toBe('');
  });
});

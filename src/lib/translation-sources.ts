import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../schema/locale.ts';
import type { SiteData } from './validate.ts';
import { splitFrontmatter } from './yaml-source.ts';
import { localizedFields, type Lock, type TranslationItem } from './translations.ts';

export const LOCK_FILE = 'runbooks/translations.lock.json';

export function readLock(root: string): Lock {
  const path = join(root, LOCK_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Lock) : {};
}

let cachedLock: Lock | undefined;
/** The lock of the project being built (read once per build). */
export const buildLock = (): Lock => (cachedLock ??= readLock(process.cwd()));

/** An article's text in one locale without its front matter ('' when the file is missing). */
export function articleBody(root: string, locale: string, slug: string): string {
  const file = join(root, 'content', locale, `${slug}.mdx`);
  return existsSync(file) ? splitFrontmatter(readFileSync(file, 'utf8')).body : '';
}

/** Every translatable item of the site: runbooks, region texts, and each article as one text. */
export function translationItems(root: string, site: SiteData, articles: readonly string[]): TranslationItem[] {
  const runbooks = site.runbooks.map(({ id, runbook }) => ({ key: `runbook:${id}`, fields: localizedFields(runbook) }));
  const regions = { key: 'regions', fields: localizedFields(site.regions) };
  const pages = articles.map((slug) => ({
    key: `article:${slug}`,
    fields: [
      {
        path: 'body',
        text: Object.fromEntries(LOCALES.map((locale) => [locale, articleBody(root, locale, slug)])),
      },
    ],
  }));
  return [...runbooks, regions, ...pages];
}

import type { Locale } from '../schema/locale.ts';

/** The URL of a page in a locale; `path` is locale-neutral, without leading slash (e.g. "runbooks/ftd-dns-resolution/"). */
export const localeUrl = (locale: Locale, path = ''): string => `/${locale}/${path}`;

export const runbookUrl = (locale: Locale, id: string, step?: string) =>
  `${localeUrl(locale, `runbooks/${id}/`)}${step ? `#${step}` : ''}`;
export const articleUrl = (locale: Locale, slug: string) => localeUrl(locale, `articles/${slug}/`);
export const productUrl = (locale: Locale, product: string) => localeUrl(locale, `products/${product}/`);

/** Where a runbook's source file lives in the repository, for "suggest an edit" links. */
export const EDIT_BASE = process.env.EDIT_BASE_URL ?? 'https://github.com/sse-runbooks/sse-runbooks/edit/main/';
/** Where "report a problem" opens a new issue (a mailto: address works too). */
export const REPORT_BASE = process.env.REPORT_URL ?? 'https://github.com/sse-runbooks/sse-runbooks/issues/new';

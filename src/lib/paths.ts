import { LOCALES, type Locale } from '../schema/locale.ts';

/** The URL of a page in a locale; `path` is locale-neutral, without leading slash (e.g. "runbooks/ftd-dns-resolution/"). */
export const localeUrl = (locale: Locale, path = ''): string => `/${locale}/${path}`;

/** The locale a URL path belongs to, if any (for the 404 page and the language switcher). */
export function localeOf(pathname: string): Locale | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return LOCALES.find((locale) => locale === first);
}

export const runbookUrl = (locale: Locale, id: string, step?: string) =>
  `${localeUrl(locale, `runbooks/${id}/`)}${step ? `#${step}` : ''}`;
export const articleUrl = (locale: Locale, slug: string) => localeUrl(locale, `articles/${slug}/`);
export const productUrl = (locale: Locale, product: string) => localeUrl(locale, `products/${product}/`);

/** Where a runbook's source file lives in the repository, for "suggest an edit" links. */
export const EDIT_BASE = process.env.EDIT_BASE_URL ?? 'https://github.com/sse-runbooks/sse-runbooks/edit/main/';
/** Where "report a problem" opens a new issue (a mailto: address works too). */
export const REPORT_BASE = process.env.REPORT_URL ?? 'https://github.com/sse-runbooks/sse-runbooks/issues/new';

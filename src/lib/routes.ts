import { LOCALES, type Locale } from '../schema/locale.ts';
import { PRODUCTS } from '../schema/runbook.ts';
import { site } from './load.ts';

/** getStaticPaths helpers: one page per locale, or per locale and item. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));

export const runbookPaths = () =>
  LOCALES.flatMap((locale) => site().site.runbooks.map((entry) => ({ params: { locale, id: entry.id }, props: { entry } })));

export const productPaths = () => LOCALES.flatMap((locale) => PRODUCTS.map((product) => ({ params: { locale, product } })));

export const runbooksOf = (product: string) => site().site.runbooks.filter((entry) => entry.runbook.product === product);

export const titleOf = (id: string, locale: Locale): string => {
  const entry = site().site.runbooks.find((e) => e.id === id);
  if (!entry) throw new Error(`no runbook ${id}`);
  return entry.runbook.title[locale];
};

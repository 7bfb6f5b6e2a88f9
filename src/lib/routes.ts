import { LOCALES, type Locale } from '../schema/locale.ts';
import { PRODUCTS } from '../schema/runbook.ts';
import { site } from './load.ts';
import type { RunbookEntry } from './validate.ts';

/** getStaticPaths helpers: one page per locale, or per locale and item. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));

export const runbookPaths = () =>
  LOCALES.flatMap((locale) => site().site.runbooks.map((entry) => ({ params: { locale, id: entry.id }, props: { entry } })));

export const productPaths = () => LOCALES.flatMap((locale) => PRODUCTS.map((product) => ({ params: { locale, product } })));

export const runbooksOf = (product: string) => site().site.runbooks.filter((entry) => entry.runbook.product === product);

let byId: Map<string, RunbookEntry> | undefined;
export const titleOf = (id: string, locale: Locale): string => {
  byId ??= new Map(site().site.runbooks.map((entry) => [entry.id, entry]));
  const entry = byId.get(id);
  if (!entry) throw new Error(`no runbook ${id}`);
  return entry.runbook.title[locale];
};

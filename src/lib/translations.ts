import { LOCALES, type Locale, type LocalizedText } from '../schema/locale.ts';

/**
 * Translation status. Each translation records which English text it was made from: the hash of that English
 * text, per item, locale and field, in runbooks/translations.lock.json (the runbook format is unchanged).
 * When the English changes, the recorded hash no longer matches and the translation is outdated.
 */
export type Lock = Record<string, Partial<Record<Locale, Record<string, string>>>>;

/** A page's translatable texts: each field's six languages. */
export interface TranslationItem {
  /** "runbook:<id>", "article:<slug>" or "regions". */
  key: string;
  fields: { path: string; text: Partial<LocalizedText> }[];
}

export interface Finding {
  key: string;
  path: string;
}

export interface LocaleStatus {
  missing: Finding[];
  identical: Finding[];
  outdated: Finding[];
  unrecorded: Finding[];
  total: number;
}

export const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');

/** FNV-1a, 32 bits: short and stable, enough to notice that a text changed. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const isLocalized = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'en' in value && typeof (value as { en: unknown }).en === 'string';

/** Every six-language field of a parsed file, with its path. */
export function localizedFields(value: unknown, path = ''): TranslationItem['fields'] {
  if (isLocalized(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedFields(item, path ? `${path}.${i}` : String(i)));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => localizedFields(item, path ? `${path}.${key}` : key));
  return [];
}

/** A text worth flagging when it equals the English: at least three words of letters (not a code or a name). */
const looksTranslatable = (text: string) => (text.replace(/`[^`]*`/g, '').match(/\p{L}{2,}/gu) ?? []).length >= 3;

export function translationStatus(items: TranslationItem[], lock: Lock): Record<Locale, LocaleStatus> {
  const result = Object.fromEntries(
    TRANSLATED.map((locale) => [locale, { missing: [], identical: [], outdated: [], unrecorded: [], total: 0 } as LocaleStatus]),
  ) as Record<Locale, LocaleStatus>;
  for (const item of items) {
    for (const { path, text } of item.fields) {
      const english = text.en ?? '';
      for (const locale of TRANSLATED) {
        const status = result[locale];
        const finding = { key: item.key, path };
        status.total++;
        const translated = text[locale];
        if (!translated?.trim()) {
          status.missing.push(finding);
          continue;
        }
        if (translated.trim() === english.trim() && looksTranslatable(english)) status.identical.push(finding);
        const recorded = lock[item.key]?.[locale]?.[path];
        if (recorded === undefined) status.unrecorded.push(finding);
        else if (recorded !== hashText(english)) status.outdated.push(finding);
      }
    }
  }
  return result;
}

/** Records the current English of every field as the source of the given locales' translations. */
export function stampLock(items: TranslationItem[], lock: Lock, locales: readonly Locale[]): Lock {
  const next: Lock = structuredClone(lock);
  const keys = new Set(items.map((item) => item.key));
  for (const key of Object.keys(next)) if (!keys.has(key)) delete next[key];
  for (const item of items) {
    const entry = (next[item.key] ??= {});
    for (const locale of locales) {
      entry[locale] = Object.fromEntries(item.fields.filter((f) => f.text[locale]?.trim()).map((f) => [f.path, hashText(f.text.en ?? '')]));
    }
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

/** The fields of one item that are outdated in one locale (for the notice on the page). */
export function outdatedFields(item: TranslationItem, lock: Lock, locale: Locale): string[] {
  if (locale === 'en') return [];
  return item.fields
    .filter(({ path, text }) => {
      const recorded = lock[item.key]?.[locale]?.[path];
      return recorded !== undefined && recorded !== hashText(text.en ?? '');
    })
    .map(({ path }) => path);
}

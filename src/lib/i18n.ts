import i18next, { type TOptions } from 'i18next';
import de from '../../locales/de.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import ja from '../../locales/ja.json' with { type: 'json' };
import ko from '../../locales/ko.json' with { type: 'json' };
import zh from '../../locales/zh.json' with { type: 'json' };
import type { Locale, LocalizedText } from '../schema/locale.ts';

export const UI_STRINGS = { en, de, zh, ko, fr, ja } as const;

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(Object.entries(UI_STRINGS).map(([lng, strings]) => [lng, { translation: strings }])),
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = (key: string, options?: TOptions) => string;

const translators = new Map<Locale, Translate>();

/**
 * A translator for one locale; a key missing from locales/<locale>.json stops the build instead of leaking
 * English. Strings without interpolation are looked up once per build (thousands of pages ask for them).
 */
export function useTranslations(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    // i18next types keys against its resources; keys here are checked at run time instead (see below).
    const t = instance.getFixedT(locale) as unknown as (key: string, options?: TOptions) => string;
    const plain = new Map<string, string>();
    translate = (key, options) => {
      if (!options) {
        const known = plain.get(key);
        if (known !== undefined) return known;
      }
      if (!instance.exists(key, { lng: locale })) throw new Error(`UI string "${key}" is missing from locales/${locale}.json`);
      const text = t(key, options);
      if (!options) plain.set(key, text);
      return text;
    };
    translators.set(locale, translate);
  }
  return translate;
}

/** Picks one language of a six-language field. */
export const pick = (text: LocalizedText, locale: Locale): string => text[locale];

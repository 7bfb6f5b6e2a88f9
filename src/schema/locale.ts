import { z } from 'zod';

/** The six languages of the site, English first (the source language of every text). */
export const LOCALES = ['en', 'de', 'zh', 'ko', 'fr', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** Native names, shown in the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  zh: '中文',
  ko: '한국어',
  fr: 'Français',
  ja: '日本語',
};

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

const translation = (locale: Locale) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `missing ${locale} translation` : `the ${locale} text must be a string`,
    })
    .trim()
    .min(1, `empty ${locale} translation`);

/** A prose text in all six languages; a missing or empty language is a validation error. */
export const LocalizedText = z
  .object({
    en: translation('en'),
    de: translation('de'),
    zh: translation('zh'),
    ko: translation('ko'),
    fr: translation('fr'),
    ja: translation('ja'),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

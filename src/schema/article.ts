import { z } from 'zod';
import { LOCALES } from './locale.ts';

/** Front matter of a background article, content/<locale>/<slug>.mdx (one file per language). */
export const ArticleFrontmatter = z
  .object({
    /** Page title in the file's language. */
    title: z.string().min(1),
    /** One or two sentences for the meta description and article lists. */
    description: z.string().min(1),
    /** Order in article lists (lower first). */
    order: z.number().int().default(50),
    /** The documents the facts come from. */
    sources: z
      .array(z.object({ title: z.string().min(1), url: z.url().optional(), lang: z.enum(LOCALES) }).strict())
      .min(1),
    /** The day the article was last checked against its sources (YYYY-MM-DD). */
    reviewed: z.preprocess((value) => {
      // MDX front matter arrives with dates already parsed (a Date, or its ISO string at midnight UTC); keep the day.
      const text = value instanceof Date ? value.toISOString() : value;
      return typeof text === 'string' ? text.replace(/T00:00:00(\.000)?Z$/, '') : text;
    }, z.iso.date()),
  })
  .strict();
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatter>;

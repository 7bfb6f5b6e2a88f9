import type { MDXInstance } from 'astro';
import { ArticleFrontmatter } from '../schema/article.ts';
import { LOCALES, type Locale } from '../schema/locale.ts';

type Article = MDXInstance<ArticleFrontmatter>;

/** Every article in every locale, keyed by "<locale>/<slug>" (front matter is validated by npm run check). */
const modules = import.meta.glob<Article>('/content/*/*.mdx', { eager: true });

const byKey = new Map<string, Article & { frontmatter: ArticleFrontmatter }>();
for (const [path, module] of Object.entries(modules)) {
  const match = /\/content\/([a-z]{2})\/([^/]+)\.mdx$/.exec(path);
  if (!match) continue;
  const parsed = ArticleFrontmatter.safeParse(module.frontmatter);
  if (!parsed.success) throw new Error(`content/${match[1]}/${match[2]}.mdx: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  byKey.set(`${match[1]}/${match[2]}`, { ...module, frontmatter: parsed.data });
}

export function article(slug: string, locale: Locale) {
  const found = byKey.get(`${locale}/${slug}`);
  if (!found) throw new Error(`no article content/${locale}/${slug}.mdx`);
  return found;
}

/** Slugs present in every locale, in reading order. */
export function articleSlugs(): string[] {
  const slugs = [...new Set([...byKey.keys()].map((key) => key.slice(3)))].filter((slug) =>
    LOCALES.every((locale) => byKey.has(`${locale}/${slug}`)),
  );
  return slugs.sort((a, b) => article(a, 'en').frontmatter.order - article(b, 'en').frontmatter.order || a.localeCompare(b));
}

export const articleTitle = (slug: string, locale: Locale): string => article(slug, locale).frontmatter.title;

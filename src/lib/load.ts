import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOCALES } from '../schema/locale.ts';
import { formatProblem, type Problem } from './yaml-source.ts';
import { validateSite, type SiteData, type SourceFile } from './validate.ts';

/** Reads the project's sources from disk (Node only; pages and the CLI call it, tests may point it at a fixture). */
export function readSources(root: string) {
  const read = (path: string): SourceFile => ({
    path: relative(root, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8'),
  });
  const runbookDir = join(root, 'runbooks');
  const runbooks: SourceFile[] = [];
  for (const product of existsSync(runbookDir) ? readdirSync(runbookDir).sort() : []) {
    const folder = join(runbookDir, product);
    for (const name of readdirSync(folder).sort()) {
      if (/\.ya?ml$/.test(name)) runbooks.push(read(join(folder, name)));
    }
  }
  const problems: Problem[] = [];
  const slugsByLocale = LOCALES.map((locale) => {
    const folder = join(root, 'content', locale);
    return new Set(
      existsSync(folder)
        ? readdirSync(folder)
            .filter((name) => name.endsWith('.mdx'))
            .map((name) => name.slice(0, -4))
        : [],
    );
  });
  const allSlugs = new Set(slugsByLocale.flatMap((set) => [...set]));
  for (const slug of allSlugs) {
    LOCALES.forEach((locale, i) => {
      if (!slugsByLocale[i]!.has(slug)) {
        problems.push({ file: `content/${locale}/${slug}.mdx`, line: 1, col: 1, path: '', message: `missing ${locale} translation of article "${slug}"` });
      }
    });
  }
  const articles = [...allSlugs].filter((slug) => slugsByLocale.every((set) => set.has(slug))).sort();
  return { regions: read(join(root, 'content', 'regions.yaml')), runbooks, articles, problems };
}

export class ValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in the sources:\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
  }
}

export function loadSite(root: string, options: { redos?: boolean } = {}): { site: SiteData; articles: string[] } {
  const sources = readSources(root);
  const result = validateSite({ ...sources, redos: options.redos });
  const problems = [...sources.problems, ...result.problems];
  if (!result.ok || problems.length) throw new ValidationError(problems);
  return { site: result.site, articles: sources.articles };
}

let cached: { site: SiteData; articles: string[] } | undefined;
/** The validated site for the build; validation runs once per build and throws on any problem. */
export function site() {
  cached ??= loadSite(process.cwd());
  return cached;
}

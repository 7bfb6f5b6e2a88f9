import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ArticleFrontmatter } from '../schema/article.ts';
import { LOCALES } from '../schema/locale.ts';
import type { RegionsFile } from '../schema/region.ts';
import { formatProblem, parseYaml, splitFrontmatter, type FieldPath, type Problem } from './yaml-source.ts';
import { validateRegions, validateSite, type SiteData, type SourceFile } from './validate.ts';

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
    if (!statSync(folder).isDirectory()) continue; // translations.lock.json lives beside the product folders
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
  LOCALES.forEach((locale, i) => {
    for (const slug of slugsByLocale[i]!) problems.push(...frontmatterProblems(read(join(root, 'content', locale, `${slug}.mdx`))));
  });
  const articles = [...allSlugs].filter((slug) => slugsByLocale.every((set) => set.has(slug))).sort();
  return { regions: read(join(root, 'content', 'regions.yaml')), runbooks, articles, problems };
}

/** Checks an article's front matter; a blank first line keeps line numbers those of the .mdx file. */
function frontmatterProblems(file: SourceFile): Problem[] {
  const { frontmatter } = splitFrontmatter(file.text);
  if (frontmatter === undefined) return [{ file: file.path, line: 1, col: 1, path: '', message: 'missing front matter (--- title, description, sources, reviewed ---)' }];
  const source = parseYaml(file.path, `\n${frontmatter}`);
  if (source.problems.length) return source.problems;
  const parsed = ArticleFrontmatter.safeParse(source.data);
  return parsed.success ? [] : parsed.error.issues.map((issue) => source.problem(issue.path as FieldPath, issue.message));
}

export class ValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in the sources:\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
  }
}

/** Where the ReDoS verdicts are kept between runs (a cache: deleting it only costs time). */
const REDOS_CACHE = 'node_modules/.cache/sse-runbooks/redos-v2.json';

function readRedosCache(root: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(join(root, REDOS_CACHE), 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

function writeRedosCache(root: string, cache: Map<string, string>): void {
  const path = join(root, REDOS_CACHE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(Object.fromEntries(cache)));
}

export function loadSite(root: string, options: { redos?: boolean } = {}): { site: SiteData; articles: string[] } {
  const sources = readSources(root);
  const redosCache = options.redos ? readRedosCache(root) : undefined;
  const result = validateSite({ ...sources, redos: options.redos, redosCache });
  if (redosCache) writeRedosCache(root, redosCache);
  const problems = [...sources.problems, ...result.problems];
  if (!result.ok || problems.length) throw new ValidationError(problems);
  return { site: result.site, articles: sources.articles };
}

/** Only the region data, validated: for steps that need the hosts but not the runbooks (config, headers). */
export function loadRegions(root: string): RegionsFile {
  const { regions, problems } = validateRegions({ path: 'content/regions.yaml', text: readFileSync(join(root, 'content', 'regions.yaml'), 'utf8') });
  if (!regions || problems.length) throw new ValidationError(problems);
  return regions;
}

let cached: { site: SiteData; articles: string[] } | undefined;
/** The validated site for the build; validation runs once per build and throws on any problem. */
export function site() {
  cached ??= loadSite(process.cwd());
  return cached;
}

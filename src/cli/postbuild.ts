// After `astro build`: the Pagefind index of dist/ (one per language, from <html lang>) and the _headers file.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { headersFile } from '../lib/csp.ts';
import { loadRegions } from '../lib/load.ts';
import { LOCALES } from '../schema/locale.ts';

const started = performance.now();
writeFileSync('dist/_headers', headersFile(loadRegions(process.cwd())));

/** The Pagefind binary of this platform, run directly: the npm wrapper would add a Node process per run. */
function pagefindBinary(): string {
  const require = createRequire(import.meta.url);
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${process.platform}-${arch()}/bin/${name}`);
    } catch {
      /* try the next name */
    }
  }
  throw new Error(`no Pagefind binary for ${process.platform}-${arch()}: run npm ci`);
}
const PAGEFIND = pagefindBinary();

/** Characters kept inside indexed words, so code-like terms (curl: (6), [409], connectorCA.pem) stay searchable. */
const INCLUDE_CHARACTERS = '_.:/()[]#-';
const ENTRY = 'dist/pagefind/pagefind-entry.json';
rmSync('dist/pagefind', { recursive: true, force: true });

/**
 * One Pagefind process per language, one after the other, then one entry file listing them all. Indexing
 * every language in one process adds their memory up (2.3 GB at 1,000 runbooks: the Chinese and Japanese
 * segmenters are large); one language at a time stays under 1 GB. Running two at once gains nothing: each
 * process already uses both cores.
 */
const entry: { version?: string; languages: Record<string, { page_count: number }>; include_characters?: string[] } = { languages: {} };
for (const locale of LOCALES) {
  const run = spawnSync(
    PAGEFIND,
    ['--site', 'dist', '--glob', `${locale}/**/*.html`, '--output-path', 'dist/pagefind', '--include-characters', INCLUDE_CHARACTERS],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`Pagefind (${locale}) failed:\n${run.stdout}\n${run.stderr}`);
  // Each run rewrites the entry file with its own language; index files are named by content hash and add up.
  const part = JSON.parse(readFileSync(ENTRY, 'utf8')) as typeof entry;
  entry.version = part.version;
  entry.include_characters = part.include_characters;
  Object.assign(entry.languages, part.languages);
}
const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
writeFileSync(ENTRY, JSON.stringify(entry));
console.log(`postbuild: indexed ${pageCount} pages in ${LOCALES.length} languages, wrote dist/_headers (${Math.round(performance.now() - started)} ms)`);

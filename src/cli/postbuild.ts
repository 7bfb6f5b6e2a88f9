// After `astro build`: the Pagefind index of dist/ (one per language, from <html lang>) and the _headers file.
import { writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { headersFile } from '../lib/csp.ts';
import { loadSite } from '../lib/load.ts';

const started = performance.now();
const { site } = loadSite(process.cwd());
writeFileSync('dist/_headers', headersFile(site.regions));

/** Characters kept inside indexed words, so code-like terms (curl: (6), [409], connectorCA.pem) stay searchable. */
const INCLUDE_CHARACTERS = '_.:/()[]#-';

const { index, errors } = await pagefind.createIndex({ includeCharacters: INCLUDE_CHARACTERS });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: 'dist' });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`postbuild: indexed ${added.page_count} pages, wrote dist/_headers (${Math.round(performance.now() - started)} ms)`);

// npm run bench [-- N]: builds a copy of the site with N synthetic runbooks (default 1000) made from the real ones,
// in six locales, and prints build time, pages per second, peak memory, output size, page weights per page type
// and what a first search downloads. It prints figures; it asserts nothing.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { LOCALES } from '../schema/locale.ts';

const N = Number(process.argv[2] ?? 1000);
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'sse-bench-'));
for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'locales', 'runbooks', 'public']) {
  cpSync(join(root, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));

// Synthetic runbooks: copies of the real ones under new ids, each title and summary marked with its number.
// Signatures and error strings are left out: copies of them would claim the same pastes as the originals.
const real = readdirSync(join(root, 'runbooks'))
  .filter((product) => statSync(join(root, 'runbooks', product)).isDirectory())
  .flatMap((product) => readdirSync(join(root, 'runbooks', product)).map((file) => ({ product, file })));
for (let i = 0; i < N; i++) {
  const { product, file } = real[i % real.length]!;
  const data = parse(readFileSync(join(root, 'runbooks', product, file), 'utf8')) as Record<string, unknown>;
  const mark = (text: Record<string, string>) => Object.fromEntries(LOCALES.map((l) => [l, `${text[l]} (${i + 1})`]));
  data.title = mark(data.title as Record<string, string>);
  data.summary = mark(data.summary as Record<string, string>);
  data.signatures = [];
  data.errors = [];
  data.common = false;
  writeFileSync(join(work, 'runbooks', product, `${file.replace(/\.yaml$/, '')}-bench-${i + 1}.yaml`), stringify(data));
}

/** Runs a command, sampling the resident memory of its whole process tree (Pagefind's binary included). */
function run(command: string, args: string[]): Promise<{ ms: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let peak = 0;
    const sample = () => {
      const pids = [child.pid!];
      const parents = new Map<number, number[]>();
      for (const name of readdirSync('/proc')) {
        if (!/^\d+$/.test(name)) continue;
        try {
          const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
          parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
        } catch {
          /* process ended */
        }
      }
      for (let i = 0; i < pids.length; i++) pids.push(...(parents.get(pids[i]!) ?? []));
      let kb = 0;
      for (const pid of pids) {
        try {
          kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        } catch {
          /* process ended */
        }
      }
      peak = Math.max(peak, kb);
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve({ ms: performance.now() - started, peakMb: peak / 1024 });
    });
  });
}

const node = join(root, 'node_modules', '.bin', 'node');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
console.log(`bench: ${N} synthetic + ${real.length} real runbooks in ${work}`);
const check = await run(node, ['src/cli/check.ts']);
const build = await run(node, [astro, 'build', '--silent']);
const index = await run(node, ['src/cli/postbuild.ts']);

// Output: pages, sizes, weights per page type.
const dist = join(work, 'dist');
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(dist);
const pages = files.filter((f) => f.endsWith('.html'));
const bytes = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (path: string) => gzipSync(readFileSync(path)).length;
const TYPES: Record<string, RegExp> = {
  home: /^[a-z]{2}\/index\.html$/,
  product: /^[a-z]{2}\/products\//,
  runbook: /^[a-z]{2}\/runbooks\//,
  article: /^[a-z]{2}\/articles\//,
  regions: /^[a-z]{2}\/regions\//,
  search: /^[a-z]{2}\/search\//,
  diagnose: /^[a-z]{2}\/diagnose\//,
};
/** JS and CSS a page loads at start (its scripts and their static imports, its stylesheets), gzip. */
function assets(page: string): { js: number; css: number } {
  const html = readFileSync(page, 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]!);
  let js = 0;
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const file = join(dist, src);
    if (!existsSync(file)) continue;
    js += gz(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w{}\s,*]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) queue.push(new URL(m[1]!, `http://x${src}`).pathname);
  }
  const css = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)].reduce((sum, m) => sum + gz(join(dist, m[1]!)), 0);
  return { js, css };
}

console.log(`\ncheck: ${(check.ms / 1000).toFixed(1)} s (peak ${check.peakMb.toFixed(0)} MB)`);
console.log(`astro build: ${(build.ms / 1000).toFixed(1)} s (peak ${build.peakMb.toFixed(0)} MB)`);
console.log(`pagefind + headers: ${(index.ms / 1000).toFixed(1)} s (peak ${index.peakMb.toFixed(0)} MB)`);
const total = check.ms + build.ms + index.ms;
console.log(`total: ${(total / 1000).toFixed(1)} s for ${pages.length} pages = ${(pages.length / (total / 1000)).toFixed(0)} pages/s; peak memory ${Math.max(check.peakMb, build.peakMb, index.peakMb).toFixed(0)} MB`);
console.log(`dist: ${files.length} files, ${(bytes(files) / 1024 / 1024).toFixed(1)} MiB (HTML ${(bytes(pages) / 1024 / 1024).toFixed(1)} MiB, search index ${(bytes(files.filter((f) => f.includes('/pagefind/'))) / 1024 / 1024).toFixed(1)} MiB)`);
console.log('\npage type   pages  median HTML  largest HTML  JS (gzip)  CSS (gzip)');
for (const [type, pattern] of Object.entries(TYPES)) {
  const list = pages.filter((p) => pattern.test(relative(dist, p))).sort((a, b) => statSync(a).size - statSync(b).size);
  if (!list.length) continue;
  const median = statSync(list[Math.floor(list.length / 2)]!).size;
  const largest = list.at(-1)!;
  const weight = assets(largest);
  console.log(`${type.padEnd(10)} ${String(list.length).padStart(6)}  ${kib(median).padStart(11)}  ${kib(statSync(largest).size).padStart(12)}  ${kib(weight.js).padStart(9)}  ${kib(weight.css).padStart(10)}`);
}

// What a first search downloads, measured in Chromium against the built copy.
try {
  const { serveDist } = await import('../../test/support/server.ts');
  const { launch } = await import('../../test/support/browser.ts');
  const { url, server } = await serveDist(dist);
  const browser = await launch();
  const page = await browser.newPage();
  let downloaded = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) downloaded += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${url}/en/search/?q=token`);
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  console.log(`\nfirst search ("token", en): ${kib(downloaded)} from /pagefind/ (uncompressed bytes as served)`);
  await browser.close();
  server.close();
} catch (error) {
  console.log(`\nfirst search: not measured (${(error as Error).message})`);
}
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });

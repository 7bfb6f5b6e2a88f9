import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every HTML file of the build, as its URL path. */
function pages(dir = 'dist', prefix = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(path, `${prefix}${name}/`);
    return name.endsWith('.html') ? [`${prefix}${name}`.replace(/index\.html$/, '')] : [];
  });
}
const fileOf = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);
const idsOf = new Map<string, Set<string>>();
function ids(path: string): Set<string> {
  if (!idsOf.has(path)) idsOf.set(path, new Set([...readFileSync(fileOf(path), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsOf.get(path)!;
}

describe('links of the built site', () => {
  const all = pages();

  it('builds the expected number of pages', () => {
    expect(all.length).toBeGreaterThan(150);
  });

  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    for (const page of all) {
      const html = readFileSync(fileOf(page), 'utf8');
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${page}`);
        const target = url.pathname;
        if (!existsSync(fileOf(target))) {
          broken.push(`${page} → ${href}`);
          continue;
        }
        if (url.hash && target.endsWith('/') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every hreflang alternate exists, and every page has <html lang>, a title and a description', () => {
    const problems: string[] = [];
    for (const page of all) {
      const html = readFileSync(fileOf(page), 'utf8');
      if (!/<html lang="[a-z]{2}"/.test(html)) problems.push(`${page}: no <html lang>`);
      if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${page}: no title`);
      if (!/<meta name="description" content="[^"]+"/.test(html)) problems.push(`${page}: no description`);
      for (const [, href] of html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)) {
        if (!existsSync(fileOf(new URL(href!).pathname))) problems.push(`${page}: alternate ${href} missing`);
      }
    }
    expect(problems).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { serveDist } from './server.ts';

export const LOCALES = ['en', 'de', 'zh', 'ko', 'fr', 'ja'] as const;

/** Runbook ids as built (one folder per runbook in dist/en/runbooks). */
export const builtRunbooks = (): string[] => readdirSync('dist/en/runbooks').sort();

export const readPage = (path: string): string => readFileSync(join('dist', path, /\.\w+$/.test(path) ? '' : 'index.html'), 'utf8');

/** One static server and one Chromium per test file. */
export function useSite(): { base: () => string; browser: () => Browser } {
  let base = '';
  let browser: Browser | undefined;
  let close: (() => void) | undefined;
  beforeAll(async () => {
    const served = await serveDist('dist');
    base = served.url;
    close = () => served.server.close();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    close?.();
  });
  return {
    base: () => base,
    browser: () => {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
  };
}

/** Decodes the HTML entities the build writes, to compare page text with source strings. */
export const decodeEntities = (html: string): string =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

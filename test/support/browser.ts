import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Debian's Chromium; fails (never skips) with the way to install it when it is missing. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every request to a host other than the test server. */
  foreign: string[];
  /** Console errors, uncaught exceptions and CSP violations. */
  errors: string[];
}

/**
 * A page whose requests to any host but the test server are recorded and, unless a test routes them itself,
 * refused: the real Cisco hosts are never contacted from a test.
 */
export async function watchedPage(browser: Browser, base: string, options: { locale?: string; javaScript?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', javaScriptEnabled: options.javaScript ?? true, serviceWorkers: 'block' });
  const foreign: string[] = [];
  const errors: string[] = [];
  const origin = new URL(base).origin;
  context.on('request', (request: Request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await context.route((url) => url.origin !== origin, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { context, page, foreign, errors };
}

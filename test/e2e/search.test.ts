import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const site = useSite();

async function search(page: Page, locale: string, query: string, product = ''): Promise<string[]> {
  await page.goto(`${site.base()}/${locale}/search/?q=${encodeURIComponent(query)}${product ? `&product=${product}` : ''}`);
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
  return page.$$eval('[data-results] a', (links) => links.map((a) => a.getAttribute('href')!));
}
const page = async () => (await watchedPage(site.browser(), site.base())).page;

describe('search', () => {
  it.each([
    ['en', 'E4017', '/en/runbooks/esa-device-offline-e4017/'],
    ['de', 'Token abgelaufen', '/de/runbooks/esa-token-invalid-or-expired/'],
    ['zh', '令牌 过期', '/zh/runbooks/esa-token-invalid-or-expired/'],
    ['ja', '名前解決', '/ja/runbooks/ftd-dns-resolution/'],
    ['ko', '토큰 만료', '/ko/runbooks/esa-token-invalid-or-expired/'],
    ['fr', 'jeton expiré', '/fr/runbooks/esa-token-invalid-or-expired/'],
  ])('in %s, "%s" finds %s first', async (locale, query, expected) => {
    const results = await search(await page(), locale, query);
    expect(results[0]?.split('#')[0]).toBe(expected);
  });

  it.each([
    ['E4017', 'esa-device-offline-e4017'],
    ['[409]', 'esa-device-offline-e4017'],
    ['curl returned 28', 'ftd-curl-timeout-28'],
    ['curl: (6)', 'ftd-dns-resolution'],
    ['connectWebSocket', 'ftd-events-not-reaching-sse'],
    ['EventHandler_SSEConnector.sock', 'ftd-sseconnector-eventhandler-socket'],
    ['api.eu.sse.itd.cisco.com', 'ftd-'],
    ['connectorCA.pem', 'ftd-sse-enrollment-connectivity'],
    ['pmtool', 'ftd-'],
  ])('the code-like term %s finds %s first', async (query, expected) => {
    const results = await search(await page(), 'en', query);
    expect(results[0]).toMatch(new RegExp(`^/en/runbooks/${expected.replace(/[-[\]]/g, '\\$&')}`));
  });

  it('puts the runbook of a whole pasted log line first, whatever its timestamp, PID and host', async () => {
    const paste = 'Nov 24 03:12:45 fw-nord-2 ActionQueueScrape.pl[88412]: [SF::SSE::Enrollment] canConnect: System (/usr/bin/curl -s --connect-timeout 10 -m 20 -f https://api.apj.sse.itd.cisco.com/providers/sse/api/v1/regions) Failed, curl returned 28 at /ngfw/usr/local/sf/lib/perl/5.10.1/SF/System.pm line 10477.';
    const p = await page();
    const results = await search(p, 'fr', paste);
    expect(results[0]).toMatch(/^\/fr\/runbooks\/ftd-curl-timeout-28\//);
    expect(await p.locator('[data-results] li').first().getAttribute('class')).toContain('from-paste');
  });

  it('finds the same pages under old and new product names', async () => {
    const p = await page();
    const securex = await search(p, 'en', 'SecureX tile');
    const xdr = await search(p, 'en', 'XDR tile');
    expect(securex.length).toBeGreaterThan(0);
    expect(securex).toEqual(xdr);
    expect(await search(p, 'en', 'ESA token')).toEqual(await search(p, 'en', 'Secure Email token'));
    expect(await search(p, 'en', 'Secure Firewall cloud services')).toEqual(await search(p, 'en', 'FTD cloud services'));
  });

  it('filters by product', async () => {
    const results = await search(await page(), 'en', 'token', 'firepower');
    expect(results.length).toBeGreaterThan(0);
    for (const href of results) expect(href).toMatch(/^\/en\/runbooks\/ftd-/);
  });

  it('shows English results, marked as English, when the page language has none', async () => {
    const p = await page();
    const results = await search(p, 'fr', 'reachable');
    expect(results.length).toBeGreaterThan(0);
    for (const href of results) expect(href).toMatch(/^\/en\//);
    expect(await p.locator('[data-results] li[lang="en"] .badge').first().textContent()).toBe('Anglais');
    expect(await p.locator('[data-search-status]').textContent()).toContain('anglais');
  });

  it('runs as the reader types, keeps the query in the address, and works with the keyboard only', async () => {
    const p = await page();
    await p.goto(`${site.base()}/de/search/`);
    await p.locator('#search-q').focus();
    await p.keyboard.type('pmtool');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'pmtool');
    await p.waitForSelector('[data-results] a', { state: 'attached' });
    await p.keyboard.press('Enter');
    await p.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
    await p.keyboard.press('Tab'); // product filter
    await p.keyboard.press('Tab'); // submit
    await p.keyboard.press('Tab'); // first result
    expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/de\/runbooks\//);
  });

  it('loads no search code on other pages until the reader searches', async () => {
    const { page: p, context } = await watchedPage(site.browser(), site.base());
    const requested: string[] = [];
    p.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await p.goto(`${site.base()}/en/runbooks/ftd-dns-resolution/`);
    await p.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/') || path.endsWith('signatures.json'))).toEqual([]);
    await p.fill('#site-search', 'E4017');
    await p.press('#site-search', 'Enter');
    await p.waitForURL(/\/en\/search\/\?q=E4017/);
    await p.waitForSelector('[data-results] a', { state: 'attached' });
    expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    await context.close();
  });
});

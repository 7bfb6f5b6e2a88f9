import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSite } from '../../src/lib/load.ts';
import { probeHosts } from '../../src/lib/template.ts';
import { watchedPage } from '../support/browser.ts';
import { readPage, useSite } from '../support/site.ts';

const site = useSite();
const { site: data } = loadSite(process.cwd());

/** Simulates the SSE hosts: 403 (reachable), DNS failure, refusal, or no answer at all. */
async function simulate(page: Page, behaviour: Record<string, 'reachable' | 'dns' | 'refused' | 'hang'>) {
  const seen: string[] = [];
  await page.route(
    (url) => url.hostname in behaviour,
    async (route) => {
      const host = new URL(route.request().url()).hostname;
      seen.push(host);
      const kind = behaviour[host];
      if (kind === 'reachable') await route.fulfill({ status: 403, body: 'Forbidden' });
      else if (kind === 'dns') await route.abort('namenotresolved');
      else if (kind === 'refused') await route.abort('connectionrefused');
      // 'hang': never answered; the widget's own timeout must end the check.
    },
  );
  return seen;
}
const statuses = (page: Page) =>
  page.$$eval('[data-endpoint]', (items) => Object.fromEntries(items.map((item) => [item.getAttribute('data-endpoint'), item.getAttribute('data-status')])));

describe('endpoint checks on a runbook step', () => {
  it('probes nothing before the click, then ends each endpoint as reachable, unreachable or timeout within 10 s', async () => {
    const { page, foreign, errors } = await watchedPage(site.browser(), site.base());
    const seen = await simulate(page, {
      'api.eu.sse.itd.cisco.com': 'reachable',
      'est.sco.cisco.com': 'dns',
      'eventing-ingest.eu.sse.itd.cisco.com': 'refused',
      'mx01.eu.sse.itd.cisco.com': 'hang',
    });
    await page.goto(`${site.base()}/en/runbooks/ftd-sse-enrollment-connectivity/?region=eu`);
    const widget = page.locator('endpoint-check').first();
    await page.waitForTimeout(500);
    expect(seen).toEqual([]);
    expect(await statuses(page)).toMatchObject({ 'api.eu.sse.itd.cisco.com': 'idle', 'mx01.eu.sse.itd.cisco.com': 'idle' });
    // Only the region in force carries data-endpoint.
    expect(await page.locator('[data-endpoint="api-sse.cisco.com"]').count()).toBe(0);
    expect(await page.locator('[data-host="api-sse.cisco.com"]').count()).toBeGreaterThan(0);

    const started = Date.now();
    await widget.locator('[data-check-run]').click();
    await widget.locator('[data-check-summary]').filter({ hasText: 'of' }).waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const inWidget = (host: string) => widget.locator(`[data-endpoint="${host}"]`);
    expect(await inWidget('api.eu.sse.itd.cisco.com').getAttribute('data-status')).toBe('reachable');
    expect(await inWidget('api.eu.sse.itd.cisco.com').locator('[data-status-text]').textContent()).toMatch(/\(\d+ ms\)/);
    expect(await inWidget('est.sco.cisco.com').getAttribute('data-status')).toBe('unreachable');
    expect(await inWidget('eventing-ingest.eu.sse.itd.cisco.com').getAttribute('data-status')).toBe('unreachable');
    expect(await inWidget('mx01.eu.sse.itd.cisco.com').getAttribute('data-status')).toBe('timeout');
    expect(await widget.locator('[data-check-summary]').textContent()).toBe('1 of 4 reachable from this browser');
    expect(await inWidget('est.sco.cisco.com').locator('[data-meaning]').textContent()).toContain('look the same');
    expect(await inWidget('mx01.eu.sse.itd.cisco.com').locator('.endpoint-device code').textContent()).toBe(
      'curl -v https://mx01.eu.sse.itd.cisco.com --cacert /ngfw/etc/ssl/connectorCA.pem',
    );
    expect(new Set(foreign.map((url) => new URL(url).hostname))).toEqual(new Set(seen));
    expect(errors.filter((e) => !/net::ERR_|Failed to load resource/.test(e))).toEqual([]);
  });

  it('can be cancelled, which returns every endpoint to idle, and retried', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    await simulate(page, { 'api-sse.cisco.com': 'hang', 'est.sco.cisco.com': 'hang', 'eventing-ingest.sse.itd.cisco.com': 'hang', 'mx01.sse.itd.cisco.com': 'hang' });
    await page.goto(`${site.base()}/en/runbooks/ftd-sse-enrollment-connectivity/?region=nam`);
    const widget = page.locator('endpoint-check').first();
    await widget.locator('[data-check-run]').click();
    await widget.locator('[data-status="checking"]').first().waitFor();
    await widget.locator('[data-check-cancel]').click();
    await widget.locator('[data-check-summary]').filter({ hasText: 'cancelled' }).waitFor();
    expect(Object.values(await statuses(page)).every((status) => status === 'idle')).toBe(true);
    expect(await widget.locator('[data-check-run]').textContent()).toBe('Check again');
  });

  it('follows the region picker: other hosts are probed and other commands shown', async () => {
    const { page } = await watchedPage(site.browser(), site.base(), { locale: 'ja-JP' });
    const seen = await simulate(page, Object.fromEntries(probeHosts(data.regions).map((host) => [host, 'reachable' as const])));
    await page.goto(`${site.base()}/ja/runbooks/ftd-dns-resolution/`);
    // Japanese page: APJ is the guess, and the page says it is a guess.
    expect(await page.getAttribute('html', 'data-region')).toBe('apj');
    expect(await page.locator('.region-note [data-region-source="guess"]').isVisible()).toBe(true);
    expect(await page.locator('#reproduce .command-variant:visible code').textContent()).toBe('curl -v -k https://api.apj.sse.itd.cisco.com');
    await page.locator('[data-region-picker] input[value="nam"]').check();
    expect(await page.getAttribute('html', 'data-region')).toBe('nam');
    expect(await page.locator('#reproduce .command-variant:visible code').textContent()).toBe('curl -v -k https://api-sse.cisco.com');
    await page.locator('#reproduce endpoint-check [data-check-run]').click();
    await page.locator('#reproduce [data-check-summary]').filter({ hasText: '1' }).waitFor();
    expect(seen).toEqual(['api-sse.cisco.com']);
    // The choice is saved and wins over the guess on the next page.
    await page.goto(`${site.base()}/ja/runbooks/ftd-curl-timeout-28/`);
    expect(await page.getAttribute('html', 'data-region')).toBe('nam');
    expect(await page.locator('.region-note [data-region-source="saved"]').isVisible()).toBe(true);
    // ?region= wins over the saved choice.
    await page.goto(`${site.base()}/ja/runbooks/ftd-curl-timeout-28/?region=eu`);
    expect(await page.getAttribute('html', 'data-region')).toBe('eu');
  });

  it('says a Secure Email runbook is not documented for APJ instead of showing a host', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    await page.goto(`${site.base()}/ko/runbooks/esa-token-invalid-or-expired/?region=apj`);
    expect(await page.locator('[data-only-region="apj"]').isVisible()).toBe(true);
    const visibleHosts = await page.locator('.rv [data-for-region="apj"]:visible').allTextContents();
    for (const text of visibleHosts) expect(text).not.toMatch(/cisco\.com/);
  });

  it('shows every region without JavaScript, each value labelled', async () => {
    const { page, context } = await watchedPage(site.browser(), site.base(), { javaScript: false });
    await page.goto(`${site.base()}/en/runbooks/ftd-dns-resolution/`);
    const commands = await page.locator('#reproduce .command-variant code').allTextContents();
    expect(commands).toEqual(['curl -v -k https://api-sse.cisco.com', 'curl -v -k https://api.eu.sse.itd.cisco.com', 'curl -v -k https://api.apj.sse.itd.cisco.com']);
    expect(await page.locator('[data-endpoint]').count()).toBe(0);
    await context.close();
  });

  it('fills user placeholders in commands from a field, kept in the browser', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    await page.goto(`${site.base()}/en/runbooks/ftd-dns-resolution/#set-dns`);
    await page.fill('#set-dns input[data-fills="dns-server"]', '192.0.2.53');
    expect(await page.locator('#set-dns .command code').textContent()).toBe('configure network dns 192.0.2.53');
    await page.reload();
    expect(await page.locator('#set-dns .command code').textContent()).toBe('configure network dns 192.0.2.53');
  });
});

describe('the regions page', () => {
  it('has one check per region, each probing its own region only', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    const seen = await simulate(page, Object.fromEntries(probeHosts(data.regions).map((host) => [host, 'reachable' as const])));
    await page.goto(`${site.base()}/en/regions/`);
    expect(await page.locator('endpoint-check').count()).toBe(3);
    expect(await page.locator('#region-apj [data-endpoint]').count()).toBe(5);
    expect(await page.locator('#region-nam [data-endpoint="api-sse.cisco.com"]').count()).toBe(1);
    await page.locator('#region-apj [data-check-run]').click();
    await page.locator('#region-apj [data-check-summary]').filter({ hasText: '5 of 5' }).waitFor();
    expect(seen.sort()).toEqual(['api.apj.sse.itd.cisco.com', 'dex.apj.sse.itd.cisco.com', 'est.sco.cisco.com', 'eventing-ingest.apj.sse.itd.cisco.com', 'mx01.apj.sse.itd.cisco.com']);
  });
});

describe('Content-Security-Policy', () => {
  const metaPolicy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");

  it('is the same in every page and in _headers, which adds only frame-ancestors', () => {
    const header = /Content-Security-Policy: (.+)/.exec(readFileSync('dist/_headers', 'utf8'))![1]!;
    const pages = ['index.html', '404.html', 'en/', 'de/runbooks/ftd-dns-resolution/', 'ja/search/', 'ko/diagnose/', 'fr/regions/'];
    const policies = new Set(pages.map((path) => metaPolicy(readPage(path))));
    expect(policies.size).toBe(1);
    const [meta] = [...policies];
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
    expect(meta).not.toContain('unsafe-inline');
    const connect = meta!.split('; ').find((d) => d.startsWith('connect-src'))!.split(' ').slice(1);
    expect(connect.sort()).toEqual(["'self'", ...probeHosts(data.regions).map((h) => `https://${h}`)].sort());
  });

  it('has no inline script or style in any page', () => {
    for (const path of ['en/', 'de/runbooks/ftd-dns-resolution/', 'ja/search/', 'ko/diagnose/', 'fr/regions/', 'zh/articles/set-up-firepower/', '404.html', 'index.html']) {
      const html = readPage(path);
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>/);
      expect(html, path).not.toMatch(/<style[\s>]|\sstyle="/);
    }
  });

  it('blocks a host that is not listed, in the page and as a header', async () => {
    for (const path of ['/en/runbooks/ftd-dns-resolution/', '/en/search/']) {
      const { page, foreign } = await watchedPage(site.browser(), site.base());
      await page.goto(`${site.base()}${path}`);
      const outcome = await page.evaluate(async () => {
        const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
        const fetched = await fetch('https://example.org/', { mode: 'no-cors' }).then(() => 'fetched', () => 'refused');
        return [fetched, await violation];
      });
      expect(outcome).toEqual(['refused', 'connect-src']);
      expect(foreign).toEqual([]);
    }
  });
});

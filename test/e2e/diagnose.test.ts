import { describe, expect, it } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const site = useSite();

const LOG = `root@fw-lyon-3:/ngfw/var/log/connector# tail connector.log
time="2031-02-03T04:05:06.123456789+01:00" level=error msg="[(*Service).Start] Could not connect to ZeroMQ PUSH endpoint: \\"ipc:///ngfw/var/sf/run/EventHandler_SSEConnector.sock\\": dial unix /ngfw/var/sf/run/EventHandler_SSEConnector.sock: connect: no such file or directory"
root@fw-lyon-3:/ngfw/var/log/connector# netstat -anlp | grep EventHandler_SSEConnector.sock
unix  2      [ ACC ]     STREAM     LISTENING     4177120934 23881/EventHandler
/ngfw/var/sf/run/EventHandler_SSEConnector.sock
root@fw-lyon-3:~# more /ngfw/etc/sf/connector.properties
registration_interval=180
connector_port=8989
connector_fqdn=api.eu.sse.itd.cisco.com`;

async function diagnosePage(locale: string) {
  const watched = await watchedPage(site.browser(), site.base());
  const requests: string[] = [];
  await watched.page.goto(`${site.base()}/${locale}/diagnose/`);
  await watched.page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
  watched.page.on('request', (request) => requests.push(request.url()));
  return { ...watched, requests };
}
const resultLinks = (page: import('playwright-core').Page) => page.$$eval('[data-results] a', (links) => links.map((a) => a.getAttribute('href')!));

describe('diagnose', () => {
  it('reads a multi-line log on a Japanese page, finds both faults, shows the lines and sends nothing anywhere', async () => {
    const { page, requests, errors } = await diagnosePage('ja');
    await page.fill('#paste', LOG);
    await page.waitForSelector('[data-results][aria-busy="false"] a', { state: 'attached' });
    const links = await resultLinks(page);
    expect(links[0]).toMatch(/^\/ja\/runbooks\/ftd-zeromq-after-upgrade\//);
    expect(links.some((href) => href.startsWith('/ja/runbooks/ftd-sseconnector-eventhandler-socket/'))).toBe(true);
    expect(await page.locator('[data-results] mark').first().textContent()).toContain('ZeroMQ');
    expect(await page.locator('[data-results] .meaning').first().textContent()).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says which region the paste comes from, and switches the site to it on request', async () => {
    const { page } = await diagnosePage('de');
    await page.evaluate(() => localStorage.setItem('sse-runbooks:region', 'apj'));
    await page.reload();
    await page.fill('#paste', LOG);
    const hint = page.locator('[data-region-hint]');
    await hint.locator('button').waitFor();
    expect(await hint.textContent()).toContain('Europa (EU)');
    expect(await page.getAttribute('html', 'data-region')).toBe('apj');
    await hint.locator('button').click();
    expect(await page.getAttribute('html', 'data-region')).toBe('eu');
    expect(await page.evaluate(() => localStorage.getItem('sse-runbooks:region'))).toBe('eu');
    await hint.locator('button').waitFor({ state: 'detached' });
  });

  it('finds the German runbook for an English error pasted on the German page', async () => {
    const { page } = await diagnosePage('de');
    await page.fill('#paste', 'There was an client error in the Secure Email module: E4017: Device is offline [409]');
    await page.waitForSelector('[data-results][aria-busy="false"] a', { state: 'attached' });
    expect((await resultLinks(page))[0]).toMatch(/^\/de\/runbooks\/esa-device-offline-e4017\//);
  });

  it('recognises healthy output and sends nobody to fix it', async () => {
    const { page } = await diagnosePage('fr');
    await page.fill('#paste', '* Connected to api.apj.sse.itd.cisco.com (203.0.113.9) port 443 (#0)\n< HTTP/1.1 403 Forbidden\n* Connection #0 to host api.apj.sse.itd.cisco.com left intact');
    await page.waitForSelector('[data-healthy] li');
    expect(await resultLinks(page)).toEqual([]);
    expect(await page.locator('[data-healthy-title]').isVisible()).toBe(true);
  });

  it('pre-fills from #q= and matches at once', async () => {
    const { page } = await diagnosePage('ko');
    await page.goto(`${site.base()}/ko/diagnose/#q=${encodeURIComponent("curl: (6) Couldn't resolve host 'api-sse.cisco.com'")}`);
    await page.reload();
    await page.waitForSelector('[data-results][aria-busy="false"] a', { state: 'attached' });
    expect(await page.inputValue('#paste')).toContain("Couldn't resolve host");
    expect((await resultLinks(page))[0]).toMatch(/^\/ko\/runbooks\/ftd-dns-resolution\//);
  });

  it('says when nothing is known in the text', async () => {
    const { page } = await diagnosePage('en');
    await page.fill('#paste', 'nothing to see here');
    await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('[data-diagnose-status]')?.textContent?.includes('No known signature'));
    expect(await resultLinks(page)).toEqual([]);
  });
});

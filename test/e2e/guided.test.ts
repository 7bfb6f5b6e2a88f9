import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/load.ts';
import { watchedPage } from '../support/browser.ts';
import { LOCALES, useSite } from '../support/site.ts';

const site = useSite();
const { site: data } = loadSite(process.cwd());
const dns = data.runbooks.find((e) => e.id === 'ftd-dns-resolution')!.runbook;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('following a runbook', () => {
  it('keeps the marks across a reload, says where the reader stopped, and resets', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    await page.goto(`${site.base()}/en/runbooks/ftd-dns-resolution/`);
    await page.check(`#${dns.steps[0]!.id} [data-step-done]`);
    await page.check(`#${dns.steps[1]!.id} [data-step-done]`);
    await page.reload();
    expect(await page.isChecked(`#${dns.steps[0]!.id} [data-step-done]`)).toBe(true);
    expect(await page.isChecked(`#${dns.steps[1]!.id} [data-step-done]`)).toBe(true);
    expect(await page.textContent('[data-progress]')).toBe(`2 of ${dns.steps.length} steps done`);
    expect(await page.getAttribute('[data-resume] a', 'href')).toBe(`#${dns.steps[2]!.id}`);
    // The marks are shared by the six languages.
    await page.goto(`${site.base()}/ja/runbooks/ftd-dns-resolution/`);
    expect(await page.isChecked(`#${dns.steps[1]!.id} [data-step-done]`)).toBe(true);
    await page.click('[data-reset]');
    expect(await page.locator('[data-step-done]:checked').count()).toBe(0);
    await page.reload();
    expect(await page.locator('[data-step-done]:checked').count()).toBe(0);
  });

  it('follows the branches declared in the YAML', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    for (const [index, step] of dns.steps.entries()) {
      for (const [outcome, branch] of [['failure', step.onFailure], ['success', step.onSuccess]] as const) {
        await page.goto(`${site.base()}/de/runbooks/ftd-dns-resolution/`);
        await page.click(`#${step.id} [data-outcome-button="${outcome}"]`);
        const focused = await page.evaluate(() => ({ id: document.activeElement?.id, href: document.activeElement?.getAttribute('href') }));
        const label = `${step.id} ${outcome} → ${branch.to}`;
        if (branch.to === 'next') expect(focused.id, label).toBe(dns.steps[index + 1]!.id);
        else if (branch.to.startsWith('step:')) expect(focused.id, label).toBe(branch.to.slice(5));
        else if (branch.to.startsWith('runbook:')) {
          const [id, anchor] = branch.to.slice(8).split('#');
          expect(focused.href, label).toBe(`/de/runbooks/${id}/${anchor ? `#${anchor}` : ''}`);
        }
        expect(await page.getAttribute(`#${step.id}`, 'data-outcome'), label).toBe(outcome === 'success' ? 'fixed' : 'failing');
      }
    }
  });

  it('copies a summary with the steps and the checks, and redacts it when asked', async () => {
    const { page, context } = await watchedPage(site.browser(), site.base());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.route((url) => url.hostname.endsWith('cisco.com'), (route) => route.fulfill({ status: 403, body: '' }));
    await page.goto(`${site.base()}/en/runbooks/ftd-dns-resolution/?region=eu`);
    await page.click('#reproduce [data-outcome-button="failure"]');
    await page.click('#reproduce endpoint-check [data-check-run]');
    await page.locator('#reproduce [data-check-summary]').filter({ hasText: '1 of 1' }).waitFor();
    await page.fill('#set-dns input[data-fills="dns-server"]', '10.20.30.53');
    await page.uncheck('[data-redact]');
    await page.click('[data-copy-summary]');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).toContain('Runbook: FMC/FTD cannot resolve the SSE host names');
    expect(plain).toContain('Region: EU (url)');
    expect(plain).toContain('1. Reproduce the failure from the device [reproduce]: still failing');
    expect(plain).toMatch(/api\.eu\.sse\.itd\.cisco\.com: reachable \(\d+ ms\) at 20\d\d-/);
    expect(plain).toContain('dns-server = 10.20.30.53');
    await page.check('[data-redact]');
    await page.click('[data-copy-summary]');
    const redacted = await page.evaluate(() => navigator.clipboard.readText());
    expect(redacted).toContain('dns-server = [ip]');
    expect(redacted).toContain('api.eu.sse.itd.cisco.com: reachable');
    await page.waitForFunction(() => document.querySelector('[data-announce]')?.textContent?.includes('Nothing was sent'));
  });

  it('shows every step, in order, without JavaScript', async () => {
    const { page, context } = await watchedPage(site.browser(), site.base(), { javaScript: false });
    await page.goto(`${site.base()}/fr/runbooks/ftd-dns-resolution/`);
    expect(await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.id))).toEqual(dns.steps.map((s) => s.id));
    for (const step of await page.locator('[data-step]').all()) expect(await step.isVisible()).toBe(true);
    expect(await page.locator('[data-runbook-tools]').isVisible()).toBe(false);
    expect(await page.locator('[data-step-controls]').first().isVisible()).toBe(false);
    await context.close();
  });

  it('prints every step without the interface chrome', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    await page.goto(`${site.base()}/en/runbooks/ftd-dns-resolution/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '[data-runbook-tools]', 'endpoint-check', '.copy', '.step-controls']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const step of await page.locator('[data-step]').all()) expect(await step.isVisible()).toBe(true);
  });

  it('remembers the dark mode toggle', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.base()}/en/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.goto(`${site.base()}/de/regions/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
  });
});

describe('accessibility (axe-core)', () => {
  const PAGES = ['', 'products/secure-email/', 'runbooks/ftd-sse-enrollment-connectivity/', 'articles/set-up-firepower/', 'regions/', 'search/?q=token', 'diagnose/#q=E4017'];
  it.each(LOCALES)('no serious or critical violation on any page type in %s', async (locale) => {
    const { page, context } = await watchedPage(site.browser(), site.base());
    const found: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const path of theme === 'light' ? PAGES : PAGES.slice(2, 3)) {
        await page.goto(`${site.base()}/${locale}/${path}`);
        await page.waitForLoadState('networkidle');
        // CSP forbids inline scripts, so axe is evaluated through the DevTools protocol rather than a script tag.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run();
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        found.push(...violations.map((v) => `${theme} /${locale}/${path}: ${v}`));
      }
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('404 page', async () => {
    const { page } = await watchedPage(site.browser(), site.base());
    await page.goto(`${site.base()}/ko/nowhere/`);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => ((await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run()).violations).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id));
    expect(violations).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/load.ts';
import { watchedPage } from '../support/browser.ts';
import { decodeEntities, LOCALES, readPage, useSite } from '../support/site.ts';

const { site } = loadSite(process.cwd());
const served = useSite();

const SECURE_EMAIL = ['esa-not-visible-in-sse', 'esa-no-token-prompt', 'esa-token-invalid-or-expired', 'esa-dashboard-empty', 'esa-device-offline-e4017', 'esa-module-unexpected-error', 'esa-verify-integration'];
const FIREPOWER = ['ftd-smart-account-link-denied', 'ftd-devices-missing-in-sse', 'ftd-cloud-services-disabled', 'ftd-curl-timeout-28', 'ftd-dns-resolution', 'ftd-sse-enrollment-connectivity', 'ftd-sseconnector-eventhandler-socket', 'ftd-events-not-reaching-sse', 'ftd-zeromq-after-upgrade', 'ftd-verify-events'];

describe('content plan', () => {
  it('has every runbook of CONTENT.md under its product, and the five articles', () => {
    const ids = (product: string) => site.runbooks.filter((e) => e.runbook.product === product).map((e) => e.id).sort();
    expect(ids('secure-email')).toEqual(expect.arrayContaining([...SECURE_EMAIL].sort()));
    expect(ids('firepower')).toEqual(expect.arrayContaining([...FIREPOWER].sort()));
    for (const locale of LOCALES)
      for (const slug of ['how-it-fits-together', 'set-up-firepower', 'log-files', 'set-up-secure-email', 'escalate-to-tac'])
        expect(readPage(`${locale}/articles/${slug}/`)).toContain(`<html lang="${locale}"`);
  });

  it('documents Secure Email for NAM and EU only, and says so for APJ', () => {
    for (const id of SECURE_EMAIL) {
      const { runbook } = site.runbooks.find((e) => e.id === id)!;
      expect(runbook.regions.sort()).toEqual(['eu', 'nam']);
      for (const locale of LOCALES) expect(readPage(`${locale}/runbooks/${id}/`)).toContain('data-only-region="apj"');
    }
  });

  it('shows every error string of every runbook on its page in all six languages', () => {
    for (const { id, runbook } of site.runbooks) {
      for (const locale of LOCALES) {
        const html = decodeEntities(readPage(`${locale}/runbooks/${id}/`));
        for (const error of runbook.errors) expect(html, `${locale}/${id}`).toContain(error.text);
      }
    }
  });

  it('gives the token error in German, Chinese and Korean, and marks its English form approximate', () => {
    const { runbook } = site.runbooks.find((e) => e.id === 'esa-token-invalid-or-expired')!;
    expect(runbook.errors.map((e) => e.lang).sort()).toEqual(expect.arrayContaining(['de', 'en', 'ko', 'zh']));
    expect(runbook.errors.find((e) => e.lang === 'en')!.approximate).toBe(true);
    expect(runbook.errors.find((e) => e.lang === 'de')!.text).toContain('ungültigen oder abgelaufenen Tokens');
  });

  it('never types a regional host into prose: hosts come from content/regions.yaml', () => {
    const regional = /\b(api|eventing-ingest|mx01|dex)\.(eu|apj)\.sse\.itd\.cisco\.com|admin\.eu\.sse|xdr\.(us|eu)\.security/;
    for (const { id, runbook } of site.runbooks) {
      const prose = JSON.stringify({ ...runbook, signatures: [], errors: [], steps: runbook.steps.map((s) => ({ ...s, commands: s.commands.map((c) => ({ ...c, output: '' })) })) });
      expect(prose.match(regional)?.[0], id).toBeUndefined();
    }
  });
});

describe('in Chromium', () => {
  it.each(LOCALES)('a Secure Email runbook opens in %s with its steps, errors and region values', async (locale) => {
    const { page, context, errors } = await watchedPage(served.browser(), served.base());
    await page.goto(`${served.base()}/${locale}/runbooks/esa-device-offline-e4017/?region=eu`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.locator('[data-step]').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.error-string', { hasText: 'E4017: Device is offline [409]' }).first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(LOCALES)('the regions page in %s lists all three regions with their hosts', async (locale) => {
    const { page, context } = await watchedPage(served.browser(), served.base());
    await page.goto(`${served.base()}/${locale}/regions/`);
    for (const region of site.regions.regions) {
      await expect(page.locator(`#region-${region.id} h2`).textContent()).resolves.toBe(region.name[locale]);
    }
    for (const host of ['api-sse.cisco.com', 'api.eu.sse.itd.cisco.com', 'api.apj.sse.itd.cisco.com', 'est.sco.cisco.com']) {
      expect(await page.locator('.endpoint-table').textContent()).toContain(host);
    }
    await context.close();
  });
});

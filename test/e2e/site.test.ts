import { describe, expect, it } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { builtRunbooks, LOCALES, readPage, useSite } from '../support/site.ts';

const site = useSite();

describe('built site', () => {
  it('has every page type in every locale, with <html lang> and the six hreflang alternates', () => {
    for (const locale of LOCALES) {
      for (const path of [`${locale}/`, `${locale}/regions/`, `${locale}/diagnose/`, `${locale}/search/`, `${locale}/products/firepower/`, `${locale}/runbooks/ftd-dns-resolution/`]) {
        const html = readPage(path);
        expect(html, path).toContain(`<html lang="${locale}"`);
        for (const alt of LOCALES) expect(html, `${path} → ${alt}`).toMatch(new RegExp(`<link rel="alternate" hreflang="${alt}" href="[^"]+/${alt}/`));
        expect(html, path).toMatch(/<link rel="alternate" hreflang="x-default"/);
      }
    }
  });

  it('writes a sitemap whose entries carry the six language versions', () => {
    const sitemap = readPage('sitemap-0.xml');
    expect(sitemap).toContain('/de/runbooks/ftd-dns-resolution/');
    const entry = sitemap.split('<url>').find((block) => block.includes('<loc>') && block.includes('/ja/runbooks/ftd-dns-resolution/</loc>'))!;
    for (const locale of LOCALES) expect(entry).toContain(`hreflang="${locale}"`);
  });
});

describe('in Chromium', () => {
  it.each(LOCALES)('the %s home page loads in its language, with products and common symptoms', async (locale) => {
    const { page, errors, foreign, context } = await watchedPage(site.browser(), site.base());
    await page.goto(`${site.base()}/${locale}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    await expect(page.locator('a[href$="/products/firepower/"]').first().isVisible()).resolves.toBe(true);
    expect(await page.locator(`.runbook-list a[href^="/${locale}/runbooks/"]`).count()).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('the root page sends the browser to its preferred language', async () => {
    const { page, context } = await watchedPage(site.browser(), site.base(), { locale: 'ko-KR' });
    await page.goto(`${site.base()}/`);
    await page.waitForURL(/\/ko\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await context.close();
  });

  it('the language switcher lands on the same page in the other language', async () => {
    const { page, context } = await watchedPage(site.browser(), site.base());
    await page.goto(`${site.base()}/fr/runbooks/ftd-dns-resolution/`);
    await page.locator('.lang-menu summary').click();
    await page.locator('.lang-menu a[hreflang="ja"]').click();
    await page.waitForURL(/\/ja\/runbooks\/ftd-dns-resolution\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await context.close();
  });

  it('a runbook renders every step with its checkbox, and its commands in copyable blocks', async () => {
    const { page, context, errors } = await watchedPage(site.browser(), site.base());
    await page.goto(`${site.base()}/en/runbooks/ftd-dns-resolution/`);
    const steps = page.locator('[data-step]');
    expect(await steps.count()).toBeGreaterThanOrEqual(4);
    for (const step of await steps.all()) {
      expect(await step.getAttribute('id')).toBe(await step.getAttribute('data-step'));
      expect(await step.locator('input[type="checkbox"]').count()).toBe(1);
    }
    const command = page.locator('#show-dns .command pre code');
    expect(await command.textContent()).toBe('show network');
    expect(await page.locator('#show-dns .copy').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every built runbook page has a title and a description in each locale', () => {
    for (const id of builtRunbooks()) {
      for (const locale of LOCALES) {
        const html = readPage(`${locale}/runbooks/${id}/`);
        expect(html).toMatch(/<title>[^<]{10,}<\/title>/);
        expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
      }
    }
  });

  it('404 speaks the language of the requested path', async () => {
    const { page, context } = await watchedPage(site.browser(), site.base());
    const response = await page.goto(`${site.base()}/de/runbooks/does-not-exist/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.locator('[data-notfound="de"] h1').isVisible()).toBe(true);
    expect(await page.locator('[data-notfound="en"] h1').isVisible()).toBe(false);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { LOCALES, useSite } from '../support/site.ts';

const site = useSite();
const PAGE_TYPES = ['', 'products/firepower/', 'runbooks/ftd-events-not-reaching-sse/', 'articles/how-it-fits-together/', 'regions/', 'search/?q=E4017', 'diagnose/'];

describe('console sweep', () => {
  it.each(LOCALES)('every page type in %s loads with no console error, no uncaught exception, no CSP violation and no foreign request', async (locale) => {
    const { page, errors, foreign, context } = await watchedPage(site.browser(), site.base());
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    for (const path of PAGE_TYPES) {
      await page.goto(`${site.base()}/${locale}/${path}`);
      await page.waitForLoadState('networkidle');
      expect(errors, `/${locale}/${path}`).toEqual([]);
      expect(violations, `/${locale}/${path}`).toEqual([]);
      expect(foreign, `/${locale}/${path}`).toEqual([]);
    }
    await context.close();
  });

  it('the root and 404 pages load cleanly too', async () => {
    const { page, errors, foreign, context } = await watchedPage(site.browser(), site.base(), { locale: 'xx' });
    await page.goto(`${site.base()}/`);
    await page.goto(`${site.base()}/fr/nowhere/`);
    await page.waitForLoadState('networkidle');
    expect(errors.filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { loadRegions } from './src/lib/load.ts';
import { probeHosts } from './src/lib/template.ts';

const locales = ['en', 'de', 'zh', 'ko', 'fr', 'ja'];
// The pages validate every source before anything is written (src/lib/load.ts); the config needs the hosts only.
const regions = loadRegions(process.cwd());

export default defineConfig({
  // The public address of the site, for canonical links, hreflang and the sitemap (set SITE_URL when deploying).
  site: process.env.SITE_URL ?? 'https://sse-runbooks.example.org',
  trailingSlash: 'always',
  // Rendering several pages at once overlaps their waits: 28 s → 21 s for 6,000 pages on two cores (npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No syntax highlighter: highlighters write inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: Object.fromEntries(locales.map((l) => [l, l])) },
      filter: (page) => !page.includes('/status/'),
    }),
  ],
  vite: {
    // Never inline scripts or assets into pages: the policy allows scripts from the site only.
    build: { assetsInlineLimit: 0 },
    // The only hosts a check widget may probe, fixed at build time.
    define: { __PROBE_HOSTS__: JSON.stringify(probeHosts(regions)) },
  },
});

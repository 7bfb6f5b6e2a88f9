// The search page: Pagefind for words, the diagnose matcher for pasted errors; loaded only on this page.
import { looksLikeLog } from '../lib/diagnose.ts';
import { prepareQuery } from '../lib/query.ts';
import { loadMatcher } from './matcher.ts';
import { escapeHtml, readStrings } from './strings.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindInstance {
  init(): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

const t = readStrings('search-strings');
const locale = document.documentElement.lang;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const productSelect = form.querySelector<HTMLSelectElement>('[data-search-product]')!;
const results = document.querySelector<HTMLOListElement>('[data-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const PRODUCT_NAMES: Record<string, string> = {
  'secure-email': t('product.secure-email.name'),
  firepower: t('product.firepower.name'),
  article: t('articles.title'),
};

/**
 * One Pagefind instance per language: the page's own, and English for the fallback. Pagefind picks an
 * instance's language from <html lang> when it is created, so the English one is created under lang="en".
 */
const engines = new Map<string, Promise<PagefindInstance>>();
function loadPagefind(lang: string): Promise<PagefindInstance> {
  let engine = engines.get(lang);
  if (!engine) {
    engine = (async () => {
      const module = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as PagefindModule;
      const root = document.documentElement;
      const own = root.lang;
      root.lang = lang;
      let instance: PagefindInstance;
      try {
        instance = module.createInstance({ basePath: '/pagefind/', excerptLength: 24 });
      } finally {
        root.lang = own;
      }
      await instance.init();
      return instance;
    })();
    engines.set(lang, engine);
  }
  return engine;
}

async function pagefindResults(query: string, product: string, lang: string): Promise<PagefindResult[]> {
  if (!query.trim()) return [];
  const engine = await loadPagefind(lang);
  const found = await engine.search(query, product ? { filters: { product } } : {});
  if (!found) return [];
  const data = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
  return data.filter((item) => item.url.startsWith(`/${lang}/`));
}

let generation = 0;
async function run(): Promise<void> {
  const current = ++generation;
  const query = input.value.trim();
  const product = productSelect.value;
  results.setAttribute('aria-busy', 'true');
  status.textContent = query ? t('search.loading') : '';
  const items: string[] = [];
  const seen = new Set<string>();
  try {
    if (query && looksLikeLog(query)) {
      const matcher = await loadMatcher(locale);
      for (const hit of matcher.run(query).faults) {
        const runbook = matcher.data.runbooks[hit.signature.runbook]!;
        if (product && runbook.product !== product) continue;
        seen.add(runbook.url);
        const href = `${runbook.url}${hit.signature.step ? `#${hit.signature.step}` : ''}`;
        items.push(
          `<li class="result from-paste"><a href="${escapeHtml(href)}">${escapeHtml(runbook.title)}</a>` +
            `<span class="product-tag">${escapeHtml(PRODUCT_NAMES[runbook.product] ?? runbook.product)}</span>` +
            `<span class="badge">${escapeHtml(t('search.matchedPaste'))}</span>` +
            `<p class="excerpt">${escapeHtml(matcher.meaning(hit.signature))}</p></li>`,
        );
      }
    }
    const prepared = prepareQuery(query);
    let found = await pagefindResults(prepared, product, locale);
    let english = false;
    if (!found.length && !items.length && query && locale !== 'en') {
      found = await pagefindResults(prepared, product, 'en');
      english = found.length > 0;
    }
    if (current !== generation) return;
    for (const item of found) {
      const url = item.url.replace(/index\.html$/, '');
      if (seen.has(url)) continue;
      seen.add(url);
      const productName = PRODUCT_NAMES[item.filters.product?.[0] ?? ''] ?? '';
      items.push(
        `<li class="result"${english ? ' lang="en"' : ''}><a href="${escapeHtml(url)}">${escapeHtml(item.meta.title ?? url)}</a>` +
          (productName ? `<span class="product-tag">${escapeHtml(productName)}</span>` : '') +
          (english ? `<span class="badge">${escapeHtml(t('search.englishTag'))}</span>` : '') +
          `<p class="excerpt">${item.excerpt}</p></li>`,
      );
    }
    results.innerHTML = items.join('');
    if (!query) status.textContent = '';
    else if (!items.length) status.textContent = t('search.none');
    else if (english) status.textContent = t('search.englishFallback');
    else status.textContent = items.length === 1 ? t('search.countOne') : t('search.count', { count: items.length });
  } catch (error) {
    if (current !== generation) return;
    console.warn(error);
    status.textContent = t('search.unavailable');
  }
  if (current === generation) results.setAttribute('aria-busy', 'false');
}

function syncUrl(): void {
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  if (productSelect.value) url.searchParams.set('product', productSelect.value);
  else url.searchParams.delete('product');
  history.replaceState(history.state, '', url);
}

let pending: number | undefined;
input.addEventListener('input', () => {
  syncUrl();
  clearTimeout(pending);
  results.setAttribute('aria-busy', 'true');
  pending = window.setTimeout(() => void run(), 150);
});
productSelect.addEventListener('change', () => {
  syncUrl();
  void run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  syncUrl();
  void run();
});

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
productSelect.value = params.get('product') ?? '';
if (input.value) void run();
else results.setAttribute('aria-busy', 'false');

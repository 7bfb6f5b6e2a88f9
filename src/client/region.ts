/** The region in force: `?region=` in the URL, then the saved choice, then a guess from the page language. */
export const REGIONS = ['nam', 'eu', 'apj'] as const;
export type Region = (typeof REGIONS)[number];
export type RegionSource = 'url' | 'saved' | 'guess';

const STORAGE_KEY = 'sse-runbooks:region';
const GUESS: Record<string, Region> = { de: 'eu', fr: 'eu', ja: 'apj', ko: 'apj', zh: 'apj', en: 'nam' };
const isRegion = (value: string | null): value is Region => value !== null && (REGIONS as readonly string[]).includes(value);

function saved(): Region | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isRegion(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function regionInForce(): { region: Region; source: RegionSource } {
  const fromUrl = new URLSearchParams(location.search).get('region');
  if (isRegion(fromUrl)) return { region: fromUrl, source: 'url' };
  const stored = saved();
  if (stored) return { region: stored, source: 'saved' };
  return { region: GUESS[document.documentElement.lang] ?? 'nam', source: 'guess' };
}

/** Saves the choice, drops `?region=` from the address (the saved choice now rules), and applies it. */
export function chooseRegion(region: Region): void {
  try {
    localStorage.setItem(STORAGE_KEY, region);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  const url = new URL(location.href);
  if (url.searchParams.has('region')) {
    url.searchParams.delete('region');
    history.replaceState(history.state, '', url);
  }
  applyRegion(region, 'saved');
}

/** Shows the region in force: CSS hides the other regions' values; widgets hear a `regionchange` event. */
export function applyRegion(region: Region, source: RegionSource): void {
  const root = document.documentElement;
  root.dataset.region = region;
  root.dataset.regionSource = source;
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-region-picker] input[name="region"]')) {
    input.checked = input.value === region;
  }
  for (const note of document.querySelectorAll<HTMLElement>('.region-note [data-region-source]')) {
    note.hidden = note.dataset.regionSource !== source;
  }
  document.dispatchEvent(new CustomEvent('regionchange', { detail: { region, source } }));
}

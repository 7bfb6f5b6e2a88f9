// The diagnose page: matches the pasted text as it changes; nothing leaves the page.
import { chooseRegion, regionInForce, type Region } from './region.ts';
import { loadMatcher } from './matcher.ts';
import { escapeHtml, readStrings } from './strings.ts';
import type { Hit } from '../lib/diagnose.ts';

const t = readStrings('diagnose-strings');
const locale = document.documentElement.lang;
const textarea = document.querySelector<HTMLTextAreaElement>('#paste')!;
const results = document.querySelector<HTMLOListElement>('[data-results]')!;
const healthy = document.querySelector<HTMLUListElement>('[data-healthy]')!;
const status = document.querySelector<HTMLElement>('[data-diagnose-status]')!;
const regionHint = document.querySelector<HTMLElement>('[data-region-hint]')!;
const faultsTitle = document.querySelector<HTMLElement>('[data-faults-title]')!;
const healthyTitle = document.querySelector<HTMLElement>('[data-healthy-title]')!;

function linesHtml(hit: Hit, raw: string[]): string {
  return hit.lines
    .filter((n) => raw[n] !== undefined)
    .map((n) => `<span class="line-no">${escapeHtml(t('diagnose.line', { n: n + 1 }))}</span><mark>${escapeHtml(raw[n]!.trim())}</mark>`)
    .join('\n');
}

async function update(): Promise<void> {
  results.setAttribute('aria-busy', 'true');
  const text = textarea.value;
  let matcher;
  try {
    matcher = await loadMatcher(locale);
  } catch {
    status.textContent = t('search.unavailable');
    results.setAttribute('aria-busy', 'false');
    return;
  }
  if (text !== textarea.value) return; // a newer input event will finish the job
  const raw = text.split('\n');
  const diagnosis = matcher.run(text);
  results.innerHTML = diagnosis.faults
    .map((hit) => {
      const runbook = matcher.data.runbooks[hit.signature.runbook]!;
      const href = `${runbook.url}${hit.signature.step ? `#${hit.signature.step}` : ''}`;
      return `<li class="result"><a href="${escapeHtml(href)}">${escapeHtml(runbook.title)}</a>
        <p class="meaning">${escapeHtml(matcher.meaning(hit.signature))}</p>
        <pre class="matched">${linesHtml(hit, raw)}</pre></li>`;
    })
    .join('');
  healthy.innerHTML = diagnosis.healthy
    .map((hit) => `<li><p class="meaning">${escapeHtml(matcher.meaning(hit.signature))}</p><pre class="matched">${linesHtml(hit, raw)}</pre></li>`)
    .join('');
  faultsTitle.hidden = diagnosis.faults.length === 0;
  healthyTitle.hidden = diagnosis.healthy.length === 0;
  if (!text.trim()) status.textContent = t('diagnose.empty');
  else if (!diagnosis.faults.length && !diagnosis.healthy.length) status.textContent = t('diagnose.nothing');
  else if (!diagnosis.faults.length) status.textContent = t('diagnose.healthyNote');
  else status.textContent = t('diagnose.count', { count: diagnosis.faults.length });
  showRegion(diagnosis.region as Region | undefined, matcher.data.regions);
  results.setAttribute('aria-busy', 'false');
}

function showRegion(region: Region | undefined, names: Record<string, string>): void {
  regionHint.hidden = !region;
  if (!region) return;
  const name = names[region] ?? region;
  const inForce = regionInForce().region === region;
  regionHint.innerHTML = `<p>${escapeHtml(t('diagnose.region', { region: name }))}</p>${
    inForce
      ? `<p>${escapeHtml(t('diagnose.regionInForce', { region: name }))}</p>`
      : `<button type="button" data-switch-region="${region}">${escapeHtml(t('diagnose.switchRegion', { region: name }))}</button>`
  }`;
}

regionHint.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-switch-region]');
  if (!button) return;
  chooseRegion(button.dataset.switchRegion as Region);
  void update();
});

let pending: number | undefined;
textarea.addEventListener('input', () => {
  clearTimeout(pending);
  results.setAttribute('aria-busy', 'true');
  pending = window.setTimeout(() => void update(), 60);
});

// `#q=<encoded text>` pre-fills the paste: a fragment never reaches a server.
if (location.hash.startsWith('#q=')) {
  try {
    textarea.value = decodeURIComponent(location.hash.slice(3));
  } catch {
    textarea.value = location.hash.slice(3);
  }
}
void update();

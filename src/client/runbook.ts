// A runbook page: progress per step (kept per runbook in this browser, shared by the six languages), outcome
// buttons that follow the branches of the YAML, and the hand-off summary for TAC. Nothing leaves the page.
import { buildSummary, redact, type CheckRecord, type StepRecord } from '../lib/summary.ts';
import { regionInForce } from './region.ts';
import { readStrings } from './strings.ts';

interface StepState {
  done: boolean;
  outcome?: 'fixed' | 'failing';
  at: string;
}
interface Progress {
  steps: Record<string, StepState>;
  checks: CheckRecord[];
}

const t = readStrings('runbook-strings');
const article = document.querySelector<HTMLElement>('[data-runbook]')!;
const runbookId = article.dataset.runbook!;
const KEY = `sse-runbooks:progress:${runbookId}`;
const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
const tools = document.querySelector<HTMLElement>('[data-runbook-tools]')!;
const announce = document.querySelector<HTMLElement>('[data-announce]')!;

function load(): Progress {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Progress>;
    return { steps: stored.steps ?? {}, checks: stored.checks ?? [] };
  } catch {
    return { steps: {}, checks: [] };
  }
}
let progress = load();
function save(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(progress));
  } catch {
    /* storage unavailable: progress lasts for this page only */
  }
}
const stamp = () => new Date().toISOString().slice(0, 16).replace('T', ' ');
const say = (text: string) => {
  announce.textContent = '';
  requestAnimationFrame(() => (announce.textContent = text));
};
const titleOf = (step: HTMLElement) => step.querySelector('.step-title')?.textContent?.trim() ?? step.id;

function render(): void {
  let done = 0;
  for (const step of steps) {
    const state = progress.steps[step.id];
    const box = step.querySelector<HTMLInputElement>('[data-step-done]')!;
    box.checked = Boolean(state?.done);
    step.dataset.done = String(Boolean(state?.done));
    if (state?.outcome) step.dataset.outcome = state.outcome;
    else delete step.dataset.outcome;
    if (state?.done) done++;
  }
  tools.querySelector('[data-progress]')!.textContent = t('runbook.progress', { done, total: steps.length });
  // Where the reader stopped: the first step not done after the last one done.
  const lastDone = steps.map((step) => Boolean(progress.steps[step.id]?.done)).lastIndexOf(true);
  const resume = tools.querySelector<HTMLElement>('[data-resume]')!;
  const next = lastDone >= 0 ? steps.slice(lastDone + 1).find((step) => !progress.steps[step.id]?.done) : undefined;
  resume.hidden = !next;
  if (next) {
    const link = resume.querySelector('a')!;
    link.href = `#${next.id}`;
    link.textContent = t('runbook.resume', { n: steps.indexOf(next) + 1, title: titleOf(next) });
  }
}

for (const step of steps) {
  const n = steps.indexOf(step) + 1;
  step.querySelector<HTMLInputElement>('[data-step-done]')!.addEventListener('change', (event) => {
    const checked = (event.target as HTMLInputElement).checked;
    progress.steps[step.id] = { ...progress.steps[step.id], done: checked, at: stamp() };
    if (!checked) delete progress.steps[step.id]!.outcome;
    save();
    render();
    say(t(checked ? 'runbook.stepDone' : 'runbook.stepUndone', { n }));
  });
  const controls = step.querySelector<HTMLElement>('[data-step-controls]')!;
  controls.hidden = false;
  for (const button of controls.querySelectorAll<HTMLButtonElement>('[data-outcome-button]')) {
    button.addEventListener('click', () => follow(step, button.dataset.outcomeButton as 'success' | 'failure'));
  }
}

/** Records the outcome and leads the reader where the runbook's branch says. */
function follow(step: HTMLElement, outcome: 'success' | 'failure'): void {
  progress.steps[step.id] = { done: true, outcome: outcome === 'success' ? 'fixed' : 'failing', at: stamp() };
  save();
  render();
  const branch = step.querySelector<HTMLElement>(`.branch[data-outcome="${outcome}"]`)!;
  for (const other of step.querySelectorAll('.branch')) other.classList.toggle('chosen', other === branch);
  const link = branch.querySelector<HTMLAnchorElement>('a.branch-link');
  say(t('runbook.outcomeSaved', { next: link?.textContent ?? t('runbook.done') }));
  const target = link?.getAttribute('href');
  if (target?.startsWith('#')) {
    const next = document.getElementById(target.slice(1));
    history.replaceState(history.state, '', target);
    next?.focus();
    next?.scrollIntoView({ block: 'start' });
  } else (link ?? branch).focus?.();
}

tools.querySelector('[data-reset]')!.addEventListener('click', () => {
  progress = { steps: {}, checks: [] };
  save();
  for (const branch of document.querySelectorAll('.branch.chosen')) branch.classList.remove('chosen');
  render();
  say(t('runbook.resetDone'));
});

document.addEventListener('checkresult', (event) => {
  progress.checks = [...progress.checks, (event as CustomEvent<CheckRecord>).detail].slice(-40);
  save();
});

tools.querySelector('[data-copy-summary]')!.addEventListener('click', async () => {
  const { region, source } = regionInForce();
  const records: StepRecord[] = steps.map((step, i) => ({
    n: i + 1,
    id: step.id,
    title: titleOf(step),
    done: Boolean(progress.steps[step.id]?.done),
    outcome: progress.steps[step.id]?.outcome,
    at: progress.steps[step.id]?.at,
  }));
  const inputs = Object.fromEntries(
    [...document.querySelectorAll<HTMLInputElement>('input[data-fills]')].filter((input) => input.value.trim()).map((input) => [input.dataset.fills!, input.value.trim()]),
  );
  let text = buildSummary({
    runbookId,
    title: `${article.dataset.titleEn}${document.documentElement.lang === 'en' ? '' : ` / ${document.querySelector('h1')?.textContent ?? ''}`}`,
    pageLanguage: document.documentElement.lang,
    region,
    regionSource: source,
    url: location.href,
    browser: navigator.userAgent,
    steps: records,
    checks: progress.checks,
    inputs,
    now: new Date().toISOString(),
  });
  if (tools.querySelector<HTMLInputElement>('[data-redact]')!.checked) {
    const keep = [location.hostname, ...[...document.querySelectorAll<HTMLElement>('[data-host]')].map((el) => el.dataset.host!)];
    text = redact(text, keep);
  }
  try {
    await navigator.clipboard.writeText(text);
    say(t('runbook.summaryCopied'));
  } catch {
    say(t('copy.failed'));
  }
});

// "Report a problem" carries the region in force, so whoever fixes the page sees what the reader saw.
function updateReportLink(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-report]');
  if (!link) return;
  const url = new URL(link.href);
  const body = (url.searchParams.get('body') ?? '').replace(/Region: .*$/, `Region: ${regionInForce().region}`);
  url.searchParams.set('body', body);
  link.href = url.href;
}
document.addEventListener('regionchange', updateReportLink);
updateReportLink();

tools.hidden = false;
render();

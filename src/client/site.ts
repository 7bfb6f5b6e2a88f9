// On every page: region in force, region picker, dark mode toggle, copy buttons, command inputs.
import { applyRegion, chooseRegion, regionInForce, REGIONS, type Region } from './region.ts';

const THEME_KEY = 'sse-runbooks:theme';
const INPUT_KEY = 'sse-runbooks:input:';

function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* storage unavailable */
  }
}
function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// Region
const initial = regionInForce();
applyRegion(initial.region, initial.source);
document.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'region' && target.closest('[data-region-picker]') && (REGIONS as readonly string[]).includes(target.value)) {
    chooseRegion(target.value as Region);
  }
});

// Theme: follows the system until the reader chooses.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
function applyTheme(): void {
  const chosen = load(THEME_KEY);
  const dark = chosen ? chosen === 'dark' : systemDark.matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  toggle?.setAttribute('aria-pressed', String(dark));
}
applyTheme();
systemDark.addEventListener('change', applyTheme);
toggle?.addEventListener('click', () => {
  store(THEME_KEY, document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
  applyTheme();
});

// Copy buttons copy the command next to them, as currently shown (inputs filled in).
document.addEventListener('click', async (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-copy]');
  if (!button) return;
  const code = button.parentElement?.querySelector('pre code');
  if (!code) return;
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    button.textContent = button.dataset.copied ?? '✓';
  } catch {
    button.textContent = button.dataset.failed ?? '✗';
  }
  setTimeout(() => (button.textContent = label), 1500);
});

// Command inputs: a value typed once fills every matching placeholder on the page; kept in this browser only.
function fillInputs(name: string, value: string): void {
  for (const slot of document.querySelectorAll<HTMLElement>(`.input-slot[data-input="${CSS.escape(name)}"]`)) {
    slot.textContent = value || `<${name}>`;
    slot.classList.toggle('filled', Boolean(value));
  }
}
for (const input of document.querySelectorAll<HTMLInputElement>('input[data-fills]')) {
  const name = input.dataset.fills!;
  const saved = load(INPUT_KEY + name);
  if (saved) input.value = saved;
  fillInputs(name, input.value.trim());
  input.addEventListener('input', () => {
    const value = input.value.trim();
    store(INPUT_KEY + name, value || null);
    fillInputs(name, value);
    for (const twin of document.querySelectorAll<HTMLInputElement>(`input[data-fills="${CSS.escape(name)}"]`)) {
      if (twin !== input) twin.value = input.value;
    }
  });
}

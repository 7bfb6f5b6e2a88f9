// <endpoint-check>: probes its endpoints from the browser when the reader clicks Check, never before.
import { regionInForce, type Region } from './region.ts';
import { fill } from './strings.ts';

type Status = 'idle' | 'checking' | 'reachable' | 'unreachable' | 'timeout';

/** The hosts this site may contact: fixed at build time from content/regions.yaml, whatever the page says. */
const ALLOWED = new Set<string>(__PROBE_HOSTS__);
/** Every check ends within 10 s: each probe has its own timeout below that. */
const MAX_TIMEOUT = 9000;

class EndpointCheck extends HTMLElement {
  private controller?: AbortController;
  private strings: Record<string, string> = {};

  connectedCallback(): void {
    for (const template of this.querySelectorAll<HTMLTemplateElement>('template[data-strings]')) {
      for (const item of template.content.querySelectorAll<HTMLElement>('[data-key]')) {
        this.strings[item.dataset.key!] = item.textContent ?? '';
      }
    }
    this.runButton.disabled = false;
    this.runButton.addEventListener('click', () => void this.run());
    this.cancelButton.addEventListener('click', () => this.cancel());
    document.addEventListener('regionchange', (event) => this.showRegion((event as CustomEvent<{ region: Region }>).detail.region));
    this.showRegion(regionInForce().region);
  }

  private get runButton() {
    return this.querySelector<HTMLButtonElement>('[data-check-run]')!;
  }
  private get cancelButton() {
    return this.querySelector<HTMLButtonElement>('[data-check-cancel]')!;
  }

  /** Only the endpoints a click will probe carry data-endpoint: those of the region in force (or of a fixed region). */
  private showRegion(region: Region): void {
    if (this.controller) this.cancel();
    const fixed = this.dataset.fixedRegion;
    for (const group of this.querySelectorAll<HTMLElement>('[data-region-group]')) {
      const active = fixed ? true : group.dataset.regionGroup === region;
      for (const item of group.querySelectorAll<HTMLElement>('[data-host]')) {
        if (active) item.setAttribute('data-endpoint', item.dataset.host!);
        else item.removeAttribute('data-endpoint');
        this.setStatus(item, 'idle');
      }
    }
    this.summary.textContent = '';
  }

  private get summary() {
    return this.querySelector<HTMLElement>('[data-check-summary]')!;
  }

  private endpoints(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-endpoint]')].filter((item) => ALLOWED.has(item.dataset.endpoint!));
  }

  private setStatus(item: HTMLElement, status: Status, ms?: number): void {
    item.dataset.status = status;
    const text = item.querySelector<HTMLElement>('[data-status-text]');
    if (text) text.textContent = fill(this.strings[status] ?? status, { ms: ms ?? '' });
    const meaning = item.querySelector<HTMLElement>('[data-meaning]');
    if (meaning) {
      const explanation = this.strings[`meaning-${status}`];
      meaning.hidden = !explanation;
      meaning.textContent = explanation ?? '';
    }
  }

  private cancel(): void {
    this.controller?.abort();
  }

  private async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const timeout = Math.min(Number(this.dataset.timeout) || 8000, MAX_TIMEOUT);
    const items = this.endpoints();
    this.runButton.disabled = true;
    this.cancelButton.hidden = false;
    this.summary.textContent = this.strings.checking ?? '';
    const results = await Promise.all(items.map((item) => this.probe(item, controller.signal, timeout)));
    this.runButton.disabled = false;
    this.cancelButton.hidden = true;
    this.runButton.textContent = this.strings.retry ?? this.runButton.textContent;
    if (controller.signal.aborted) {
      for (const item of items) this.setStatus(item, 'idle');
      this.summary.textContent = this.strings.cancelled ?? '';
    } else {
      const ok = results.filter((status) => status === 'reachable').length;
      this.summary.textContent = fill(this.strings.summary ?? '{ok}/{total}', { ok, total: items.length });
    }
    if (this.controller === controller) this.controller = undefined;
  }

  /** no-cors fetch: an opaque answer means the host answered; a TypeError means it could not be reached. */
  private async probe(item: HTMLElement, cancel: AbortSignal, timeout: number): Promise<Status> {
    const host = item.dataset.endpoint!;
    this.setStatus(item, 'checking');
    const started = performance.now();
    const signal = AbortSignal.any([cancel, AbortSignal.timeout(timeout)]);
    let status: Status;
    try {
      await fetch(`https://${host}/`, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', signal });
      status = 'reachable';
    } catch (error) {
      if (cancel.aborted) status = 'idle';
      else status = (error as DOMException).name === 'TimeoutError' ? 'timeout' : 'unreachable';
    }
    const ms = Math.round(performance.now() - started);
    this.setStatus(item, status, ms);
    if (status !== 'idle') {
      const detail = { host, status, ms: status === 'reachable' ? ms : undefined, at: new Date().toISOString() };
      document.dispatchEvent(new CustomEvent('checkresult', { detail }));
    }
    return status;
  }
}

customElements.define('endpoint-check', EndpointCheck);

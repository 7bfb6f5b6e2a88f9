/**
 * The hand-off summary for Cisco TAC: plain text, in English (the language of TAC cases), built in the browser
 * from what the reader did on the page. Nothing is sent anywhere; the reader copies it.
 */
export interface StepRecord {
  n: number;
  id: string;
  title: string;
  done: boolean;
  outcome?: 'fixed' | 'failing';
  at?: string;
}

export interface CheckRecord {
  host: string;
  status: string;
  ms?: number;
  at: string;
}

export interface SummaryInput {
  runbookId: string;
  title: string;
  pageLanguage: string;
  region: string;
  regionSource: string;
  url: string;
  browser: string;
  steps: StepRecord[];
  checks: CheckRecord[];
  inputs: Record<string, string>;
  now: string;
}

export function buildSummary(input: SummaryInput): string {
  const done = input.steps.filter((step) => step.done || step.outcome);
  const lines = [
    `Runbook: ${input.title} (${input.runbookId})`,
    `Page: ${input.url}`,
    `Page language: ${input.pageLanguage}`,
    `Region: ${input.region.toUpperCase()} (${input.regionSource})`,
    `Browser: ${input.browser}`,
    `Summary written: ${input.now}`,
    '',
    `Steps done: ${done.length} of ${input.steps.length}`,
    ...input.steps.map((step) => {
      const state = step.outcome === 'fixed' ? 'fixed it' : step.outcome === 'failing' ? 'still failing' : step.done ? 'done' : 'not done';
      return `  ${step.n}. ${step.title} [${step.id}]: ${state}${step.at ? ` (${step.at})` : ''}`;
    }),
  ];
  if (Object.keys(input.inputs).length) {
    lines.push('', 'Values entered:', ...Object.entries(input.inputs).map(([name, value]) => `  ${name} = ${value}`));
  }
  lines.push('', input.checks.length ? 'Checks from this browser (not from the device):' : 'Checks from this browser: none run');
  for (const check of input.checks) lines.push(`  ${check.host}: ${check.status}${check.ms !== undefined ? ` (${check.ms} ms)` : ''} at ${check.at}`);
  return `${lines.join('\n')}\n`;
}

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4})?(?![\w:])/gi;
const HOST = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi;
/** Long runs of token-like characters: JWTs, API keys, registration tokens. */
const TOKEN = /\b(?:eyJ[\w-]+\.[\w-]+\.[\w-]+|[A-Za-z0-9+/_=-]{24,})\b/g;
const FILE_EXTENSIONS = /\.(?:pem|log|sock|properties|conf|json|ya?ml|txt)$/i;

/**
 * Removes what identifies the reader's network before the summary leaves the page: IP addresses, host names
 * other than Cisco's and this site's, and anything that looks like a token.
 */
export function redact(text: string, keepHosts: readonly string[]): string {
  const keep = new Set(keepHosts.map((host) => host.toLowerCase()));
  const isPublic = (host: string) => keep.has(host) || host === 'cisco.com' || host.endsWith('.cisco.com');
  return text
    .replace(TOKEN, (match) => (/^[a-z-]+$/i.test(match) ? match : '[token]'))
    .replace(HOST, (match) => (isPublic(match.toLowerCase()) || FILE_EXTENSIONS.test(match) ? match : '[host]'))
    .replace(IPV4, '[ip]')
    .replace(IPV6, (match) => (/^\d+:\d+(:\d+)?$/.test(match) ? match : '[ip]'));
}

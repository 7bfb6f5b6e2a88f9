import { describe, expect, it } from 'vitest';
import { validateSite } from '../../src/lib/validate.ts';
import { formatProblem } from '../../src/lib/yaml-source.ts';
import { file, lineOf, regions, validRunbook } from '../support/fixture.ts';

const PATH = 'runbooks/firepower/fixture-runbook.yaml';
const run = (text: string, extra: { path: string; text: string }[] = []) =>
  validateSite({ regions, runbooks: [file(PATH, text), ...extra], articles: [], redos: true });
const messages = (text: string, extra: { path: string; text: string }[] = []) => {
  const result = run(text, extra);
  return result.ok ? [] : result.problems.map(formatProblem);
};
/** Replaces one exact piece of the valid fixture (which must be there). */
const breaking = (from: string, to: string) => {
  expect(validRunbook).toContain(from);
  return validRunbook.replace(from, () => to);
};

describe('validateSite', () => {
  it('accepts the valid fixture and returns the site data', () => {
    const result = run(validRunbook);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.site.runbooks.map((r) => r.id)).toEqual(['fixture-runbook']);
  });

  it('reports YAML syntax errors with their line', () => {
    const text = breaking('reviewed: 2026-11-24', 'reviewed: 2026-11-24\nreviewed: 2026-11-25');
    expect(messages(text)).toEqual([`${PATH}:${lineOf(text, '2026-11-25')}:1: YAML: Map keys must be unique`]);
  });

  it('refuses prose cut short by a YAML comment', () => {
    const text = breaking('symptom: { en: Symptom en,', 'symptom: { en: Connection #0 to host,');
    expect(messages(text)[0]).toMatch(new RegExp(`^${PATH}:${lineOf(text, 'Connection #0')}:\\d+: text after " #" was read as a YAML comment`));
  });

  it('reports a missing language at the field, by Zod path', () => {
    const text = breaking('title: { en: Title en, de: Title de, zh: Title zh, ko: Title ko, ', 'title: { en: Title en, de: Title de, zh: Title zh, ');
    expect(messages(text)).toEqual([`${PATH}:${lineOf(text, 'title:')}:1: title.ko: missing ko translation`]);
  });

  it('reports schema violations with the exact nested path', () => {
    const text = breaking('where: { place: ftd-cli }', 'where: { place: ftd-shell }');
    const [problem] = messages(text);
    expect(problem).toContain(`${PATH}:${lineOf(text, 'ftd-shell')}:`);
    expect(problem).toContain(': steps.1.where.place: ');
  });

  it('reports an unknown role placeholder in a command', () => {
    const text = breaking('https://{api}"', 'https://{apii}"');
    expect(messages(text)).toEqual([
      `${PATH}:${lineOf(text, '{apii}')}:9: steps.0.commands.0.run: unknown endpoint role {apii}; known: api, eventing, est, mx, dex, sse-portal, xdr-portal, castle, threat-response`,
    ]);
  });

  it('reports an undeclared input placeholder', () => {
    const text = breaking('dns <dns-server>"', 'dns <dns-host>"');
    const problems = messages(text);
    expect(problems).toContain(`${PATH}:${lineOf(text, '<dns-host>')}:9: steps.0.commands.1.run: unknown placeholder <dns-host>: declare it under steps.0.inputs`);
    expect(problems.some((p) => p.includes('steps.0.inputs.0.name: input <dns-server> is not used'))).toBe(true);
  });

  it('reports an unknown endpoint role to check', () => {
    const text = breaking('checks: [api]', 'checks: [api, ingest]');
    expect(messages(text)[0]).toBe(`${PATH}:${lineOf(text, 'checks:')}:19: steps.0.checks.1: unknown endpoint role {ingest}; known: api, eventing, est, mx, dex, sse-portal, xdr-portal, castle, threat-response`);
  });

  it('refuses a region that a role has no value for', () => {
    const text = breaking('body: { en: Body en', 'body: { en: "Open {sse-portal}"');
    expect(messages(text).join('\n')).toContain('steps.0.body.en: role {sse-portal} has no value for region apj');
  });

  it('reports branches and related ids that lead nowhere', () => {
    let text = breaking('onFailure: { to: "step:first" }', 'onFailure: { to: "step:third" }');
    text = text.replace('related: []', 'related: [no-such-runbook]');
    expect(messages(text)).toEqual([
      `${PATH}:${lineOf(text, 'step:third')}:18: steps.1.onFailure.to: no step "third" in this runbook`,
      `${PATH}:${lineOf(text, 'related:')}:11: related.0: no runbook "no-such-runbook"`,
    ]);
  });

  it('refuses next on the last step', () => {
    const text = breaking('onFailure: { to: "step:first" }', 'onFailure: { to: next }');
    expect(messages(text)[0]).toContain('steps.1.onFailure.to: the last step has no next step');
  });

  it('reports duplicate step ids and duplicate runbook ids', () => {
    const text = breaking('  - id: second', '  - id: first');
    const second = text.split('\n').findLastIndex((line) => line === '  - id: first') + 1;
    expect(messages(text)).toContain(`${PATH}:${second}:5: steps.1.id: duplicate step id "first"`);
    const twin = messages(validRunbook.replace('product: firepower', 'product: secure-email'), [
      file('runbooks/secure-email/fixture-runbook.yaml', validRunbook.replace('product: firepower', 'product: secure-email')),
    ]);
    expect(twin).toContain('runbooks/secure-email/fixture-runbook.yaml:1:1: duplicate runbook id "fixture-runbook", also runbooks/firepower/fixture-runbook.yaml');
    expect(twin).toContain(`${PATH}:1:1: product: product "secure-email" does not match its folder runbooks/firepower/`);
  });

  it('refuses raw HTML in Markdown fields', () => {
    const text = breaking('cause: { en: Cause en', 'cause: { en: "Cause <b>bold</b>"');
    expect(messages(text)).toEqual([`${PATH}:${lineOf(text, '<b>bold')}:10: cause.en: raw HTML is not allowed in Markdown: <b> (write placeholders such as <dns-server> inside backticks)`]);
  });

  it('refuses a signature that does not compile, and one that misses its own example', () => {
    const broken = breaking(`match: ['curl: \\(6\\) could(?:n''t| not) resolve host']`, `match: ['curl: \\(6\\) could(n''t| not resolve host']`);
    expect(messages(broken).find((p) => p.includes('signatures.0.match.0'))).toMatch(new RegExp(`^${PATH}:${lineOf(broken, 'match:')}:\\d+: signatures\\.0\\.match\\.0: pattern does not compile: `));
    const missing = breaking("- \"curl: (6) Couldn't resolve host 'api.eu.sse.itd.cisco.com'\"", '- "curl: (7) Failed to connect"');
    expect(messages(missing)).toContain(`${PATH}:${lineOf(missing, 'curl: (7) Failed')}:9: signatures.0.examples.0: the signature does not match its own example`);
  });

  it('refuses a pattern that can backtrack catastrophically', () => {
    const text = breaking(`match: ['curl: \\(6\\) could(?:n''t| not) resolve host']`, `match: ['curl: \\(6\\) could(?:n''t| not) resolve host', '^(a+)+$']`);
    expect(messages(text).find((p) => p.includes('match.1'))).toMatch(/signatures\.0\.match\.1: pattern can backtrack catastrophically \(exponential\)/);
  });

  it('requires every error string to be matched by a fault signature of its runbook', () => {
    const text = breaking(`lang: en\nsignatures:`, `lang: en\n  - text: "Something unrelated"\n    lang: en\nsignatures:`);
    expect(messages(text)).toEqual([
      `${PATH}:${lineOf(text, 'Something unrelated')}:5: errors.1.text: no fault signature of this runbook matches this error string, so pasting it would not find the page`,
    ]);
  });

  it('still checks a file that fails the schema, and links to it are not reported as broken', () => {
    const text = breaking('title: { en: Title en, de: Title de, zh: Title zh, ko: Title ko, ', 'title: { en: Title en, de: Title de, zh: Title zh, ').replace(
      'https://{api}"',
      'https://{apii}"',
    );
    const linking = file('runbooks/secure-email/linking.yaml', validRunbook.replace('product: firepower', 'product: secure-email').replace('related: []', 'related: [fixture-runbook]').replace(/errors:[\s\S]*?steps:/, 'steps:'));
    const problems = messages(text, [linking]);
    expect(problems).toEqual([
      `${PATH}:${lineOf(text, 'title:')}:1: title.ko: missing ko translation`,
      `${PATH}:${lineOf(text, '{apii}')}:9: steps.0.commands.0.run: unknown endpoint role {apii}; known: api, eventing, est, mx, dex, sse-portal, xdr-portal, castle, threat-response`,
    ]);
  });

  it('reports every problem of every file in one run', () => {
    const text = breaking('https://{api}"', 'https://{apii}"').replace('related: []', 'related: [nowhere]');
    const other = file('runbooks/secure-email/Bad_Name.yaml', 'product: [');
    const problems = messages(text, [other]);
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(problems.filter((p) => p.startsWith(PATH))).toHaveLength(2);
    expect(problems.filter((p) => p.startsWith('runbooks/secure-email/Bad_Name.yaml'))).toHaveLength(2);
  });
});

describe('npm run new (the runbook skeleton)', () => {
  it('is valid YAML with every field, and check names each empty text by line and field', async () => {
    const { runbookSkeleton } = await import('../../src/lib/skeleton.ts');
    const text = runbookSkeleton('firepower', '2026-11-24');
    const problems = messages(text);
    expect(problems).toContain(`${PATH}:${lineOf(text, 'title:') + 1}:3: title.en: empty en translation`);
    expect(problems.filter((p) => p.includes('empty ja translation'))).toHaveLength(7);
    expect(problems.some((p) => p.includes('steps.0.body.ko: empty ko translation'))).toBe(true);
    expect(problems.some((p) => p.includes('sources.0.title'))).toBe(true);
    expect(problems.every((p) => p.startsWith(`${PATH}:`))).toBe(true);
  });
});

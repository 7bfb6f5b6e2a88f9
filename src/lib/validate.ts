import { checkSync } from 'recheck';
import type { z } from 'zod';
import { LOCALES, type Locale } from '../schema/locale.ts';
import { RegionsFile, type EndpointRole } from '../schema/region.ts';
import { Runbook, type Step } from '../schema/runbook.ts';
import { compilePattern, compileSignature, diagnose, type CompiledSignature } from './diagnose.ts';
import { findRawHtml } from './markdown.ts';
import { hostTable, type KnownHost } from './normalise.ts';
import { findRole, inputsIn, roleValue, rolesIn } from './template.ts';
import { parseYaml, type FieldPath, type Problem, type YamlSource } from './yaml-source.ts';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes (e.g. runbooks/firepower/ftd-dns-resolution.yaml). */
  path: string;
  text: string;
}

export interface RunbookEntry {
  id: string;
  file: string;
  runbook: Runbook;
}

export interface SiteData {
  regions: RegionsFile;
  runbooks: RunbookEntry[];
  signatures: CompiledSignature[];
}

export interface ValidationInput {
  regions: SourceFile;
  runbooks: SourceFile[];
  /** Article slugs present in every locale. */
  articles: readonly string[];
  /** Test signatures for catastrophic backtracking (slower; on in `npm run check` and tests). */
  redos?: boolean;
  /** Earlier verdicts of the checker, reused and extended. */
  redosCache?: RedosCache;
}

export type ValidationResult = { ok: true; site: SiteData; problems: [] } | { ok: false; problems: Problem[] };

const RUNBOOK_PATH = /^runbooks\/([^/]+)\/([^/]+)\.ya?ml$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function schemaProblems(source: YamlSource, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => source.problem(issue.path as FieldPath, issue.message));
}

const isLocalized = (value: unknown): value is Record<Locale, string> =>
  typeof value === 'object' && value !== null && LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');

/** Visits every six-language text of a parsed file with its path. */
function eachText(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void): void {
  if (isLocalized(value)) {
    for (const locale of LOCALES) visit(value[locale], [...path, locale]);
    return;
  }
  if (Array.isArray(value)) value.forEach((item, i) => eachText(item, [...path, i], visit));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) eachText(item, [...path, key], visit);
}

function checkRegexSafety(source: string, report: (message: string) => void): boolean {
  try {
    compilePattern(source);
  } catch (error) {
    report(`pattern does not compile: ${(error as Error).message}`);
    return false;
  }
  return true;
}

/**
 * Refuses patterns that backtrack exponentially or in cubic time or worse. Quadratic ones (an unanchored
 * `a.*b`) are accepted: the matcher caps line length (MAX_LINE in normalise.ts), which bounds their cost.
 */
function checkRedos(source: string, cache: RedosCache, report: (message: string) => void): void {
  let verdict = cache.get(source);
  if (verdict === undefined) {
    const diagnostics = checkSync(source, 'im');
    const { status } = diagnostics;
    const refused =
      status === 'vulnerable' && (diagnostics.complexity.type === 'exponential' || diagnostics.complexity.degree >= 3);
    verdict = refused
      ? `pattern can backtrack catastrophically (${diagnostics.complexity.summary}); attack string ${diagnostics.attack.pattern}`
      : '';
    cache.set(source, verdict);
  }
  if (verdict) report(verdict);
}

/** The ReDoS checker's message by pattern source ('' = accepted); the checker takes seconds per pattern. */
export type RedosCache = Map<string, string>;

/** Validates content/regions.yaml: schema, duplicate roles and regions, raw HTML in its texts. */
export function validateRegions(file: SourceFile): { regions?: RegionsFile; problems: Problem[] } {
  const source = parseYaml(file.path, file.text);
  if (source.problems.length) return { problems: source.problems };
  const parsed = RegionsFile.safeParse(source.data);
  if (!parsed.success) return { problems: schemaProblems(source, parsed.error) };
  const regions = parsed.data as RegionsFile;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  regions.roles.forEach((role, i) => {
    if (seen.has(role.id)) problems.push(source.problem(['roles', i, 'id'], `duplicate role id "${role.id}"`));
    seen.add(role.id);
  });
  const regionIds = regions.regions.map((r) => r.id);
  if (new Set(regionIds).size !== regionIds.length) problems.push(source.problem(['regions'], 'a region is listed twice'));
  eachText(source.data, [], (text, path) => {
    const html = findRawHtml(text);
    if (html) problems.push(source.problem(path, `raw HTML is not allowed in Markdown: ${html}`));
  });
  return { regions, problems };
}

/** Validates every source at once and reports every problem; the site data only when there is none. */
export function validateSite(input: ValidationInput): ValidationResult {
  const problems: Problem[] = [];
  const redosCache = input.redosCache ?? new Map<string, string>();

  // Regions first: runbooks refer to its roles.
  const { regions, problems: regionProblems } = validateRegions(input.regions);
  problems.push(...regionProblems);
  const hosts = regions ? hostTable(regions.roles) : [];

  // Each runbook on its own.
  const parsedRunbooks: { entry: RunbookEntry; source: YamlSource; lenient: boolean }[] = [];
  const fileIds = new Map<string, string>();
  for (const file of input.runbooks) {
    const pathMatch = RUNBOOK_PATH.exec(file.path);
    const source = parseYaml(file.path, file.text);
    if (!pathMatch) {
      problems.push({ file: file.path, line: 1, col: 1, path: '', message: 'runbooks live at runbooks/<product>/<id>.yaml' });
      continue;
    }
    const [, folder, id] = pathMatch as unknown as [string, string, string];
    if (!ID.test(id)) problems.push({ file: file.path, line: 1, col: 1, path: '', message: `file name "${id}" is not a valid runbook id (lower-case words joined by hyphens)` });
    const twin = fileIds.get(id);
    if (twin) problems.push({ file: file.path, line: 1, col: 1, path: '', message: `duplicate runbook id "${id}", also ${twin}` });
    fileIds.set(id, file.path);
    problems.push(...source.problems);
    if (source.problems.length) continue;
    const parsed = Runbook.safeParse(source.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(source, parsed.error));
      // Keep checking what can be checked, so one run names every problem of the file.
      const runbook = lenientRunbook(source.data);
      if (runbook) parsedRunbooks.push({ entry: { id, file: file.path, runbook }, source, lenient: true });
      continue;
    }
    const runbook = parsed.data;
    if (runbook.product !== folder) problems.push(source.problem(['product'], `product "${runbook.product}" does not match its folder runbooks/${folder}/`));
    parsedRunbooks.push({ entry: { id, file: file.path, runbook }, source, lenient: false });
  }

  // Every file names a runbook, even one with problems: links to it are not reported as broken too.
  const runbookIds = new Map<string, Runbook | undefined>([...fileIds.keys()].map((id) => [id, undefined]));
  for (const { entry } of parsedRunbooks) runbookIds.set(entry.id, entry.runbook);
  const signatureOwners = new Map<string, string>();
  const compiled: CompiledSignature[] = [];
  const examples: { signature: CompiledSignature; source: YamlSource; path: FieldPath; text: string }[] = [];

  for (const { entry, source, lenient } of parsedRunbooks) {
    try {
      checkRunbook(entry, source);
    } catch (error) {
      // A file that failed the schema may miss what a check reads; its schema problems are reported already.
      if (!lenient) throw error;
    }
  }

  function checkRunbook(entry: RunbookEntry, source: YamlSource): void {
    const { runbook } = entry;
    const report = (path: FieldPath, message: string) => problems.push(source.problem(path, message));
    const stepIds = new Set<string>();

    if (new Set(runbook.regions).size !== runbook.regions.length) report(['regions'], 'a region is listed twice');

    eachText(source.data, [], (text, path) => {
      const html = findRawHtml(text);
      if (html) report(path, `raw HTML is not allowed in Markdown: ${html} (write placeholders such as <dns-server> inside backticks)`);
      if (regions) for (const role of rolesIn(text)) checkRole(role, path, false);
    });

    function checkRole(roleId: string, path: FieldPath, mustBeHost: boolean): EndpointRole | undefined {
      if (!regions) return undefined;
      const role = findRole(regions, roleId);
      if (!role) {
        report(path, `unknown endpoint role {${roleId}}; known: ${regions.roles.map((r) => r.id).join(', ')}`);
        return undefined;
      }
      if (mustBeHost && role.kind !== 'host') report(path, `role ${roleId} is a portal; only host roles can be checked`);
      for (const region of runbook.regions) {
        if (roleValue(role, region) === undefined)
          report(path, `role {${roleId}} has no value for region ${region}, which this runbook declares; the sources give none, so drop the region or the role`);
      }
      return role;
    }

    runbook.steps.forEach((step: Step, s: number) => {
      if (stepIds.has(step.id)) report(['steps', s, 'id'], `duplicate step id "${step.id}"`);
      stepIds.add(step.id);
      const declared = new Set(step.inputs.map((input) => input.name));
      const used = new Set<string>();
      step.commands.forEach((command, c) => {
        for (const role of rolesIn(command.run)) checkRole(role, ['steps', s, 'commands', c, 'run'], false);
        for (const name of inputsIn(command.run)) {
          used.add(name);
          if (!declared.has(name)) report(['steps', s, 'commands', c, 'run'], `unknown placeholder <${name}>: declare it under steps.${s}.inputs`);
        }
      });
      step.inputs.forEach((input, i) => {
        if (!used.has(input.name)) report(['steps', s, 'inputs', i, 'name'], `input <${input.name}> is not used by any command of this step`);
      });
      step.checks.forEach((role, c) => checkRole(role, ['steps', s, 'checks', c], true));
    });

    const checkBranch = (target: string, path: FieldPath, stepIndex: number) => {
      if (target === 'next' && stepIndex === runbook.steps.length - 1) report(path, 'the last step has no next step; use done or another target');
      const step = /^step:(.+)$/.exec(target);
      if (step && !stepIds.has(step[1]!)) report(path, `no step "${step[1]}" in this runbook`);
      const other = /^runbook:([^#]+)(?:#(.+))?$/.exec(target);
      if (other) {
        const target = runbookIds.get(other[1]!);
        if (!runbookIds.has(other[1]!)) report(path, `no runbook "${other[1]}"`);
        else if (target && other[2] && !target.steps.some((st) => st.id === other[2])) report(path, `runbook ${other[1]} has no step "${other[2]}"`);
      }
    };
    runbook.steps.forEach((step, s) => {
      checkBranch(step.onSuccess.to, ['steps', s, 'onSuccess', 'to'], s);
      checkBranch(step.onFailure.to, ['steps', s, 'onFailure', 'to'], s);
    });
    runbook.related.forEach((id, r) => {
      if (id === entry.id) report(['related', r], 'a runbook cannot be related to itself');
      else if (!runbookIds.has(id)) report(['related', r], `no runbook "${id}"`);
    });
    runbook.articles.forEach((slug, a) => {
      if (!input.articles.includes(slug)) report(['articles', a], `no article "${slug}" in every locale (content/<locale>/${slug}.mdx)`);
    });

    const own: CompiledSignature[] = [];
    runbook.signatures.forEach((signature, g) => {
      const base = ['signatures', g] as const;
      const owner = signatureOwners.get(signature.id);
      if (owner) report([...base, 'id'], `duplicate signature id "${signature.id}", also in ${owner}`);
      signatureOwners.set(signature.id, entry.file);
      if (signature.step && !stepIds.has(signature.step)) report([...base, 'step'], `no step "${signature.step}" in this runbook`);
      let compiles = true;
      (['match', 'absent'] as const).forEach((field) =>
        signature[field].forEach((pattern, p) => {
          const where = [...base, field, p];
          if (!checkRegexSafety(pattern, (message) => report(where, message))) compiles = false;
          else if (input.redos) checkRedos(pattern, redosCache, (message) => report(where, message));
        }),
      );
      if (!compiles) return;
      const spec = compileSignature({ ...signature, runbook: entry.id });
      own.push(spec);
      compiled.push(spec);
      signature.examples.forEach((text, e) => examples.push({ signature: spec, source, path: [...base, 'examples', e], text }));
      signature.counterexamples.forEach((text, e) => {
        if (regions && matchesAlone(text, spec, hosts)) report([...base, 'counterexamples', e], 'the signature matches this counterexample');
      });
    });

    if (regions) {
      runbook.errors.forEach((error, e) => {
        const result = diagnose(error.text, own.filter((sig) => sig.kind === 'fault'), hosts);
        if (!result.faults.length) report(['errors', e, 'text'], 'no fault signature of this runbook matches this error string, so pasting it would not find the page');
      });
    }
  }

  // Every example must match its own signature, and a fault example must lead to its own runbook first.
  if (regions) {
    for (const { signature, source, path, text } of examples) {
      const result = diagnose(text, compiled, hosts);
      const list = signature.kind === 'fault' ? result.faults : result.healthy;
      if (!list.some((hit) => hit.signature.id === signature.id)) {
        problems.push(source.problem(path, `the signature does not match its own example`));
      } else if (signature.kind === 'fault' && result.faults[0]!.signature.runbook !== signature.runbook) {
        const winner = result.faults[0]!.signature;
        problems.push(source.problem(path, `this example leads to ${winner.runbook} (signature ${winner.id}) first; raise this signature's priority or narrow the other`));
      }
    }
  }

  if (problems.length || !regions) return { ok: false, problems: sortProblems(problems) };
  return {
    ok: true,
    problems: [],
    site: { regions, runbooks: parsedRunbooks.map(({ entry }) => entry), signatures: compiled },
  };
}

/** A runbook that failed the schema, with empty lists where fields are missing, for the checks that still apply. */
function lenientRunbook(data: unknown): Runbook | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const raw = data as Partial<Runbook> & Record<string, unknown>;
  const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  return {
    ...raw,
    regions: list(raw.regions),
    steps: list<Record<string, unknown>>(raw.steps).map((step) => ({
      ...step,
      inputs: list(step.inputs),
      commands: list(step.commands),
      checks: list(step.checks),
      onSuccess: (step.onSuccess as Runbook['steps'][number]['onSuccess']) ?? { to: 'done' },
      onFailure: (step.onFailure as Runbook['steps'][number]['onFailure']) ?? { to: 'done' },
    })),
    signatures: list<Record<string, unknown>>(raw.signatures).map((sig) => ({
      kind: 'fault',
      priority: 50,
      ...sig,
      match: list(sig.match),
      absent: list(sig.absent),
      examples: list(sig.examples),
      counterexamples: list(sig.counterexamples),
    })),
    errors: list(raw.errors),
    related: list(raw.related),
    articles: list(raw.articles),
  } as unknown as Runbook;
}

/** Whether a paste matches one signature on its own. */
function matchesAlone(text: string, signature: CompiledSignature, hosts: KnownHost[]): boolean {
  const result = diagnose(text, [signature], hosts);
  return result.faults.length + result.healthy.length > 0;
}

const sortProblems = (problems: Problem[]) =>
  [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);

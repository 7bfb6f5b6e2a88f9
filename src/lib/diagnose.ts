import { normalise, type KnownHost, type NormalisedPaste, type RegionCode } from './normalise.ts';

/** A signature as the matcher needs it: compiled once, shipped to the browser as plain data. */
export interface SignatureSpec {
  id: string;
  runbook: string;
  kind: 'fault' | 'healthy';
  match: string[];
  absent: string[];
  priority: number;
  step?: string;
}

export interface CompiledSignature extends SignatureSpec {
  matchers: Pattern[];
  blockers: Pattern[];
}

/** A compiled pattern and the pieces of text of which every match contains one (lower case), for a cheap first test. */
export interface Pattern {
  regex: RegExp;
  literals: string[];
}

export interface Hit {
  signature: CompiledSignature;
  /** Indexes of the pasted lines that matched, first match of each pattern. */
  lines: number[];
}

export interface Diagnosis {
  /** Fault hits, best first, at most one per runbook. */
  faults: Hit[];
  /** Healthy output recognised in the paste. */
  healthy: Hit[];
  regions: NormalisedPaste['regions'];
  /** The region the paste points to, when it names exactly one (connector_fqdn wins). */
  region?: RegionCode;
}

/** Compiles a pattern the way every signature is matched: case-insensitive, `^`/`$` at line ends. */
export const compilePattern = (source: string): RegExp => new RegExp(source, 'im');

const toPattern = (source: string): Pattern => ({ regex: compilePattern(source), literals: requiredLiterals(source) });

export const compileSignature = (spec: SignatureSpec): CompiledSignature => ({
  ...spec,
  matchers: spec.match.map(toPattern),
  blockers: spec.absent.map(toPattern),
});

/** Splits a pattern at its top-level `|` (outside groups, classes and escapes). */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(source.slice(from));
  return branches;
}

/** Index of the `)` closing the group opened at `open`. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return source.length;
}

/**
 * The longest run of plain characters that every match of one branch must contain, lower-cased ('' when none
 * is certain). Conservative: groups, classes, anchors and escapes end a run, a quantified character is dropped,
 * and only lookaheads `(?=…)` (which must hold) are looked into.
 */
function branchLiteral(source: string): string {
  const runs: string[] = [];
  let current = '';
  const end = () => {
    runs.push(current);
    current = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (/\w/.test(next)) {
        end(); // \b, \s, \d, \w, \S, back-references… are not literal
        if (next === 'u' || next === 'x') i += next === 'u' ? 4 : 2;
      } else current += next;
      continue;
    }
    if (char === '[') {
      end();
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (char === '(') {
      end();
      const close = groupEnd(source, i);
      if (source.startsWith('(?=', i)) {
        const inner = requiredLiterals(source.slice(i + 3, close));
        if (inner.length === 1) runs.push(inner[0]!);
      }
      i = close;
      if ('?*{'.includes(source[i + 1] ?? '')) i++; // an optional group: skip its quantifier too
      continue;
    }
    if (char === '?' || char === '*' || char === '{') {
      current = current.slice(0, -1);
      end();
      if (char === '{') i = Math.max(source.indexOf('}', i), i);
      continue;
    }
    if (char === '+' || char === '.' || char === '^' || char === '$' || char === ')') {
      end();
      continue;
    }
    current += char;
  }
  end();
  return runs.reduce((best, run) => (run.length > best.length ? run : best), '').toLowerCase();
}

/**
 * Pieces of text of which every match of a pattern contains at least one (lower-cased), for a cheap first
 * test; empty when no piece is certain.
 */
export function requiredLiterals(source: string): string[] {
  const literals = topLevelBranches(source).map(branchLiteral);
  return literals.some((literal) => literal.length < 2) ? [] : [...new Set(literals)];
}

/** A record a terminal or mail client wrapped may span this many lines. */
const MAX_WRAP = 3;
/** Past this many places where a pattern's literal occurs, wrapped windows are searched everywhere instead. */
const MAX_CANDIDATES = 2000;

/**
 * The paste as lines. A pattern is searched in the lines first; when it is not found there, in windows of two
 * and three consecutive lines joined by a space (a wrapped log line), only around the places where its
 * literal occurs.
 */
class Haystack {
  private readonly lines: string[];
  private readonly single: string;
  private readonly starts: number[] = [];
  /** The paste in lower case with line breaks as spaces: every window's text is a substring of it. */
  private readonly flat: string;

  constructor(lines: string[]) {
    this.lines = lines;
    let offset = 0;
    for (const line of lines) {
      this.starts.push(offset);
      offset += line.length + 1;
    }
    this.single = lines.join('\n');
    this.flat = lines.join(' ').toLowerCase();
  }

  /** Lines where the pattern matches (the first match), or undefined. */
  find(pattern: Pattern): number[] | undefined {
    const { literals } = pattern;
    if (literals.length && !literals.some((literal) => this.flat.includes(literal))) return undefined;
    const direct = pattern.regex.exec(this.single);
    if (direct) return [lineAt(this.starts, direct.index)];
    for (const first of this.windowStarts(literals)) {
      for (let size = 2; size <= MAX_WRAP && first + size <= this.lines.length; size++) {
        const window = this.lines.slice(first, first + size);
        const match = pattern.regex.exec(window.join(' '));
        if (match) return this.covered(first, window, match);
      }
    }
    return undefined;
  }

  /** First lines of the windows worth testing: those that can hold the literal, or all of them. */
  private windowStarts(literals: string[]): Iterable<number> {
    const all = { length: Math.max(this.lines.length - 1, 0) };
    if (!literals.length) return Array.from(all, (_, i) => i);
    const found = new Set<number>();
    for (const literal of literals) {
      for (let at = this.flat.indexOf(literal); at >= 0; at = this.flat.indexOf(literal, at + 1)) {
        if (found.size > MAX_CANDIDATES) return Array.from(all, (_, i) => i);
        const line = lineAt(this.starts, at);
        for (let back = MAX_WRAP - 1; back >= 0; back--) if (line - back >= 0) found.add(line - back);
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** The lines of a window that a match actually covers. */
  private covered(first: number, window: string[], match: RegExpExecArray): number[] {
    const from = match.index;
    const to = match.index + match[0].length;
    const lines: number[] = [];
    let offset = 0;
    window.forEach((line, i) => {
      const end = offset + line.length;
      if (end >= from && offset <= to) lines.push(first + i);
      offset = end + 1;
    });
    return lines.length ? lines : [first];
  }
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Tests one signature against a normalised paste. */
export function matchSignature(signature: CompiledSignature, haystack: Haystack): Hit | undefined {
  const lines: number[] = [];
  for (const pattern of signature.matchers) {
    const found = haystack.find(pattern);
    if (!found) return undefined;
    lines.push(...found);
  }
  for (const blocker of signature.blockers) if (haystack.find(blocker)) return undefined;
  return { signature, lines: [...new Set(lines)].sort((a, b) => a - b) };
}

const rank = (a: Hit, b: Hit) =>
  b.signature.priority - a.signature.priority ||
  b.signature.matchers.length + b.signature.blockers.length - (a.signature.matchers.length + a.signature.blockers.length) ||
  a.lines[0]! - b.lines[0]!;

/** Matches a paste against every signature: the runbooks it points to, best first, and what is healthy. */
export function diagnose(paste: string, signatures: readonly CompiledSignature[], hosts: readonly KnownHost[]): Diagnosis {
  const normalised = normalise(paste, hosts);
  const haystack = new Haystack(normalised.lines);
  const faults: Hit[] = [];
  const healthy: Hit[] = [];
  for (const signature of signatures) {
    const hit = matchSignature(signature, haystack);
    if (hit) (signature.kind === 'fault' ? faults : healthy).push(hit);
  }
  faults.sort(rank);
  healthy.sort(rank);
  const seen = new Set<string>();
  const best = faults.filter((hit) => !seen.has(hit.signature.runbook) && seen.add(hit.signature.runbook));
  const configured = normalised.regions.find((r) => r.fromConfig);
  const distinct = new Set(normalised.regions.map((r) => r.region));
  const region = configured?.region ?? (distinct.size === 1 ? normalised.regions[0]!.region : undefined);
  return { faults: best, healthy, regions: normalised.regions, region };
}

/** Cheap test for the search box: does the query look like an error message or a log line? */
export function looksLikeLog(query: string): boolean {
  const text = query.trim();
  if (text.includes('\n')) return true;
  if (text.length > 60) return true;
  return /(\[\w[^\]]*\]|\w\(\d+\)|:\s*\(\d+\)|\b(error|failed|returned \d+|timed out|refused|denied|unable|could ?n[o']t)\b|=\S|\/\w+\/|\d+\.\d+\.\d+\.\d+|\b[a-z0-9-]+\.[a-z0-9-]+\.[a-z]{2,}\b|\bE\d{4}\b)/i.test(
    text,
  );
}

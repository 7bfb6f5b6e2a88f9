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
  matchers: RegExp[];
  blockers: RegExp[];
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

export const compileSignature = (spec: SignatureSpec): CompiledSignature => ({
  ...spec,
  matchers: spec.match.map(compilePattern),
  blockers: spec.absent.map(compilePattern),
});

/** A record a terminal or mail client wrapped may span this many lines. */
const MAX_WRAP = 3;

/**
 * The paste as lines, and, built only when a pattern is not found on one line, as windows of two and three
 * consecutive lines joined by a space, so a log line that was wrapped still matches.
 */
class Haystack {
  private readonly lines: string[];
  private readonly views = new Map<number, { text: string; starts: number[] }>();

  constructor(lines: string[]) {
    this.lines = lines;
  }

  /** Lines where the pattern matches, or undefined. */
  find(pattern: RegExp): number[] | undefined {
    for (let size = 1; size <= MAX_WRAP; size++) {
      const view = this.view(size);
      const match = pattern.exec(view.text);
      if (!match) continue;
      const first = lineAt(view.starts, match.index);
      const offset = match.index - view.starts[first]!;
      // Keep only the lines the match actually covers.
      let covered = 0;
      let end = 0;
      const last = offset + match[0].length;
      const lines: number[] = [];
      for (let i = first; i < Math.min(first + size, this.lines.length); i++) {
        const from = end;
        end += this.lines[i]!.length + (covered++ ? 1 : 0);
        if (end >= offset && from <= last) lines.push(i);
      }
      return lines.length ? lines : [first];
    }
    return undefined;
  }

  private view(size: number) {
    let view = this.views.get(size);
    if (!view) {
      const starts: number[] = [];
      const parts: string[] = [];
      let offset = 0;
      for (let i = 0; i + size - 1 < this.lines.length || (i === 0 && this.lines.length < size); i++) {
        const joined = this.lines.slice(i, i + size).join(size === 1 ? '' : ' ');
        starts.push(offset);
        parts.push(joined);
        offset += joined.length + 1;
      }
      view = { text: parts.join('\n'), starts };
      this.views.set(size, view);
    }
    return view;
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

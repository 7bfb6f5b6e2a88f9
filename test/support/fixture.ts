import { readFileSync } from 'node:fs';
import type { SourceFile } from '../../src/lib/validate.ts';

/** The real region data: fixtures test runbooks against it. */
export const regions: SourceFile = { path: 'content/regions.yaml', text: readFileSync('content/regions.yaml', 'utf8') };

const six = (word: string) => `{ en: ${word} en, de: ${word} de, zh: ${word} zh, ko: ${word} ko, fr: ${word} fr, ja: ${word} ja }`;

/** A small valid runbook; tests break one thing at a time and check where the problem is reported. */
export const validRunbook = `product: firepower
regions: [nam, eu, apj]
title: ${six('Title')}
summary: ${six('Summary')}
symptom: ${six('Symptom')}
cause: ${six('Cause')}
appliesTo:
  - product: FTD
    versions: "6.4.0 and later"
errors:
  - text: "curl: (6) Couldn't resolve host 'api-sse.cisco.com'"
    lang: en
signatures:
  - id: fixture-curl-6
    match: ['curl: \\(6\\) could(?:n''t| not) resolve host']
    meaning: ${six('Meaning')}
    examples:
      - "curl: (6) Couldn't resolve host 'api.eu.sse.itd.cisco.com'"
    counterexamples:
      - "curl: (60) SSL certificate problem"
steps:
  - id: first
    title: ${six('First')}
    where: { place: ftd-cli, mode: root }
    body: ${six('Body')}
    inputs:
      - name: dns-server
        label: ${six('Label')}
        example: 192.0.2.53
    commands:
      - run: "curl -v -k https://{api}"
      - run: "configure network dns <dns-server>"
    checks: [api]
    onSuccess: { to: done }
    onFailure: { to: next }
  - id: second
    title: ${six('Second')}
    where: { place: ftd-cli }
    body: ${six('Body')}
    onSuccess: { to: done }
    onFailure: { to: "step:first" }
related: []
sources:
  - title: A source
    lang: fr
reviewed: 2026-11-24
`;

export const file = (path: string, text: string): SourceFile => ({ path, text });

/** 1-based line of the first line containing `needle` (asserts it exists). */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`fixture has no line with ${needle}`);
  return index + 1;
}

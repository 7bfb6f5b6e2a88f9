import { describe, expect, it } from 'vitest';
import { buildSummary, redact } from '../../src/lib/summary.ts';

const input = {
  runbookId: 'ftd-dns-resolution',
  title: 'FMC/FTD cannot resolve the SSE host names (curl exit 6)',
  pageLanguage: 'de',
  region: 'eu',
  regionSource: 'saved',
  url: 'https://kb.example.org/de/runbooks/ftd-dns-resolution/',
  browser: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0',
  steps: [
    { n: 1, id: 'reproduce', title: 'Reproduce the failure', done: true, outcome: 'failing' as const, at: '2026-11-24 10:01' },
    { n: 2, id: 'test-resolver', title: 'Ask the DNS server', done: true, at: '2026-11-24 10:03' },
    { n: 3, id: 'set-dns', title: 'Set a DNS server', done: false },
  ],
  checks: [
    { host: 'api.eu.sse.itd.cisco.com', status: 'reachable', ms: 84, at: '10:02:11' },
    { host: 'est.sco.cisco.com', status: 'timeout', at: '10:02:19' },
  ],
  inputs: { 'dns-server': '10.1.2.53' },
  now: '2026-11-24 10:05',
};

describe('buildSummary', () => {
  it('lists the runbook, language, region, steps with outcomes, inputs, checks with times, URL and browser', () => {
    const text = buildSummary(input);
    expect(text).toContain('Runbook: FMC/FTD cannot resolve the SSE host names (curl exit 6) (ftd-dns-resolution)');
    expect(text).toContain('Page language: de');
    expect(text).toContain('Region: EU (saved)');
    expect(text).toContain('Steps done: 2 of 3');
    expect(text).toContain('  1. Reproduce the failure [reproduce]: still failing (2026-11-24 10:01)');
    expect(text).toContain('  3. Set a DNS server [set-dns]: not done');
    expect(text).toContain('  dns-server = 10.1.2.53');
    expect(text).toContain('  api.eu.sse.itd.cisco.com: reachable (84 ms) at 10:02:11');
    expect(text).toContain('  est.sco.cisco.com: timeout at 10:02:19');
    expect(text).toContain('Browser: Mozilla/5.0');
  });
});

describe('redact', () => {
  const keep = ['api.eu.sse.itd.cisco.com', 'kb.example.org'];
  it('removes IP addresses, the reader’s own host names and tokens, and keeps Cisco’s hosts and file names', () => {
    const text = 'dns 10.1.2.53 and 2001:db8::53; device fw-lyon-3.corp.example.net; token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl and 9f8e7d6c5b4a39281706f5e4d3c2b1a0ff; host api.eu.sse.itd.cisco.com est.sco.cisco.com; file connectorCA.pem; page https://kb.example.org/de/';
    const out = redact(text, keep);
    expect(out).toBe('dns [ip] and [ip]; device [host]; token [token] and [token]; host api.eu.sse.itd.cisco.com est.sco.cisco.com; file connectorCA.pem; page https://kb.example.org/de/');
  });
  it('leaves times and step ids alone', () => {
    expect(redact('at 10:02:11, step ftd-dns-resolution [set-dns]', keep)).toBe('at 10:02:11, step ftd-dns-resolution [set-dns]');
  });
});

import { describe, expect, it } from 'vitest';
import { diagnose, looksLikeLog, requiredLiterals } from '../../src/lib/diagnose.ts';
import { loadSite } from '../../src/lib/load.ts';
import { hostTable, normalise } from '../../src/lib/normalise.ts';
import { prepareQuery } from '../../src/lib/query.ts';

const { site } = loadSite(process.cwd());
const hosts = hostTable(site.regions.roles);
const run = (text: string) => diagnose(text, site.signatures, hosts);

/** Rewrites the variable parts of a paste: other addresses, PIDs, times, inode numbers, device names and region. */
const REGION_SWAP: [RegExp, string][] = [
  [/api-sse\.cisco\.com/g, 'api.apj.sse.itd.cisco.com'],
  [/api\.eu\.sse\.itd\.cisco\.com/g, 'api-sse.cisco.com'],
  [/api\.apj\.sse\.itd\.cisco\.com/g, 'api.eu.sse.itd.cisco.com'],
  [/eventing-ingest\.sse\.itd\.cisco\.com/g, 'eventing-ingest.eu.sse.itd.cisco.com'],
  [/eventing-ingest\.(eu|apj)\.sse\.itd\.cisco\.com/g, 'eventing-ingest.sse.itd.cisco.com'],
  [/mx01\.sse\.itd\.cisco\.com/g, 'mx01.apj.sse.itd.cisco.com'],
];
function variant(text: string, seed: number): string {
  let out = text;
  for (const [pattern, replacement] of REGION_SWAP) out = out.replace(pattern, replacement);
  out = out
    .replace(/\b(\d{1,3}\.){3}\d{1,3}\b/g, () => `10.${seed % 250}.${(seed * 7) % 250}.${(seed * 13) % 250}`)
    .replace(/(?<=\w)\[(\d+)\]/g, () => `[${31000 + seed}]`)
    .replace(/\b\d+\/(?=[A-Z])/g, () => `${900 + seed}/`)
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?/g, `2031-0${(seed % 9) + 1}-1${seed % 9}T0${seed % 9}:1${seed % 6}:22.123456789+09:00`)
    .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d{2}:\d{2}:\d{2}/g, `Feb  ${(seed % 27) + 1} 0${seed % 9}:0${seed % 6}:59`)
    .replace(/\b\d{6,}\b/g, () => String(4_000_000_000 + seed * 7919))
    .replace(/\b(firepower|ftd01|fmc-lab|ftd-branch7)\.(cisco|example)\.(com|net|org)\b/g, 'fw-site9.corp.example.net');
  return out;
}
/** Hard-wraps long lines at a space, as a terminal or a mail client does. */
const wrapped = (text: string) =>
  text
    .split('\n')
    .map((line) => {
      if (line.length < 90) return line;
      const cut = line.lastIndexOf(' ', 80);
      return cut > 20 ? `${line.slice(0, cut)}\n${line.slice(cut + 1)}` : line;
    })
    .join('\n');

describe('every signature', () => {
  const all = site.runbooks.flatMap(({ id, runbook }) => runbook.signatures.map((signature) => ({ id, signature })));
  it('exists (the site has signatures for both products)', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  for (const { id, signature } of all) {
    describe(`${id} / ${signature.id}`, () => {
      const expectHit = (text: string, label: string) => {
        const result = run(text);
        if (signature.kind === 'fault') {
          expect(result.faults.map((h) => h.signature.runbook)[0], `${label}:\n${text}`).toBe(id);
          expect(result.faults.some((h) => h.signature.id === signature.id) || result.faults[0]!.signature.runbook === id).toBe(true);
        } else {
          expect(result.healthy.map((h) => h.signature.id), `${label}:\n${text}`).toContain(signature.id);
        }
      };
      it('matches its own examples', () => signature.examples.forEach((example, i) => expectHit(example, `example ${i}`)));
      it('matches them with other PIDs, IPs, hosts, regions, timestamps and inode numbers', () =>
        signature.examples.forEach((example, i) => [1, 2, 3].forEach((seed) => expectHit(variant(example, seed), `variant ${seed} of example ${i}`))));
      it('matches them when long lines are wrapped', () => signature.examples.forEach((example, i) => expectHit(wrapped(example), `wrapped example ${i}`)));
      it('matches inside a longer paste with noise around it', () =>
        signature.examples.forEach((example) =>
          expectHit(`Nov 24 10:00:01 fmc sshd[2211]: session opened for user admin\n${example}\n\nadmin@fmc:~$ exit`, 'in noise'),
        ));
      it('does not match its counterexamples', () =>
        signature.counterexamples.forEach((text) => {
          const result = run(text);
          expect([...result.faults, ...result.healthy].map((h) => h.signature.id)).not.toContain(signature.id);
        }));
    });
  }
});

describe('diagnose', () => {
  it('matches nothing in ordinary lines', () => {
    for (const line of [
      'Nov 24 10:00:01 fmc sshd[2211]: Accepted publickey for admin from 192.0.2.7 port 51514 ssh2',
      'HTTP/1.1 200 OK',
      '> show version',
      '---------------------[ ftd01 ]---------------------',
      'Model                     : Cisco Firepower Threat Defense for VMware (75) Version 6.6.0',
      'Everything is fine today.',
      '',
    ]) {
      const result = run(line);
      expect([...result.faults, ...result.healthy].map((h) => h.signature.id), line).toEqual([]);
    }
  });

  it('finds each fault in a mixed log and ranks the most specific first', () => {
    const log = [
      'root@ftd01:~# curl -v -k https://api.eu.sse.itd.cisco.com',
      "curl: (6) Couldn't resolve host 'api.eu.sse.itd.cisco.com'",
      'ActionQueueScrape.pl[4471]: [SF::SSE::Enrollment] canConnect: System (/usr/bin/curl -s --connect-timeout 10 -m 20 -f https://api.eu.sse.itd.cisco.com/providers/sse/api/v1/regions) Failed, curl returned 28 at /ngfw/usr/local/sf/lib/perl/5.10.1/SF/System.pm line 10477.',
    ].join('\n');
    const ids = run(log).faults.map((h) => h.signature.runbook);
    expect(ids).toContain('ftd-dns-resolution');
    expect(ids).toContain('ftd-curl-timeout-28');
  });

  it('tells a LISTENING-only socket (fault) from a connected one (healthy)', () => {
    const listening = 'unix  2      [ ACC ]     STREAM     LISTENING     3022791165 11204/EventHandler   /ngfw/var/sf/run/EventHandler_SSEConnector.sock';
    const connected = `${listening}\nunix  3      [ ]         STREAM     CONNECTED     378537   7741/EventHandler   /ngfw/var/sf/run/EventHandler_SSEConnector.sock`;
    expect(run(listening).faults[0]?.signature.runbook).toBe('ftd-sseconnector-eventhandler-socket');
    expect(run(connected).faults.map((h) => h.signature.runbook)).not.toContain('ftd-sseconnector-eventhandler-socket');
    expect(run(connected).healthy.length).toBeGreaterThan(0);
  });

  it('tells SYN_SENT without ESTABLISHED (fault) from an established connection (healthy)', () => {
    const synSent = 'connector 60815 www 12u IPv4 110237499 0t0 TCP fw1.example.org:53426->ec2-100-25-93-234.compute-1.amazonaws.com:https (SYN_SENT)';
    const established = 'connector 13277 www 19u IPv4 26077679 0t0 TCP 192.0.2.200:56495->ec2-35-172-147-246.compute-1.amazonaws.com:https (ESTABLISHED)';
    expect(run(synSent).faults[0]?.signature.runbook).toBe('ftd-events-not-reaching-sse');
    expect(run(`${synSent}\n${established}`).faults.map((h) => h.signature.runbook)).not.toContain('ftd-events-not-reaching-sse');
    expect(run(established).healthy.length).toBeGreaterThan(0);
  });

  it('recognises a healthy curl test and sends nobody to fix it', () => {
    const ok = '< HTTP/1.1 403 Forbidden\n< Content-Length: 9\n* Connection #0 to host api.apj.sse.itd.cisco.com left intact';
    const result = run(ok);
    expect(result.faults).toEqual([]);
    expect(result.healthy.length).toBeGreaterThan(0);
  });

  it('reads the region from a regional host and from connector_fqdn, which wins', () => {
    expect(run("curl: (6) Couldn't resolve host 'api.apj.sse.itd.cisco.com'").region).toBe('apj');
    expect(run('eventing-ingest.eu.sse.itd.cisco.com').region).toBe('eu');
    expect(run('registration_interval=180\nconnector_port=8989\nconnector_fqdn=api-sse.cisco.com\ncurl https://api.eu.sse.itd.cisco.com').region).toBe('nam');
    expect(run('api.eu.sse.itd.cisco.com and api.apj.sse.itd.cisco.com').region).toBeUndefined();
  });
});

describe('requiredLiterals (the cheap first test before a pattern runs)', () => {
  it('finds the text every match must contain, per top-level alternative, looking into lookaheads', () => {
    expect(requiredLiterals("curl: \\(6\\) could(?:n't| not) resolve host")).toEqual(['curl: (6) could']);
    expect(requiredLiterals('^(?=.*registrier)(?=.*(?:ungültig|abgelaufen))(?=.*token)')).toEqual(['registrier']);
    expect(requiredLiterals('E4017|\\[409\\]')).toEqual(['e4017', '[409]']);
    expect(requiredLiterals('colou?r xyz')).toEqual(['r xyz']);
    expect(requiredLiterals('ab[\\]x]cdef')).toEqual(['cdef']);
  });
  it('gives up rather than guess', () => {
    expect(requiredLiterals('a|b')).toEqual([]);
    expect(requiredLiterals('\\d+\\s\\w+')).toEqual([]);
    expect(requiredLiterals('(?:abc)?d|xyz')).toEqual([]);
  });
  it('never rules out a paste that matches', () => {
    for (const signature of site.signatures)
      for (const [pattern, source] of [...signature.matchers.map((p, i) => [p, signature.match[i]!] as const)])
        for (const example of site.runbooks.flatMap((r) => r.runbook.signatures).find((s) => s.id === signature.id)!.examples) {
          const flat = normalise(example, hosts).lines.join(' ').toLowerCase();
          if (pattern.regex.test(flat) && pattern.literals.length) expect(pattern.literals.some((l) => flat.includes(l)), source).toBe(true);
        }
  });
});

describe('normalise', () => {
  const line = (text: string) => normalise(text, hosts).lines[0];
  it('replaces times, addresses, hosts, ports, PIDs, inode numbers and /ngfw paths', () => {
    expect(line('time="2020-04-13T14:34:02.88472046-05:00" level=error msg="[fw.example.com][events.go:90 events:connectWebSocket] dial tcp 18.205.49.246:443: getsockopt: connection timed out"')).toBe(
      'time="<time>" level=error msg="[<host>][events.go:90 events:connectWebSocket] dial tcp <ip>:<port>: getsockopt: connection timed out"',
    );
    expect(line('unix  2 [ ACC ] STREAM LISTENING 3022791165 11204/EventHandler /ngfw/var/sf/run/EventHandler_SSEConnector.sock')).toBe(
      'unix 2 [ ACC ] STREAM LISTENING <n> <pid>/EventHandler /ngfw/…/EventHandler_SSEConnector.sock',
    );
    expect(line('* Connected to api.apj.sse.itd.cisco.com (2001:db8::66) port 443 (#0)')).toBe('* Connected to {api} (<ip>) port 443 (#0)');
    expect(line('ActionQueueScrape.pl[19094]: Wed, 08 Apr 2020 01:27:55 GMT x.x.x.27')).toBe('ActionQueueScrape.pl[<pid>]: <time> <ip>');
    expect(line('Nov  2 07:01:02 mx02.eu.sse.itd.cisco.com')).toBe('<time> {sse}');
  });
  it('keeps file names that look like host names', () => {
    expect(line('/ngfw/etc/ssl/connectorCA.pem connector.properties action_queue.log')).toBe('/ngfw/…/connectorCA.pem connector.properties action_queue.log');
  });
  it('cuts lines too long to be real, so no pattern can take quadratic time on them', () => {
    expect(normalise('x'.repeat(10_000), hosts).lines.length).toBe(5);
  });
});

describe('search queries', () => {
  it('tells pasted errors and logs from words', () => {
    for (const text of ['curl returned 28', "curl: (6) Couldn't resolve host 'api-sse.cisco.com'", 'E4017', 'There was a problem. Try again later.\nsecond line', '2020-04-13T14:34:02 level=error msg="x"'])
      expect(looksLikeLog(text), text).toBe(true);
    for (const text of ['dns', 'token expired', 'Secure Email dashboard', 'SecureX', 'ダッシュボード']) expect(looksLikeLog(text), text).toBe(false);
  });
  it('maps old and new product names onto one, and drops pasted noise', () => {
    expect(prepareQuery('SecureX tile')).toBe('xdr tile');
    expect(prepareQuery('CTR module')).toBe('xdr module');
    expect(prepareQuery('ESA token')).toBe('secure email token');
    expect(prepareQuery('Secure Firewall FMC events')).toBe('firepower firepower events');
    expect(prepareQuery('2020-04-13T14:34:02.884-05:00 192.0.2.1:443 root@ftd01:~# pmtool')).toBe('pmtool');
  });
});

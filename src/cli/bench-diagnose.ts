// npm run bench:diagnose: milliseconds per MB to diagnose a large mixed log (prints figures, asserts nothing).
import { diagnose } from '../lib/diagnose.ts';
import { loadSite } from '../lib/load.ts';
import { hostTable } from '../lib/normalise.ts';

const megabytes = Number(process.argv[2] ?? 1);
const { site } = loadSite(process.cwd());
const hosts = hostTable(site.regions.roles);
const examples = site.runbooks.flatMap(({ runbook }) => runbook.signatures.flatMap((s) => s.examples));
const noise = [
  'Nov 24 10:00:01 fmc sshd[2211]: Accepted publickey for admin from 192.0.2.7 port 51514 ssh2',
  'time="2026-11-24T10:00:02.123456789Z" level=info msg="[fmc.example.com][heartbeat.go:41 heartbeat] ok"',
  'Nov 24 10:00:03 ftd01 SF-IMS[5120]: [5120] sfmgr:sfmanager [INFO] processing message 88121 from peer 198.51.100.4',
  '* TLSv1.2 (IN), TLS handshake, Server hello (2):',
];

/** A log of the requested size: mostly noise, one signature example in every 200 lines. */
function mixedLog(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = i % 200 === 199 ? examples[(i / 200) % examples.length | 0]! : noise[i % noise.length]!;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

const log = mixedLog(megabytes * 1024 * 1024);
diagnose(log.slice(0, 10_000), site.signatures, hosts); // warm up the regular expressions
const runs: number[] = [];
let faults = 0;
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  faults = diagnose(log, site.signatures, hosts).faults.length;
  runs.push(performance.now() - started);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)]!;
console.log(`diagnose: ${(log.length / 1024 / 1024).toFixed(2)} MB, ${log.split('\n').length} lines, ${site.signatures.length} signatures, ${faults} runbooks found`);
console.log(`median ${median.toFixed(1)} ms (${(median / megabytes).toFixed(1)} ms per MB), best ${runs[0]!.toFixed(1)} ms, worst ${runs.at(-1)!.toFixed(1)} ms`);

/**
 * Turns pasted logs and command output into a stable form, so that signatures match whatever the
 * timestamps, process ids, addresses, host names, ports, inode numbers or region of a paste are.
 *
 *   2020-04-13T14:34:02.88-05:00  → <time>        18.205.49.246, fe80::1, x.x.x.246 → <ip>
 *   api.eu.sse.itd.cisco.com      → {api}         firepower.example.com           → <host>
 *   <ip>:443, <host>:53426        → <ip>:<port>   ActionQueueScrape.pl[19094]     → ActionQueueScrape.pl[<pid>]
 *   11204/EventHandler            → <pid>/EventHandler
 *   /ngfw/var/sf/run/x.sock       → /ngfw/…/x.sock                        3022791165 → <n>
 * Runs of blanks become one space. Pure: no DOM, no Node APIs (it runs in the browser too).
 */
export type RegionCode = 'nam' | 'eu' | 'apj';

/** A known SSE host: its role, and the region it belongs to (none when shared by all regions). */
export interface KnownHost {
  host: string;
  role: string;
  region?: RegionCode;
}

export interface NormalisedPaste {
  /** Normalised lines, one per line of the paste (blank lines kept so indexes match). */
  lines: string[];
  /** The lines as pasted. */
  raw: string[];
  /** Regions revealed by regional SSE host names, with the line each was first seen on. */
  regions: { region: RegionCode; line: number; host: string; fromConfig: boolean }[];
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const TIME = String.raw`\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?`;
const ZONE = String.raw`(?:\s?(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC|[A-Z]{3,4})\b)?`;
const TIMESTAMP = new RegExp(
  [
    String.raw`\d{4}-\d{2}-\d{2}[T ]${TIME}${ZONE}`,
    String.raw`${DAY},? \d{1,2} ${MONTH} \d{4} ${TIME}${ZONE}`,
    String.raw`${DAY} ${MONTH} +\d{1,2} ${TIME}(?: ${ZONE.slice(0, -1)})?(?: \d{4})?`,
    String.raw`${MONTH} +\d{1,2} ${TIME}`,
    String.raw`\d{4}[-/]\d{2}[-/]\d{2}`,
    String.raw`\d{1,2}/\d{1,2}/\d{4}`,
    String.raw`\b${TIME}\b`,
  ].join('|'),
  'g',
);
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
/** Host names: at least two labels, the last alphabetic and not a file extension. */
const HOST = /(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,22}[a-z0-9](?![\w-])/gi;
const FILE_EXTENSIONS = new Set(
  'log pem sock soc properties conf cfg yaml yml json txt pl pm py sh go so crt key csr der p12 pfx tar gz tgz zip xml html htm js ts md ini db sql bak tmp pid out err lock'.split(' '),
);
const SSE_HOST = /^([a-z0-9-]+)\.(?:(eu|apj)\.)?sse\.itd\.cisco\.com$/i;
const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d|[xX*]{1,3}|\d?[xX]{1,2})\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d|[xX*]{1,3})(?![\w.])/g;
const IPV6 = /(?<![\w:.])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){0,6}(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){0,6}(?:[0-9a-f]{1,4}|<ip>)?)(?![\w:])/gi;
const PORT = /(<ip>|<host>|\{[a-z-]+\}|\blocalhost|\])(:)\d{1,5}\b/g;
const PID_BRACKET = /\b([A-Za-z][\w.-]*)\[\d+\]/g;
const PID_SLASH = /(?<![\w/])\d+\/(?=[A-Za-z])/g;
const NGFW_PATH = /\/ngfw(?:\/[\w.+-]+)*\/(?=[\w.+-]+)/g;
const LONG_NUMBER = /(?<![\w.:/-])\d{5,}(?![\w.:/-])/g;
const CONNECTOR_FQDN = /connector_fqdn\s*=/i;

/** Builds the host table from region data (shared with the site), so region hosts are recognised by role. */
export function hostTable(roles: { id: string; kind: string; values: Record<string, string | undefined> }[]): KnownHost[] {
  const table: KnownHost[] = [];
  for (const role of roles) {
    if (role.kind !== 'host') continue;
    for (const [key, host] of Object.entries(role.values)) {
      if (!host) continue;
      const region = key === 'shared' ? undefined : (key as RegionCode);
      table.push({ host: host.toLowerCase(), role: role.id, region });
    }
  }
  return table;
}

/** Normalises one line; reports hosts that reveal a region. */
export function normaliseLine(
  line: string,
  hosts: ReadonlyMap<string, KnownHost>,
  onRegion?: (region: RegionCode, host: string) => void,
): string {
  let text = line.replace(ANSI, '').replace(/\r/g, '');
  text = text.replace(TIMESTAMP, '<time>');
  text = text.replace(HOST, (name) => {
    const lower = name.toLowerCase();
    const last = lower.slice(lower.lastIndexOf('.') + 1);
    if (FILE_EXTENSIONS.has(last)) return name;
    const known = hosts.get(lower);
    if (known) {
      if (known.region) onRegion?.(known.region, lower);
      return `{${known.role}}`;
    }
    const sse = SSE_HOST.exec(lower);
    if (sse) {
      const region = (sse[2] as RegionCode | undefined) ?? 'nam';
      onRegion?.(region, lower);
      return '{sse}';
    }
    return '<host>';
  });
  text = text.replace(IPV4, '<ip>').replace(IPV6, '<ip>');
  text = text.replace(PORT, '$1$2<port>');
  text = text.replace(PID_BRACKET, '$1[<pid>]').replace(PID_SLASH, '<pid>/');
  text = text.replace(NGFW_PATH, '/ngfw/…/');
  text = text.replace(LONG_NUMBER, '<n>');
  return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** No real log line is this long; longer ones are cut so that quadratic patterns stay cheap on any paste. */
export const MAX_LINE = 2048;
const splitLongLine = (line: string): string[] => {
  if (line.length <= MAX_LINE) return [line];
  const pieces: string[] = [];
  for (let start = 0; start < line.length; start += MAX_LINE) pieces.push(line.slice(start, start + MAX_LINE));
  return pieces;
};

export function normalise(paste: string, table: readonly KnownHost[]): NormalisedPaste {
  const hosts = new Map(table.map((entry) => [entry.host, entry]));
  const raw = paste.split('\n').flatMap(splitLongLine);
  const regions: NormalisedPaste['regions'] = [];
  const lines = raw.map((line, index) =>
    normaliseLine(line, hosts, (region, host) => {
      const fromConfig = CONNECTOR_FQDN.test(line);
      if (!regions.some((r) => r.region === region && r.fromConfig === fromConfig)) {
        regions.push({ region, line: index, host, fromConfig });
      }
    }),
  );
  return { lines, raw, regions };
}

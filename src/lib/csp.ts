import type { RegionsFile } from '../schema/region.ts';
import { probeHosts } from './template.ts';

/**
 * One Content-Security-Policy for every page, built from the region data: the browser may contact the site
 * itself and the SSE hosts that checks probe, nothing else. No inline script or style anywhere, so no
 * 'unsafe-inline'; Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
 */
export function contentSecurityPolicy(regions: RegionsFile): string {
  const connect = ["'self'", ...probeHosts(regions).map((host) => `https://${host}`)];
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** Directives browsers ignore in a meta tag; they are added only to the header copy. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The `_headers` file for static hosts (Netlify, Cloudflare Pages and others read this format). */
export function headersFile(regions: RegionsFile): string {
  const policy = [contentSecurityPolicy(regions), ...HEADER_ONLY_DIRECTIVES].join('; ');
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  X-Frame-Options: DENY',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '',
  ].join('\n');
}

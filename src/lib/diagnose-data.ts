import type { Locale } from '../schema/locale.ts';
import type { SignatureSpec } from './diagnose.ts';
import { site } from './load.ts';
import { plainText } from './markdown.ts';
import { hostTable, type KnownHost } from './normalise.ts';
import { runbookUrl } from './paths.ts';

/** What the browser's matcher needs, per locale: served as /<locale>/signatures.json, fetched when a page needs it. */
export interface DiagnoseData {
  hosts: KnownHost[];
  signatures: (SignatureSpec & { meaning: string })[];
  runbooks: Record<string, { title: string; product: string; url: string; summary: string }>;
  regions: Record<string, string>;
}

export function diagnoseData(locale: Locale): DiagnoseData {
  const { runbooks, regions } = site().site;
  return {
    hosts: hostTable(regions.roles),
    signatures: runbooks.flatMap(({ id, runbook }) =>
      runbook.signatures.map((sig) => ({
        id: sig.id,
        runbook: id,
        kind: sig.kind,
        match: sig.match,
        absent: sig.absent,
        priority: sig.priority,
        step: sig.step,
        meaning: plainText(sig.meaning[locale]),
      })),
    ),
    runbooks: Object.fromEntries(
      runbooks.map(({ id, runbook }) => [
        id,
        { title: runbook.title[locale], product: runbook.product, url: runbookUrl(locale, id), summary: plainText(runbook.summary[locale]) },
      ]),
    ),
    regions: Object.fromEntries(regions.regions.map((region) => [region.id, region.name[locale]])),
  };
}

import { LOCALES } from '../schema/locale.ts';
import type { Product } from '../schema/runbook.ts';

const six = (indent: string) => LOCALES.map((locale) => `${indent}${locale}: ""`).join('\n');

/**
 * A new runbook with every field and every language present but empty: `npm run check` then names each
 * field still to write, by line.
 */
export function runbookSkeleton(product: Product, today: string): string {
  const text = (key: string, indent = '') => `${indent}${key}:\n${six(`${indent}  `)}`;
  return `# yaml-language-server: $schema=../../src/schema/generated/runbook.schema.json
product: ${product}
regions: [nam, eu, apj]
common: false
${text('title')}
${text('summary')}
${text('symptom')}
${text('cause')}
keywords: []
appliesTo:
  - product: ""
    versions: ""
errors: []
signatures: []
steps:
  - id: first-step
${text('title', '    ')}
    where:
      place: ${product === 'firepower' ? 'ftd-cli' : 'secure-email-ui'}
${text('body', '    ')}
    commands: []
${text('expected', '    ')}
    onSuccess:
      to: done
    onFailure:
      to: done
related: []
articles: []
sources:
  - title: ""
    lang: en
reviewed: ${today}
`;
}

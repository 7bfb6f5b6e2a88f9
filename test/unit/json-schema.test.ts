import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaPath } from '../../src/lib/json-schema.ts';

describe('JSON Schemas for editors', () => {
  it('are up to date with the Zod schemas (run npm run schema after changing one)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) expect(readFileSync(schemaPath(name), 'utf8'), name).toBe(text);
  });

  it('are referenced by every runbook and by the region data', () => {
    const files = readdirSync('runbooks')
      .filter((product) => statSync(`runbooks/${product}`).isDirectory())
      .flatMap((product) => readdirSync(`runbooks/${product}`).map((file) => `runbooks/${product}/${file}`));
    for (const file of files) expect(readFileSync(file, 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=../../src/schema/generated/runbook.schema.json');
    expect(readFileSync('content/regions.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../src/schema/generated/regions.schema.json');
  });
});

// npm run schema: writes JSON Schemas of the runbook and region files, which the YAML files reference for editors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { RegionsFile } from '../schema/region.ts';
import { Runbook } from '../schema/runbook.ts';

const out = 'src/schema/generated';
mkdirSync(out, { recursive: true });
for (const [name, schema] of [
  ['runbook', Runbook],
  ['regions', RegionsFile],
] as const) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  writeFileSync(`${out}/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${out}/${name}.schema.json`);
}

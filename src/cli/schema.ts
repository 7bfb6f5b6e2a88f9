// npm run schema: writes the JSON Schemas of the runbook and region files, which the YAML files reference for editors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { jsonSchemas, schemaPath } from '../lib/json-schema.ts';

for (const [name, text] of Object.entries(jsonSchemas())) {
  mkdirSync(dirname(schemaPath(name)), { recursive: true });
  writeFileSync(schemaPath(name), text);
  console.log(`wrote ${schemaPath(name)}`);
}

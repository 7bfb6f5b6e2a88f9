import { z } from 'zod';
import { RegionsFile } from '../schema/region.ts';
import { Runbook } from '../schema/runbook.ts';

/** The JSON Schemas editors use for runbook and region files, generated from the Zod schemas. */
export function jsonSchemas(): Record<'runbook' | 'regions', string> {
  const render = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
  return { runbook: render(Runbook), regions: render(RegionsFile) };
}

export const schemaPath = (name: string) => `src/schema/generated/${name}.schema.json`;

/** `npm run schema` — writes scenarios/schema.json from the zod schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../content/json-schema.ts';

const target = 'scenarios/schema.json';
try {
  mkdirSync('scenarios', { recursive: true });
  writeFileSync(target, scenarioJsonSchemaText());
  console.log(`Wrote ${target}.`);
} catch (error) {
  console.error(
    `schema: cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}

/** Loads fixture scenarios for tests, through the schema like every other scenario. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Scenario as ScenarioSchema } from '../../src/content/schema.ts';
import type { Scenario } from '../../src/content/types.ts';

export function loadScenarioFile(path: string): Scenario {
  const parsed = ScenarioSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}

export const sampleScenario = (): Scenario =>
  loadScenarioFile(new URL('../fixtures/scenarios/sample-standup.yaml', import.meta.url).pathname);

/** A fixed clock that ticks one second per call, for deterministic records. */
export function tickingClock(start = Date.UTC(2026, 10, 25, 9, 0, 0)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

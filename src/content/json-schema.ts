/**
 * The scenario schema as JSON Schema, for editor completion and checking as
 * authors type (`# yaml-language-server: $schema=…` at the top of a file).
 * Generated from the zod schema, so the two cannot disagree; a unit test
 * keeps the committed `scenarios/schema.json` equal to this output.
 */
import { z } from 'zod';
import { Scenario } from './schema.ts';

/** Draft 7: the draft that YAML editors (yaml-language-server) support best. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Scenario, {
    target: 'draft-7',
    io: 'input',
    // The recursive Condition becomes a definition referenced from each use.
    cycles: 'ref',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  // zod names the recursive definition `__schema0`; authors see this name in
  // their editor's hover, so give it the format's own word.
  const named = JSON.parse(JSON.stringify(rest).replaceAll('__schema0', 'Condition')) as Record<
    string,
    unknown
  >;
  return {
    $schema,
    title: 'Make the Call scenario',
    description:
      'One stakeholder meeting for the Make the Call PM-training simulator: cast, scene nodes with choices, and endings. Generated from src/content/schema.ts by `npm run schema`; do not edit by hand.',
    ...named,
  };
}

/** The exact text of `scenarios/schema.json`. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

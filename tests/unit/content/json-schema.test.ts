/** The committed JSON Schema is the zod schema's output, so editors never check against a stale format. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../src/content/json-schema.ts';

describe('scenarios/schema.json', () => {
  it('equals freshly generated output (run `npm run schema` after changing schema.ts)', () => {
    expect(readFileSync('scenarios/schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('names the recursive condition and describes itself', () => {
    const schema = scenarioJsonSchema();
    expect(schema.title).toBe('Make the Call scenario');
    expect(schema.definitions).toHaveProperty('Condition');
    expect(JSON.stringify(schema)).not.toContain('__schema');
  });

  it.each([
    'tests/fixtures/scenarios/sample-standup.yaml',
    'tests/fixtures/bad/unknown-target.yaml',
  ])('is what the $schema comment of %s points at', (file) => {
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
    expect(match).not.toBeNull();
    const target = resolve(dirname(file), match![1]!);
    expect(target).toBe(resolve('scenarios/schema.json'));
    expect(existsSync(target)).toBe(true);
  });
});

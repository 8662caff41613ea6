/** A bug in a check must become a diagnostic, never an exception in the author's face. */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../../../src/content/load.ts';

vi.mock('../../../src/content/checks.ts', () => ({
  checkScenario: () => {
    throw new TypeError('cannot read properties of undefined\n    at somewhere.ts:1:1');
  },
}));

describe('parseScenario when a check throws', () => {
  it('reports INTERNAL_ERROR on one line and withholds the scenario', () => {
    const text = readFileSync('tests/fixtures/scenarios/sample-standup.yaml', 'utf8');
    const { scenario, diagnostics } = parseScenario(text, 'sample.yaml');
    expect(scenario).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        path: 'sample.yaml',
        line: 1,
        col: 1,
        code: 'INTERNAL_ERROR',
        severity: 'error',
        message: 'the validator failed: cannot read properties of undefined',
      },
    ]);
  });
});

/** parseScenario beyond the fixtures: limits, positions, and when a scenario is returned. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/content/load.ts';
import { MAX_BYTES, MAX_DEPTH } from '../../../src/content/limits.ts';

const SAMPLE = 'tests/fixtures/scenarios/sample-standup.yaml';
const sample = readFileSync(SAMPLE, 'utf8');

function codesOf(text: string): string[] {
  return parseScenario(text, 'x.yaml').diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`);
}

describe('parseScenario', () => {
  it('refuses a file over the size limit without parsing it', () => {
    const huge = `${sample}\n# ${'x'.repeat(MAX_BYTES)}\n`;
    const { scenario, diagnostics } = parseScenario(huge, 'big.yaml');
    expect(scenario).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { code: 'FILE_TOO_LARGE', line: 1, col: 1, path: 'big.yaml' },
    ]);
    expect(diagnostics[0]!.message).toContain(String(MAX_BYTES));
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const wide = `# ${'₹'.repeat(Math.ceil(MAX_BYTES / 3) + 1)}\n`;
    expect(codesOf(wide)).toEqual(['FILE_TOO_LARGE@1:1']);
  });

  it('reports a missing format as a missing field at the top mapping', () => {
    expect(codesOf(sample.replace('format: 1\n', ''))).toEqual(['MISSING_FIELD@3:1']);
  });

  it('reports a document that is not a mapping as a wrong type', () => {
    expect(codesOf('just a sentence\n')).toEqual(['WRONG_TYPE@1:1']);
    expect(codesOf('- a\n- b\n')).toEqual(['WRONG_TYPE@1:1']);
  });

  it('reports a delta out of range as an invalid value at the number', () => {
    const text = sample.replace(
      '        customer: 2\n        pleasing: 1\n',
      '        customer: 9\n        pleasing: 1\n',
    );
    expect(codesOf(text)).toEqual(['INVALID_VALUE@40:19']);
  });

  it('reports a non-number trust change as a bad delta at the value', () => {
    const text = sample.replace(
      'trust: { asha: 1, vikram: 1 }',
      'trust: { asha: lots, vikram: 1 }',
    );
    expect(codesOf(text)).toEqual(['BAD_DELTA_TYPE@42:24']);
  });

  it('reports a bad record key at the key itself', () => {
    const text = sample.replace(
      'flags: { expedited: true }\n        feedback: Vikram',
      'flags: { Expedited: true }\n        feedback: Vikram',
    );
    expect(codesOf(text)).toEqual(['BAD_ID@43:18']);
  });

  it('reports every unknown key of a mapping, each at its key', () => {
    const text = sample.replace(
      '  city: Pune\n',
      '  city: Pune\n  country: India\n  currency: INR\n',
    );
    expect(codesOf(text)).toEqual(['UNKNOWN_KEY@10:3', 'UNKNOWN_KEY@11:3']);
  });

  it('stops nested values deeper than the limit, even in block style', () => {
    const deep = Array.from({ length: MAX_DEPTH + 2 }, (_, i) => `${'  '.repeat(i)}not:`).join(
      '\n',
    );
    const { diagnostics } = parseScenario(
      `format: 1\nx:\n${deep.replace(/^/gm, '  ')} 1\n`,
      'deep.yaml',
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['TOO_DEEP']);
    expect(diagnostics[0]!.line).toBeGreaterThan(MAX_DEPTH);
  });

  it('survives a self-referential alias', () => {
    expect(codesOf('format: 1\na: &a [*a]\n')).toHaveLength(1);
  });

  it('returns the scenario when there are only warnings', () => {
    const text = sample.replace(
      'when: { flags: { expedited: false } }',
      'when: { flags: { escalated: false } }',
    );
    const { scenario, diagnostics } = parseScenario(text, 'w.yaml');
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(scenario?.id).toBe('sample-standup');
  });

  it('withholds the scenario when the graph has an error', () => {
    const { scenario, diagnostics } = parseScenario(
      sample.replace('start: blocker', 'start: review'),
      'u.yaml',
    );
    expect(diagnostics.map((d) => d.code)).toContain('UNREACHABLE_NODE');
    expect(scenario).toBeUndefined();
  });

  it('sorts diagnostics by line, then column', () => {
    const text = sample
      .replace('rating: best', 'rating: great')
      .replace('id: sample-standup', 'id: Sample');
    const lines = parseScenario(text, 'x.yaml').diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toHaveLength(2);
  });

  it('turns anything that is not a string into text instead of throwing', () => {
    expect(() => parseScenario(undefined as unknown as string, 'x.yaml')).not.toThrow();
    expect(() => parseScenario(42 as unknown as string, 'x.yaml')).not.toThrow();
  });
});

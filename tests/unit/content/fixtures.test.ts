/**
 * One bad fixture per diagnostic code. Each fixture marks the lines where a
 * diagnostic must appear with a trailing `# expect: CODE@col` comment, and
 * the test requires exactly those diagnostics: right code, line and column,
 * and nothing else.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CODES, CODES, type Code } from '../../../src/content/codes.ts';
import { validateScenario } from '../../../src/engine/analysis/run-checks.ts';

const BAD = 'tests/fixtures/bad';
const SAMPLE = 'tests/fixtures/scenarios/sample-standup.yaml';

/** Codes a YAML file cannot provoke; each has its own test in load.test.ts or checks.test.ts. */
const NO_FILE_FIXTURE: Partial<Record<Code, string>> = {
  FILE_TOO_LARGE: 'a 1 MB fixture would bloat the repository',
  UNREADABLE_FILE: 'comes from the file system; cli.test.ts covers it',
  INTERNAL_ERROR: 'only a bug produces it; internal-error.test.ts fakes one',
  ANALYSIS_LIMIT: 'needs thousands of choices; tested with a lowered limit',
};

const fixtureFiles = readdirSync(BAD)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

function fileNameOf(code: Code): string {
  return `${code.toLowerCase().replaceAll('_', '-')}.yaml`;
}

/** `code@line:col` for each marker in the fixture. */
function expectedIn(text: string): string[] {
  const expected: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/# expect: ((?:[A-Z_]+@\d+[ ,]*)+)/g)) {
      for (const mark of match[1]!.split(/[ ,]+/).filter(Boolean)) {
        const [code, col] = mark.split('@');
        expected.push(`${code}@${index + 1}:${col}`);
      }
    }
  });
  return expected.sort();
}

describe('bad fixtures', () => {
  it('has one fixture for every code a file can provoke', () => {
    const missing = ALL_CODES.filter(
      (code) => !(code in NO_FILE_FIXTURE) && !fixtureFiles.includes(fileNameOf(code)),
    );
    expect(missing).toEqual([]);
    const orphans = fixtureFiles.filter(
      (name) => !ALL_CODES.some((code) => fileNameOf(code) === name),
    );
    expect(orphans).toEqual([]);
  });

  it.each(fixtureFiles)('%s reports exactly the marked diagnostics', (name) => {
    const path = join(BAD, name);
    const text = readFileSync(path, 'utf8');
    const expected = expectedIn(text);
    const code = ALL_CODES.find((candidate) => fileNameOf(candidate) === name)!;
    expect(expected.some((mark) => mark.startsWith(`${code}@`))).toBe(true);

    const { scenario, diagnostics } = validateScenario(text, path);
    const actual = diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`).sort();
    expect(actual).toEqual(expected);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.path).toBe(path);
      expect(diagnostic.severity).toBe(CODES[diagnostic.code][0]);
      expect(diagnostic.message.length).toBeGreaterThan(10);
      expect(diagnostic.message).not.toContain('\n');
    }
    // A file loads exactly when it has no error.
    const hasError = diagnostics.some((d) => d.severity === 'error');
    expect(scenario === undefined).toBe(hasError);
  });
});

describe('the sample scenario', () => {
  it('validates with no diagnostics at all', () => {
    const { scenario, diagnostics } = validateScenario(readFileSync(SAMPLE, 'utf8'), SAMPLE);
    expect(diagnostics).toEqual([]);
    expect(scenario?.id).toBe('sample-standup');
  });
});

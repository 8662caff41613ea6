/**
 * parseScenario takes whatever is in a file. Whatever it is, it must return
 * diagnostics that point inside the file rather than throw, and return a
 * scenario exactly when there is no error.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../src/content/codes.ts';
import { parseScenario } from '../../../src/content/load.ts';

const sample = readFileSync('tests/fixtures/scenarios/sample-standup.yaml', 'utf8');
const sampleLines = sample.split('\n');

function expectWellFormed(text: string): void {
  const { scenario, diagnostics } = parseScenario(text, 'prop.yaml');
  const lineCount = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.code in CODES).toBe(true);
    expect(d.severity).toBe(CODES[d.code][0]);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/\n/);
  }
  expect(scenario === undefined).toBe(diagnostics.some((d) => d.severity === 'error'));
}

/** Any UTF-16 code units, lone surrogates and NUL included (fc's 'binary' unit is slow to generate). */
const anyUtf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));

/** Small edits an author (or a merge) might make to a good file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('indent' as const),
    at: fc.nat(),
    by: fc.integer({ min: -4, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    col: fc.nat(),
    text: fc.string({ maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('value' as const),
    at: fc.nat(),
    value: fc.constantFrom(
      'end',
      'pm',
      '-9',
      '1.5',
      '[]',
      '{}',
      '~',
      '&a x',
      '*a',
      'blocker',
      'review',
      "''",
      'true',
    ),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(lines: string[], change: Mutation): string[] {
  const out = [...lines];
  const at = change.at % out.length;
  const line = out[at] ?? '';
  switch (change.kind) {
    case 'delete':
      out.splice(at, 1);
      break;
    case 'duplicate':
      out.splice(at, 0, line);
      break;
    case 'swap': {
      const to = change.to % out.length;
      [out[at], out[to]] = [out[to] ?? '', line];
      break;
    }
    case 'indent':
      out[at] = change.by >= 0 ? ' '.repeat(change.by) + line : line.slice(-change.by);
      break;
    case 'replace': {
      const col = change.col % (line.length + 1);
      out[at] = line.slice(0, col) + change.text + line.slice(col + change.text.length);
      break;
    }
    case 'value':
      out[at] = line.includes(': ')
        ? `${line.slice(0, line.indexOf(': ') + 2)}${change.value}`
        : line;
      break;
  }
  return out;
}

describe('parseScenario never throws', () => {
  it('on arbitrary strings, including control characters and lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), anyUtf16, fc.string({ unit: 'grapheme-composite' })),
        (text) => expectWellFormed(text),
      ),
      { numRuns: 200 },
    );
  });

  it('on YAML-looking strings built from YAML punctuation', () => {
    const token = fc.constantFrom(
      '- ',
      ': ',
      '[',
      ']',
      '{',
      '}',
      '&a ',
      '*a',
      '!!str ',
      '? ',
      '|',
      '>',
      '#',
      "'",
      '"',
      '\n',
      '  ',
      'id',
      'format: 1\n',
      '---\n',
      '%YAML 1.2\n',
      '<<: *a\n',
      'x',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) =>
        expectWellFormed(tokens.join('')),
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('on arbitrary JSON values written as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => expectWellFormed(stringify(value))),
      {
        numRuns: 150,
      },
    );
  });

  it('on the sample with a few random edits', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
        const lines = changes.reduce(mutate, sampleLines);
        expectWellFormed(lines.join('\n'));
      }),
      { numRuns: 100 },
    );
  });

  it('on the sample with random values at random paths', () => {
    const data = JSON.parse(JSON.stringify(parseScenario(sample, 's').scenario)) as Record<
      string,
      unknown
    >;
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value))
          walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    };
    walk(data, []);
    fc.assert(
      fc.property(
        fc.nat({ max: paths.length - 1 }),
        fc.jsonValue({ maxDepth: 3 }),
        (index, value) => {
          const copy = structuredClone(data);
          const path = paths[index]!;
          if (path.length === 0) return expectWellFormed(stringify(value));
          let parent: Record<string | number, unknown> = copy;
          for (const key of path.slice(0, -1))
            parent = parent[key] as Record<string | number, unknown>;
          parent[path[path.length - 1]!] = value;
          expectWellFormed(stringify(copy));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on hostile shapes: deep brackets, deep blocks, alias bombs, long lines', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map((n, i) => `${n}: &${n} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
    ].join('\n');
    for (const text of [
      '['.repeat(200_000),
      '{'.repeat(50_000) + '}'.repeat(50_000),
      Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
      '- '.repeat(100_000),
      bomb,
      'x'.repeat(900_000),
      '\u0000\u0001\uFEFF\uD800',
    ]) {
      expectWellFormed(text);
    }
  });
});

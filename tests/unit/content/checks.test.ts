/** checkScenario on schema-valid scenarios: the findings and their data paths. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/content/checks.ts';
import { runFindings, type RunCheckOptions } from '../../../src/engine/analysis/run-checks.ts';
import { suggestion } from '../../../src/content/suggest.ts';
import { Scenario as ScenarioSchema } from '../../../src/content/schema.ts';
import type { Scenario } from '../../../src/content/types.ts';

const sampleData: unknown = parse(
  readFileSync('tests/fixtures/scenarios/sample-standup.yaml', 'utf8'),
);

/** A fresh copy of the sample, changed by `edit`, checked against the schema. */
function sampleWith(edit: (scenario: Scenario) => void): Scenario {
  const scenario = ScenarioSchema.parse(structuredClone(sampleData));
  edit(scenario);
  return ScenarioSchema.parse(scenario);
}

/** Every check, run checks included, as the validator runs them. */
const allChecks = (scenario: Scenario, options: RunCheckOptions = {}) =>
  checkScenario(scenario, (s) => runFindings(s, options));

const summary = (scenario: Scenario, options = {}) =>
  allChecks(scenario, options).map(({ code, path }) => `${code} ${path.join('.')}`);

describe('checkScenario', () => {
  it('finds nothing in the sample', () => {
    expect(summary(sampleWith(() => {}))).toEqual([]);
  });

  it('keeps node ids and ending ids apart', () => {
    const scenario = sampleWith((s) => (s.endings[1]!.id = 'review'));
    expect(summary(scenario)).toEqual(['DUPLICATE_ID endings.1.id']);
  });

  it('reserves "end" for closing the meeting', () => {
    const scenario = sampleWith((s) => {
      s.nodes[1]!.id = 'end';
    });
    expect(summary(scenario)).toContain('RESERVED_ID nodes.1.id');
  });

  it('names unknown cast in conditions at the key', () => {
    const scenario = sampleWith((s) => (s.endings[1]!.when = { trust: { ashaa: { min: 1 } } }));
    const [finding] = allChecks(scenario);
    expect(finding).toMatchObject({
      code: 'UNKNOWN_CAST',
      path: ['endings', 1, 'when', 'trust', 'ashaa'],
      atKey: true,
    });
    expect(finding!.message).toContain('did you mean "asha"?');
  });

  it('finds unknown cast inside nested any/not conditions', () => {
    const scenario = sampleWith(
      (s) =>
        (s.endings[0]!.when = {
          any: [{ customer: { min: 4 } }, { not: { trust: { kavya: { max: 0 } } } }],
        }),
    );
    expect(summary(scenario)).toEqual(['UNKNOWN_CAST endings.0.when.any.1.not.trust.kavya']);
  });

  it('stops at a broken reference instead of cascading into graph findings', () => {
    const scenario = sampleWith((s) => (s.nodes[0]!.choices[0]!.next = 'nowhere'));
    expect(summary(scenario)).toEqual(['UNKNOWN_TARGET nodes.0.choices.0.next']);
  });

  it('calls an ending unreachable when an earlier ending always matches first', () => {
    const scenario = sampleWith((s) => (s.endings[0]!.when = { customer: { min: -100 } }));
    expect(summary(scenario)).toEqual([
      'UNREACHABLE_ENDING endings.1.id',
      'UNREACHABLE_ENDING endings.2.id',
    ]);
  });

  it('finds a node that only a never-offered choice leads to', () => {
    const scenario = sampleWith((s) => {
      for (const choice of s.nodes[0]!.choices)
        if (choice.next === 'review') choice.requires = { customer: { min: 1 } };
    });
    expect(summary(scenario)).toContain('UNREACHABLE_NODE nodes.1.id');
  });

  it('skips run checks with a warning above the choice limit', () => {
    const findings = allChecks(
      sampleWith(() => {}),
      { maxChoices: 4 },
    );
    expect(findings).toMatchObject([{ code: 'ANALYSIS_LIMIT', path: ['nodes'] }]);
    expect(findings[0]!.message).toContain('5 choices');
  });
});

describe('suggestion', () => {
  it('offers a near miss and nothing for a far one', () => {
    expect(suggestion('reveiw', ['blocker', 'review', 'end'])).toBe(' (did you mean "review"?)');
    expect(suggestion('qqqqqq', ['blocker', 'review'])).toBe('');
  });
});

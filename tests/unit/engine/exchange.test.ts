import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRuns, importRuns, MAX_IMPORT_CHARS } from '../../../src/engine/reports/exchange.ts';
import { forkRun, summarizeRun } from '../../../src/engine/runs/history.ts';
import { contentHash } from '../../../src/engine/core/record.ts';
import { replayRun } from '../../../src/engine/core/replay.ts';
import type { SavedRun } from '../../../src/engine/saved/types.ts';
import { sampleScenario } from '../../support/fixtures.ts';
import { mutateAt, pathsIn } from '../../support/mutate.ts';
import { minute, sampleSavedData } from '../../support/runs.ts';

const scenario = sampleScenario();
const scenarios = [scenario];
const runs = (): SavedRun[] => {
  const data = sampleSavedData(scenario);
  return [...data.runs, forkRun(data.runs[0]!, 0, 'run-3', scenario, minute(7))];
};
/** An export file as an object, to tamper with. */
const exported = () => JSON.parse(exportRuns(runs(), scenarios, minute(8)));

describe('exportRuns', () => {
  it('marks the file and records each meeting’s content hash', () => {
    expect(exported()).toMatchObject({
      format: 'make-the-call/runs',
      version: 1,
      exportedAt: minute(8),
      scenarios: {
        'sample-standup': { title: scenario.title, contentHash: contentHash(scenario) },
      },
    });
  });
});

describe('importRuns', () => {
  it('brings back exactly the runs that were exported, links included', () => {
    const result = importRuns(exportRuns(runs(), scenarios), scenarios, []);
    expect(result).toEqual({ added: runs(), skipped: [] });
    expect(result.added[1]).toMatchObject({ parentId: 'run-1', forkStep: 1 });
  });

  it('skips runs already in the history and never alters them', () => {
    const existing = Object.freeze(
      runs()
        .slice(0, 1)
        .map((run) => Object.freeze(run)),
    );
    const before = structuredClone(existing);
    const result = importRuns(exportRuns(runs(), scenarios), scenarios, existing);
    expect(result.added.map((run) => run.id)).toEqual(['run-2', 'run-3']);
    expect(result.skipped).toEqual([{ id: 'run-1', reason: 'it is already in your history' }]);
    expect(existing).toEqual(before);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a truncated file', exportRuns(runs(), scenarios).slice(0, 200), /not complete JSON/],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, runs: [] }),
      /not a Make the Call run export/,
    ],
    [
      'saved data instead of an export',
      JSON.stringify({ app: 'make-the-call', version: 1 }),
      /not a Make/,
    ],
    ['a newer version', JSON.stringify({ ...exported(), version: 2 }), /newer version .*format 2/],
    [
      'a version that is not a number',
      JSON.stringify({ ...exported(), version: '1' }),
      /no valid version/,
    ],
    ['no list of runs', JSON.stringify({ ...exported(), runs: { a: 1 } }), /no list of runs/],
    ['a huge file', ' '.repeat(MAX_IMPORT_CHARS + 1) + '{}', /too large/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = importRuns(text, scenarios, []);
    expect(result.added).toEqual([]);
    expect(result.error).toMatch(message);
  });

  it('skips runs of unknown or changed meetings', () => {
    const changed = structuredClone(scenario);
    changed.endings[0]!.lesson = 'A different lesson.';
    const text = exportRuns(runs(), scenarios);
    expect(importRuns(text, [], []).skipped[0]).toEqual({
      id: 'run-1',
      reason: 'the meeting "sample-standup" is not in this version of the game',
    });
    expect(importRuns(text, [changed], []).skipped[0]?.reason).toMatch(
      /has changed since this run was played/,
    );
  });

  it('skips runs whose decisions or ending do not replay', () => {
    const file = exported();
    file.runs[0].record.steps[1].choiceId = 'launch-rocket';
    file.runs[1].record.ending = 'shipped';
    const result = importRuns(JSON.stringify(file), scenarios, []);
    expect(result.skipped).toEqual([
      { id: 'run-1', reason: expect.stringMatching(/do not replay .*no choice "launch-rocket"/) },
      { id: 'run-2', reason: 'its recorded ending does not match a replay of its decisions' },
    ]);
  });

  it('recomputes summaries, so a file cannot claim a better ending', () => {
    const file = exported();
    file.runs[1].summary = { customer: 99, pleasing: 99, decisions: 1, rating: 'best' };
    const added = importRuns(JSON.stringify(file), scenarios, []).added;
    expect(added[1]?.summary).toEqual(runs()[1]!.summary);
  });

  it('withstands hostile content', () => {
    const file = exported();
    file.runs[0].record.notes.blocker = 'x'.repeat(1_000_000);
    file.runs[1].record.steps = Array(100_000).fill(file.runs[1].record.steps[0]);
    file.runs[2].summary.customer = 'lots';
    const text = JSON.stringify(file).replace(
      '"finished"',
      '"__proto__":{"polluted":1},"finished"',
    );
    const result = importRuns(text, scenarios, []);
    expect(result.added.map((run) => run.id)).toEqual(['run-1']);
    expect(result.added[0]!.record.notes?.blocker).toHaveLength(4000);
    expect(result.skipped.map((skip) => skip.reason)).toEqual([
      'its list of decisions is invalid',
      'its summary is invalid',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.added[0])).toBe(Object.prototype);
  });

  it('skips repeated ids within one file and labels runs without an id', () => {
    const file = exported();
    file.runs.push(file.runs[0], { record: {} });
    const result = importRuns(JSON.stringify(file), scenarios, []);
    expect(result.skipped).toEqual([
      { id: 'run-1', reason: 'it is already in your history' },
      { id: 'run 5', reason: 'its id is invalid' },
    ]);
  });

  it('never throws on mutated exports, and every added run replays', () => {
    const valid = exported();
    const paths = pathsIn(valid);
    const mutated = fc
      .tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }))
      .map(([n, value]) => JSON.stringify(mutateAt(valid, paths[n % paths.length]!, value)));
    const input = fc.oneof(fc.string({ unit: 'binary', maxLength: 100 }), mutated);
    const seen = new Set<string>();
    fc.assert(
      fc.property(input, (text) => {
        const result = importRuns(text, scenarios, []);
        seen.add(result.error ? 'refused' : result.skipped.length > 0 ? 'partial' : 'whole');
        if (result.error !== undefined) expect(result.added).toEqual([]);
        for (const run of result.added) {
          expect(replayRun(scenario, run.record)).toMatchObject({ ok: true });
          expect(run.summary).toEqual(summarizeRun(scenario, run.record));
        }
      }),
      { numRuns: 1000 },
    );
    expect([...seen].sort()).toEqual(['partial', 'refused', 'whole']);
  });
});

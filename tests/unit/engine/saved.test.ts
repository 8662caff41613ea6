import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSaved, serializeSaved, type Migration } from '../../../src/engine/saved/envelope.ts';
import { DEFAULT_SETTINGS, emptySaved } from '../../../src/engine/saved/types.ts';
import { sampleScenario } from '../../support/fixtures.ts';
import { mutateAt, pathsIn } from '../../support/mutate.ts';
import { sampleSavedData } from '../../support/runs.ts';

const scenario = sampleScenario();

const sampleData = () => sampleSavedData(scenario);

describe('loadSaved', () => {
  it('starts clean when nothing is stored', () => {
    expect(loadSaved(null)).toEqual({ data: emptySaved(), notes: [] });
    expect(loadSaved('  ')).toEqual({ data: emptySaved(), notes: [] });
  });

  it('reads back exactly what was written', () => {
    const data = sampleData();
    expect(loadSaved(serializeSaved(data))).toEqual({ data, notes: [] });
  });

  it.each([
    ['not JSON', 'definitely not json', 'corrupt', /not readable JSON/],
    ['truncated JSON', serializeSaved(sampleData()).slice(0, 80), 'corrupt', /not readable JSON/],
    ['no version', '{"app":"make-the-call","runs":[]}', 'corrupt', /no valid version/],
    ['another app', '{"theme":"dark"}', 'foreign', /another program/],
    ['a bare array', '[1,2,3]', 'foreign', /another program/],
    [
      'a newer game',
      '{"app":"make-the-call","version":7,"runs":[]}',
      'newer-version',
      /newer version of the game \(7\)/,
    ],
  ])('keeps %s aside and starts clean', (_name, raw, kind, message) => {
    const result = loadSaved(raw);
    expect(result.data).toEqual(emptySaved());
    expect(result.problem).toMatchObject({ kind, keptAside: raw });
    expect(result.problem?.message).toMatch(message);
    expect(result.problem?.message).toMatch(/kept aside/);
  });

  it('drops a bad run with a note and keeps the rest', () => {
    const envelope = JSON.parse(serializeSaved(sampleData()));
    envelope.runs.splice(1, 0, { id: 'run-x', record: { format: 1 } }, 'garbage');
    envelope.runs[3].record.steps[0].choiceId = 'Not An Id';
    const raw = JSON.stringify(envelope);
    const result = loadSaved(raw);
    expect(result.data.runs.map((run) => run.id)).toEqual(['run-1']);
    expect(result.notes).toEqual([
      'saved run 2 was dropped: its meeting id is invalid',
      'saved run 3 was dropped: it is not an object',
      'saved run 4 was dropped: decision 1 is malformed',
    ]);
    expect(result.problem).toMatchObject({ kind: 'repaired', keptAside: raw });
  });

  it('drops a broken fork link but keeps the run', () => {
    const envelope = JSON.parse(serializeSaved(sampleData()));
    envelope.runs[1].forkStep = -4;
    const result = loadSaved(JSON.stringify(envelope));
    expect(result.data.runs[1]).not.toHaveProperty('parentId');
    expect(result.notes).toEqual([
      'saved run 2: its link to the run it was forked from was invalid and was dropped',
    ]);
  });

  it('resets a wrong setting with a note and fills a missing one quietly', () => {
    const raw = JSON.stringify({
      app: 'make-the-call',
      version: 1,
      runs: [],
      settings: { effectsVolume: 3, textSize: 'huge', sound: false },
    });
    const result = loadSaved(raw);
    expect(result.data.settings).toEqual({ ...DEFAULT_SETTINGS, sound: false });
    expect(result.notes).toEqual([
      'the setting "effectsVolume" was invalid and was reset',
      'the setting "textSize" was invalid and was reset',
    ]);
  });

  it('ignores prototype-polluting keys', () => {
    const raw =
      '{"app":"make-the-call","version":1,"runs":[],"settings":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}';
    const result = loadSaved(raw);
    expect(result.data.settings).toEqual(DEFAULT_SETTINGS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.data.settings)).toBe(Object.prototype);
  });

  it('drops repeated run ids', () => {
    const data = sampleData();
    const raw = serializeSaved({ ...data, runs: [data.runs[0]!, data.runs[0]!] });
    expect(loadSaved(raw).data.runs).toHaveLength(1);
  });
});

describe('migrations', () => {
  // A pretend version 2 that renamed `volume` to `effectsVolume`.
  const renameVolume: Migration = {
    from: 1,
    migrate: (envelope) => {
      const settings = { ...(envelope.settings as Record<string, unknown>) };
      settings.effectsVolume = settings.volume;
      delete settings.volume;
      return { ...envelope, settings };
    },
  };
  const v1 = JSON.stringify({
    app: 'make-the-call',
    version: 1,
    runs: [],
    settings: { volume: 0.25 },
  });

  it('runs the ordered upgrades up to the current version', () => {
    const result = loadSaved(v1, { migrations: [renameVolume], version: 2 });
    expect(result.problem).toBeUndefined();
    expect(result.migratedFrom).toBe(1);
    expect(result.data.version).toBe(2);
    expect(result.data.settings.effectsVolume).toBe(0.25);
  });

  it('chains upgrades in order', () => {
    const seen: number[] = [];
    const step = (from: number): Migration => ({ from, migrate: (e) => (seen.push(from), e) });
    const raw = JSON.stringify({ app: 'make-the-call', version: 0, runs: [] });
    loadSaved(raw, { migrations: [step(2), step(0), step(1)], version: 3 });
    expect(seen).toEqual([0, 1, 2]);
  });

  it('keeps data aside when no upgrade exists or one fails', () => {
    expect(loadSaved(v1, { migrations: [], version: 2 }).problem).toMatchObject({
      kind: 'corrupt',
      message: expect.stringMatching(/version 1, which this game cannot upgrade/),
    });
    const broken: Migration = {
      from: 1,
      migrate: () => {
        throw new Error('bug');
      },
    };
    expect(loadSaved(v1, { migrations: [broken], version: 2 }).problem?.message).toMatch(
      /upgrading from version 1 failed/,
    );
  });
});

describe('loadSaved survives arbitrary input', () => {
  const valid = JSON.parse(serializeSaved(sampleData())) as unknown;
  const validPaths = pathsIn(valid);
  const mutated = fc
    .tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }))
    .map(([n, value]) =>
      JSON.stringify(mutateAt(valid, validPaths[n % validPaths.length]!, value)),
    );
  const damaged = fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(([n, junk]) => {
    const text = serializeSaved(sampleData());
    const at = n % text.length;
    return text.slice(0, at) + junk + text.slice(at + (n % 3));
  });
  const input = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.constant(null),
    mutated,
    damaged,
  );

  it('never throws, always returns clean data, and explains any loss', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(input, (raw) => {
        const result = loadSaved(raw);
        seen.add(result.problem?.kind ?? 'clean');
        // Clean data reloads with no problem and no change: it passed every check.
        expect(loadSaved(serializeSaved(result.data))).toEqual({ data: result.data, notes: [] });
        if (result.problem) {
          expect(result.problem.message.length).toBeGreaterThan(20);
          expect(result.problem.keptAside).toBe(raw);
        }
        if (result.notes.length > 0) expect(result.problem?.kind).toBe('repaired');
      }),
      { numRuns: 10_000 },
    );
    // The inputs reach every outcome, so the property is not vacuous.
    expect([...seen]).toEqual(expect.arrayContaining(['clean', 'corrupt', 'foreign', 'repaired']));
  });
});

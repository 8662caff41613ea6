import { describe, expect, it } from 'vitest';
import { replayRun } from '../../../src/engine/core/replay.ts';
import { createSession } from '../../../src/engine/core/session.ts';
import { AUTHORED_ORDER_SEED } from '../../../src/engine/core/order.ts';
import { loadSaved, serializeSaved } from '../../../src/engine/saved/envelope.ts';
import { upgradeRecord } from '../../../src/engine/saved/migrations.ts';
import { checkRunRecord } from '../../../src/engine/saved/validate.ts';
import { SAVED_VERSION } from '../../../src/engine/saved/types.ts';
import { sampleScenario } from '../../support/fixtures.ts';
import { recordFor, runFor } from '../../support/runs.ts';

const scenario = sampleScenario();

/** A record as format 1 wrote it: no seed. */
function formatOne(choiceIds: string[]) {
  const record: Record<string, unknown> = { ...recordFor(scenario, choiceIds), format: 1 };
  delete record.seed;
  return record;
}

describe('run records of format 1 (before presentation order)', () => {
  it('are refused by replay until upgraded, then replay identically', () => {
    const old = formatOne(['ask-vikram', 'ship']);
    expect(replayRun(scenario, old as never).error?.code).toBe('wrong-format');
    const upgraded = upgradeRecord(old);
    expect(upgraded).toMatchObject({ format: 2, seed: AUTHORED_ORDER_SEED });
    const replay = replayRun(scenario, upgraded as never);
    const fresh = replayRun(scenario, recordFor(scenario, ['ask-vikram', 'ship']));
    expect(replay.ok).toBe(true);
    expect(replay.ending?.id).toBe(fresh.ending?.id);
    expect(replay.state).toEqual(fresh.state);
    expect(replay.steps.map((s) => s.choice.id)).toEqual(['ask-vikram', 'ship']);
  });

  it('are shown in the authored order they were played in', () => {
    const checked = checkRunRecord(formatOne(['ask-vikram']));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const { session } = createSession(scenario, { record: { ...checked.value, steps: [] } });
    const start = scenario.nodes.find((n) => n.id === scenario.start)!;
    expect(session.view().choices.map((c) => c.id)).toEqual(start.choices.map((c) => c.id));
  });

  it('are upgraded in a version 1 envelope, which loads as this version', () => {
    const run = runFor(scenario, 'run-1', ['ask-vikram', 'ship']);
    const v1 = JSON.stringify({
      app: 'make-the-call',
      version: 1,
      runs: [{ ...run, record: formatOne(['ask-vikram', 'ship']) }],
      settings: {},
    });
    const loaded = loadSaved(v1);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.data.version).toBe(SAVED_VERSION);
    expect(loaded.data.runs[0]?.record).toMatchObject({ format: 2, seed: 0 });
    expect(replayRun(scenario, loaded.data.runs[0]!.record).ending?.id).toBe('shipped');
    expect(loadSaved(serializeSaved(loaded.data)).data).toEqual(loaded.data);
  });

  it('refuses a format 2 record without a valid seed', () => {
    const bad = { ...recordFor(scenario, []), seed: -1 };
    expect(checkRunRecord(bad)).toMatchObject({ ok: false, reason: /presentation seed/ });
  });
});

describe('the study-mode setting', () => {
  const load = (settings: unknown) =>
    loadSaved(JSON.stringify({ app: 'make-the-call', version: 1, runs: [], settings }));

  it('is off for an older save that never had it, without a note', () => {
    const result = load({ sound: false });
    expect(result.data.settings.showPrinciple).toBe(false);
    expect(result.notes).toEqual([]);
  });

  it('keeps a stored choice and resets a wrong value with a note', () => {
    expect(load({ showPrinciple: true }).data.settings.showPrinciple).toBe(true);
    const wrong = load({ showPrinciple: 'yes' });
    expect(wrong.data.settings.showPrinciple).toBe(false);
    expect(wrong.notes).toEqual(['the setting "showPrinciple" was invalid and was reset']);
  });
});

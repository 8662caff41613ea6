import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../../../src/content/types.ts';
import { availableChoices, indexScenario } from '../../../src/engine/core/lookup.ts';
import { machineFor } from '../../../src/engine/core/machine.ts';
import { replayChoices, replayRun, startPosition } from '../../../src/engine/core/replay.ts';
import { createSession } from '../../../src/engine/core/session.ts';
import { randomScenario } from '../../support/random-scenario.ts';
import { sampleScenario, tickingClock } from '../../support/fixtures.ts';

/** Walks a scenario picking options by the given numbers until it ends. */
function randomWalk(scenario: Scenario, picks: number[]) {
  const { session } = createSession(scenario, { now: tickingClock() });
  let i = 0;
  while (session.view().status.kind === 'deciding' && i <= scenario.nodes.length) {
    const choices = session.view().choices;
    session.choose(choices[(picks[i] ?? 0) % choices.length]!.id);
    i += 1;
  }
  return session;
}

describe('replayRun', () => {
  const scenario = sampleScenario();
  const played = () => randomWalk(scenario, [1, 0]).record();

  it('reproduces the live run exactly', () => {
    const record = played();
    const result = replayRun(scenario, record);
    expect(result.ok).toBe(true);
    expect(result.ending?.id).toBe(record.ending);
    expect(result.steps.map((s) => s.choice.id)).toEqual(record.steps.map((s) => s.choiceId));
  });

  it('reports a content-hash mismatch instead of replaying', () => {
    const changed = structuredClone(scenario);
    changed.nodes[0]!.choices[0]!.customer = 5;
    const result = replayRun(changed, played());
    expect(result).toMatchObject({ ok: false, error: { code: 'hash-mismatch' } });
  });

  it('reports a record from another scenario or format', () => {
    expect(replayRun(scenario, { ...played(), scenarioId: 'other' }).error?.code).toBe(
      'wrong-scenario',
    );
    expect(replayRun(scenario, { ...played(), format: 3 as never }).error?.code).toBe(
      'wrong-format',
    );
  });

  it('names the step of an unknown, unavailable or late choice and stops just before it', () => {
    expect(replayChoices(scenario, ['ask-vikram', 'bogus']).error).toMatchObject({
      code: 'unknown-choice',
      step: 1,
    });
    const unavailable = replayChoices(scenario, ['do-it-myself', 'ship']);
    expect(unavailable.error).toMatchObject({ code: 'unavailable-choice', step: 1 });
    expect(unavailable.nodeId).toBe('review');
    expect(replayChoices(scenario, ['wait', 'slip']).error).toMatchObject({
      code: 'after-ending',
      step: 1,
    });
  });
});

/** DAGs with no dead end (the default): every walk ends within the node count. */
const scenarios = randomScenario({ maxNodes: 10 });

describe('properties over random scenarios', () => {
  const walks = fc.array(fc.nat(10), { maxLength: 40 });

  it('a random walk ends in an ending within the node count', () => {
    fc.assert(
      fc.property(scenarios, walks, (scenario, picks) => {
        const session = randomWalk(scenario, picks);
        expect(session.view().status.kind).toBe('ended');
        expect(session.record().steps.length).toBeLessThanOrEqual(scenario.nodes.length);
      }),
      { numRuns: 200 },
    );
  });

  it('replaying a record equals the live session', () => {
    fc.assert(
      fc.property(scenarios, walks, fc.nat(10), (scenario, picks, cut) => {
        const session = randomWalk(scenario, picks);
        if (cut % 2) session.rewind(cut % (session.record().steps.length + 1));
        const live = session.view();
        const replayed = createSession(scenario, { record: session.record() }).session.view();
        expect(replayed).toEqual(live);
      }),
      { numRuns: 200 },
    );
  });

  it("starts where XState's initialTransition starts, and folds to the same snapshots", () => {
    fc.assert(
      fc.property(scenarios, walks, (scenario, picks) => {
        const machine = machineFor(scenario);
        const [initial] = initialTransition(machine);
        const start = startPosition(scenario).snapshot;
        const shape = (snapshot: typeof start) => ({
          value: snapshot.value,
          status: snapshot.status,
          context: snapshot.context,
          nodes: snapshot._nodes.map((node) => node.id),
          historyValue: snapshot.historyValue,
          children: snapshot.children,
        });
        expect(shape(start)).toEqual(shape(initial));
        const path = randomWalk(scenario, picks)
          .record()
          .steps.map((s) => s.choiceId);
        let expected = initial;
        path.forEach((choiceId, i) => {
          [expected] = transition(machine, expected, { type: 'CHOOSE', choiceId });
          expect(shape(replayChoices(scenario, path.slice(0, i + 1)).snapshot)).toEqual(
            shape(expected),
          );
        });
      }),
      { numRuns: 100 },
    );
  });

  it('only offers choices the state allows, and every offered choice can be taken', () => {
    fc.assert(
      fc.property(scenarios, walks, (scenario, picks) => {
        const session = randomWalk(scenario, picks);
        const path = session.record().steps.map((s) => s.choiceId);
        for (let i = 0; i < path.length; i += 1) {
          const at = replayChoices(scenario, path.slice(0, i));
          const node = indexScenario(scenario).node.get(at.nodeId!)!;
          expect(availableChoices(node, at.state).map((c) => c.id)).toContain(path[i]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

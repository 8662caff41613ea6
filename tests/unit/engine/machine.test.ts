import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, CLOSING_STATE } from '../../../src/engine/core/machine.ts';
import { applyChoice, holds, initialState } from '../../../src/engine/core/state.ts';
import { chooseEnding } from '../../../src/engine/core/lookup.ts';
import { sampleScenario } from '../../support/fixtures.ts';

describe('compileScenario', () => {
  const scenario = sampleScenario();

  it('has one state per node, a closing state and a final state per ending', () => {
    const machine = compileScenario(scenario);
    expect(Object.keys(machine.states).sort()).toEqual(
      [
        ...scenario.nodes.map((n) => n.id),
        CLOSING_STATE,
        ...scenario.endings.map((e) => e.id),
      ].sort(),
    );
    for (const ending of scenario.endings) expect(machine.states[ending.id]?.type).toBe('final');
  });

  it('plays to an ending as a live actor, applying the scoring reducer on each choice', () => {
    const actor = createActor(compileScenario(scenario)).start();
    actor.send({ type: 'CHOOSE', choiceId: 'ask-vikram' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.state).toMatchObject({
      customer: 2,
      pleasing: 1,
      trust: { asha: 1, vikram: 2 },
    });
    actor.send({ type: 'CHOOSE', choiceId: 'ship' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().value).toBe('shipped');
  });

  it('ignores a choice whose guard fails', () => {
    const actor = createActor(compileScenario(scenario)).start();
    actor.send({ type: 'CHOOSE', choiceId: 'do-it-myself' });
    actor.send({ type: 'CHOOSE', choiceId: 'ship' }); // requires the expedited flag
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('ignores a choice that belongs to another node', () => {
    const actor = createActor(compileScenario(scenario)).start();
    actor.send({ type: 'CHOOSE', choiceId: 'slip' });
    expect(actor.getSnapshot().value).toBe('blocker');
  });
});

describe('scoring and endings', () => {
  const scenario = sampleScenario();

  it('starts meters at zero and trust at the authored start', () => {
    expect(initialState(scenario)).toEqual({
      customer: 0,
      pleasing: 0,
      trust: { asha: 0, vikram: 1 },
      flags: {},
    });
  });

  it('adds deltas, moves trust and sets flags without mutating the old state', () => {
    const before = initialState(scenario);
    const choice = scenario.nodes[0]!.choices[0]!;
    const after = applyChoice(before, choice);
    expect(after).toEqual({
      customer: 2,
      pleasing: 1,
      trust: { asha: 1, vikram: 2 },
      flags: { expedited: true },
    });
    expect(before.customer).toBe(0);
  });

  it('evaluates any, not, ranges and missing flags as false', () => {
    const state = { customer: 3, pleasing: -1, trust: { asha: 2 }, flags: { a: true } };
    expect(holds({ customer: { min: 3, max: 3 } }, state)).toBe(true);
    expect(holds({ customer: { min: 4 } }, state)).toBe(false);
    expect(holds({ flags: { b: false } }, state)).toBe(true);
    expect(holds({ any: [{ pleasing: { min: 0 } }, { trust: { asha: { min: 2 } } }] }, state)).toBe(
      true,
    );
    expect(holds({ not: { flags: { a: true } } }, state)).toBe(false);
    expect(holds({ trust: { nobody: { max: 0 } } }, state)).toBe(true);
  });

  it('picks the first ending whose condition holds, else the fallback', () => {
    const base = initialState(scenario);
    expect(chooseEnding(scenario, { ...base, customer: 4, trust: { asha: 5 } }).id).toBe('shipped');
    expect(chooseEnding(scenario, { ...base, trust: { asha: 1 } }).id).toBe('slipped');
    expect(chooseEnding(scenario, base).id).toBe('stalled');
  });
});

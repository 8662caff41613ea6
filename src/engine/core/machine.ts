/**
 * Compiles a validated scenario into an XState machine: one state per scene
 * node, a CHOOSE event per choice guarded by its `requires`, one assign that
 * applies the scoring reducer, and a final state per ending.
 */
import { assign, setup } from 'xstate';
import type { Scenario } from '../../content/types.ts';
import { END } from '../../content/types.ts';
import { indexScenario } from './lookup.ts';
import { applyChoice, holds, initialState, type MeetingState } from './state.ts';

/** The one event a meeting takes. */
export interface ChooseEvent {
  type: 'CHOOSE';
  choiceId: string;
}

export interface MeetingContext {
  state: MeetingState;
}

/**
 * The transient state entered when a choice closes the meeting; its eventless
 * transitions pick the ending. Ids are kebab-case, so this cannot collide.
 */
export const CLOSING_STATE = '__closing';

/** Builds the machine for a scenario. Pure: the same scenario gives the same machine. */
export function compileScenario(scenario: Scenario) {
  const index = indexScenario(scenario);
  const choiceOf = (choiceId: string) => {
    const entry = index.choice.get(choiceId);
    if (!entry) throw new Error(`unknown choice ${choiceId}`);
    return entry.choice;
  };
  const endingOf = (endingId: string) => scenario.endings.find((ending) => ending.id === endingId);

  const meeting = setup({
    types: { context: {} as MeetingContext, events: {} as ChooseEvent },
    guards: {
      canChoose: ({ context, event }, params: { choiceId: string }) =>
        event.choiceId === params.choiceId &&
        holds(choiceOf(params.choiceId).requires, context.state),
      endingHolds: ({ context }, params: { endingId: string }) =>
        holds(endingOf(params.endingId)?.when, context.state),
    },
    actions: {
      applyChoice: assign(({ context }, params: { choiceId: string }) => ({
        state: applyChoice(context.state, choiceOf(params.choiceId)),
      })),
    },
  });

  const states: Record<string, object> = {};
  for (const node of scenario.nodes) {
    states[node.id] = {
      on: {
        CHOOSE: node.choices.map((choice) => ({
          guard: { type: 'canChoose', params: { choiceId: choice.id } },
          target: choice.next === END ? CLOSING_STATE : choice.next,
          actions: { type: 'applyChoice', params: { choiceId: choice.id } },
        })),
      },
    };
  }
  states[CLOSING_STATE] = {
    always: scenario.endings.map((ending) =>
      ending.when
        ? { guard: { type: 'endingHolds', params: { endingId: ending.id } }, target: ending.id }
        : { target: ending.id },
    ),
  };
  for (const ending of scenario.endings) states[ending.id] = { type: 'final' };

  return meeting.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: { state: initialState(scenario) },
    // The config is generated from validated data; XState's literal typing cannot follow it.
    states: states as never,
  });
}

export type MeetingMachine = ReturnType<typeof compileScenario>;

const machineCache = new WeakMap<Scenario, MeetingMachine>();

/** The compiled machine for a scenario, compiled once. */
export function machineFor(scenario: Scenario): MeetingMachine {
  let machine = machineCache.get(scenario);
  if (!machine) {
    machine = compileScenario(scenario);
    machineCache.set(scenario, machine);
  }
  return machine;
}

/** Indexes over a validated scenario, built once per scenario and cached. */
import type { Choice, Ending, Scenario, SceneNode } from '../../content/types.ts';
import { END } from '../../content/types.ts';
import { holds, type MeetingState } from './state.ts';

export interface ScenarioIndex {
  scenario: Scenario;
  node: Map<string, SceneNode>;
  /** Every choice by id, with the node it belongs to. */
  choice: Map<string, { choice: Choice; node: SceneNode }>;
  cast: Map<string, Scenario['cast'][number]>;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

/** The scenario's lookups; cheap to call repeatedly. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const index: ScenarioIndex = { scenario, node: new Map(), choice: new Map(), cast: new Map() };
  for (const node of scenario.nodes) {
    index.node.set(node.id, node);
    for (const choice of node.choices) index.choice.set(choice.id, { choice, node });
  }
  for (const member of scenario.cast) index.cast.set(member.id, member);
  cache.set(scenario, index);
  return index;
}

/** The choices of a node that the state allows, in authored order. */
export function availableChoices(node: SceneNode, state: MeetingState): Choice[] {
  return node.choices.filter((choice) => holds(choice.requires, state));
}

/** The ending for a closing state: first ending whose condition holds, else the fallback. */
export function chooseEnding(scenario: Scenario, state: MeetingState): Ending {
  const match = scenario.endings.find((ending) => ending.when && holds(ending.when, state));
  const fallback = scenario.endings.find((ending) => !ending.when);
  const ending = match ?? fallback ?? scenario.endings[scenario.endings.length - 1];
  if (!ending) throw new Error(`scenario ${scenario.id} has no endings`);
  return ending;
}

/** True when a choice closes the meeting. */
export function closesMeeting(choice: Choice): boolean {
  return choice.next === END;
}

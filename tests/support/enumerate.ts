/**
 * Brute force for tests: walk every play of a scenario with the engine's own
 * rules (availableChoices, applyChoice, chooseEnding) and list each one.
 * Exponential by nature — the oracle the analyzer is checked against, on
 * small scenarios only.
 */
import type { Ending, Scenario } from '../../src/content/types.ts';
import { END } from '../../src/content/types.ts';
import { availableChoices, chooseEnding, indexScenario } from '../../src/engine/core/lookup.ts';
import { applyChoice, initialState, type MeetingState } from '../../src/engine/core/state.ts';

export interface EnumeratedPath {
  choices: string[];
  final: MeetingState;
  ending: Ending;
}

export interface Walk {
  /** Every complete play, in the order a player would list them (authored choice order). */
  paths: EnumeratedPath[];
  /** Ids of nodes some play visits. */
  visited: Set<string>;
  /** Ids of visited nodes where some play is offered no choice. */
  stuck: Set<string>;
}

/**
 * Walks every play. Throws when there are more than `limit` plays, or when a
 * play is longer than the scenario has nodes (only a cycle allows that).
 */
export function walkScenario(scenario: Scenario, limit = 100_000): Walk {
  const index = indexScenario(scenario);
  const walk: Walk = { paths: [], visited: new Set(), stuck: new Set() };
  const visit = (nodeId: string, state: MeetingState, choices: string[]): void => {
    const node = index.node.get(nodeId);
    if (!node) return;
    if (choices.length > scenario.nodes.length) throw new Error('play longer than the scenario');
    walk.visited.add(nodeId);
    const offered = availableChoices(node, state);
    if (offered.length === 0) walk.stuck.add(nodeId);
    for (const choice of offered) {
      const next = applyChoice(state, choice);
      const path = [...choices, choice.id];
      if (choice.next !== END) {
        visit(choice.next, next, path);
        continue;
      }
      walk.paths.push({ choices: path, final: next, ending: chooseEnding(scenario, next) });
      if (walk.paths.length > limit) throw new Error(`more than ${limit} plays`);
    }
  };
  visit(scenario.start, initialState(scenario), []);
  return walk;
}

/** Every complete play with its final state and ending. */
export function enumeratePaths(scenario: Scenario, limit = 100_000): EnumeratedPath[] {
  return walkScenario(scenario, limit).paths;
}

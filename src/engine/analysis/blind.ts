/**
 * Blind strategies: what a player reaches who never reads the options for
 * their meaning — always the first, the last, the longest or the shortest —
 * on the authored order, and where the best option sits in each decision.
 * A meeting that such a player wins, or whose best answers pile up at one
 * place, trains nothing (issue 13); run-checks.ts turns these into warnings.
 */
import type { Choice, Ending, Scenario, SceneNode } from '../../content/types.ts';
import { END } from '../../content/types.ts';
import { availableChoices, chooseEnding, indexScenario } from '../core/lookup.ts';
import { applyChoice, initialState } from '../core/state.ts';

/** The four blind strategies, by the one rule each follows at every decision. */
export const BLIND_STRATEGIES = ['first', 'last', 'longest', 'shortest'] as const;
export type BlindStrategy = (typeof BLIND_STRATEGIES)[number];

/** Where one blind strategy ends: its choices, and the ending with its rating. */
export interface BlindPlay {
  strategy: BlindStrategy;
  choices: string[];
  /** Undefined only when the play got stuck (the validator reports that as STUCK). */
  ending?: Pick<Ending, 'id' | 'title' | 'rating'>;
}

/** Where the best option sits across a meeting's decisions. */
export interface BestPlacement {
  /** Decisions counted: every reachable node, with all its authored options. */
  decisions: number;
  /** How many decisions have their best option at each authored position (index 0 = first). */
  byPosition: number[];
  /** How many have it at each length rank (index 0 = the longest text). */
  byLengthRank: number[];
}

/** Picks one option by the strategy's rule; ties go to the earlier authored option. */
function pick(offered: readonly Choice[], strategy: BlindStrategy): Choice | undefined {
  if (strategy === 'first') return offered[0];
  if (strategy === 'last') return offered[offered.length - 1];
  const longer = (a: Choice, b: Choice) => a.text.length > b.text.length;
  return offered.reduce<Choice | undefined>((chosen, choice) => {
    if (!chosen) return choice;
    const better = strategy === 'longest' ? longer(choice, chosen) : longer(chosen, choice);
    return better ? choice : chosen;
  }, undefined);
}

/** Plays the meeting by one blind rule; stops within the node count (meetings move forward). */
export function playBlind(scenario: Scenario, strategy: BlindStrategy): BlindPlay {
  const index = indexScenario(scenario);
  let state = initialState(scenario);
  let node: SceneNode | undefined = index.node.get(scenario.start);
  const choices: string[] = [];
  for (let step = 0; node && step <= scenario.nodes.length; step += 1) {
    const choice = pick(availableChoices(node, state), strategy);
    if (!choice) break;
    choices.push(choice.id);
    state = applyChoice(state, choice);
    if (choice.next === END) {
      const { id, title, rating } = chooseEnding(scenario, state);
      return { strategy, choices, ending: { id, title, rating } };
    }
    node = index.node.get(choice.next);
  }
  return { strategy, choices };
}

/** Every blind strategy's play. */
export function blindPlays(scenario: Scenario): BlindPlay[] {
  return BLIND_STRATEGIES.map((strategy) => playBlind(scenario, strategy));
}

/**
 * The option with the most customer value in a node (ties: the one that
 * pleases more, then the earlier authored), as the debrief names "best".
 */
export function bestChoiceOf(node: SceneNode): Choice | undefined {
  return node.choices.reduce<Choice | undefined>((top, choice) => {
    if (!top) return choice;
    const better =
      choice.customer > top.customer ||
      (choice.customer === top.customer && choice.pleasing > top.pleasing);
    return better ? choice : top;
  }, undefined);
}

/**
 * Counts where the best option sits, by authored position and by length
 * rank, over the decisions a run can reach (all nodes when not given).
 */
export function bestPlacement(scenario: Scenario, reachable?: ReadonlySet<string>): BestPlacement {
  const nodes = scenario.nodes.filter((node) => !reachable || reachable.has(node.id));
  const most = Math.max(0, ...nodes.map((node) => node.choices.length));
  const byPosition = Array.from({ length: most }, () => 0);
  const byLengthRank = Array.from({ length: most }, () => 0);
  for (const node of nodes) {
    const best = bestChoiceOf(node);
    if (!best) continue;
    const position = node.choices.indexOf(best);
    // Rank 0 is the longest; options of equal length share the better rank.
    const rank = node.choices.filter((other) => other.text.length > best.text.length).length;
    byPosition[position] = (byPosition[position] ?? 0) + 1;
    byLengthRank[rank] = (byLengthRank[rank] ?? 0) + 1;
  }
  return { decisions: nodes.length, byPosition, byLengthRank };
}

/**
 * Facts about a meeting for its card on the title screen, computed at build
 * time from the scenario graph, so the first screen needs none of the
 * meeting's text (the full scenario is a chunk of its own, loaded later).
 */
import type { Diagnostic } from './codes.ts';
import type { Scenario } from './types.ts';
import { END } from './types.ts';

/** What the title screen shows for one meeting. */
export interface ScenarioCard {
  id: string;
  title: string;
  setting: { company: string; stage: string; city: string };
  stakes: string;
  /** Typical time, in minutes. */
  minutes: number;
  /** People around the table. */
  castCount: number;
  decisions: { min: number; max: number };
}

/** One scenario file as the browser receives it from `virtual:scenarios`. */
export interface CatalogueEntry {
  /** Path from the project root, e.g. "scenarios/fintech-sync.yaml". */
  file: string;
  diagnostics: Diagnostic[];
  /** Present only when the file parsed. */
  card?: ScenarioCard;
  /** Fetches the full scenario (a chunk of its own); present only when the file parsed. */
  load?: () => Promise<LoadedScenario>;
}

/** A scenario's chunk: the scenario, and its content hash as the build computed it. */
export interface LoadedScenario {
  scenario: Scenario;
  /** The engine's `contentHash(scenario)`, computed at build time so the browser need not. */
  contentHash: string;
}

/**
 * The fewest and the most decisions a meeting can take, ignoring conditions.
 * Linear in nodes and edges; a back-edge (loop) is not followed twice.
 */
export function decisionRange(scenario: Scenario): { min: number; max: number } {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const longest = new Map<string, number>();
  const shortest = new Map<string, number>();
  const visiting = new Set<string>();
  const walk = (id: string): void => {
    const node = byId.get(id);
    if (!node || longest.has(id) || visiting.has(id)) return;
    visiting.add(id);
    let most = 1;
    let least = Number.POSITIVE_INFINITY;
    for (const choice of node.choices) {
      if (choice.next !== END) walk(choice.next);
      const after = choice.next === END ? 0 : (longest.get(choice.next) ?? 0);
      const afterLeast = choice.next === END ? 0 : (shortest.get(choice.next) ?? 0);
      most = Math.max(most, 1 + after);
      least = Math.min(least, 1 + afterLeast);
    }
    visiting.delete(id);
    longest.set(id, most);
    shortest.set(id, Number.isFinite(least) ? least : 1);
  };
  walk(scenario.start);
  return { min: shortest.get(scenario.start) ?? 1, max: longest.get(scenario.start) ?? 1 };
}

/** The card of a meeting: only what the title screen shows. */
export function scenarioCard(scenario: Scenario): ScenarioCard {
  const { company, stage, city } = scenario.setting;
  return {
    id: scenario.id,
    title: scenario.title,
    setting: { company, stage, city },
    stakes: scenario.stakes,
    minutes: scenario.minutes,
    castCount: scenario.cast.length,
    decisions: decisionRange(scenario),
  };
}

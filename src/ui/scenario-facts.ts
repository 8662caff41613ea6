/** Facts about a meeting for its card, computed from the scenario graph. */
import type { Scenario } from '../content/types.ts';
import { END } from '../content/types.ts';

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

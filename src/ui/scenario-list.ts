/**
 * The meetings this build has: every `scenarios/*.yaml`, validated at build
 * time by the content plugin. A broken file comes with its diagnostics and no
 * scenario, so the title screen can say what is wrong instead of going blank.
 */
import entries from 'virtual:scenarios';
import type { Scenario } from '../content/types.ts';
import { END } from '../content/types.ts';
import type { Diagnostic } from '../content/codes.ts';

export interface MeetingEntry {
  file: string;
  scenario?: Scenario;
  /** One readable line per problem, e.g. "scenarios/x.yaml:3:1 E001 …". */
  problems: string[];
}

/** The same `file:line:col code message` shape as `npm run validate`. */
function describe(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.col} ${d.code} ${d.message}`;
}

/** All meeting files, in file-name order. */
export const meetings: readonly MeetingEntry[] = entries.map((entry) => ({
  file: entry.file,
  scenario: entry.scenario,
  problems: entry.diagnostics
    .filter((d) => d.severity === 'error' || !entry.scenario)
    .map(describe),
}));

/** The scenarios that loaded. */
export const playable: readonly Scenario[] = meetings.flatMap((entry) =>
  entry.scenario ? [entry.scenario] : [],
);

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

/**
 * The title screen's meeting list and the one-time load of the full
 * scenarios, from a catalogue like `virtual:scenarios` (kept apart from that
 * module so it can be tested in Node).
 */
import type { Diagnostic } from '../content/codes.ts';
import type { CatalogueEntry, LoadedScenario, ScenarioCard } from '../content/facts.ts';
import type { Scenario } from '../content/types.ts';
import { machineFor } from '../engine/core/machine.ts';
import { adoptContentHash } from '../engine/core/record.ts';

export interface MeetingEntry {
  file: string;
  /** Absent when the file has an error. */
  card?: ScenarioCard;
  /** One readable line per problem, e.g. "scenarios/x.yaml:3:1 E001 …". */
  problems: string[];
}

/** The same `file:line:col code message` shape as `npm run validate`. */
function describe(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.col} ${d.code} ${d.message}`;
}

/** The cards, in file-name order; a broken file lists every diagnostic, a good one its errors. */
export function meetingsOf(catalogue: readonly CatalogueEntry[]): MeetingEntry[] {
  return catalogue.map((entry) => ({
    file: entry.file,
    ...(entry.card ? { card: entry.card } : {}),
    problems: entry.diagnostics.filter((d) => d.severity === 'error' || !entry.card).map(describe),
  }));
}

/**
 * Loads scenarios of the catalogue, each once: the ones whose ids are given
 * (a deep link into one meeting needs only that meeting's chunk), or all of
 * them. Resolves with every scenario loaded so far, in catalogue order. A
 * failed load (a chunk that did not arrive) rejects and is forgotten, so the
 * next call tries again.
 */
export function scenarioLoader(
  catalogue: readonly CatalogueEntry[],
): (ids?: readonly string[]) => Promise<readonly Scenario[]> {
  const loaded = new Map<CatalogueEntry, Scenario>();
  const loading = new Map<CatalogueEntry, Promise<unknown>>();
  const fetchOne = (entry: CatalogueEntry, load: () => Promise<LoadedScenario>) => {
    let pending = loading.get(entry);
    if (!pending) {
      pending = load().then(
        ({ scenario, contentHash }) => {
          if (!scenario) return;
          // Hashed at build time: a record of this run need not hash it again.
          adoptContentHash(scenario, contentHash);
          // Compiled as it arrives, in a task before the one that draws its screen (router.ts).
          machineFor(scenario);
          loaded.set(entry, scenario);
        },
        (error: unknown) => {
          loading.delete(entry);
          throw error;
        },
      );
      loading.set(entry, pending);
    }
    return pending;
  };
  return async (ids) => {
    const wanted = catalogue.filter(
      (entry) => ids === undefined || (entry.card !== undefined && ids.includes(entry.card.id)),
    );
    await Promise.all(wanted.flatMap((entry) => (entry.load ? [fetchOne(entry, entry.load)] : [])));
    return catalogue.flatMap((entry) => {
      const scenario = loaded.get(entry);
      return scenario ? [scenario] : [];
    });
  };
}

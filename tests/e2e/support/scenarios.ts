/**
 * The meetings in scenarios/, read the way the build reads them, with the
 * paths the browser tests play and what the engine predicts for each.
 */
import { resolve } from 'node:path';
import type { Scenario } from '../../../src/content/types.ts';
import { loadScenarioEntries } from '../../../src/build/scenarios-plugin.ts';
import { analyze } from '../../../src/engine/analysis/analyze.ts';
import { replayChoices } from '../../../src/engine/core/replay.ts';
import { signed } from '../../../src/ui/labels.ts';

export interface PlannedPlay {
  scenario: Scenario;
  label: string;
  choices: string[];
  endingTitle: string;
  /** The meters as the debrief writes them, e.g. "+5" and "−1". */
  customer: string;
  pleasing: string;
}

const root = resolve(import.meta.dirname, '../../..');

export function loadScenarios(): Scenario[] {
  return loadScenarioEntries(resolve(root, 'scenarios'), root).flatMap((entry) =>
    entry.scenario ? [entry.scenario] : [],
  );
}

function planned(scenario: Scenario, label: string, choices: string[]): PlannedPlay {
  const replay = replayChoices(scenario, choices);
  if (!replay.ending) throw new Error(`${scenario.id}: the ${label} path does not reach an ending`);
  return {
    scenario,
    label,
    choices,
    endingTitle: replay.ending.title,
    customer: signed(replay.state.customer),
    pleasing: signed(replay.state.pleasing),
  };
}

/** The best customer-value path, and another one (most pleasing, else worst) that differs from it. */
export function plannedPlays(scenario: Scenario): PlannedPlay[] {
  const analysis = analyze(scenario);
  const best = analysis.bestCustomerPath;
  if (!best) throw new Error(`${scenario.id}: no path reaches an ending`);
  const same = (a: string[], b: string[]) => a.join('.') === b.join('.');
  const other = [analysis.mostPleasingPath, analysis.worstCustomerPath].find(
    (path) => path && !same(path.choices, best.choices),
  );
  const plays = [planned(scenario, 'best customer-value path', best.choices)];
  if (other)
    plays.push(
      planned(
        scenario,
        other === analysis.mostPleasingPath ? 'most pleasing path' : 'worst customer-value path',
        other.choices,
      ),
    );
  return plays;
}

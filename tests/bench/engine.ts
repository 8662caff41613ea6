/**
 * Engine bench: `analyze` on synthetic branch-and-merge scenarios of 1k, 10k
 * and 100k nodes, beside XState's `getSimplePaths` where that can finish.
 */
import type { Scenario } from '../../src/content/types.ts';
import { analyze, type ScenarioAnalysis } from '../../src/engine/analysis/analyze.ts';
import { formatCount, formatMs, loadNote, table, timeRuns, type Timing } from './report.ts';
import { layeredScenario, type LayeredOptions } from './synthetic.ts';
import { timeSimplePaths, type SimplePathsResult } from './xstate.ts';

/** 100k nodes must be analysed in under this, on the 2-core CI machine. */
export const BUDGET_MS = 1_000;
const SIMPLE_PATHS_LIMIT_MS = 10_000;
const SIZES = [1_000, 10_000, 100_000];

interface Case extends LayeredOptions {
  label: string;
}

const CASES: Case[] = [
  ...SIZES.map((nodes) => ({ label: 'plain', nodes, width: 100, variant: 'plain' as const })),
  ...SIZES.map((nodes) => ({ label: 'flag', nodes, width: 100, variant: 'flag' as const })),
  // Endings read customer value, so the state holds it: states grow with depth (10 layers here).
  { label: 'meters', nodes: 1_000, width: 100, variant: 'meters' },
  { label: 'meters', nodes: 10_000, width: 1_000, variant: 'meters' },
];

interface Measured {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  time: Timing;
}

function measure(options: LayeredOptions): Measured {
  const scenario = layeredScenario(options);
  const analysis = analyze(scenario);
  const time = timeRuns(options.nodes >= 100_000 ? 3 : 5, () => analyze(scenario));
  return { scenario, analysis, time };
}

function describeSimplePaths(result: SimplePathsResult): string {
  if (result.status === 'done') return `${formatMs(result.ms)} (${result.paths} paths)`;
  if (result.status === 'timeout') return `did not finish in ${SIMPLE_PATHS_LIMIT_MS / 1000} s`;
  return `failed: ${result.reason}`;
}

/** Simple paths for the plain cases only; once one size times out, larger ones are not run. */
async function simplePathsColumn(cases: Case[]): Promise<string[]> {
  const cells: string[] = [];
  let stoppedAt: number | undefined;
  for (const c of cases) {
    if (c.variant !== 'plain') cells.push('—');
    else if (stoppedAt !== undefined) cells.push(`not run (${stoppedAt} nodes did not finish)`);
    else {
      const result = await timeSimplePaths(c, SIMPLE_PATHS_LIMIT_MS);
      if (result.status !== 'done') stoppedAt = c.nodes;
      cells.push(describeSimplePaths(result));
    }
  }
  return cells;
}

async function scaleTable(skipXState: boolean): Promise<Map<string, Timing>> {
  const measured = CASES.map((c) => ({ c, ...measure(c) }));
  const xstate = skipXState ? CASES.map(() => 'skipped') : await simplePathsColumn(CASES);
  const rows = measured.map(({ c, analysis: a, time }, i) => [
    `${c.label} ${c.nodes / 1000}k (width ${c.width})`,
    String(a.edges),
    String(a.decisions),
    String(a.stateCount),
    formatCount(a.paths),
    formatMs(time.wall),
    formatMs(time.cpu),
    `${((time.wall * 1000) / c.nodes).toFixed(2)} µs`,
    xstate[i]!,
  ]);
  const header = ['scenario', 'choices', 'reachable', 'states', 'plays', 'analyze', 'cpu'];
  console.log(table([...header, 'per node', 'xstate getSimplePaths'], rows));
  return new Map(measured.map(({ c, time }) => [`${c.label} ${c.nodes}`, time]));
}

/** Small scenarios where XState's simple-path enumeration still finishes, then stops. */
async function explosionTable(): Promise<void> {
  const rows: string[][] = [];
  let stopped = false;
  for (const nodes of [15, 25, 35, 45]) {
    const options: LayeredOptions = { nodes, width: 4 };
    const { analysis, time } = measure(options);
    const result: SimplePathsResult | undefined = stopped
      ? undefined
      : await timeSimplePaths(options, SIMPLE_PATHS_LIMIT_MS);
    if (result?.status !== 'done') stopped = true;
    const xstate = result ? describeSimplePaths(result) : 'not run';
    rows.push([
      `plain ${nodes} (width 4)`,
      formatCount(analysis.paths),
      formatMs(time.wall),
      xstate,
    ]);
  }
  console.log(table(['scenario', 'plays', 'analyze', 'xstate getSimplePaths'], rows));
}

/** The budget is on wall time; CPU time is printed beside it because these cores are shared. */
function verdicts(times: Map<string, Timing>): boolean {
  let pass = true;
  for (const label of ['plain', 'flag']) {
    const big = times.get(`${label} 100000`)!;
    const small = times.get(`${label} 10000`)!;
    const ok = big.wall < BUDGET_MS;
    pass &&= ok;
    console.log(
      `${label}: 100k nodes in ${formatMs(big.wall)} (cpu ${formatMs(big.cpu)}) — ` +
        `${ok ? 'PASS' : 'OVER'} (budget ${BUDGET_MS} ms wall); growth 100k/10k ` +
        `×${(big.wall / small.wall).toFixed(1)} wall, ×${(big.cpu / small.cpu).toFixed(1)} cpu (linear: ×10)`,
    );
  }
  return pass;
}

export interface EngineBenchOptions {
  /** Leave out XState's getSimplePaths (it spends up to 10 s per size by design). */
  skipXState?: boolean;
}

/** Prints the engine tables; true when every budget was met. */
export async function runEngineBench(options: EngineBenchOptions = {}): Promise<boolean> {
  console.log(`engine bench — ${loadNote()}`);
  console.log(
    '\nanalyze: 3 choices per node, layers of `width` nodes, median of 5 runs (3 at 100k)',
  );
  const times = await scaleTable(options.skipXState ?? false);
  console.log('');
  const pass = verdicts(times);
  if (!options.skipXState) {
    console.log('\nwhere enumerating simple paths stops (XState, context ignored)');
    await explosionTable();
  }
  console.log(`\n${loadNote()}`);
  return pass;
}

/**
 * Checks a schema-valid scenario beyond what the schema can say: ids and
 * references, the ending order, the node graph, and what runs can actually
 * reach. Each problem carries a stable code (see `codes.ts`) and the data
 * path of the text to fix; `parseScenario` turns paths into line:col.
 *
 * The checks run in stages: the graph is only walked when every reference
 * resolves, and runs are only explored on a sound graph, so one slip in a
 * `next` gives one clear message rather than a cascade.
 */
import type { Code } from './codes.ts';
import { graphFindings } from './graph-checks.ts';
import type { Finding } from './issues.ts';
import { referenceFindings } from './reference-checks.ts';
import type { Scenario } from './types.ts';

export type { Finding } from './issues.ts';

/**
 * The checks that need every run explored. They stand on the engine's
 * analysis (src/engine/analysis/run-checks.ts), a floor above this one, so the
 * caller passes them in; without them the file-level checks run alone.
 */
export type RunChecks = (scenario: Scenario) => Finding[];

/** Codes that make the graph unsafe to walk. */
const BLOCKS_GRAPH: ReadonlySet<Code> = new Set([
  'DUPLICATE_ID',
  'RESERVED_ID',
  'UNKNOWN_START',
  'UNKNOWN_TARGET',
]);
/** Codes that make run exploration meaningless or unbounded. */
const BLOCKS_RUNS: ReadonlySet<Code> = new Set([
  ...BLOCKS_GRAPH,
  'UNKNOWN_CAST',
  'CYCLE',
  'DEAD_END',
  'EMPTY_RANGE',
  'MISSING_FALLBACK',
  'SHADOWED_ENDING',
]);

function key(finding: Finding): string {
  return `${finding.code} ${finding.path.map(String).join('.')}`;
}

/** Every finding for a scenario that already passed the schema. */
export function checkScenario(scenario: Scenario, runChecks?: RunChecks): Finding[] {
  const findings = referenceFindings(scenario);
  if (findings.some((finding) => BLOCKS_GRAPH.has(finding.code))) return findings;
  findings.push(...graphFindings(scenario));
  if (!runChecks || findings.some((finding) => BLOCKS_RUNS.has(finding.code))) return findings;
  // The graph already names nodes no path leads to; runs would repeat it.
  const reported = new Set(findings.map(key));
  findings.push(...runChecks(scenario).filter((finding) => !reported.has(key(finding))));
  return findings;
}

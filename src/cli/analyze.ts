/**
 * `npm run analyze [files…] [--json]` — what every play of each scenario can
 * lead to: path counts, ending shares, score ranges, the extreme plays.
 * Files that fail validation are reported with their diagnostics instead,
 * and make the exit code 1. Default: every scenarios/*.yaml.
 */
import {
  analyze,
  jsonCount,
  type AnalyzedPath,
  type ScenarioAnalysis,
} from '../engine/analysis/analyze.ts';
import { bestPlacement, blindPlays } from '../engine/analysis/blind.ts';
import type { Diagnostic } from '../content/codes.ts';
import type { Scenario } from '../content/types.ts';
import {
  displayPath,
  formatDiagnostic,
  listScenarioFiles,
  plural,
  readScenarioFile,
} from '../build/scenario-files.ts';

function pathSummary(path: AnalyzedPath | null) {
  if (!path) return null;
  const { customer, pleasing } = path.final;
  return { choices: path.choices, ending: path.ending.id, customer, pleasing };
}

/** The JSON report for one valid scenario. */
export function analysisReport(
  file: string,
  scenario: Scenario,
  analysis: ScenarioAnalysis,
  diagnostics: Diagnostic[],
) {
  return {
    file,
    valid: true,
    id: scenario.id,
    title: scenario.title,
    nodes: analysis.nodes,
    choices: analysis.edges,
    decisions: analysis.decisions,
    paths: jsonCount(analysis.paths),
    endings: analysis.endings.map(({ id, rating, reachable, share, paths }) => ({
      id,
      rating,
      reachable,
      share,
      paths: jsonCount(paths),
    })),
    customer: analysis.scores?.customer ?? null,
    pleasing: analysis.scores?.pleasing ?? null,
    longestPath: analysis.longestPath,
    shortestPath: analysis.shortestPath,
    bestCustomerPath: pathSummary(analysis.bestCustomerPath),
    worstCustomerPath: pathSummary(analysis.worstCustomerPath),
    mostPleasingPath: pathSummary(analysis.mostPleasingPath),
    stuck: analysis.stuck,
    cycles: analysis.cycles,
    // Issue 13: what a player reaches without reading, on the authored order.
    blind: blindPlays(scenario).map(({ strategy, choices, ending }) => ({
      strategy,
      choices,
      ending: ending?.id ?? null,
      rating: ending?.rating ?? null,
    })),
    bestOption: bestPlacement(scenario, new Set(analysis.reachable)),
    diagnostics,
  };
}

type Report =
  ReturnType<typeof analysisReport> | { file: string; valid: false; diagnostics: Diagnostic[] };

function range(value: { min: number; max: number } | null): string {
  return value ? `${value.min} to ${value.max}` : 'no play reaches an ending';
}

function play(label: string, path: ReturnType<typeof pathSummary>): string {
  if (!path) return `  ${label}: none`;
  const route = path.choices.join(' → ');
  return `  ${label}: ${route}  ⇒ ${path.ending} (customer ${path.customer}, pleasing ${path.pleasing})`;
}

/** The readable table for one report. */
export function formatReport(report: Report): string {
  if (!report.valid) return report.diagnostics.map(formatDiagnostic).join('\n');
  const count = (value: number | string) => BigInt(value).toLocaleString('en-US');
  const plays = `${report.shortestPath ?? '–'}–${report.longestPath ?? '–'} decisions per play`;
  const width = Math.max(6, ...report.endings.map((ending) => ending.id.length));
  const lines = [
    `${report.file}  ${report.id}  “${report.title}”`,
    `  ${report.nodes} nodes, ${report.choices} choices, ${report.decisions} reachable decisions, ${count(report.paths)} plays (${plays})`,
    `  customer value ${range(report.customer)}; stakeholder pleasing ${range(report.pleasing)}`,
    `  ${'ending'.padEnd(width)}  rating  ${'plays'.padStart(12)}   share`,
    ...report.endings.map((ending) => {
      const share = ending.reachable ? `${(ending.share * 100).toFixed(1)}%` : 'UNREACHABLE';
      return `  ${ending.id.padEnd(width)}  ${ending.rating.padEnd(6)}  ${count(ending.paths).padStart(12)}  ${share.padStart(6)}`;
    }),
    play('best for customers', report.bestCustomerPath),
    play('worst for customers', report.worstCustomerPath),
    play('most pleasing', report.mostPleasingPath),
    '  blind plays on the authored order:',
    ...report.blind.map(
      (blind) =>
        `    always the ${blind.strategy.padEnd(8)} ⇒ ${blind.ending ?? 'stuck'}${blind.rating ? ` (${blind.rating})` : ''}`,
    ),
    `  best option by authored position (1st, 2nd, …): ${report.bestOption.byPosition.join(' · ')} of ${report.bestOption.decisions} decisions`,
    `  best option by length rank (longest first): ${report.bestOption.byLengthRank.join(' · ')}`,
    ...report.diagnostics.map(formatDiagnostic),
  ];
  return lines.join('\n');
}

function reportFor(file: string): Report {
  const shown = displayPath(file);
  const { scenario, diagnostics } = readScenarioFile(file, shown);
  if (!scenario) return { file: shown, valid: false, diagnostics };
  return analysisReport(shown, scenario, analyze(scenario), diagnostics);
}

function main(args: string[]): number {
  const json = args.includes('--json');
  const named = args.filter((arg) => arg !== '--json');
  const files = named.length > 0 ? named : listScenarioFiles('scenarios');
  const reports = files.map(reportFor);
  const failed = reports.filter((report) => !report.valid).length;
  if (json) {
    console.log(JSON.stringify(reports, null, 2));
  } else if (files.length === 0) {
    console.log('No scenario files in scenarios/: nothing to analyse.');
  } else {
    console.log(reports.map(formatReport).join('\n\n'));
    console.log(`\n${plural(files.length, 'file')} analysed: ${plural(failed, 'invalid file')}`);
  }
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(
    `analyze: internal error: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
}

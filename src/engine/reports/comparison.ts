/**
 * Two runs of one scenario compared, as Markdown: where they diverged, both
 * options there, the meters step by step, both endings and lessons, trust.
 */
import type { Choice, Ending, Scenario } from '../../content/types.ts';
import { compareRuns, type RunComparison } from '../runs/compare.ts';
import { day, endingBlock, nodeTitle, principleWords, ratingWords, table } from './markdown.ts';
import type { SavedRun } from '../saved/types.ts';

function runLine(label: string, run: SavedRun, ending: Ending | undefined): string {
  const outcome = ending ? `${ending.title} (${ratingWords(ending.rating)})` : 'not finished';
  return `- **${label}:** run id ${run.id}, played ${day(run.record.startedAt)} — ${outcome}`;
}

function divergenceLines(scenario: Scenario, comparison: RunComparison): string[] {
  const { divergedAt, divergence } = comparison;
  if (divergedAt === null || !divergence) return ['Both runs took the same path.'];
  const option = (label: string, choice: Choice | undefined) =>
    choice
      ? `- **${label} chose:** ${choice.text}\n  - ${choice.feedback}\n  - ${principleWords(choice.principle)}`
      : `- **${label}** stopped before this decision.`;
  return [
    `They diverged at decision ${divergedAt + 1}, “${nodeTitle(scenario, divergence.nodeId)}”.`,
    '',
    option('Run A', divergence.a),
    option('Run B', divergence.b),
  ];
}

function meterTable(comparison: RunComparison): string {
  const { a, b } = comparison.meters;
  const rows: string[][] = [];
  const cell = (value: number | undefined) => (value === undefined ? '' : String(value));
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const label = i === 0 ? 'Start' : `After decision ${i}`;
    rows.push([
      label,
      cell(a[i]?.customer),
      cell(a[i]?.pleasing),
      cell(b[i]?.customer),
      cell(b[i]?.pleasing),
    ]);
  }
  return table(
    [
      '',
      'A customer value',
      'A stakeholder pleasing',
      'B customer value',
      'B stakeholder pleasing',
    ],
    rows,
  );
}

/** Two runs of one scenario side by side: divergence, meters step by step, endings, trust. */
export function comparisonToMarkdown(
  a: SavedRun,
  b: SavedRun,
  scenario: Scenario,
  comparison: RunComparison = compareRuns(scenario, a.record, b.record),
): string {
  const { endings, errors } = comparison;
  const warnings = [
    errors.a && `Run A: ${errors.a.message}`,
    errors.b && `Run B: ${errors.b.message}`,
  ]
    .filter((text): text is string => Boolean(text))
    .map((text) => `> ${text}.`);
  const trustRows = scenario.cast.map((member) => {
    const trust = comparison.trust[member.id] ?? { a: 0, b: 0 };
    return [member.name, member.role, String(trust.a), String(trust.b)];
  });
  const ending = (label: string, which: Ending | undefined, meters: unknown[]) =>
    [`### ${label}`, '', ...endingBlock(which, meters.length - 1), ''].join('\n');
  return [
    `# ${scenario.title} — two runs compared`,
    '',
    runLine('Run A', a, endings.a),
    runLine('Run B', b, endings.b),
    '',
    ...(warnings.length > 0 ? [...warnings, ''] : []),
    '## Where they diverged',
    '',
    ...divergenceLines(scenario, comparison),
    '',
    '## Meters, decision by decision',
    '',
    meterTable(comparison),
    '',
    '## Endings',
    '',
    ending('Run A', endings.a, comparison.meters.a),
    ending('Run B', endings.b, comparison.meters.b),
    '## Trust at the end',
    '',
    table(['Person', 'Role', 'Run A', 'Run B'], trustRows),
    '',
  ].join('\n');
}

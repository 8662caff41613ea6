/**
 * Written debriefs: a run, or two runs compared, as Markdown that reads well
 * as plain text in any editor. Everything is recomputed by replay, so the
 * document says what the engine says, not what a saved summary claims.
 */
import type { Choice, Principle, Scenario } from '../../content/types.ts';
import {
  day,
  endingBlock,
  nodeTitle,
  principleWords,
  quote,
  signed,
  table,
  topicWords,
} from './markdown.ts';
import { replayRun, type ReplayResult } from '../core/replay.ts';
import type { SavedRun } from '../saved/types.ts';
import { initialState } from '../core/state.ts';
import { indexScenario } from '../core/lookup.ts';
import { shownChoices } from '../core/order.ts';
import { stepView, type BestOption } from '../core/view-model.ts';

function replayWarning(replay: ReplayResult): string[] {
  return replay.error
    ? [`> This run could not be fully replayed: ${replay.error.message}.`, '']
    : [];
}

/** The best option on offer beside the one taken, as the on-screen debrief words it. */
function bestLine(best: BestOption, takenId: string): string {
  if (best.id === takenId) return '- **Best for customers on offer:** the one you chose.';
  const scores = `customer value ${signed(best.customer)}, stakeholder pleasing ${signed(best.pleasing)}`;
  return `- **Best for customers on offer:** ${best.text} (${scores}; ${principleLabel(best.principle)})`;
}

/** "Principle: Remove blockers", or the trap's own words ("Trap: doing it all yourself"). */
function principleLabel(principle: Principle): string {
  const words = principleWords(principle);
  return words.startsWith('Trap: ') ? words : `Principle: ${words}`;
}

/**
 * The room's hands per option, numbered in the order the room saw the
 * options and named by their text (never by an id or authored place).
 */
function roomVoteWords(votes: Record<string, number>, shown: readonly Choice[]): string {
  const named = shown.map((c, i) => `${i + 1} “${c.text}”: ${votes[c.id] ?? 0}`);
  const shownIds = new Set(shown.map((c) => c.id));
  // A count for an option the replay did not offer is still written, by its id, rather than lost.
  const others = Object.entries(votes)
    .filter(([id]) => !shownIds.has(id))
    .map(([id, count]) => `${id}: ${count}`);
  return [...named, ...others].join(' · ');
}

function decisionLines(run: SavedRun, scenario: Scenario, replay: ReplayResult): string[] {
  const lines: string[] = [];
  const nodes = indexScenario(scenario).node;
  for (const step of replay.steps) {
    const recorded = run.record.steps[step.index];
    const view = stepView(scenario, step);
    lines.push(`### ${step.index + 1}. ${nodeTitle(scenario, step.nodeId)}`, '');
    lines.push(`- **You chose:** ${step.choice.text}`);
    lines.push(`- **What happened:** ${step.choice.feedback}`);
    lines.push(`- **Principle:** ${principleWords(step.choice.principle)}`);
    lines.push(
      `- **Meters after:** customer value ${step.after.customer} (${signed(step.choice.customer)}), stakeholder pleasing ${step.after.pleasing} (${signed(step.choice.pleasing)})`,
    );
    lines.push(bestLine(view.best, step.choice.id));
    if (recorded?.votes) {
      const node = nodes.get(step.nodeId);
      const shown = node ? shownChoices(node, step.before, run.record.seed) : [step.choice];
      const override = recorded.override ? ' — the facilitator overrode the majority' : '';
      lines.push(`- **Room vote:** ${roomVoteWords(recorded.votes, shown)}${override}`);
    }
    const note = run.record.notes?.[step.nodeId];
    if (note) lines.push('- **Your reasoning:**', '', quote(note));
    lines.push('');
  }
  for (const [index, step] of run.record.steps.entries()) {
    if (index < replay.steps.length) continue;
    lines.push(
      `### ${index + 1}. (not replayed)`,
      '',
      `- **Recorded choice:** ${step.choiceId}`,
      '',
    );
  }
  return lines;
}

/** Notes written at a point the replay did not decide at, e.g. where an unfinished run stopped. */
function otherNotes(run: SavedRun, scenario: Scenario, replay: ReplayResult): string[] {
  const decided = new Set(replay.steps.map((step) => step.nodeId));
  const notes = Object.entries(run.record.notes ?? {}).filter(([nodeId]) => !decided.has(nodeId));
  if (notes.length === 0) return [];
  const blocks = notes.map(
    ([nodeId, note]) => `### ${nodeTitle(scenario, nodeId)}\n\n${quote(note)}\n`,
  );
  return ['## Other notes', '', ...blocks];
}

function trustTable(scenario: Scenario, replay: ReplayResult): string {
  const start = initialState(scenario);
  const rows = scenario.cast.map((member) => [
    member.name,
    member.role,
    String(start.trust[member.id] ?? 0),
    String(replay.state.trust[member.id] ?? 0),
  ]);
  return table(['Person', 'Role', 'Trust at start', 'Trust at the end'], rows);
}

/** A readable debrief of one run: ending, lesson, every decision, meters, trust, notes, next steps. */
export function runToMarkdown(run: SavedRun, scenario: Scenario): string {
  const replay = replayRun(scenario, run.record);
  const fork =
    run.parentId !== undefined
      ? ` · rewound from run ${run.parentId} after decision ${run.forkStep ?? 0}`
      : '';
  const lines = [
    `# ${scenario.title} — debrief`,
    '',
    `${scenario.setting.company}, ${scenario.setting.city} · played ${day(run.record.startedAt)} · run id ${run.id}${fork}`,
    '',
    ...replayWarning(replay),
    '## Ending',
    '',
    ...endingBlock(replay.ending, replay.steps.length),
    '',
    '## Decisions',
    '',
    ...decisionLines(run, scenario, replay),
    ...otherNotes(run, scenario, replay),
    '## Where it landed',
    '',
    `Customer value **${replay.state.customer}**, stakeholder pleasing **${replay.state.pleasing}**.`,
    '',
    trustTable(scenario, replay),
    '',
  ];
  if (replay.ending) {
    lines.push(
      '## Where to go next',
      '',
      ...replay.ending.further.map((topic) => `- ${topicWords(topic)}`),
      '',
    );
  }
  return lines.join('\n');
}

/**
 * A workshop session written out for the facilitator's follow-up email:
 * Markdown to read as is, CSV with one row per decision for a spreadsheet.
 * Pure: it takes the run summaries (workshop.ts) and returns text.
 */
import { csvText } from './csv.ts';
import { day, escapeText, ratingWords, table } from './markdown.ts';
import type { Rating } from '../../content/types.ts';
import type { WorkshopDecision, WorkshopRunSummary } from '../runs/workshop.ts';
import { roomChangeWords, roomReasonLines, roomSplitWords } from './room-words.ts';

/** What heads the export: the session's title and day. */
export interface WorkshopHeading {
  title?: string;
  startedAt: string;
}

/**
 * The CSV's fixed columns, in order. The live room's columns (voters, votes
 * changed, first split, reasons; empty for a hand count) come after the
 * ones a hand count fills, so a sheet built on those keeps its places.
 * Then, last, one pair per shown option (`optionColumns`).
 */
export const WORKSHOP_CSV_COLUMNS = [
  'run',
  'meeting',
  'decision',
  'scene',
  'option taken',
  'votes for it',
  'total votes',
  'room majority',
  'override',
  'best customer-value option',
  'ending',
  'voters',
  'votes changed',
  'first split',
  'reasons',
] as const;

/**
 * "option 1", "option 1 votes", … for as many options as the most any
 * exported decision showed: the text and count of each option, in the order
 * the room saw them (that order differs run to run, so the text goes with it).
 */
export function optionColumns(most: number): string[] {
  return Array.from({ length: most }, (_, i) => [
    `option ${i + 1}`,
    `option ${i + 1} votes`,
  ]).flat();
}

/** Long option texts are cut at a word so a tally stays one readable line. */
function shortText(text: string, most = 48): string {
  if (text.length <= most) return text;
  const cut = text.slice(0, most);
  const space = cut.lastIndexOf(' ');
  return `${(space > most / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The hands per option, by the numbers the room saw and the option's text
 * (never its authored place): "1 “Ask Vikram…”: 9 · 2 “Ship it…”: 3".
 */
export function votesWords(decision: WorkshopDecision): string {
  if (!decision.votes || decision.votes.total === 0) return 'no vote taken';
  const textOf = new Map(decision.offered.map((option) => [option.id, option.text]));
  return decision.votes.counts
    .map((c, i) => `${i + 1} “${shortText(textOf.get(c.choiceId) ?? c.choiceId)}”: ${c.hands}`)
    .join(' · ');
}

function majorityWords(decision: WorkshopDecision, textOf: (id: string) => string): string {
  const votes = decision.votes;
  if (!votes || votes.total === 0) return '';
  const words = (id: string) => {
    const number = votes.counts.findIndex((c) => c.choiceId === id) + 1;
    const text = textOf(id);
    return text === id ? `option ${number}` : `option ${number}: ${text}`;
  };
  if (votes.majority) return words(votes.majority);
  return `tie: ${votes.leaders.map(words).join(' / ')}`;
}

/** Option texts of a run: every one offered and on the best path (others fall back to their ids). */
function optionTexts(run: WorkshopRunSummary): (id: string) => string {
  const texts = new Map<string, string>();
  for (const option of run.bestPath) texts.set(option.id, option.text);
  for (const decision of run.decisions) {
    for (const option of decision.offered) texts.set(option.id, option.text);
  }
  return (id) => texts.get(id) ?? id;
}

function runMarkdown(run: WorkshopRunSummary, number: number): string[] {
  const rows = run.decisions.map((d) => [
    String(d.step + 1),
    d.nodeTitle,
    d.taken.text,
    votesWords(d),
    d.override ? 'yes — the facilitator overrode the room' : 'no',
  ]);
  const ending = run.ending
    ? `**Ending:** ${escapeText(run.ending.title)} — ${ratingWords(run.ending.rating as Rating)}`
    : '**Ending:** the meeting was not finished.';
  const compare = run.bestPath.map((best, i) => {
    const taken = run.decisions[i]?.taken;
    const same = taken?.id === best.id;
    const room = taken ? escapeText(taken.text) : '—';
    if (same) return `${i + 1}. Room and best for customers: ${room}`;
    return `${i + 1}. Room: ${room} · Best for customers: ${escapeText(best.text)}`;
  });
  const departures =
    run.departures.length === 0
      ? 'The room followed the best customer-value path at every decision.'
      : `The room left the best customer-value path at decision ${run.departures.map((s) => s + 1).join(', ')}.`;
  return [
    `## ${number}. ${escapeText(run.scenarioTitle)}`,
    '',
    table(['#', 'Scene', 'Option taken', 'Room votes', 'Override'], rows),
    '',
    ...roomMarkdown(run),
    ending,
    '',
    '### The room’s path and the best customer-value path',
    '',
    ...compare,
    '',
    departures,
    '',
  ];
}

/** What the live room's phones said at each decision, when a live room voted. */
function roomMarkdown(run: WorkshopRunSummary): string[] {
  const voted = run.decisions.filter((d) => d.room);
  if (voted.length === 0) return [];
  return [
    '### What the room said',
    '',
    ...voted.flatMap((d) => [
      `- **Decision ${d.step + 1}:** ${roomSplitWords(d) ?? ''}. ${roomChangeWords(d) ?? ''}`,
      ...roomReasonLines(d).map((line) => `  - ${escapeText(line)}`),
    ]),
    '',
  ];
}

/** The whole session as Markdown: a heading, then each run with its votes and path. */
export function workshopMarkdown(
  heading: WorkshopHeading,
  runs: readonly WorkshopRunSummary[],
): string {
  const title = heading.title ? escapeText(heading.title) : 'Workshop session';
  const overrides = runs.reduce((sum, r) => sum + r.decisions.filter((d) => d.override).length, 0);
  const decisions = runs.reduce((sum, r) => sum + r.decisions.length, 0);
  const lines = [
    `# ${title} — ${day(heading.startedAt)}`,
    '',
    runs.length === 0
      ? 'No meeting was played in presenter mode in this session.'
      : `${runs.length} ${runs.length === 1 ? 'meeting' : 'meetings'}, ${decisions} decisions, ${overrides} ${overrides === 1 ? 'override' : 'overrides'}.`,
    '',
    ...runs.flatMap((run, i) => runMarkdown(run, i + 1)),
  ];
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

/** A reason's own line breaks become spaces, so each reason is one line of its cell. */
const oneLine = (text: string) => text.replace(/\r\n?|\n/g, ' ');

/** The live room's cells of a decision: voters, changes, first split, reasons (empty for hands). */
function roomCells(decision: WorkshopDecision): string[] {
  const room = decision.room;
  if (!room) return ['', '', '', ''];
  const first = room.firstVotes
    ? room.firstVotes.counts.map((c, i) => `${i + 1}: ${c.hands}`).join(' · ')
    : '';
  return [
    String(room.voters),
    String(room.changes),
    csvText(first),
    csvText(roomReasonLines(decision).map(oneLine).join('\n')),
  ];
}

/** Each shown option's text and count, padded to `most` options. */
function optionCells(decision: WorkshopDecision, most: number): string[] {
  const hands = new Map(decision.votes?.counts.map((c) => [c.choiceId, c.hands]));
  return Array.from({ length: most }, (_, i) => {
    const option = decision.offered[i];
    if (!option) return ['', ''];
    return [csvText(option.text), decision.votes ? String(hands.get(option.id) ?? 0) : ''];
  }).flat();
}

/**
 * One row per decision of every run, header first, CRLF line ends (RFC 4180):
 * the option taken, the room's votes, the override, the live room's voters,
 * changes and reasons, and each shown option with its count.
 */
export function workshopCsv(runs: readonly WorkshopRunSummary[]): string {
  const most = Math.max(0, ...runs.flatMap((run) => run.decisions.map((d) => d.offered.length)));
  const rows = runs.flatMap((run) => {
    const textOf = optionTexts(run);
    return run.decisions.map((d) => {
      const hands = d.votes?.counts.find((c) => c.choiceId === d.taken.id)?.hands;
      const best = run.bestPath[d.step];
      return [
        csvText(run.runId),
        csvText(run.scenarioTitle),
        String(d.step + 1),
        csvText(d.nodeTitle),
        csvText(d.taken.text),
        d.votes ? String(hands ?? 0) : '',
        d.votes ? String(d.votes.total) : '',
        csvText(majorityWords(d, textOf)),
        d.override ? 'yes' : 'no',
        csvText(best?.text ?? ''),
        csvText(run.ending?.title ?? ''),
        ...roomCells(d),
        ...optionCells(d, most),
      ].join(',');
    });
  });
  const header = [...WORKSHOP_CSV_COLUMNS, ...optionColumns(most)].join(',');
  return [header, ...rows].join('\r\n') + '\r\n';
}

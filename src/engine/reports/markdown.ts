/**
 * Small Markdown helpers and the words the written debriefs use for the
 * engine's ids (the same words the screens use: content/vocabulary.ts).
 */
import type { Ending, Principle, Rating, Scenario, Topic } from '../../content/types.ts';
import { PRINCIPLE_WORDS, RATING_WORDS, TOPIC_WORDS } from '../../content/vocabulary.ts';
import { indexScenario } from '../core/lookup.ts';

/** A principle or trap in words, e.g. "Trap: doing it all yourself". */
export const principleWords = (principle: Principle): string =>
  PRINCIPLE_WORDS[principle] ?? principle;
/** A rating in words, e.g. "Best outcome". */
export const ratingWords = (rating: Rating): string => RATING_WORDS[rating] ?? rating;
/** A "where to go next" topic in words. */
export const topicWords = (topic: Topic): string => TOPIC_WORDS[topic]?.title ?? topic;

/** A number with its sign: "+2", "+0", "-3" (ASCII, so it pastes anywhere). */
export function signed(value: number): string {
  return value >= 0 ? `+${value}` : String(value);
}

/**
 * Text typed by a player (notes, ids) made inert: characters that would
 * start Markdown or HTML markup are escaped, line breaks become spaces.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>|#~!]/g, (char) => `\\${char}`)
    .trim();
}

/** A player's multi-line text as a block quote, each line escaped. */
export function quote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => `> ${escapeText(line)}`.trimEnd())
    .join('\n');
}

/** A Markdown table; cells are escaped text. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeText).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** The date part of an ISO time, e.g. "2026-11-25". */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** A node’s title for headings, or its id when it has none. */
export function nodeTitle(scenario: Scenario, nodeId: string): string {
  const node = indexScenario(scenario).node.get(nodeId);
  return node?.title ?? nodeId;
}

/** The ending’s title, rating, text and lesson — or how far an unfinished run got. */
export function endingBlock(ending: Ending | undefined, decisions: number): string[] {
  if (!ending) {
    const so = decisions === 1 ? '1 decision' : `${decisions} decisions`;
    return [`The meeting is not finished yet (${so} so far).`];
  }
  return [
    `**${ending.title}** — ${ratingWords(ending.rating)}`,
    '',
    ending.text,
    '',
    `**Lesson:** ${ending.lesson}`,
  ];
}

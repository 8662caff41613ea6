/** Words for the engine's ids and numbers, so nothing is told by colour or code alone. */
import type { Principle, Rating, Topic } from '../content/types.ts';
import { PRINCIPLE_WORDS, RATING_WORDS, TOPIC_WORDS } from '../content/vocabulary.ts';

export const METER_NAMES = {
  customer: 'Customer value',
  pleasing: 'Stakeholder pleasing',
} as const;

export const principleWords = (principle: Principle): string =>
  PRINCIPLE_WORDS[principle] ?? principle;
export const ratingWords = (rating: Rating): string => RATING_WORDS[rating] ?? rating;
export const topicWords = (topic: Topic) => TOPIC_WORDS[topic] ?? { title: topic, hint: '' };

/** A number with its sign, using a true minus sign: "+2", "0", "−3". */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return '0';
}

/** Trust in words, for plates and the debrief. */
export function trustWords(trust: number): string {
  if (trust >= 3) return 'strong trust';
  if (trust >= 1) return 'growing trust';
  if (trust === 0) return 'neutral';
  if (trust >= -2) return 'strained';
  return 'lost trust';
}

/** A change in words, e.g. "Customer value +2". */
export function deltaWords(name: string, delta: number): string {
  return `${name} ${signed(delta)}`;
}

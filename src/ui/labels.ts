/** Words for the engine's ids and numbers, so nothing is told by colour or code alone. */
import type { Principle, Rating, Topic } from '../content/types.ts';

const PRINCIPLE_WORDS: Record<Principle, string> = {
  'decide-what-to-build': 'Decide what to build',
  'align-stakeholders': 'Align stakeholders',
  'prioritize-ruthlessly': 'Prioritize ruthlessly',
  'remove-blockers': 'Remove blockers',
  'measure-and-iterate': 'Measure and iterate',
  'trap-doing-it-all': 'Trap: doing it all yourself',
  'trap-pleasing-everyone': 'Trap: trying to please everyone',
};

const RATING_WORDS: Record<Rating, string> = {
  best: 'Best outcome',
  good: 'Good outcome',
  mixed: 'Mixed outcome',
  poor: 'Poor outcome',
  worst: 'Worst outcome',
};

const TOPIC_WORDS: Record<Topic, { title: string; hint: string }> = {
  'product-vision-and-strategy': {
    title: 'Product vision and strategy',
    hint: 'Tie every call back to what the product is for and who it serves.',
  },
  'agile-product-management': {
    title: 'Agile product management',
    hint: 'Sprints, standups and retrospectives: build, measure, learn.',
  },
  'stakeholder-management': {
    title: 'Stakeholder management',
    hint: 'Keep people aligned by explaining the call, not by agreeing to everything.',
  },
  'metrics-and-kpis': {
    title: 'Metrics and KPIs',
    hint: 'Decide how you will know whether a choice worked.',
  },
};

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

/**
 * The format's fixed vocabulary and the words the screens and written
 * debriefs use for it. Plain data with no zod, so the browser bundle can use
 * it without the schema library (the schema in schema.ts builds on it).
 */

/** Ids appear in deep links joined by dots, so they are kebab-case words. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The principles and traps of the source material, in the order it teaches them. */
export const PRINCIPLES = [
  'decide-what-to-build',
  'align-stakeholders',
  'prioritize-ruthlessly',
  'remove-blockers',
  'measure-and-iterate',
  'trap-doing-it-all',
  'trap-pleasing-everyone',
] as const;

/** "Where to go next" topics named by the source. */
export const TOPICS = [
  'product-vision-and-strategy',
  'agile-product-management',
  'stakeholder-management',
  'metrics-and-kpis',
] as const;

/** Ratings from best to worst; the debrief and the analyzer rely on this order. */
export const RATINGS = ['best', 'good', 'mixed', 'poor', 'worst'] as const;

export const FUNCTIONS = [
  'engineering',
  'design',
  'marketing',
  'sales',
  'support',
  'leadership',
  'finance',
  'security',
  'product',
] as const;

export const MOODS = [
  'neutral',
  'calm',
  'pleased',
  'worried',
  'frustrated',
  'firm',
  'excited',
] as const;

type Principle = (typeof PRINCIPLES)[number];
type Rating = (typeof RATINGS)[number];
type Topic = (typeof TOPICS)[number];

/** Each principle or trap in words, e.g. "Trap: doing it all yourself". */
export const PRINCIPLE_WORDS: Readonly<Record<Principle, string>> = {
  'decide-what-to-build': 'Decide what to build',
  'align-stakeholders': 'Align stakeholders',
  'prioritize-ruthlessly': 'Prioritize ruthlessly',
  'remove-blockers': 'Remove blockers',
  'measure-and-iterate': 'Measure and iterate',
  'trap-doing-it-all': 'Trap: doing it all yourself',
  'trap-pleasing-everyone': 'Trap: trying to please everyone',
};

/** Each rating in words, so an ending's standing never rests on colour. */
export const RATING_WORDS: Readonly<Record<Rating, string>> = {
  best: 'Best outcome',
  good: 'Good outcome',
  mixed: 'Mixed outcome',
  poor: 'Poor outcome',
  worst: 'Worst outcome',
};

/** The source's "where to go next" topics, with a one-line reason to read on. */
export const TOPIC_WORDS: Readonly<Record<Topic, { title: string; hint: string }>> = {
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

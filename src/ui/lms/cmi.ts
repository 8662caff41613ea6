/**
 * What the meeting tells the LMS, as data-model elements and values for
 * each SCORM version. Pure: the bridge (bridge.ts) only sends these pairs,
 * so every element name and format is pinned down by unit tests.
 */
import type { Rating } from '../../content/types.ts';
import {
  scorm12Time,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Timestamp,
} from './time-format.ts';

export type LmsVersion = 'scorm12' | 'scorm2004';

/** Element/value pairs, set in this order (2004 wants an interaction's id and type first). */
export type CmiPairs = Array<[element: string, value: string]>;

/** One decision as an interaction. */
export interface Decision {
  /** The interaction's index n in cmi.interactions. */
  index: number;
  /** Unique among the attempt's interactions; the node id (see interactionId). */
  id: string;
  choiceId: string;
  optionText: string;
  /** The option's customer-value delta: better for customers is "correct". */
  customerDelta: number;
  at: Date;
  /** From the previous decision (or the launch) to this one. */
  latencyMs: number;
}

/** The interaction id for a node decided `times` times before in this attempt (after a rewind). */
export function interactionId(nodeId: string, times: number): string {
  // "_" never occurs in a node id, so "review_2" cannot collide with a node "review-2".
  return times === 0 ? nodeId : `${nodeId}_${times + 1}`;
}

/** correct / wrong (1.2) or incorrect (2004) / neutral, from the customer-value delta. */
export function resultOf(version: LmsVersion, customerDelta: number): string {
  if (customerDelta > 0) return 'correct';
  if (customerDelta < 0) return version === 'scorm12' ? 'wrong' : 'incorrect';
  return 'neutral';
}

/** A localized_string_type (2004): language tag, at most `max` characters, no leading brace. */
function localized(text: string, max: number): string {
  const plain = text.replace(/\s+/g, ' ').trim().replace(/^\{/, '(');
  return `{lang=en}${[...plain].slice(0, max).join('')}`;
}

/** The elements of one decision's interaction (1.2 has no description element). */
export function decisionValues(version: LmsVersion, decision: Decision): CmiPairs {
  const base = `cmi.interactions.${decision.index}.`;
  const result = resultOf(version, decision.customerDelta);
  if (version === 'scorm12') {
    return [
      [`${base}id`, decision.id],
      [`${base}type`, 'choice'],
      [`${base}time`, scorm12Time(decision.at)],
      [`${base}student_response`, decision.choiceId],
      [`${base}result`, result],
      [`${base}latency`, scorm12Timespan(decision.latencyMs)],
    ];
  }
  return [
    [`${base}id`, decision.id],
    [`${base}type`, 'choice'],
    [`${base}timestamp`, scorm2004Timestamp(decision.at)],
    [`${base}description`, localized(decision.optionText, 250)],
    [`${base}learner_response`, decision.choiceId],
    [`${base}result`, result],
    [`${base}latency`, scorm2004Duration(decision.latencyMs)],
  ];
}

/** A reasoning note: where it was typed (node), its title, the text, when. */
export interface Note {
  nodeId: string;
  title: string;
  text: string;
  at: Date;
}

/** 1.2's single cmi.comments (CMIString4096): every note of the run, newest kept whole. */
export function scorm12Comments(notes: readonly Note[]): string {
  const text = notes.map((note) => `${note.title}: ${note.text.trim()}`).join('\n');
  return text.length <= 4096 ? text : text.slice(text.length - 4096);
}

/** 2004's cmi.comments_from_learner.n: one comment per note, located at its node. */
export function scorm2004Comment(index: number, note: Note): CmiPairs {
  const base = `cmi.comments_from_learner.${index}.`;
  return [
    [`${base}comment`, localized(note.text, 4000)],
    [`${base}location`, note.nodeId.slice(0, 250)],
    [`${base}timestamp`, scorm2004Timestamp(note.at)],
  ];
}

/** The customer value of a run on the meeting's reachable range, as a percentage and a fraction. */
export function scoreOf(customer: number, range: { min: number; max: number }) {
  const span = range.max - range.min;
  const fraction = span > 0 ? Math.min(1, Math.max(0, (customer - range.min) / span)) : 1;
  return { raw: Math.round(fraction * 100), scaled: Number(fraction.toFixed(4)) };
}

/** Mastery (DESIGN: reward the customer-value call): an ending rated good or best. */
export function passes(rating: Rating): boolean {
  return rating === 'good' || rating === 'best';
}

/** Score and status at an ending. 1.2's score elements must lie in 0–100, hence the percentage. */
export function outcomeValues(
  version: LmsVersion,
  customer: number,
  range: { min: number; max: number },
  rating: Rating,
): CmiPairs {
  const { raw, scaled } = scoreOf(customer, range);
  const status = passes(rating) ? 'passed' : 'failed';
  if (version === 'scorm12') {
    return [
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', String(raw)],
      ['cmi.core.lesson_status', status],
    ];
  }
  return [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', String(raw)],
    ['cmi.score.scaled', String(scaled)],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', status],
  ];
}

/** Where the trainee is: bookmark, saved run, and whether leaving now is a suspend. */
export function progressValues(
  version: LmsVersion,
  progress: { finished: boolean; suspendData: string; location: string },
): CmiPairs {
  const { finished, suspendData, location } = progress;
  // An empty bookmark is refused by 2004 LMSs (406, type mismatch): at the end the last one stays.
  const v12 = version === 'scorm12';
  const bookmark: CmiPairs = location
    ? [[v12 ? 'cmi.core.lesson_location' : 'cmi.location', location.slice(0, v12 ? 255 : 1000)]]
    : [];
  if (v12) {
    return [
      ...bookmark,
      ['cmi.suspend_data', suspendData],
      ['cmi.core.exit', finished ? '' : 'suspend'],
    ];
  }
  return [
    ...bookmark,
    ['cmi.suspend_data', suspendData],
    ['cmi.exit', finished ? 'normal' : 'suspend'],
  ];
}

/** The session's length so far (each version's format); the LMS adds it to total_time. */
export function sessionTimeValue(version: LmsVersion, ms: number): [string, string] {
  return version === 'scorm12'
    ? ['cmi.core.session_time', scorm12Timespan(ms)]
    : ['cmi.session_time', scorm2004Duration(ms)];
}

/** The elements read at launch: status so far, entry (resume or not), the saved run, counts. */
export const LAUNCH_ELEMENTS = {
  scorm12: {
    status: 'cmi.core.lesson_status',
    entry: 'cmi.core.entry',
    suspendData: 'cmi.suspend_data',
    interactions: 'cmi.interactions._count',
    comments: undefined,
  },
  scorm2004: {
    status: 'cmi.completion_status',
    entry: 'cmi.entry',
    suspendData: 'cmi.suspend_data',
    interactions: 'cmi.interactions._count',
    comments: 'cmi.comments_from_learner._count',
  },
} as const;

/** At launch: an attempt not yet started is now under way (never undoes a pass or fail). */
export function startValues(version: LmsVersion, status: string): CmiPairs {
  if (version === 'scorm12') {
    return status === 'not attempted' || status === ''
      ? [['cmi.core.lesson_status', 'incomplete']]
      : [];
  }
  return status === 'unknown' || status === 'not attempted' || status === ''
    ? [['cmi.completion_status', 'incomplete']]
    : [];
}

/**
 * The debrief: why the meeting ended the way it did. The ending and its
 * lesson first, then the path (chart and decision by decision), where each
 * person stands, the trainee's own notes, and where to go next.
 */
import type { Ending, Scenario } from '../../content/types.ts';
import type { RunRecord } from '../../engine/core/record.ts';
import type { MeetingView, StepView } from '../../engine/core/view-model.ts';
import { button, el } from '../dom.ts';
import {
  METER_NAMES,
  principleWords,
  ratingWords,
  signed,
  topicWords,
  trustWords,
} from '../labels.ts';
import { pathChart } from './chart.ts';

export interface DebriefActions {
  playAgain(): void;
  rewind(): void;
  meetings(): void;
}

const section = (title: string, ...body: (Node | string)[]) =>
  el('section', { class: 'debrief-section' }, el('h2', {}, title), ...body);

function endingPart(ending: Ending, view: MeetingView): HTMLElement {
  const score = (key: 'customer' | 'pleasing') =>
    el(
      'span',
      { class: 'final-score' },
      `${METER_NAMES[key]} `,
      el('strong', { 'data-meter': key }, signed(view.meters[key])),
    );
  return el(
    'section',
    { class: 'ending', 'data-ending-id': ending.id, 'data-rating': ending.rating },
    el('h2', { class: 'ending-title' }, ending.title),
    el('p', { class: 'rating' }, el('strong', {}, 'Rating: '), ratingWords(ending.rating)),
    el('p', { class: 'final-scores' }, score('customer'), ' · ', score('pleasing')),
    el('p', { class: 'ending-text' }, ending.text),
    el('p', { class: 'lesson' }, el('strong', {}, 'Lesson: '), ending.lesson),
  );
}

/** "Principle: Align stakeholders", or the trap's own words ("Trap: doing it all yourself"). */
function principleLine(principle: StepView['principle']): HTMLElement {
  const words = principleWords(principle);
  const trap = words.startsWith('Trap: ');
  return el(
    'span',
    { class: 'principle', 'data-trap': String(trap) },
    el('strong', {}, trap ? 'Trap: ' : 'Principle: '),
    trap ? words.slice('Trap: '.length) : words,
  );
}

const scoreWords = (customer: number, pleasing: number) =>
  `${METER_NAMES.customer} ${signed(customer)}, ${METER_NAMES.pleasing} ${signed(pleasing)}`;

/** The best option on offer beside the one taken: its text, its scores and its principle. */
function bestPart(step: StepView): HTMLElement {
  const { best } = step;
  if (best.id === step.choiceId) {
    return el(
      'p',
      { class: 'best-option', 'data-best': 'taken' },
      'This was the best call for customers on offer.',
    );
  }
  return el(
    'div',
    { class: 'best-option', 'data-best': 'other', 'data-choice-id': best.id },
    el('p', {}, el('strong', {}, 'Best for customers on offer: '), best.text),
    el(
      'p',
      { class: 'best-scores' },
      scoreWords(best.customer, best.pleasing),
      ' · ',
      principleLine(best.principle),
    ),
  );
}

/**
 * One decision: the option taken with its scores and principle (withheld
 * during play, shown here), and the best option that was on offer.
 */
function decisionItem(
  step: StepView,
  previous: { customer: number; pleasing: number },
): HTMLElement {
  const moved = scoreWords(step.customer - previous.customer, step.pleasing - previous.pleasing);
  return el(
    'li',
    { class: 'decision', 'data-choice-id': step.choiceId },
    el('h3', {}, `Decision ${step.index + 1}: ${step.nodeTitle}`),
    el('p', {}, el('strong', {}, 'You chose: '), step.choiceText),
    el('p', {}, el('strong', {}, 'What happened: '), step.feedback),
    el('p', { class: 'taken-principle' }, principleLine(step.principle)),
    el('p', { class: 'moved' }, el('strong', {}, 'Scores: '), moved),
    bestPart(step),
  );
}

function decisions(steps: readonly StepView[]): HTMLElement {
  const items = steps.map((step, i) =>
    decisionItem(step, i === 0 ? { customer: 0, pleasing: 0 } : (steps[i - 1] as StepView)),
  );
  return el('ol', { class: 'decisions' }, ...items);
}

function trustTable(scenario: Scenario, view: MeetingView): HTMLElement {
  const rows = scenario.cast.map((member) => {
    const trust = view.trust[member.id] ?? 0;
    return el(
      'tr',
      { 'data-cast': member.id },
      el('th', { scope: 'row' }, member.name),
      el('td', {}, member.role),
      el('td', {}, `${signed(trust)} (${trustWords(trust)})`),
    );
  });
  const head = el(
    'tr',
    {},
    ...['Person', 'Role', 'Trust at the end'].map((h) => el('th', { scope: 'col' }, h)),
  );
  return el('table', { class: 'trust-table' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

function notes(scenario: Scenario, record: RunRecord): HTMLElement {
  const entries = Object.entries(record.notes ?? {});
  if (entries.length === 0) return el('p', {}, 'You did not write down any reasoning this time.');
  const title = (nodeId: string) => scenario.nodes.find((node) => node.id === nodeId);
  return el(
    'dl',
    { class: 'notes' },
    ...entries.flatMap(([nodeId, text]) => [
      el('dt', {}, title(nodeId)?.reasoning ?? title(nodeId)?.title ?? nodeId),
      el('dd', {}, text),
    ]),
  );
}

function further(ending: Ending): HTMLElement {
  return el(
    'ul',
    { class: 'further' },
    ...ending.further.map((topic) => {
      const words = topicWords(topic);
      return el('li', {}, el('strong', {}, words.title), words.hint ? ` — ${words.hint}` : '');
    }),
  );
}

/** Renders the debrief of an ended meeting. */
export function renderDebrief(
  scenario: Scenario,
  view: MeetingView,
  record: RunRecord,
  actions: DebriefActions,
): HTMLElement {
  if (view.status.kind !== 'ended') return el('p', {}, 'The meeting has not ended yet.');
  const ending = view.status.ending;
  const heading = el('h1', { tabindex: -1, id: 'debrief-heading' }, 'Debrief');
  const toolbar = el(
    'div',
    { class: 'toolbar' },
    button('Play again', actions.playAgain, { class: 'primary' }),
    button('Rewind one decision', actions.rewind, { 'aria-keyshortcuts': 'ArrowLeft PageUp' }),
    button('Back to the meetings', actions.meetings),
  );
  return el(
    'article',
    { class: 'page debrief-page', 'aria-labelledby': 'debrief-heading' },
    el('header', { class: 'debrief-head' }, el('p', { class: 'eyebrow' }, scenario.title), heading),
    endingPart(ending, view),
    toolbar,
    section('Your path', pathChart(view.steps, ending)),
    section('Decision by decision', decisions(view.steps)),
    section('Where people stand', trustTable(scenario, view)),
    section('Your reasoning', notes(scenario, record)),
    section('Where to go next', further(ending)),
  );
}

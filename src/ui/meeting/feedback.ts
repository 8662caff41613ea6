/**
 * After a choice: what you said, what happened and how the room took it.
 * Solo play shows what followed, not a grade: the deltas and the principle
 * or trap wait for the debrief, unless study mode ("Show the principle after
 * each choice") or presenter mode (the facilitator's reveal) asks for them.
 */
import type { Scenario } from '../../content/types.ts';
import type { StepView } from '../../engine/core/view-model.ts';
import { speakerOf } from '../../engine/core/view-model.ts';
import { clear, el } from '../dom.ts';
import { deltaWords, METER_NAMES, principleWords } from '../labels.ts';

export interface Feedback {
  element: HTMLElement;
  render(
    step: StepView,
    previous: { customer: number; pleasing: number },
    show: FeedbackShow,
  ): void;
}

export interface FeedbackShow {
  showScores: boolean;
  /** The principle and the numeric deltas at once (study mode, presenter mode). */
  showPrinciple: boolean;
}

/** How the room took it, in words: who warmed to the call and who cooled, never by how much. */
function reaction(scenario: Scenario, step: StepView): string {
  const name = (who: string) => speakerOf(scenario, who).name;
  const warmer = Object.entries(step.trustDelta).filter(([, d]) => d > 0);
  const cooler = Object.entries(step.trustDelta).filter(([, d]) => d < 0);
  const parts = [
    warmer.length > 0 ? `${warmer.map(([who]) => name(who)).join(' and ')} warmed to it` : '',
    cooler.length > 0 ? `${cooler.map(([who]) => name(who)).join(' and ')} cooled on it` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join('; ')}.` : 'The room takes it in.';
}

function changes(
  scenario: Scenario,
  step: StepView,
  previous: { customer: number; pleasing: number },
): string {
  const parts = [
    deltaWords(METER_NAMES.customer, step.customer - previous.customer),
    deltaWords(METER_NAMES.pleasing, step.pleasing - previous.pleasing),
    ...Object.entries(step.trustDelta).map(([who, delta]) =>
      deltaWords(`${speakerOf(scenario, who).name}’s trust`, delta),
    ),
  ];
  return parts.join(' · ');
}

export function createFeedback(scenario: Scenario): Feedback {
  const heading = el(
    'h3',
    { class: 'feedback-heading visually-hidden', tabindex: -1 },
    'What happened',
  );
  const body = el('div', { class: 'feedback-body' });
  const element = el(
    'section',
    { class: 'feedback', 'aria-labelledby': 'feedback-heading' },
    heading,
    body,
  );
  heading.id = 'feedback-heading';
  return {
    element,
    render(step, previous, { showScores, showPrinciple }) {
      clear(body);
      body.append(
        el('p', { class: 'feedback-choice' }, el('strong', {}, 'You said: '), step.choiceText),
        el('p', { class: 'feedback-text' }, step.feedback),
      );
      if (!showPrinciple) {
        body.append(
          el('p', { class: 'feedback-reaction' }, reaction(scenario, step)),
          el(
            'p',
            { class: 'feedback-later hint' },
            'The score and the principle behind this call are in the debrief.',
          ),
        );
        return;
      }
      body.append(
        el(
          'p',
          { class: 'feedback-principle' },
          el('strong', {}, 'Principle: '),
          principleWords(step.principle),
        ),
        el(
          'p',
          { class: 'feedback-changes' },
          showScores
            ? changes(scenario, step, previous)
            : 'Scores are hidden (press H to show them).',
        ),
      );
    },
  };
}

/** After a choice: what you said, what happened, the principle at work, and what moved. */
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
    showScores: boolean,
  ): void;
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
    render(step, previous, showScores) {
      clear(body);
      body.append(
        el('p', { class: 'feedback-choice' }, el('strong', {}, 'You said: '), step.choiceText),
        el('p', { class: 'feedback-text' }, step.feedback),
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

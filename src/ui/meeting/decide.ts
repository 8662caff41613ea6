/**
 * The decision: the reasoning box (when the node asks for it) and the
 * options as real numbered buttons; keys 1–n pick them (see play screen).
 */
import type { MeetingView } from '../../engine/core/view-model.ts';
import { button, clear, el } from '../dom.ts';

export interface Decide {
  element: HTMLElement;
  render(view: MeetingView, note: string): void;
  /** Moves focus to the decision without picking anything, so a stray Enter is harmless. */
  focus(): void;
}

export interface DecideActions {
  choose(choiceId: string): void;
  note(nodeId: string, text: string): void;
}

function reasoningBox(
  nodeId: string,
  question: string,
  note: string,
  actions: DecideActions,
): HTMLElement {
  const id = `reasoning-${nodeId}`;
  const box = el('textarea', { id, rows: 2, class: 'reasoning-input' });
  box.value = note;
  box.addEventListener('input', () => actions.note(nodeId, box.value));
  // Esc leaves the box so the number keys choose again.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') box.blur();
  });
  return el(
    'div',
    { class: 'reasoning' },
    el('label', { for: id }, question, el('span', { class: 'hint' }, ' (your notes, optional)')),
    box,
  );
}

export function createDecide(actions: DecideActions): Decide {
  const heading = el('h3', { class: 'decide-heading', tabindex: -1 }, 'Your call');
  const body = el('div', { class: 'decide-body' });
  const element = el('section', { class: 'decide', 'aria-label': 'Your call' }, heading, body);
  return {
    element,
    render(view, note) {
      clear(body);
      if (view.node?.reasoning)
        body.append(reasoningBox(view.node.id, view.node.reasoning, note, actions));
      const options = view.choices.map((choice) => {
        const pick = button('', () => actions.choose(choice.id), {
          class: 'choice',
          'data-choice-id': choice.id,
          'aria-keyshortcuts': String(choice.number),
        });
        pick.append(
          el('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(choice.number)),
          el('span', { class: 'visually-hidden' }, `Option ${choice.number}: `),
          el('span', { class: 'choice-text' }, choice.text),
        );
        return el('li', {}, pick);
      });
      body.append(el('ol', { class: 'choices' }, ...options));
    },
    focus: () => heading.focus(),
  };
}

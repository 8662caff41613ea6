/**
 * "Earlier decisions" in the meeting's tools: pick any decision already made
 * to go back there and choose again (a new run is forked when the choice
 * differs; the saved run is kept). The list is built when it opens, so it
 * always shows the path as it is now.
 */
import type { MeetingSession } from '../../engine/core/session.ts';
import { button, el } from '../dom.ts';

/** Wires the picker the stage put in the meeting's tools; `rewindTo(step)` makes `step` (0-based) the next decision. */
export function addPathPicker(
  meeting: HTMLElement,
  session: MeetingSession,
  rewindTo: (step: number) => void,
): void {
  const picker = meeting.querySelector<HTMLDetailsElement>('.tools details.path-picker');
  const list = picker?.querySelector('.path-picker-list');
  if (!picker || !list) return;
  picker.addEventListener('toggle', () => {
    if (!picker.open) return;
    const steps = session.view().steps;
    list.replaceChildren(
      ...steps.map((step) =>
        el(
          'li',
          {},
          button(
            `${step.index + 1}. ${step.nodeTitle} — you chose: ${step.choiceText}`,
            () => {
              // Back at that decision: the list is done with, and keys go to its options.
              picker.open = false;
              rewindTo(step.index);
            },
            { class: 'quiet', 'data-rewind-step': step.index },
          ),
        ),
      ),
    );
    if (steps.length === 0) list.append(el('li', {}, 'No decisions yet.'));
    list.querySelector('button')?.focus();
  });
  picker.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !picker.open) return;
    event.stopPropagation();
    picker.open = false;
    picker.querySelector('summary')?.focus();
  });
}

/**
 * "Earlier decisions" in the meeting's tools: pick any decision already made
 * to go back there and choose again (a new run is forked when the choice
 * differs; the saved run is kept). The list is built when it opens, so it
 * always shows the path as it is now.
 */
import type { MeetingSession } from '../../engine/session.ts';
import { button, el } from '../dom.ts';

/** Adds the picker to the meeting's tools; `rewindTo(step)` makes `step` (0-based) the next decision. */
export function addPathPicker(
  meeting: HTMLElement,
  session: MeetingSession,
  rewindTo: (step: number) => void,
): void {
  const tools = meeting.querySelector('.tools');
  if (!tools) return;
  const list = el('ol', { class: 'path-picker-list' });
  const picker = el(
    'details',
    { class: 'path-picker' },
    el('summary', {}, 'Earlier decisions'),
    list,
  );
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
            () => rewindTo(step.index),
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
  tools.querySelector('[aria-keyshortcuts="ArrowLeft PageUp"]')?.after(picker);
}

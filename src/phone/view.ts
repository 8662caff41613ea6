/**
 * Draws the phone's screen from its state. A screen (the lobby, one vote,
 * the consequence, the ending) is built once and then only updated, so the
 * buttons a participant or a screen reader is on stay where they are while
 * votes are confirmed. Every text from the room is set with textContent.
 */
import { MAX_REASON, type RoomView } from '../live/index.ts';
import type { Link, PhoneState } from './link.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function optionText(view: RoomView | undefined, id: string | undefined): string {
  return view?.decision?.options.find((option) => option.id === id)?.text ?? '';
}

function votingScreen(view: RoomView, link: Link): HTMLElement[] {
  const options = el('div', undefined, 'options');
  options.setAttribute('role', 'group');
  options.setAttribute('aria-label', 'Options');
  view.decision?.options.forEach((option, index) => {
    const button = el('button', undefined, 'option');
    button.type = 'button';
    button.dataset.option = option.id;
    button.setAttribute('aria-pressed', 'false');
    button.append(el('span', `${index + 1}`, 'key'), el('span', option.text));
    button.addEventListener('click', () => link.vote(option.id));
    options.append(button);
  });
  const form = el('form', undefined, 'reason');
  const label = el('label', 'Why? One line, optional');
  const input = el('input');
  input.id = label.htmlFor = 'reason';
  input.maxLength = MAX_REASON;
  input.autocomplete = 'off';
  const send = el('button', 'Send reason');
  send.type = 'submit';
  form.append(label, input, send);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send.disabled = true;
    void link.reason(input.value.trim()).finally(() => (send.disabled = false));
  });
  const yours = el('p', '', 'your-vote');
  yours.setAttribute('aria-live', 'polite');
  return [el('h2', view.decision?.prompt ?? ''), options, yours, form];
}

function screenOf(state: PhoneState, link: Link): HTMLElement[] {
  const view = state.view;
  if (!view) return [el('p', 'Joining…')];
  const chosen = optionText(view, view.chosenOptionId);
  switch (view.phase) {
    case 'lobby':
      return [
        el('h2', 'You are in'),
        el('p', 'When the facilitator opens a vote, the options appear here. Keep this page open.'),
      ];
    case 'voting':
      return votingScreen(view, link);
    case 'closed':
      return [
        el('h2', view.decision?.prompt ?? ''),
        el('p', `The vote is closed. The room chose: ${chosen}`, 'chosen'),
        el('p', '', 'your-vote'),
      ];
    case 'revealed':
      return [
        el('h2', 'What happened'),
        el('p', `The room chose: ${chosen}`, 'chosen'),
        el('p', view.consequence ?? '', 'consequence'),
        el('p', '', 'your-vote'),
      ];
    case 'ended':
      return [
        el('h2', view.ending?.title ?? 'The meeting is over'),
        el('p', view.ending?.text ?? ''),
        el('h3', 'The lesson'),
        el('p', view.ending?.lesson ?? '', 'lesson'),
      ];
  }
}

function keyOf(state: PhoneState): string {
  return `${state.view?.phase ?? 'none'}:${state.view?.decision?.id ?? ''}:${state.view?.ending?.title ?? ''}`;
}

/** A renderer for `root`; call it with every new state. */
export function phoneRenderer(
  root: HTMLElement,
  status: HTMLElement,
  notice: HTMLElement,
  link: () => Link,
) {
  let shown = '';
  return (state: PhoneState): void => {
    const key = state.gone ? 'gone' : keyOf(state);
    if (key !== shown) {
      shown = key;
      root.replaceChildren(
        ...(state.gone ? [el('h2', 'This room is closed')] : screenOf(state, link())),
      );
      const heading = root.querySelector('h2');
      // Moving focus to the new heading makes screen readers announce the new screen.
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
    const vote = state.wanted ?? state.stored;
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.option')) {
      button.setAttribute('aria-pressed', String(button.dataset.option === vote?.optionId));
    }
    const mine = optionText(state.view, vote?.optionId);
    const confirmed = vote && state.stored?.optionId === vote.optionId;
    const yours = root.querySelector('.your-vote');
    if (yours) {
      const open = state.view?.phase === 'voting';
      yours.textContent = !mine
        ? open
          ? 'Tap an option to vote. You can change it until the vote closes.'
          : 'You did not vote.'
        : confirmed
          ? `Your vote: ${mine}${open ? ' — counted. You can change it until the vote closes.' : ''}`
          : `Your vote: ${mine} — sending…`;
    }
    status.textContent =
      state.status === 'offline'
        ? state.view
          ? 'Connection lost — reconnecting. Your vote is kept.'
          : 'Cannot reach the room yet — retrying…'
        : state.status === 'joined'
          ? `Room ${state.view?.code ?? ''}`
          : 'Connecting…';
    notice.textContent = state.notice ?? '';
  };
}

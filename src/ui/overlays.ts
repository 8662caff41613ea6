/**
 * Overlays as native modal <dialog>s: focus stays inside, Esc closes them,
 * and focus returns to where it was. While one is open, the game's
 * shortcuts wait.
 */
import { button, el } from './dom.ts';

export interface Overlay {
  dialog: HTMLDialogElement;
  open(): void;
  close(): void;
}

/** Builds a dialog with a heading, a body and a Close button, appended to `host`. */
export function createOverlay(host: HTMLElement, id: string, title: string, body: Node): Overlay {
  const heading = el('h2', { id: `${id}-title` }, title);
  const dialog = el('dialog', { id, class: 'overlay', 'aria-labelledby': `${id}-title` });
  const close = button('Close', () => dialog.close(), { class: 'overlay-close' });
  dialog.append(el('div', { class: 'overlay-head' }, heading, close), body);
  host.append(dialog);
  let returnFocus: HTMLElement | null = null;
  dialog.addEventListener('close', () => returnFocus?.focus());
  return {
    dialog,
    open() {
      if (dialog.open) return;
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    },
    close: () => dialog.close(),
  };
}

/**
 * An overlay built the first time it is used. Most visits never open the help
 * or the settings, and building both was a good part of the game's start-up
 * task, which a slow laptop spends while the first decision waits.
 */
export function lazyOverlay(build: () => Overlay): Overlay {
  let built: Overlay | undefined;
  const overlay = () => (built ??= build());
  return {
    get dialog() {
      return overlay().dialog;
    },
    open: () => overlay().open(),
    close: () => built?.close(),
  };
}

/** True when any overlay is open. */
export function anyOverlayOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

const SHORTCUTS: [string, string][] = [
  ['1 – 9', 'Choose an option'],
  ['Enter, Space, →, Page Down', 'Continue'],
  ['←, Page Up', 'Rewind one decision'],
  ['H', 'Hide or show the scores'],
  ['M', 'Sound off or on'],
  ['F', 'Full screen'],
  ['P', 'Presenter mode on or off (large type, scores hidden)'],
  ['B or .', 'Blank the screen; any key brings it back'],
  ['T', 'Presenter mode: start or pause the countdown'],
  ['1 – 9, + / −, Enter, O', 'Room vote: pick, count hands, take the majority, override'],
  ['R', 'Presenter mode: reveal the next other option'],
  ['?', 'This list of shortcuts'],
  ['Esc', 'Close an overlay'],
];

/** The shortcut help overlay (`?`). */
export function createHelpOverlay(host: HTMLElement): Overlay {
  const rows = SHORTCUTS.map(([keys, action]) =>
    el('tr', {}, el('th', { scope: 'row' }, keys), el('td', {}, action)),
  );
  const table = el(
    'table',
    { class: 'shortcuts' },
    el('caption', { class: 'visually-hidden' }, 'Keyboard shortcuts'),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, 'Keys'), el('th', { scope: 'col' }, 'Action')),
    ),
    el('tbody', {}, ...rows),
  );
  return createOverlay(host, 'help', 'Keyboard shortcuts', table);
}

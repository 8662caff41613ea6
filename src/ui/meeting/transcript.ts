/**
 * What is said at the current decision, one line at a time. Lines are
 * appended (never re-rendered) so a screen reader announces each new line once.
 */
import type { LineView } from '../../engine/core/view-model.ts';
import { clear, el } from '../dom.ts';

export interface Transcript {
  element: HTMLElement;
  /** Shows the first `count` lines of `lines`, starting over when `key` (the node) changes. */
  show(key: string, lines: readonly LineView[], count: number): void;
}

function lineItem(line: LineView): HTMLElement {
  const who = line.role ? `${line.name}, ${line.role}` : line.name;
  return el(
    'li',
    { class: 'line', 'data-speaker': line.speaker, 'data-mood': line.mood },
    el('span', { class: 'line-speaker' }, who),
    el('span', { class: 'line-text' }, line.text),
  );
}

export function createTranscript(): Transcript {
  const list = el('ol', { class: 'transcript-lines' });
  const element = el(
    'div',
    { class: 'transcript', role: 'log', 'aria-label': 'What is said in the meeting' },
    list,
  );
  let shownKey = '';
  let shown = 0;
  const fold = () => foldToFit(element, list);
  let foldPending = false;
  /**
   * Folds in the next frame, before it is painted. Drawn detached (the inline opening,
   * or a screen the router attaches right after building it), folding at once would make
   * the browser lay out the whole new page inside that task; the frame lays it out anyway.
   */
  const foldInFrame = () => {
    if (foldPending) return;
    foldPending = true;
    requestAnimationFrame(() => {
      foldPending = false;
      if (element.isConnected) fold();
    });
  };
  watchRoom(element, fold);
  return {
    element,
    show(key, lines, count) {
      if (key !== shownKey || count < shown) {
        clear(list);
        shownKey = key;
        shown = 0;
      }
      const upTo = Math.min(count, lines.length);
      for (; shown < upTo; shown += 1) {
        const line = lines[shown];
        if (line) list.append(lineItem(line));
      }
      list
        .querySelectorAll('.line[data-current]')
        .forEach((node) => node.removeAttribute('data-current'));
      list.lastElementChild?.setAttribute('data-current', 'true');
      // A line read on (the page is laid out already) folds at once; a transcript drawn
      // before it is attached (a deep link opens at the options) folds before its first paint.
      if (element.isConnected && !foldPending) fold();
      else foldInFrame();
    },
  };
}

/**
 * The transcript's room changes when the window does (a projector plugged in,
 * fullscreen) or the text size: fold again then. In the next frame, since a
 * fold resizes the very box observed.
 */
function watchRoom(element: HTMLElement, fold: () => void): void {
  if (typeof ResizeObserver === 'undefined') return;
  let pending = false;
  let width = -1;
  let height = -1;
  new ResizeObserver(() => {
    // Its own fold changes the box but not the room it has: nothing to redo then.
    const room = { width: element.offsetWidth, height: roomHeight(element) };
    if (pending || (room.width === width && room.height === height)) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      width = element.offsetWidth;
      height = roomHeight(element);
      if (element.isConnected) fold();
    });
  }).observe(element);
}

/** The height the transcript may take (its max-height in px), or Infinity when it may grow. */
function roomHeight(element: HTMLElement): number {
  const cap = parseFloat(getComputedStyle(element).maxHeight);
  return Number.isFinite(cap) ? cap : Infinity;
}

/**
 * While the options take the dialogue, the transcript has a capped height.
 * Scrolled to its newest line it would show the oldest one cut through the
 * middle, so the oldest lines that do not fit whole fold away (they were
 * read already), and the box holds whole lines only. The newest line always
 * stays whole: should it alone not fit, the cap gives way for it.
 */
function foldToFit(element: HTMLElement, list: HTMLElement): void {
  const lines = [...list.children];
  element.removeAttribute('data-overfull');
  for (const line of lines) line.removeAttribute('data-folded');
  const fits = () => element.scrollHeight <= element.clientHeight + 1;
  for (const line of lines.slice(0, -1)) {
    if (fits()) break;
    line.setAttribute('data-folded', 'true');
  }
  if (!fits()) element.setAttribute('data-overfull', 'true');
  list.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
}

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
      foldToFit(element, list);
    },
  };
}

/**
 * While the options take the dialogue, the transcript has a capped height.
 * Scrolled to its newest line it would show the oldest one cut through the
 * middle, so the oldest lines that do not fit whole fold away (they were
 * read already; the newest line always stays).
 */
function foldToFit(element: HTMLElement, list: HTMLElement): void {
  const lines = [...list.children];
  for (const line of lines) line.removeAttribute('data-folded');
  for (const line of lines.slice(0, -1)) {
    if (element.scrollHeight <= element.clientHeight + 1) break;
    line.setAttribute('data-folded', 'true');
  }
  list.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
}

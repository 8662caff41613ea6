/**
 * The debrief in presenter mode: the ending's rating, the scores, the trust
 * table and the chart are taken out of the DOM (not just covered) until the
 * facilitator reveals the scores with `H`; a link leads to the workshop summary.
 */
import type { App } from '../../app.ts';
import { button } from '../../dom.ts';
import { presenter } from './mode.ts';

/** What the debrief holds back: everything that rates the run or shows a number. */
const HELD_BACK = [
  '.rating',
  '.final-scores',
  '.moved',
  '.trust-table',
  '.chart-figure',
  '.chart',
  '.standing',
];

/** Call after rendering the debrief; returns a function that stops watching the settings. */
export function holdBackDebrief(app: App, debrief: HTMLElement): () => void {
  const held = HELD_BACK.flatMap((selector) => [
    ...debrief.querySelectorAll<HTMLElement>(selector),
  ]).filter((node, i, all) => !all.some((other, j) => j !== i && other.contains(node)));
  const marks = held.map((node, i) => {
    const mark = document.createElement('p');
    mark.className = 'held-back';
    mark.textContent = 'Held back until the facilitator reveals the scores (H).';
    // One notice per block is enough (the rating and the final scores share the ending's card).
    mark.hidden = held.slice(0, i).some((before) => before.parentElement === node.parentElement);
    return mark;
  });
  const toolbar = debrief.querySelector('.toolbar');
  const ending = debrief.querySelector<HTMLElement>('.ending');
  const rating = ending?.dataset.rating;
  const summary = button('Workshop summary', () => app.go({ screen: 'workshop' }));
  let watching = false;
  let stop = () => undefined as void;
  const apply = () => {
    // The debrief was replaced (rewind, another screen): stop listening.
    if (watching && !debrief.isConnected) return stop();
    const hide = presenter()?.active() === true && !app.settings.get().showScores;
    held.forEach((node, i) => {
      const mark = marks[i] as HTMLElement;
      if (hide && node.isConnected) node.replaceWith(mark);
      else if (!hide && mark.isConnected) mark.replaceWith(node);
    });
    debrief.dataset.scores = hide ? 'held-back' : 'shown';
    // The rating is also an attribute of the ending section: held back the same way.
    if (ending && rating) {
      if (hide) ending.removeAttribute('data-rating');
      else ending.setAttribute('data-rating', rating);
    }
    if (presenter()?.active() && toolbar && !summary.isConnected) toolbar.append(summary);
    if (!presenter()?.active()) summary.remove();
  };
  apply();
  const unsubscribeSettings = app.settings.subscribe(apply);
  const unsubscribePresenter = presenter()?.subscribe(apply);
  watching = true;
  stop = () => {
    unsubscribeSettings();
    unsubscribePresenter?.();
  };
  return stop;
}

/**
 * "Copy link": the full address of where the player is. When the clipboard
 * is refused, the link is shown selected in a field to copy by hand.
 */
import type { App } from '../app.ts';
import { button, el } from '../dom.ts';
import { copyText, linkTo } from './run-words.ts';

/** `hash` is read at click time, so a screen whose URL moves still copies where it is. */
export function copyLinkButton(app: App, hash: () => string, label: string): HTMLElement {
  const wrap = el('span', { class: 'copy-link' });
  const copy = button(
    'Copy link',
    () => {
      const url = linkTo(hash());
      void copyText(url).then((ok) => {
        if (ok) return app.announce('Link copied');
        const field = el('input', {
          type: 'text',
          readonly: true,
          value: url,
          'aria-label': label,
          class: 'link-field',
        });
        wrap.replaceChildren(copy, field);
        field.select();
        app.announce('Copying is blocked here; the link is selected, press Ctrl+C');
      });
    },
    { 'data-action': 'copy-link' },
  );
  wrap.append(copy);
  return wrap;
}

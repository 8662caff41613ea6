/**
 * The live room on the projector: the room code, a QR code of the join
 * address (drawn as SVG in the DOM from uqr's modules), the address itself and
 * how many have joined — large enough to read from the back of the room.
 * Text only through textContent (el() children).
 */
import { encode } from 'uqr';
import { el, svg } from '../dom.ts';
import { RECONNECTING_MESSAGE, type RoomState } from './room.ts';
import { addressWords, joinedWords, spacedCode } from './room-words.ts';

export { spacedCode };

/** The QR code of `text` as one SVG path, one unit per module, with a quiet zone. */
export function qrSvg(text: string, label: string): SVGElement {
  const { data, size } = encode(text, { border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const image = svg('svg', {
    class: 'live-qr',
    viewBox: `0 0 ${size} ${size}`,
    role: 'img',
    'aria-label': label,
    'shape-rendering': 'crispEdges',
  });
  image.append(
    svg('rect', { width: size, height: size, fill: '#fff' }),
    svg('path', { d: path, fill: '#000' }),
  );
  return image;
}

/** The projector's room panel for `state`; empty (hidden) until a room is open. */
export function roomPanel(state: RoomState, hide: () => void): HTMLElement {
  const panel = el('section', { class: 'live-room', 'aria-label': 'Live room' });
  if (state.status !== 'open') return Object.assign(panel, { hidden: true });
  const address = addressWords(state.joinUrl);
  panel.append(
    qrSvg(state.joinUrl, `QR code to join room ${spacedCode(state.code)}`),
    el(
      'div',
      { class: 'live-room-words' },
      el('p', { class: 'live-room-lead' }, 'Join from your phone'),
      el('p', { class: 'live-room-code', 'data-code': state.code }, spacedCode(state.code)),
      el('p', { class: 'live-room-address' }, address),
      el(
        'p',
        { class: 'live-room-count', role: 'status' },
        state.reconnecting ? RECONNECTING_MESSAGE : joinedWords(state.participants),
      ),
      el(
        'p',
        { class: 'presenter-hint' },
        'L shows or hides this panel · the vote opens with the options',
      ),
      el('button', { type: 'button', class: 'live-room-hide' }, 'Hide (L)'),
    ),
  );
  panel.querySelector('.live-room-hide')?.addEventListener('click', hide);
  return panel;
}

/**
 * The live room on the facilitator's own screen (the presenter view): the
 * code, the join address and who has joined, as the projected window's room
 * stands. Small, in a corner: the QR code is the projector's. Text only
 * through textContent (el() children).
 */
import { el } from '../../dom.ts';
import type { RoomState } from '../../live/room.ts';
import { addressWords, joinedWords, spacedCode } from '../../live/room-words.ts';

/** The panel for `state`; hidden until the projected window has a room open. */
export function facilitatorRoomPanel(state: RoomState | undefined): HTMLElement {
  const panel = el('section', { class: 'live-room-mirror', 'aria-label': 'Live room' });
  if (state?.status !== 'open') return Object.assign(panel, { hidden: true });
  panel.append(
    el(
      'p',
      { class: 'live-mirror-code', 'data-code': state.code },
      'Room ',
      spacedCode(state.code),
    ),
    el('p', { class: 'live-mirror-address' }, addressWords(state.joinUrl)),
    el('p', { class: 'live-mirror-count', role: 'status' }, joinedWords(state.participants)),
  );
  return panel;
}

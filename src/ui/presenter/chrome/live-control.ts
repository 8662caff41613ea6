/**
 * The presenter bar's live-room control: "Open live room" (or what to run
 * when no server answers), the room panel on the projector, and `L` to show
 * or hide that panel. The room itself is src/ui/live/room.ts.
 */
import '../../live/room.css';
import { presenterRoom } from '../../live/room.ts';
import type { RoomState } from '../../live/room.ts';
import { button, el } from '../../dom.ts';

export interface LiveControl {
  /** The bar's button and the status line beside it. */
  parts: HTMLElement[];
  render(presenterOn: boolean): void;
  togglePanel(): void;
}

export function createLiveControl(): LiveControl {
  const room = presenterRoom();
  let panelShown = true;
  let presenterOn = false;
  let panel = el('section', { class: 'live-room', hidden: true });
  document.body.append(panel);
  const status = el('span', { class: 'live-status', role: 'status' });
  const open = button('Open live room', () => {
    panelShown = true;
    void room.open(document.title || 'Make the Call');
    render(presenterOn);
  });

  // The QR encoder loads with the first open room, not with the game's first screen.
  let drawPanel: ((state: RoomState, hide: () => void) => HTMLElement) | undefined;
  let loading = false;
  const loadPanel = () =>
    !loading &&
    (loading = true) &&
    void import('../../live/room-panel.ts').then((module) => {
      drawPanel = module.roomPanel;
      render(presenterOn);
    });

  function render(on: boolean) {
    presenterOn = on;
    const state = room.state();
    open.textContent = state.status === 'open' ? `Live room ${state.code} (L)` : 'Open live room';
    open.disabled = state.status === 'probing';
    status.textContent = state.message;
    status.dataset.status = state.status;
    if (state.status === 'open' && !drawPanel) loadPanel();
    const next = drawPanel
      ? drawPanel(state, () => control.togglePanel())
      : el('section', { class: 'live-room' });
    next.hidden = next.hidden || !drawPanel || !on || !panelShown;
    panel.replaceWith(next);
    panel = next;
  }
  const control: LiveControl = {
    parts: [open, status],
    render,
    togglePanel() {
      if (room.isOpen()) panelShown = !panelShown;
      render(presenterOn);
    },
  };
  room.subscribe(() => render(presenterOn));
  return control;
}

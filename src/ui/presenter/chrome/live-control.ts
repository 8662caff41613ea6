/**
 * The presenter bar's live-room control: "Open live room" (or what to run
 * when no server answers), the room panel on the projector, and `L` to show
 * or hide that panel. The projected window holds the room (src/ui/live/room.ts):
 * it goes back to the room it opened on its own after a reload, and tells the
 * presenter view where the room stands; there the same control shows the room
 * for the facilitator and sends its clicks to the projected window.
 */
import '../../live/room.css';
import { presenterRoom } from '../../live/room.ts';
import type { RoomState } from '../../live/room.ts';
import { button, el } from '../../dom.ts';
import type { RoomLink } from '../view-sync/channel.ts';
import { facilitatorRoomPanel } from './live-mirror.ts';

export interface LiveControl {
  /** The bar's button and the status line beside it. */
  parts: HTMLElement[];
  render(presenterOn: boolean): void;
  togglePanel(): void;
}

/** What the control needs of the page: the link between the windows and the facilitator's notices. */
export interface LiveControlHost {
  presenterView: boolean;
  link: RoomLink;
  notify(message: string): void;
}

const NO_PROJECTOR = 'Open the meeting in the projected window first: the live room opens there.';

const buttonWords = (state: RoomState | undefined) =>
  state?.status === 'open' ? `Live room ${state.code} (L)` : 'Open live room';

export function createLiveControl(host: LiveControlHost): LiveControl {
  return host.presenterView ? mirrorControl(host) : projectedControl(host);
}

/** The projected window: the room itself, its QR panel, and the resume after a reload. */
function projectedControl(host: LiveControlHost): LiveControl {
  const room = presenterRoom();
  let panelShown = true;
  let presenterOn = false;
  let resumeTried = false;
  let panel = el('section', { class: 'live-room', hidden: true });
  document.body.append(panel);
  const status = el('span', { class: 'live-status', role: 'status' });
  const openRoom = () => {
    panelShown = true;
    void room.open(document.title || 'Make the Call');
    render(presenterOn);
  };
  const open = button('Open live room', openRoom);

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

  /** Once presenter mode is on, back to the room this browser opened, if it opened one. */
  const resume = () => {
    resumeTried = true;
    void room.resumeSaved().then((outcome) => {
      if (outcome.kind === 'resumed') host.notify(`Live room ${outcome.code} resumed`);
      else if (outcome.kind !== 'none') host.notify(outcome.message);
    });
  };

  function render(on: boolean) {
    presenterOn = on;
    if (on && !resumeTried) resume();
    const state = room.state();
    open.textContent = buttonWords(state);
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
  room.subscribe(() => {
    render(presenterOn);
    host.link.share(room.state());
  });
  host.link.onCommand((command) => {
    if (command.kind === 'open') openRoom();
    else if (command.kind === 'toggle-panel') control.togglePanel();
    else if (command.kind === 'toggle-tally' && room.isOpen()) room.toggleTally();
  });
  host.link.share(room.state());
  // A closed or reloading projector holds no room until it says so again.
  window.addEventListener('pagehide', () => host.link.share({ ...room.state(), status: 'idle' }));
  return control;
}

/**
 * The presenter view: the room as the projected window holds it — code, join
 * address, who joined — and a button that asks that window to open it. No
 * socket of its own: one controller per room, and the projector's panel and
 * the phones stay in step with the one window that talks to the server.
 */
function mirrorControl(host: LiveControlHost): LiveControl {
  const status = el('span', { class: 'live-status', role: 'status' });
  let hint = '';
  const open = button('Open live room', () => {
    const remote = host.link.remote();
    // Nothing heard from a projected window: nobody there to open the room.
    hint = remote ? '' : NO_PROJECTOR;
    if (remote) host.link.send({ kind: remote.status === 'open' ? 'toggle-panel' : 'open' });
    render(shown);
  });
  let shown = false;
  let panel = el('section', { class: 'live-room-mirror', hidden: true });
  document.body.append(panel);
  const render = (on: boolean) => {
    shown = on;
    const state = host.link.remote();
    if (state) hint = '';
    open.textContent = buttonWords(state);
    open.disabled = state?.status === 'probing';
    status.textContent = hint || state?.message || '';
    status.dataset.status = state?.status ?? 'idle';
    const next = facilitatorRoomPanel(state);
    next.hidden = next.hidden || !on;
    panel.replaceWith(next);
    panel = next;
    makeRoom();
  };
  // The notes column starts below the panel, however many lines its address takes.
  const makeRoom = () => {
    const height = panel.hidden ? 0 : panel.getBoundingClientRect().height;
    document.documentElement.style.setProperty('--live-mirror-height', `${height}px`);
  };
  window.addEventListener('resize', makeRoom);
  return {
    parts: [open, status],
    render,
    togglePanel: () => host.link.send({ kind: 'toggle-panel' }),
  };
}

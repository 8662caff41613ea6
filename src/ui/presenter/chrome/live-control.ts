/**
 * The presenter bar's live-room control: "Open live room" (or what to run
 * when no server answers), the room panel on the projector, and `L` to show
 * or hide that panel. The projected window holds the room (src/ui/live/room.ts):
 * it goes back to the room it opened on its own after a reload, and tells the
 * presenter view where the room stands; there the same control shows the room
 * for the facilitator and sends its clicks to the projected window.
 */
import '../../live/room.css';
import { CURRENT_KEY, presenterRoom, storage } from '../../live/room.ts';
import type { RoomState } from '../../live/room.ts';
import { button, el } from '../../dom.ts';
import type { RoomCommand, SyncBody, SyncMessage } from '../view-sync/channel.ts';
import { deciders, redraws, setRoomLink } from '../view-sync/room-link.ts';
import { facilitatorRoomPanel } from './live-mirror.ts';

export interface LiveControl {
  /** The bar's button and the status line beside it. */
  parts: HTMLElement[];
  render(presenterOn: boolean): void;
  togglePanel(): void;
}

/** What the control needs of the page: the channel between the windows and the facilitator's notices. */
export interface LiveControlHost {
  presenterView: boolean;
  post(message: SyncBody): void;
  listen(listener: (message: SyncMessage) => void): () => void;
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
    // The socket client loads only when this browser has a room to go back to.
    if (!storage.getItem(CURRENT_KEY)) return;
    void import('../../live/room-resume.ts').then(async ({ resumeSaved }) => {
      const outcome = await resumeSaved(room);
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
  // The presenter view shows this room and sends what the facilitator does there.
  const share = (state = room.state()) => host.post({ type: 'room', state });
  room.subscribe(() => {
    render(presenterOn);
    share();
  });
  const act = (command: RoomCommand) => {
    if (command.kind === 'open') openRoom();
    else if (command.kind === 'toggle-panel') control.togglePanel();
    else if (command.kind === 'toggle-tally' && room.isOpen()) room.toggleTally();
    else if (command.kind === 'decide')
      for (const decide of deciders) decide(command.decisionId, command.decision);
  };
  host.listen((message) => {
    if (message.type === 'hello' || message.type === 'room-hello') share();
    else if (message.type === 'room-command') act(message.command);
  });
  share();
  // A closed or reloading projector holds no room until it says so again.
  window.addEventListener('pagehide', () => share({ ...room.state(), status: 'idle' }));
  return control;
}

/**
 * The presenter view: the room as the projected window holds it — code, join
 * address, who joined — and a button that asks that window to open it. No
 * socket of its own: one controller per room, and the projector's panel and
 * the phones stay in step with the one window that talks to the server.
 */
function mirrorControl(host: LiveControlHost): LiveControl {
  let remote: RoomState | undefined;
  const send = (command: RoomCommand) => host.post({ type: 'room-command', command });
  const voting = (decisionId: string) =>
    remote?.status === 'open' && remote.decisionId === decisionId ? remote : undefined;
  // The meeting here shows the projected window's vote and sends its decision there.
  setRoomLink({
    tally: voting,
    forward(command) {
      if (!voting(command.decisionId)) return false;
      send(command);
      return true;
    },
  });
  const status = el('span', { class: 'live-status', role: 'status' });
  let hint = '';
  let shown = false;
  const open = button('Open live room', () => {
    // Nothing heard from a projected window: nobody there to open the room.
    hint = remote ? '' : NO_PROJECTOR;
    if (remote) send({ kind: remote.status === 'open' ? 'toggle-panel' : 'open' });
    render(shown);
  });
  let panel = el('section', { class: 'live-room-mirror', hidden: true });
  document.body.append(panel);
  const render = (on: boolean) => {
    shown = on;
    if (remote) hint = '';
    open.textContent = buttonWords(remote);
    open.disabled = remote?.status === 'probing';
    status.textContent = hint || remote?.message || '';
    status.dataset.status = remote?.status ?? 'idle';
    const next = facilitatorRoomPanel(remote);
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
  host.listen((message) => {
    if (message.type !== 'room') return;
    remote = message.state;
    render(shown);
    for (const redraw of redraws) redraw();
  });
  host.post({ type: 'room-hello' });
  return {
    parts: [open, status],
    render,
    togglePanel: () => send({ kind: 'toggle-panel' }),
  };
}

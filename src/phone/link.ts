/**
 * The phone's link to its room: one Socket.IO connection that joins (and
 * rejoins after every drop) with the participant token kept in localStorage,
 * so a phone that comes back is the same participant with the same vote. A
 * vote made while offline is kept and sent once the room answers again.
 */
import { Wire } from '../wire/socket.ts';
import { REPLIES, SERVER_EVENTS, type RoomView } from '../live/index.ts';

export type LinkStatus = 'connecting' | 'joined' | 'offline';

export interface PhoneState {
  status: LinkStatus;
  view?: RoomView;
  /** The vote the server has stored for the open decision. */
  stored?: { decisionId: string; optionId: string; reason?: string };
  /** The vote the participant last chose, sent or still waiting to be sent. */
  wanted?: { decisionId: string; optionId: string };
  /** A message for the participant: why something was refused, or what is happening. */
  notice?: string;
  /** True when the room is gone (deleted or expired): nothing more will come. */
  gone?: boolean;
}

export interface Link {
  vote(optionId: string): void;
  close(): void;
  reason(text: string): Promise<boolean>;
}

const ACK_MS = 8000;
const RETRY_MS = 2000;

function kept(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function keep(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or a full storage: the phone still votes, it just cannot resume after a reload.
  }
}

/** Joins room `code` and calls `render` with every change of state. */
export function openLink(
  code: string,
  nickname: string,
  render: (state: PhoneState) => void,
): Link {
  const tokenKey = `make-the-call.live.${code}.token`;
  let state: PhoneState = { status: 'connecting' };
  const set = (change: Partial<PhoneState>) => render((state = { ...state, ...change }));
  const socket = new Wire({ reconnectionDelayMax: 4000 });

  async function join(): Promise<void> {
    const token = kept(tokenKey);
    const raw = await socket.request(
      'room:join',
      { code, ...(token ? { token } : {}), ...(nickname ? { nickname } : {}) },
      ACK_MS,
    );
    const reply = REPLIES['room:join'].safeParse(raw);
    if (!reply.success) {
      // Connected but unanswered (a server still starting): ask again; a drop rejoins by itself.
      if (socket.connected) setTimeout(() => socket.connected && void join(), RETRY_MS);
      return set({ notice: 'The room did not answer; retrying…' });
    }
    if (!reply.data.ok)
      return set({
        notice: reply.data.error.message,
        gone: reply.data.error.code === 'UNKNOWN_ROOM' || reply.data.error.code === 'ROOM_FULL',
      });
    keep(tokenKey, reply.data.token);
    set({ status: 'joined', view: reply.data.state, stored: reply.data.vote, notice: undefined });
    const { wanted, stored } = state;
    if (
      wanted &&
      wanted.decisionId === reply.data.state.decision?.id &&
      wanted.optionId !== stored?.optionId
    ) {
      void sendVote();
    }
  }

  async function sendVote(): Promise<void> {
    const wanted = state.wanted;
    if (!wanted || state.status !== 'joined') return;
    const raw = await socket.request('vote:cast', { code, ...wanted }, ACK_MS);
    const reply = REPLIES['vote:cast'].safeParse(raw);
    if (!reply.success)
      return set({ notice: 'Not sent yet: your vote goes out when the connection is back.' });
    if (!reply.data.ok) return set({ notice: reply.data.error.message, wanted: undefined });
    if (state.wanted?.optionId === reply.data.optionId) {
      const reason =
        state.stored?.decisionId === reply.data.decisionId ? state.stored.reason : undefined;
      set({
        stored: {
          decisionId: reply.data.decisionId,
          optionId: reply.data.optionId,
          ...(reason ? { reason } : {}),
        },
        notice: undefined,
      });
    }
  }

  socket.on('connect', () => void join());
  socket.on('disconnect', () => set({ status: 'offline' }));
  // The link retries by itself; the status line says so, without the transport's jargon.
  socket.on('connect_error', () => set({ status: 'offline' }));
  socket.on('live:state', (raw: unknown) => {
    const view = SERVER_EVENTS['live:state'].safeParse(raw);
    if (!view.success || view.data.code !== code) return;
    const sameDecision = view.data.decision?.id === state.view?.decision?.id;
    set(
      sameDecision
        ? { view: view.data }
        : { view: view.data, stored: undefined, wanted: undefined },
    );
  });
  socket.on('live:deleted', () => {
    set({ gone: true, notice: 'The facilitator has closed this room.' });
    socket.close();
  });

  return {
    close: () => socket.close(),
    vote(optionId) {
      const decisionId = state.view?.decision?.id;
      if (!decisionId || state.view?.phase !== 'voting') return;
      set({ wanted: { decisionId, optionId } });
      void sendVote();
    },
    async reason(text) {
      const decisionId = state.stored?.decisionId;
      if (!decisionId) return false;
      const raw = await socket.request('vote:reason', { code, decisionId, reason: text }, ACK_MS);
      const reply = REPLIES['vote:reason'].safeParse(raw);
      if (!reply.success) return (set({ notice: 'The reason was not sent: try again.' }), false);
      if (!reply.data.ok) return (set({ notice: reply.data.error.message }), false);
      if (state.stored) set({ stored: { ...state.stored, reason: text }, notice: undefined });
      return true;
    },
  };
}

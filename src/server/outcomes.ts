/**
 * What a handler of the room service hands back to the socket layer: the
 * reply to send, and what else must happen (tell the room, subscribe the
 * sender, refresh the facilitator's tally). Keeping these as data lets the
 * service be tested without a socket.
 */
import type { ErrorCode, LiveError, RoomView } from '../live/index.ts';
import type { Stage, StoredRoom } from './store.ts';

export interface Effects {
  /** Send this view to everyone in the room. */
  broadcast?: RoomView;
  /** The facilitator's tally may have changed. */
  tally?: boolean;
  /** Put the sender in the room's channel (as a participant or the facilitator). */
  subscribe?: { code: string; control: boolean; token?: string };
  /** The room is gone: tell everyone and drop them. */
  deleted?: string;
}

export type Outcome =
  | { reply: { ok: true } & Record<string, unknown>; effects?: Effects }
  | { reply: { ok: false; error: LiveError }; effects?: undefined };

/** A refusal with a message a person can act on. */
export function refuse(code: ErrorCode, message: string): Outcome {
  return { reply: { ok: false, error: { code, message } } };
}

export function accept(fields: Record<string, unknown>, effects?: Effects): Outcome {
  return effects ? { reply: { ok: true, ...fields }, effects } : { reply: { ok: true, ...fields } };
}

/** The room as phones see it: its stage, no counts. */
export function viewOf(room: Pick<StoredRoom, 'code' | 'title'>, stage: Stage): RoomView {
  return { code: room.code, title: room.title, ...stage };
}

export const UNKNOWN_ROOM = (code: string): Outcome =>
  refuse(
    'UNKNOWN_ROOM',
    `There is no live room ${code}: check the code on the screen (rooms close after a day).`,
  );

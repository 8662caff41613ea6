/**
 * Phones and facilitators for the live-room tests, in Node, against a real
 * server on 127.0.0.1: raw phones are socket.io-client's (any client a phone
 * may bring), the facilitator is the game's own, over `ws`.
 */
import { io, type Socket } from 'socket.io-client';
import { WebSocket } from 'ws';
import { LiveClient } from '../../../src/ui/live/live-client.ts';
import type { Decision } from '../../../src/live/index.ts';

export const DECISION: Decision = {
  id: 'expedite',
  prompt: 'Ask the room: ship the feature now or wait for the design review?',
  options: [
    { id: 'wait-review', text: 'Wait for the design review' },
    { id: 'ship-now', text: 'Ship it now' },
  ],
};

/** A raw phone connection, for sending exactly what a test wants. */
export function rawSocket(url: string): Socket {
  return io(url, { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
}

/** A reply as a test reads it: any of the protocol's replies. */
export interface LiveReply {
  ok: boolean;
  token?: string;
  error?: { code: string; message: string };
  [field: string]: unknown;
}

/** Emits `event` and resolves with the server's reply (bounded). */
export function ask(socket: Socket, event: string, message: unknown): Promise<LiveReply> {
  return socket.timeout(5000).emitWithAck(event, message);
}

/** A phone that has joined room `code`; its token is on `token`. */
export async function joinedPhone(url: string, code: string, nickname = '') {
  const socket = rawSocket(url);
  const reply = await ask(socket, 'room:join', { code, ...(nickname ? { nickname } : {}) });
  if (!reply.ok) throw new Error(reply.error?.message);
  return { socket, token: reply.token as string };
}

export function facilitator(url: string): LiveClient {
  return new LiveClient({ url, timeoutMs: 5000, WebSocket });
}

/** Waits until `check()` holds, polling every 50 ms for at most `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

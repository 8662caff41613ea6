/**
 * The live room on a Socket.IO server: every inbound event goes through the
 * same gate (rate limits, size cap, schema) before the room service sees it;
 * a refused message gets its reply and a `live:error` event, and changes
 * nothing. A room's messages are handled one after another in the order they
 * arrived, each with its reply and broadcast, so phones see the room's changes
 * in the order they were made. Tallies go to the facilitator at most every
 * TALLY_EVERY_MS per room.
 */
import type { Server, Socket } from 'socket.io';
import {
  CLIENT_MESSAGES,
  MAX_MESSAGE_CHARS,
  isClientEvent,
  type ClientEvent,
  type LiveError,
} from '../live/index.ts';
import type { LiveConfig } from './config.ts';
import { refuse, type Effects, type Outcome } from './outcomes.ts';
import { RateLimiter } from './rate-limit.ts';
import type { RoomService } from './service.ts';

/** Coalescing window of tally updates: 2,000 votes in a second become ~40 messages, not 2,000. */
const TALLY_EVERY_MS = 25;

interface SocketData {
  address: string;
  /** Room code → this connection's participant token. */
  tokens: Record<string, string>;
}

type Handler = (socket: Socket, message: never) => Promise<Outcome>;

/** Wires `service` to `io`; `joinBase(host)` is the address phones open, for a Host header. */
export function attachLiveRoom(
  io: Server,
  service: RoomService,
  config: Pick<LiveConfig, 'perConnection' | 'perAddress' | 'joinsPerAddress'>,
  joinBase: (host: string | undefined) => string,
): void {
  const perConnection = new RateLimiter(config.perConnection);
  const perAddress = new RateLimiter(config.perAddress);
  const joins = new RateLimiter(config.joinsPerAddress);
  const tallies = new TallyBroadcaster(io, service);
  const queues = new Queues();
  const tokenOf = (socket: Socket, code: string) => (socket.data as SocketData).tokens[code];
  const hostOf = (socket: Socket) => joinBase(socket.handshake.headers.host);
  const handlers: Record<ClientEvent, Handler> = {
    'room:create': (s, m) => service.create(m, hostOf(s)),
    'room:control': (s, m) => service.control(m, hostOf(s)),
    'room:join': (_s, m) => service.join(m),
    'vote:cast': (s, m: { code: string }) => service.vote(m as never, tokenOf(s, m.code)),
    'vote:reason': (s, m: { code: string }) => service.reason(m as never, tokenOf(s, m.code)),
    'vote:open': (_s, m) => service.open(m),
    'vote:close': (_s, m) => service.close(m),
    'vote:reveal': (_s, m) => service.reveal(m),
    'room:advance': (_s, m) => service.advance(m),
    'room:end': (_s, m) => service.end(m),
    'room:delete': (_s, m) => service.remove(m),
  };

  /** The gate every message passes; undefined when it may go on. */
  function gate(socket: Socket, event: string, payload: unknown): Outcome | undefined {
    const { address } = socket.data as SocketData;
    if (!perConnection.take(socket.id) || !perAddress.take(address)) {
      return refuse('RATE_LIMITED', 'Too many messages: wait a moment and try again.');
    }
    if ((event === 'room:join' || event === 'room:create') && !joins.take(address)) {
      return refuse('RATE_LIMITED', 'Too many joins from this address: wait a moment.');
    }
    if (!isClientEvent(event))
      return refuse('UNKNOWN_EVENT', `"${event.slice(0, 40)}" is not a live-room message.`);
    let size = Infinity;
    try {
      size = JSON.stringify(payload ?? null).length;
    } catch {
      // A payload JSON cannot write is as good as too large.
    }
    if (size > MAX_MESSAGE_CHARS)
      return refuse('TOO_LARGE', `Messages are limited to ${MAX_MESSAGE_CHARS} characters.`);
    return undefined;
  }

  io.on('connection', (socket) => {
    socket.data = { address: socket.handshake.address, tokens: {} } satisfies SocketData;
    socket.on('disconnect', () => perConnection.forget(socket.id));
    socket.onAny((event: string, ...args: unknown[]) => {
      const ack =
        typeof args.at(-1) === 'function' ? (args.pop() as (reply: unknown) => void) : undefined;
      const sent = args[0] as { code?: unknown } | undefined;
      const messageCode = typeof sent?.code === 'string' ? sent.code : undefined;
      void queues.run(queueOf(socket, event, messageCode), async () => {
        const outcome = await handle(socket, event, args[0]);
        const { reply } = outcome;
        if (!reply.ok)
          socket.emit('live:error', {
            ...reply.error,
            event: event.slice(0, 40),
          } satisfies LiveError);
        ack?.(reply);
        // A vote's effects name no room of their own: the message's (validated) code is the room.
        if (outcome.effects) apply(socket, outcome.effects, messageCode);
      });
    });
  });

  /**
   * Which queue a message waits in. Whatever reads or changes the room's stage
   * (a join, the facilitator's requests) waits for the room's earlier messages,
   * so a reply or broadcast never goes out before an older one: otherwise the
   * next vote, sent right after "next scene", could be broadcast first and the
   * phones left in the lobby of a room that is voting, or a phone that joins
   * miss the vote that opened meanwhile. Votes and reasons change no stage and
   * the store checks them on its own: they keep only their phone's order, so a
   * room's votes are not made to wait for each other.
   */
  function queueOf(socket: Socket, event: string, code: string | undefined): string {
    if (event === 'vote:cast' || event === 'vote:reason' || !code) return `socket:${socket.id}`;
    return `room:${code.slice(0, 16)}`;
  }

  async function handle(socket: Socket, event: string, payload: unknown): Promise<Outcome> {
    const refused = gate(socket, event, payload);
    if (refused || !isClientEvent(event))
      return refused ?? refuse('UNKNOWN_EVENT', 'Unknown message.');
    const parsed = CLIENT_MESSAGES[event].safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'message';
      return refuse(
        'BAD_MESSAGE',
        `${event}: ${where} is not valid (${issue?.message ?? 'wrong shape'}).`,
      );
    }
    try {
      return await handlers[event](socket, parsed.data as never);
    } catch (error) {
      console.error(`live room: ${event} failed:`, error);
      return refuse('SERVER_ERROR', 'The server could not store that; try again in a moment.');
    }
  }

  function apply(socket: Socket, effects: Effects, messageCode?: string): void {
    if (effects.subscribe) {
      const { code, control, token } = effects.subscribe;
      void socket.join(control ? [`room:${code}`, `control:${code}`] : `room:${code}`);
      if (token) (socket.data as SocketData).tokens[code] = token;
    }
    const code =
      effects.broadcast?.code ?? effects.subscribe?.code ?? effects.deleted ?? messageCode;
    if (effects.broadcast)
      io.to(`room:${effects.broadcast.code}`).emit('live:state', effects.broadcast);
    if (effects.deleted) {
      io.to(`room:${effects.deleted}`).emit('live:deleted', { code: effects.deleted });
      io.in(`room:${effects.deleted}`).socketsLeave(`room:${effects.deleted}`);
    } else if (effects.tally && code) tallies.schedule(code);
  }
}

/** Runs the work given for each key one after another, in the order it was given. */
class Queues {
  private readonly tails = new Map<string, Promise<void>>();

  run(key: string, work: () => Promise<void>): Promise<void> {
    const done = (this.tails.get(key) ?? Promise.resolve()).then(work).catch((error: unknown) => {
      console.error('live room: a message failed:', error);
    });
    this.tails.set(key, done);
    // The last in line removes its queue, so idle rooms and closed sockets leave nothing behind.
    void done.then(() => this.tails.get(key) === done && this.tails.delete(key));
    return done;
  }
}

/** Sends each room's tally to its facilitator, coalescing bursts of votes. */
class TallyBroadcaster {
  private readonly pending = new Set<string>();

  constructor(
    private readonly io: Server,
    private readonly service: RoomService,
  ) {}

  schedule(code: string): void {
    if (this.pending.has(code)) return;
    this.pending.add(code);
    setTimeout(() => void this.send(code), TALLY_EVERY_MS);
  }

  private async send(code: string): Promise<void> {
    this.pending.delete(code);
    try {
      const room = await this.service.store.getRoom(code, Date.now());
      if (room) this.io.to(`control:${code}`).emit('live:tally', await this.service.tally(room));
    } catch (error) {
      console.error('live room: tally failed:', error);
    }
  }
}

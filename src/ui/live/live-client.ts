/**
 * The facilitator's side of a live room, for presenter mode to call: create a
 * room (its secret kept in the given storage, so a reopened tab resumes
 * control), open a decision's vote with the options in the order shown, follow
 * the tally, close with the majority or an override, reveal, advance, end,
 * delete. Every reply is checked against the protocol's schemas.
 */
import { Wire, type WebSocketConstructor } from '../../wire/socket.ts';
import {
  REPLIES,
  SERVER_EVENTS,
  type Accepted,
  type Decision,
  type Ending,
  type LiveError,
  type RoomView,
  type Tally,
  type VoteEvent,
} from '../../live/index.ts';

type Event = keyof typeof REPLIES;

/** A refusal from the server (or no answer), with its code and message for the screen. */
export class LiveRoomError extends Error {
  constructor(readonly error: LiveError) {
    super(error.message);
  }
}

/** Where the client keeps each room's secret; localStorage in a browser. */
export interface SecretStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LiveClientOptions {
  /** The server's address; the page's own origin when left out. */
  url?: string;
  storage?: SecretStorage;
  /** How long to wait for each reply. */
  timeoutMs?: number;
  /** The WebSocket to use (Node's tests pass `ws`); the browser's when left out. */
  WebSocket?: WebSocketConstructor;
}

const RETRY_MS = 2000;

const secretKey = (code: string) => `make-the-call.live.${code}.secret`;

/** The facilitator's link to the server: lost, back (control taken again), or refused on return. */
export type ConnectionChange = { connected: false } | { connected: true; refused?: LiveError };

/** One facilitator connection to one live room. */
export class LiveClient {
  private readonly socket: Wire;
  private code = '';
  private secret = '';
  private readonly tallyListeners = new Set<(tally: Tally) => void>();
  private readonly connectionListeners = new Set<(change: ConnectionChange) => void>();
  private last = { decisionId: '', version: -1 };
  /** The room's join address, for the QR code and the projector. */
  joinUrl = '';

  constructor(private readonly options: LiveClientOptions = {}) {
    this.socket = new Wire({
      ...(options.url ? { url: options.url } : {}),
      ...(options.WebSocket ? { WebSocket: options.WebSocket } : {}),
    });
    this.socket.on('live:tally', (raw: unknown) => {
      const tally = SERVER_EVENTS['live:tally'].safeParse(raw);
      // Tallies from two server processes can cross: keep only the newest.
      if (!tally.success || tally.data.code !== this.code) return;
      const decisionId = tally.data.decisionId ?? '';
      if (decisionId === this.last.decisionId && tally.data.version < this.last.version) return;
      this.last = { decisionId, version: tally.data.version };
      for (const listener of this.tallyListeners) listener(tally.data);
    });
    this.socket.on('disconnect', () => {
      if (this.secret) this.tell({ connected: false });
    });
    // After a drop (or a server restart) take control again; the server forgot this connection.
    this.socket.on('reconnect', () => this.retakeControl());
  }

  private retakeControl(): void {
    if (!this.secret) return;
    this.send('room:control', this.control()).then(
      (resumed) => {
        this.tell({ connected: true });
        this.tallyListeners.forEach((listener) => listener(resumed.tally));
      },
      (error: unknown) => {
        // A refusal (the room is gone) is final; no answer is asked again, or by the next reconnect.
        if (error instanceof LiveRoomError && error.error.code !== 'SERVER_ERROR')
          this.tell({ connected: true, refused: error.error });
        else if (this.socket.connected) setTimeout(() => this.retakeControl(), RETRY_MS);
      },
    );
  }

  private tell(change: ConnectionChange): void {
    for (const listener of this.connectionListeners) listener(change);
  }

  private async send<E extends Event>(event: E, message: object): Promise<Accepted<E>> {
    const raw = await this.socket.request(event, message, this.options.timeoutMs ?? 10_000);
    const reply = REPLIES[event].safeParse(raw);
    if (!reply.success) {
      throw new LiveRoomError({
        code: 'SERVER_ERROR',
        message: 'The live room did not answer.',
        event,
      });
    }
    if (!reply.data.ok) throw new LiveRoomError(reply.data.error);
    return reply.data as Accepted<E>;
  }

  private control() {
    return { code: this.code, secret: this.secret };
  }

  /** Creates a room titled `title` and takes control of it. */
  async createRoom(title: string): Promise<{ code: string; secret: string; joinUrl: string }> {
    const created = await this.send('room:create', { title });
    [this.code, this.secret, this.joinUrl] = [created.code, created.secret, created.joinUrl];
    this.options.storage?.setItem(secretKey(created.code), created.secret);
    return { code: created.code, secret: created.secret, joinUrl: created.joinUrl };
  }

  /** Takes control of room `code` again with the secret kept in storage (or given). */
  async resume(
    code: string,
    secret = this.options.storage?.getItem(secretKey(code)) ?? '',
  ): Promise<{ state: RoomView; tally: Tally }> {
    [this.code, this.secret] = [code, secret];
    const resumed = await this.send('room:control', this.control());
    this.joinUrl = resumed.joinUrl;
    return { state: resumed.state, tally: resumed.tally };
  }

  /** Calls `listener` when the link to the room drops and when control is back. */
  onConnection(listener: (change: ConnectionChange) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  /** Calls `listener` with every newer tally; returns the unsubscribe function. */
  onTally(listener: (tally: Tally) => void): () => void {
    this.tallyListeners.add(listener);
    return () => this.tallyListeners.delete(listener);
  }

  async openVote(decision: Decision): Promise<RoomView> {
    return (await this.send('vote:open', { ...this.control(), decision })).state;
  }

  /** Closes the vote: the override when given, else the majority (a tie goes to the option shown first). */
  async closeVote(
    decisionId: string,
    chosenOptionId?: string,
  ): Promise<{ state: RoomView; tally: Tally; events: VoteEvent[] }> {
    const closed = await this.send('vote:close', {
      ...this.control(),
      decisionId,
      ...(chosenOptionId ? { chosenOptionId } : {}),
    });
    return { state: closed.state, tally: closed.tally, events: closed.events ?? [] };
  }

  async reveal(decisionId: string, consequence: string): Promise<RoomView> {
    return (await this.send('vote:reveal', { ...this.control(), decisionId, consequence })).state;
  }

  async advance(): Promise<RoomView> {
    return (await this.send('room:advance', this.control())).state;
  }

  async end(ending: Ending): Promise<RoomView> {
    return (await this.send('room:end', { ...this.control(), ending })).state;
  }

  /** Deletes the room and everything in it; its secret is forgotten. */
  async deleteRoom(): Promise<void> {
    await this.send('room:delete', this.control());
    this.options.storage?.removeItem(secretKey(this.code));
  }

  close(): void {
    this.socket.close();
  }
}

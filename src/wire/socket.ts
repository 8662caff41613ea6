/**
 * The pages' link to the live room: a small client of the Socket.IO protocol
 * (Engine.IO 4, Socket.IO 5, the default namespace, JSON only) over one
 * WebSocket. It does what the facilitator and the phone ask of it and no more:
 * named events both ways, requests that wait (bounded) for the server's reply,
 * sends kept while offline, reconnection with backoff, the server's heartbeat,
 * and the server's connection-state recovery. socket.io-client does all this
 * and long-polling too, at ten times the size; every browser we serve has
 * WebSocket. The server is the same Socket.IO server either way.
 */

/**
 * What the client needs of a WebSocket: the browser's, or `ws` in Node. The
 * handlers take `never` so that either one's own event types fit.
 */
export interface WebSocketLike {
  readonly readyState: number;
  onmessage: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
  send(data: string): void;
  close(): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface WireOptions {
  /** The server's address (`http(s)://host:port`); the page's own origin when left out. */
  url?: string;
  /** The longest wait between reconnection attempts. */
  reconnectionDelayMax?: number;
  /** The WebSocket to use; the global one when left out. */
  WebSocket?: WebSocketConstructor;
}

/** The link's own events; any other name is an event from the server. */
export type WireEvent = 'connect' | 'reconnect' | 'disconnect' | 'connect_error';

type Listener = (...args: unknown[]) => void;

const OPEN = 1;
const FIRST_DELAY_MS = 1000;
const CONNECT_TIMEOUT_MS = 20_000;

/** The Socket.IO address of `url` (or of the page) as a WebSocket URL. */
export function socketUrl(url?: string): string {
  const base = new URL(url ?? globalThis.location.href);
  const scheme = base.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${base.host}/socket.io/?EIO=4&transport=websocket`;
}

/** Socket.IO packet types this client speaks. */
const CONNECT = '0';
const DISCONNECT = '1';
const EVENT = '2';
const ACK = '3';
const CONNECT_ERROR = '4';

export class Wire {
  /** True while the room's namespace is connected (not merely the WebSocket open). */
  connected = false;
  private ws: WebSocketLike | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly waiting = new Map<number, (reply: unknown) => void>();
  /** Packets sent while offline, in order, sent once connected. */
  private queue: { text: string }[] = [];
  private nextId = 0;
  private attempts = 0;
  private everConnected = false;
  private closed = false;
  private heartbeat: ReturnType<typeof setTimeout> | undefined;
  /** The server's ping interval plus its timeout, from its open packet. */
  private heartbeatMs = 45_000;
  private retry: ReturnType<typeof setTimeout> | undefined;
  /** Connection-state recovery: the server's session id and the last event offset seen. */
  private recovery: { pid: string; offset?: string } | undefined;
  private readonly url: string;
  private readonly Socket: WebSocketConstructor;
  private readonly offline = () => this.lost(this.ws);

  constructor(private readonly options: WireOptions = {}) {
    this.url = socketUrl(options.url);
    const Socket = options.WebSocket ?? (globalThis.WebSocket as WebSocketConstructor | undefined);
    if (!Socket) throw new Error('This browser has no WebSocket: the live room needs one.');
    this.Socket = Socket;
    // A laptop that loses its network says so at once; the heartbeat would take 45 s.
    globalThis.addEventListener?.('offline', this.offline);
    this.open();
  }

  on(event: WireEvent | (string & {}), listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set.add(listener));
    return this;
  }

  /**
   * Sends `event` with `message` and resolves with the server's reply, or with
   * undefined when none came within `timeoutMs` (sent now, or on reconnection).
   */
  request(event: string, message: unknown, timeoutMs: number): Promise<unknown> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      const packet = { text: `${EVENT}${id}${JSON.stringify([event, message])}` };
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        this.queue = this.queue.filter((kept) => kept !== packet);
        resolve(undefined);
      }, timeoutMs);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(reply);
      });
      this.send(packet);
    });
  }

  /** Leaves the room for good: no more reconnection. */
  close(): void {
    if (this.closed) return;
    if (this.connected) this.sendNow(DISCONNECT);
    this.closed = true;
    globalThis.removeEventListener?.('offline', this.offline);
    clearTimeout(this.retry);
    this.drop();
  }

  private emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  private send(packet: { text: string }): void {
    if (this.connected) this.sendNow(packet.text);
    else this.queue.push(packet);
  }

  private sendNow(text: string): void {
    if (this.ws?.readyState === OPEN) this.ws.send(`4${text}`);
  }

  private open(): void {
    const ws = new this.Socket(this.url);
    this.ws = ws;
    ws.onmessage = (event: { data: unknown }) => {
      if (typeof event.data === 'string') this.engine(event.data);
    };
    ws.onclose = ws.onerror = () => this.lost(ws);
    // A connection that neither opens nor fails (a stalling proxy) is given up, like a silent one.
    this.heartbeat = setTimeout(() => this.lost(ws), CONNECT_TIMEOUT_MS);
  }

  /** An Engine.IO packet: open, ping, message or close. */
  private engine(text: string): void {
    const type = text[0];
    if (type === '0') {
      const open = parse(text.slice(1)) as
        { pingInterval?: number; pingTimeout?: number } | undefined;
      this.heartbeatMs = (open?.pingInterval ?? 25_000) + (open?.pingTimeout ?? 20_000);
      this.beat();
      this.ws?.send(`4${CONNECT}${this.recovery ? JSON.stringify(this.recovery) : ''}`);
    } else if (type === '2') {
      this.beat();
      this.ws?.send('3');
    } else if (type === '4') this.packet(text.slice(1));
    else if (type === '1') this.lost(this.ws);
  }

  /** A Socket.IO packet of the default namespace (others are not ours). */
  private packet(text: string): void {
    const type = text[0];
    const rest = text.slice(1);
    if (rest.startsWith('/')) return;
    if (type === CONNECT) return this.joined(parse(rest));
    if (type === CONNECT_ERROR) return this.lost(this.ws);
    if (type === DISCONNECT) {
      // The server sent this link away: like socket.io-client, do not come back by itself.
      this.closed = true;
      return this.drop();
    }
    const digits = /^\d*/.exec(rest)?.[0] ?? '';
    const data = parse(rest.slice(digits.length));
    if (!Array.isArray(data)) return;
    if (type === ACK) this.waiting.get(Number(digits))?.(data[0]);
    else if (type === EVENT && typeof data[0] === 'string') {
      const [name, ...args] = data as [string, ...unknown[]];
      const last = args.at(-1);
      if (this.recovery && typeof last === 'string') this.recovery.offset = last;
      this.emit(name, ...args);
    }
  }

  private joined(reply: unknown): void {
    const pid = (reply as { pid?: unknown } | undefined)?.pid;
    if (typeof pid === 'string') {
      if (pid !== this.recovery?.pid) this.recovery = { pid };
    } else this.recovery = undefined;
    this.connected = true;
    this.attempts = 0;
    const queued = this.queue;
    this.queue = [];
    for (const packet of queued) this.sendNow(packet.text);
    this.emit('connect');
    if (this.everConnected) this.emit('reconnect');
    this.everConnected = true;
  }

  /** No ping within the server's interval and timeout: the link is dead, whatever TCP says. */
  private beat(): void {
    clearTimeout(this.heartbeat);
    const ws = this.ws;
    this.heartbeat = setTimeout(() => this.lost(ws), this.heartbeatMs);
  }

  private drop(): void {
    clearTimeout(this.heartbeat);
    const ws = this.ws;
    this.ws = undefined;
    if (ws) {
      ws.onclose = ws.onmessage = null;
      // A socket closed while still connecting reports an error (Node's `ws` throws one nobody hears).
      ws.onerror = () => undefined;
      ws.close();
    }
    if (this.connected) {
      this.connected = false;
      this.emit('disconnect');
    }
  }

  /**
   * The WebSocket closed, failed, went silent or was refused: say so, then try
   * again after a growing pause (unless the link was closed for good).
   */
  private lost(ws: WebSocketLike | undefined): void {
    if (!ws || ws !== this.ws) return;
    const wasConnected = this.connected;
    this.drop();
    if (!wasConnected) this.emit('connect_error');
    if (this.closed) return;
    const ceiling = this.options.reconnectionDelayMax ?? 5000;
    const delay = Math.min(ceiling, FIRST_DELAY_MS * 2 ** this.attempts++);
    this.retry = setTimeout(() => this.open(), delay * (0.5 + Math.random()));
  }
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

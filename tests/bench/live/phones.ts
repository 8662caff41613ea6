/**
 * A worker process of the live-room bench: holds its share of simulated
 * phones (socket.io-client, websocket transport) and does what the bench's
 * main process tells it over IPC. A phone whose server dies moves to the next
 * server address, as a load balancer would send it, and rejoins with its token.
 */
import { io, type Socket } from 'socket.io-client';
import type { LiveReply } from '../../live/support/clients.ts';

interface Phone {
  socket: Socket;
  token?: string;
  server: number;
  /** The vote not yet acknowledged, resent after a reconnect. */
  pending?: { decisionId: string; optionId: string; sentAt: number };
  lostAt?: number;
  startedAt: number;
}

const now = () => performance.timeOrigin + performance.now();
const send = (message: object) => process.send?.(message);
let urls: string[] = [];
let code = '';
const phones: Phone[] = [];
const sends: { sentAt: number; ackedAt: number }[] = [];
const reconnects: number[] = [];
const joinMs: number[] = [];

function ask(phone: Phone, event: string, message: object): Promise<LiveReply | undefined> {
  return phone.socket
    .timeout(10_000)
    .emitWithAck(event, message)
    .catch(() => undefined);
}

async function join(phone: Phone): Promise<boolean> {
  const reply = await ask(phone, 'room:join', {
    code,
    ...(phone.token ? { token: phone.token } : {}),
  });
  if (!reply?.ok) return false;
  phone.token = reply.token;
  return true;
}

async function vote(phone: Phone): Promise<void> {
  const pending = phone.pending;
  if (!pending || !phone.socket.connected) return;
  const reply = await ask(phone, 'vote:cast', {
    code,
    decisionId: pending.decisionId,
    optionId: pending.optionId,
  });
  if (reply?.ok && phone.pending === pending) {
    sends.push({ sentAt: pending.sentAt, ackedAt: now() });
    phone.pending = undefined;
  }
}

function connect(phone: Phone): void {
  phone.socket = io(urls[phone.server], {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  phone.socket.on('disconnect', () => {
    phone.lostAt ??= now();
    // The server went away: the next address, as a load balancer would pick.
    phone.server = (phone.server + 1) % urls.length;
    setTimeout(() => connect(phone), 100 + Math.random() * 400);
  });
  phone.socket.on('connect_error', () =>
    setTimeout(() => connect(phone), 250 + Math.random() * 500),
  );
  phone.socket.on('connect', async () => {
    const first = !phone.token;
    if (!(await join(phone))) return;
    if (first) joinMs.push(now() - phone.startedAt);
    if (phone.lostAt !== undefined) {
      reconnects.push(now() - phone.lostAt);
      phone.lostAt = undefined;
      await vote(phone);
    }
  });
}

async function start(count: number, offset: number, spreadMs: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    setTimeout(() => {
      const phone = { server: (offset + i) % urls.length, startedAt: now() } as Phone;
      phones.push(phone);
      connect(phone);
    }, Math.random() * spreadMs);
  }
  const end = Date.now() + 120_000;
  while ((phones.length < count || phones.some((phone) => !phone.token)) && Date.now() < end) {
    await new Promise((wait) => setTimeout(wait, 100));
  }
  send({ type: 'joined', joinMs, missing: count - joinMs.length });
}

async function round(decisionId: string, options: string[], spreadMs: number): Promise<void> {
  sends.length = 0;
  await Promise.all(
    phones.map(async (phone) => {
      await new Promise((wait) => setTimeout(wait, Math.random() * spreadMs));
      const optionId = options[Math.floor(Math.random() * options.length)] ?? '';
      phone.pending = { decisionId, optionId, sentAt: now() };
      await vote(phone);
    }),
  );
  // Votes cut off by a dying server are resent after the reconnect: wait for them (bounded).
  const end = Date.now() + 30_000;
  while (phones.some((phone) => phone.pending) && Date.now() < end)
    await new Promise((w) => setTimeout(w, 100));
  send({
    type: 'voted',
    sends,
    unsent: phones.filter((phone) => phone.pending).length,
    reconnects: reconnects.splice(0),
  });
}

/** What the bench's main process sends. */
type Command =
  | { type: 'start'; urls: string[]; code: string; count: number; offset: number; spreadMs: number }
  | { type: 'round'; decisionId: string; options: string[]; spreadMs: number }
  | { type: 'stop' };

process.on('message', (message: Command) => {
  if (message.type === 'start') {
    [urls, code] = [message.urls, message.code];
    void start(message.count, message.offset, message.spreadMs);
  } else if (message.type === 'round')
    void round(message.decisionId, message.options, message.spreadMs);
  else if (message.type === 'stop') {
    for (const phone of phones) {
      phone.socket.removeAllListeners();
      phone.socket.close();
    }
    process.exit(0);
  }
});

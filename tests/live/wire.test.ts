/**
 * The pages' own Socket.IO client (src/wire/socket.ts) against the real
 * Socket.IO server library on 127.0.0.1, over `ws`: events both ways, replies,
 * no reply, sends kept while offline, a dropped link and a restarted server,
 * connection-state recovery, a refused origin, a server gone silent, and a
 * close that really ends it. Every wait is bounded.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { Wire, socketUrl } from '../../src/wire/socket.ts';
import { freePort } from './support/processes.ts';
import { until } from './support/clients.ts';

const opened: { close(): void | Promise<unknown> }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

interface Running {
  url: string;
  io: Server;
  http: HttpServer;
}

/** A Socket.IO server on `port` (a free one when left out), replying to `echo` and keeping `kept`. */
async function serve(
  options: ConstructorParameters<typeof Server>[1] = {},
  port = 0,
): Promise<Running> {
  const http = createServer();
  const io = new Server(http, { serveClient: false, ...options });
  io.on('connection', (socket) => {
    void socket.join('everyone');
    socket.on('echo', (message: unknown, reply: (answer: unknown) => void) =>
      reply({ echoed: message }),
    );
    socket.on('ignore', () => undefined);
    socket.on('tell', (message: unknown) => socket.emit('told', message));
  });
  await new Promise<void>((ready) => http.listen(port, '127.0.0.1', ready));
  const running = {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    io,
    http,
  };
  opened.push({ close: () => io.close().catch(() => undefined) });
  return running;
}

function wire(url: string, reconnectionDelayMax = 300): Wire {
  const link = new Wire({ url, WebSocket, reconnectionDelayMax });
  opened.push(link);
  return link;
}

describe('the live room link', () => {
  it('names the Socket.IO WebSocket address of a page or a server', () => {
    expect(socketUrl('https://rooms.example:8443/play#/x')).toBe(
      'wss://rooms.example:8443/socket.io/?EIO=4&transport=websocket',
    );
    expect(socketUrl('http://127.0.0.1:5173/')).toBe(
      'ws://127.0.0.1:5173/socket.io/?EIO=4&transport=websocket',
    );
  });

  it('connects, asks and is answered, hears events, and keeps sends made before it connected', async () => {
    const server = await serve();
    const link = wire(server.url);
    const heard: unknown[] = [];
    link.on('told', (message) => heard.push(message));
    // Sent at once, before the link is up: kept and sent when it is.
    const early = link.request('echo', { n: 1 }, 5000);
    expect(link.connected).toBe(false);
    expect(await early).toEqual({ echoed: { n: 1 } });
    expect(link.connected).toBe(true);
    const replies = await Promise.all(
      [2, 3, 4].map((n) => link.request('echo', { n, text: 'ünïcødé “quotes”' }, 5000)),
    );
    expect(replies.map((reply) => (reply as { echoed: { n: number } }).echoed.n)).toEqual([
      2, 3, 4,
    ]);
    void link.request('tell', ['a', 1, null], 200);
    await until(() => heard.length === 1, 5000);
    server.io.to('everyone').emit('told', { all: true });
    await until(() => heard.length === 2, 5000);
    expect(heard).toEqual([['a', 1, null], { all: true }]);
  });

  it('resolves with no answer when the server does not reply in time', async () => {
    const server = await serve();
    const link = wire(server.url);
    expect(await link.request('ignore', {}, 300)).toBeUndefined();
    // Unknown to the server as well: still no answer, and the link stays up.
    expect(await link.request('no-such-event', {}, 300)).toBeUndefined();
    expect(link.connected).toBe(true);
    expect(await link.request('echo', 'still here', 5000)).toEqual({ echoed: 'still here' });
  });

  it('says when the link drops and comes back by itself, after a drop and a server restart', async () => {
    const port = await freePort();
    let server = await serve({}, port);
    const link = wire(server.url);
    const seen: string[] = [];
    for (const event of ['connect', 'reconnect', 'disconnect', 'connect_error'] as const)
      link.on(event, () => seen.push(event));
    await until(() => link.connected, 5000);
    // The transport drops (as a network drop would); the server did not send the link away.
    for (const socket of server.io.sockets.sockets.values()) socket.conn.close();
    await until(() => seen.includes('reconnect'), 5000);
    expect(seen).toEqual(['connect', 'disconnect', 'connect', 'reconnect']);

    await server.io.close();
    await until(() => !link.connected, 5000);
    const queued = link.request('echo', 'sent while the server was away', 10_000);
    await until(() => seen.includes('connect_error'), 5000);
    server = await serve({}, port);
    expect(await queued).toEqual({ echoed: 'sent while the server was away' });
    expect(link.connected).toBe(true);
  });

  it('gets the broadcasts it missed while away when the server keeps connection state', async () => {
    const server = await serve({ connectionStateRecovery: { maxDisconnectionDuration: 60_000 } });
    const link = wire(server.url);
    const heard: unknown[] = [];
    link.on('news', (message) => heard.push(message));
    await until(() => link.connected, 5000);
    server.io.to('everyone').emit('news', 1);
    await until(() => heard.length === 1, 5000);
    // Drop the transport only (as a network drop would), then broadcast while the link is away.
    for (const socket of server.io.sockets.sockets.values()) socket.conn.close();
    await until(() => !link.connected, 5000);
    server.io.to('everyone').emit('news', 2);
    await until(() => heard.length === 2, 5000);
    expect(heard).toEqual([1, 2]);
  });

  it('reports a refused origin as a connection error and keeps trying', async () => {
    let allow = false;
    const server = await serve({
      allowRequest: (_request, callback) => callback(allow ? null : 'not this page', allow),
    });
    const link = wire(server.url);
    let errors = 0;
    link.on('connect_error', () => errors++);
    await until(() => errors >= 2, 5000);
    expect(link.connected).toBe(false);
    allow = true;
    await until(() => link.connected, 5000);
  });

  it('gives up on a server that stops pinging, and connects again', async () => {
    const port = await freePort();
    const silent = new WebSocketServer({ host: '127.0.0.1', port });
    opened.push({ close: () => new Promise((done) => silent.close(done)) });
    let connections = 0;
    silent.on('connection', (socket) => {
      connections++;
      // An Engine.IO open with a 100 ms heartbeat, then nothing: no ping, no namespace reply.
      socket.send(
        '0{"sid":"s","upgrades":[],"pingInterval":50,"pingTimeout":50,"maxPayload":1000}',
      );
    });
    const link = wire(`http://127.0.0.1:${port}`);
    let errors = 0;
    link.on('connect_error', () => errors++);
    await until(() => connections >= 2 && errors >= 1, 5000);
    expect(link.connected).toBe(false);
  });

  it('answers the server’s pings, so a quiet link stays up', async () => {
    const server = await serve({ pingInterval: 50, pingTimeout: 100 });
    const link = wire(server.url);
    let drops = 0;
    link.on('disconnect', () => drops++);
    await until(() => link.connected, 5000);
    await new Promise((wait) => setTimeout(wait, 600));
    expect(drops).toBe(0);
    expect(await link.request('echo', 'after the quiet', 5000)).toEqual({
      echoed: 'after the quiet',
    });
  });

  it('closes for good: the server sees it leave and it never comes back', async () => {
    const server = await serve();
    const link = wire(server.url);
    await until(() => link.connected, 5000);
    let disconnects = 0;
    link.on('disconnect', () => disconnects++);
    link.close();
    expect(link.connected).toBe(false);
    expect(disconnects).toBe(1);
    await until(() => server.io.sockets.sockets.size === 0, 5000);
    await new Promise((wait) => setTimeout(wait, 700));
    expect(server.io.sockets.sockets.size).toBe(0);
    expect(await link.request('echo', 'after close', 200)).toBeUndefined();
  });

  it('stays away when the server sends it away', async () => {
    const server = await serve();
    const link = wire(server.url);
    await until(() => link.connected, 5000);
    server.io.disconnectSockets();
    await until(() => !link.connected, 5000);
    await new Promise((wait) => setTimeout(wait, 700));
    expect(server.io.sockets.sockets.size).toBe(0);
  });
});

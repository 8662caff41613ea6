/**
 * Hostile and mistaken messages against a real server process: wrong types,
 * unknown events, huge payloads, wrong secrets, unknown rooms, double votes,
 * votes after close, floods. Each is refused with an error and changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveClient } from '../../src/ui/live/live-client.ts';
import { DECISION, ask, facilitator, joinedPhone, rawSocket, until } from './support/clients.ts';
import { startServer, type ServerProcess } from './support/processes.ts';

let server: ServerProcess;
let folder: string;
let host: LiveClient;
let code: string;
let secret: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mtc-hostile-'));
  server = await startServer({
    DATA_DIR: folder,
    ROOM_CAPACITY: '4',
    LIVE_RATE_CONNECTION_BURST: '30',
    LIVE_RATE_CONNECTION_PER_SECOND: '5',
  });
  host = facilitator(server.url);
  ({ code, secret } = await host.createRoom('Fintech sync'));
  await host.openVote(DECISION);
});
afterAll(async () => {
  host?.close();
  for (const socket of sockets) socket.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function phone() {
  const joined = await joinedPhone(server.url, code);
  sockets.push(joined.socket);
  return joined;
}

describe('a live-room server facing bad input', () => {
  it('refuses wrong types and unknown events with an error event and a reply', async () => {
    const { socket } = await phone();
    const errors: unknown[] = [];
    socket.on('live:error', (error) => errors.push(error));
    expect(await ask(socket, 'vote:cast', { code, decisionId: 42, optionId: null })).toMatchObject({
      ok: false,
      error: { code: 'BAD_MESSAGE' },
    });
    expect(await ask(socket, 'vote:cast', 'ship-now')).toMatchObject({
      ok: false,
      error: { code: 'BAD_MESSAGE' },
    });
    expect(await ask(socket, 'room:takeover', { code })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_EVENT' },
    });
    await until(() => errors.length === 3);
    expect(errors[0]).toMatchObject({ code: 'BAD_MESSAGE', event: 'vote:cast' });
    expect((await host.resume(code, secret)).tally.voters).toBe(0);
  });

  it('refuses payloads over the cap, and cuts a connection that sends a megabyte', async () => {
    const { socket } = await phone();
    const big = { code, decisionId: DECISION.id, reason: 'x'.repeat(20_000) };
    expect(await ask(socket, 'vote:reason', big)).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE' },
    });
    const cut = new Promise((done) => socket.once('disconnect', done));
    socket.emit('vote:reason', { ...big, reason: 'x'.repeat(1_000_000) });
    await cut;
    expect((await host.resume(code, secret)).tally.voters).toBe(0);
  });

  it('answers wrong secrets and unknown rooms clearly, and changes nothing', async () => {
    const { socket } = await phone();
    const wrong = { code, secret: 'A'.repeat(43) };
    expect(await ask(socket, 'vote:close', { ...wrong, decisionId: DECISION.id })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET', message: expect.stringContaining('facilitator') },
    });
    expect(await ask(socket, 'room:delete', wrong)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(await ask(socket, 'room:join', { code: 'ACDEFG' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_ROOM', message: expect.stringContaining('ACDEFG') },
    });
    expect((await host.resume(code, secret)).state.phase).toBe('voting');
  });

  it('counts one vote per phone however often it votes, and none after close', async () => {
    const { socket } = await phone();
    for (let i = 0; i < 5; i++) {
      expect(
        await ask(socket, 'vote:cast', { code, decisionId: DECISION.id, optionId: 'ship-now' }),
      ).toMatchObject({ ok: true });
    }
    expect(
      await ask(socket, 'vote:cast', { code, decisionId: DECISION.id, optionId: 'no-such' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_OPTION' },
    });
    const outsider = rawSocket(server.url);
    sockets.push(outsider);
    expect(
      await ask(outsider, 'vote:cast', { code, decisionId: DECISION.id, optionId: 'ship-now' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_JOINED' },
    });
    expect(await ask(outsider, 'room:join', { code })).toMatchObject({
      ok: false,
      error: { code: 'ROOM_FULL' },
    });
    const closed = await host.closeVote(DECISION.id);
    expect(closed.tally).toMatchObject({ voters: 1, counts: { 'ship-now': 1 } });
    expect(closed.state.chosenOptionId).toBe('ship-now');
    expect(
      await ask(socket, 'vote:cast', { code, decisionId: DECISION.id, optionId: 'wait-review' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VOTE_CLOSED' },
    });
    expect((await host.resume(code, secret)).state.chosenOptionId).toBe('ship-now');
  });

  it('rate-limits a flood from one connection', async () => {
    const socket = rawSocket(server.url);
    sockets.push(socket);
    const replies = await Promise.all(
      Array.from({ length: 60 }, () => ask(socket, 'room:join', { code: 'ACDEFG' })),
    );
    const limited = replies.filter((reply) => reply.error?.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThanOrEqual(25);
    expect(
      replies.filter((reply) => reply.error?.code === 'UNKNOWN_ROOM').length,
    ).toBeLessThanOrEqual(35);
  });

  it('refuses browser pages from other origins', async () => {
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('origin not allowed');
  });
});

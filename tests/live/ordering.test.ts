/**
 * The room's state reaches every phone in the order the facilitator changed
 * it, against a real server process. Presenter mode sends the reveal, the
 * next scene and the next vote without waiting for each reply; over HTTP
 * long-polling (how Socket.IO starts, and how it comes back after a restart)
 * several of them arrive in one request. The phones must end where the room
 * is, not at whichever broadcast happened to go out last.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision, RoomView } from '../../src/live/index.ts';
import { DECISION, ask, joinedPhone, until } from './support/clients.ts';
import { startServer, type ServerProcess } from './support/processes.ts';

const NEXT: Decision = {
  id: 'scope',
  prompt: 'Cut scope or move the date?',
  options: [
    { id: 'cut', text: 'Cut scope' },
    { id: 'move', text: 'Move the date' },
  ],
};

let server: ServerProcess;
let folder: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mtc-ordering-'));
  server = await startServer({ DATA_DIR: folder });
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the order of a room’s changes', () => {
  it('leaves every phone at the room’s current state when changes arrive together', async () => {
    // Long-polling only: what is emitted while a request is out goes in the next one, together.
    const host = io(server.url, { transports: ['polling'] });
    sockets.push(host);
    const created = await ask(host, 'room:create', { title: 'Fintech sync' });
    const control = { code: created.code as string, secret: created.secret as string };
    const phones = await Promise.all([0, 1, 2].map(() => joinedPhone(server.url, control.code)));
    const last: (RoomView | undefined)[] = phones.map(() => undefined);
    phones.forEach(({ socket }, i) => {
      sockets.push(socket);
      socket.on('live:state', (view: RoomView) => (last[i] = view));
    });

    for (const decision of [DECISION, NEXT]) {
      expect(await ask(host, 'vote:open', { ...control, decision })).toMatchObject({ ok: true });
      const [first] = decision.options;
      const closed = await ask(host, 'vote:close', {
        ...control,
        decisionId: decision.id,
        chosenOptionId: first?.id,
      });
      expect(closed).toMatchObject({ ok: true });
      // As presenter mode does: reveal, next scene, next vote, none waiting for the one before.
      const replies = [
        ask(host, 'vote:reveal', { ...control, decisionId: decision.id, consequence: 'It held.' }),
        ask(host, 'room:advance', control),
        ask(host, 'vote:open', { ...control, decision: { ...decision, id: `${decision.id}.2` } }),
      ];
      for (const reply of await Promise.all(replies)) expect(reply).toMatchObject({ ok: true });
      const now = await ask(host, 'room:control', control);
      expect(now.state).toMatchObject({ phase: 'voting', decision: { id: `${decision.id}.2` } });
      await until(() => last.every((view) => view?.decision?.id === `${decision.id}.2`));
      // Give a late, older broadcast time to arrive and overwrite the phones' view.
      await new Promise((wait) => setTimeout(wait, 200));
      for (const view of last) {
        expect(view).toMatchObject({ phase: 'voting', decision: { id: `${decision.id}.2` } });
      }
      await ask(host, 'vote:close', {
        ...control,
        decisionId: `${decision.id}.2`,
        chosenOptionId: first?.id,
      });
      await ask(host, 'room:advance', control);
    }
  });
});

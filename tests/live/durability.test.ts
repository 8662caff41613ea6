/**
 * Nothing acknowledged is lost: a server restarted (killed) mid-vote comes
 * back with every vote, and phones and the facilitator reconnect on their own
 * and see the same tally; with Redis, a second server process sees the same
 * room, and a vote on one process reaches the facilitator on the other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Tally } from '../../src/live/index.ts';
import { DECISION, ask, facilitator, joinedPhone, until } from './support/clients.ts';
import {
  startRedis,
  startServer,
  type RedisProcess,
  type ServerProcess,
} from './support/processes.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe('a live room across a restart and across processes', () => {
  it('keeps every vote when the server is killed mid-vote; clients come back by themselves', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mtc-restart-'));
    cleanup.push(() => rmSync(folder, { recursive: true, force: true }));
    let server: ServerProcess = await startServer({ DATA_DIR: folder });
    cleanup.push(() => server.stop());
    const host = facilitator(server.url);
    cleanup.push(() => host.close());
    const tallies: Tally[] = [];
    host.onTally((tally) => tallies.push(tally));
    const { code } = await host.createRoom('Fintech sync');
    await host.openVote(DECISION);
    const phones = await Promise.all([1, 2, 3].map(() => joinedPhone(server.url, code)));
    cleanup.push(() => phones.forEach((phone) => phone.socket.close()));
    const choices = ['ship-now', 'ship-now', 'wait-review'];
    for (const [i, phone] of phones.entries()) {
      expect(
        await ask(phone.socket, 'vote:cast', {
          code,
          decisionId: DECISION.id,
          optionId: choices[i],
        }),
      ).toMatchObject({ ok: true });
    }
    await server.stop('SIGKILL');
    server = await startServer({ DATA_DIR: folder, PORT: String(server.port) });
    // The facilitator client takes control again on reconnect and hears the stored tally.
    await until(() => tallies.at(-1)?.voters === 3, 20_000);
    expect(tallies.at(-1)?.counts).toEqual({ 'ship-now': 2, 'wait-review': 1 });
    // A phone that comes back with its token is the same participant with the same vote.
    await until(() => phones.every((phone) => phone.socket.connected), 20_000);
    const back = await ask(phones[2]!.socket, 'room:join', { code, token: phones[2]!.token });
    expect(back).toMatchObject({
      ok: true,
      token: phones[2]!.token,
      vote: { optionId: 'wait-review' },
    });
    expect(
      await ask(phones[2]!.socket, 'vote:cast', {
        code,
        decisionId: DECISION.id,
        optionId: 'ship-now',
      }),
    ).toMatchObject({ ok: true });
    const closed = await host.closeVote(DECISION.id);
    expect(closed.tally).toMatchObject({ voters: 3, participants: 3, counts: { 'ship-now': 3 } });
  });

  it('shares a room between two server processes through Redis', async () => {
    const redis: RedisProcess = await startRedis();
    cleanup.push(() => redis.stop());
    const env = { REDIS_URL: redis.url };
    const [first, second] = await Promise.all([startServer(env), startServer(env)]);
    cleanup.push(
      () => first!.stop(),
      () => second!.stop(),
    );
    const host = facilitator(first!.url);
    cleanup.push(() => host.close());
    const tallies: Tally[] = [];
    host.onTally((tally) => tallies.push(tally));
    const { code, secret } = await host.createRoom('Mumbai SaaS priorities');
    await host.openVote(DECISION);
    const phone = await joinedPhone(second!.url, code);
    cleanup.push(() => void phone.socket.close());
    const views: unknown[] = [];
    phone.socket.on('live:state', (view) => views.push(view));
    expect(
      await ask(phone.socket, 'vote:cast', {
        code,
        decisionId: DECISION.id,
        optionId: 'wait-review',
      }),
    ).toMatchObject({ ok: true });
    await until(() => tallies.at(-1)?.voters === 1);
    expect(tallies.at(-1)).toMatchObject({ participants: 1, counts: { 'wait-review': 1 } });
    await host.closeVote(DECISION.id);
    await until(() => views.length > 0);
    expect(views.at(-1)).toMatchObject({ phase: 'closed', chosenOptionId: 'wait-review' });
    // The process the facilitator is on dies; the other still has the whole room.
    await first!.stop('SIGKILL');
    const again = facilitator(second!.url);
    cleanup.push(() => again.close());
    const resumed = await again.resume(code, secret);
    expect(resumed.state).toMatchObject({ phase: 'closed', chosenOptionId: 'wait-review' });
    expect(resumed.tally).toMatchObject({ voters: 1, counts: { 'wait-review': 1 } });
  });
});

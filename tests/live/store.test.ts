/**
 * One suite, two real stores: SQLite (a file in a temporary folder) and Redis
 * (Debian's redis-server on a free loopback port, started and stopped here).
 * Both must keep the same rules: one vote per participant per decision,
 * changeable until close, refused after; capacity; reasons; expiry; delete.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/live/index.ts';
import { openRedisStore } from '../../src/server/redis-store.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import type { RoomStore, StoredRoom } from '../../src/server/store.ts';
import { startRedis, type RedisProcess } from './support/processes.ts';

const NOW = 1_800_000_000_000;
const decision: Decision = {
  id: 'expedite',
  prompt: 'Ask the room: ship now or wait for the review?',
  options: [
    { id: 'wait-review', text: 'Wait for the design review' },
    { id: 'ship-now', text: 'Ship now' },
  ],
};
let serial = 0;
/** A fresh room code per test, from the room alphabet. */
function roomCode(): string {
  serial += 1;
  return `ACD${'EFGHJK'[Math.floor(serial / 6) % 6]}${'MNPQRT'[serial % 6]}${'34679'[serial % 5]}`;
}
function room(code: string, extra: Partial<StoredRoom> = {}): StoredRoom {
  return {
    code,
    title: 'Fintech sync',
    secretHash: 'ab'.repeat(32),
    createdAt: NOW,
    expiresAt: NOW + 3_600_000,
    capacity: 3,
    stage: { phase: 'lobby' },
    ...extra,
  };
}
const token = (n: number) => `participant-token-${String(n).padStart(4, '0')}`;

let redis: RedisProcess;
let folder: string;
beforeAll(async () => {
  redis = await startRedis();
  folder = mkdtempSync(join(tmpdir(), 'mtc-store-'));
}, 30_000);
afterAll(async () => {
  await redis?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const STORES: { name: string; open: () => Promise<RoomStore> }[] = [
  { name: 'SQLite', open: async () => openSqliteStore(join(folder, `rooms-${Date.now()}.sqlite`)) },
  { name: 'Redis', open: () => openRedisStore(redis.url) },
];

describe.each(STORES)('the $name room store', ({ open }) => {
  let store: RoomStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store?.close();
  });

  async function openRoom(): Promise<string> {
    const code = roomCode();
    expect(await store.createRoom(room(code))).toBe(true);
    return code;
  }

  it('creates a room once and reads it back; a taken code is refused', async () => {
    const code = await openRoom();
    expect(await store.createRoom(room(code, { title: 'Other' }))).toBe(false);
    const stored = await store.getRoom(code, NOW);
    expect(stored).toMatchObject({
      code,
      title: 'Fintech sync',
      capacity: 3,
      stage: { phase: 'lobby' },
    });
    expect(await store.getRoom('ACDEFX', NOW)).toBeUndefined();
  });

  it('keeps one participant per token and refuses joins past capacity', async () => {
    const code = await openRoom();
    for (const n of [1, 2, 3])
      expect(await store.join(code, token(n), `p${n}`, NOW)).toHaveProperty('participant');
    expect(await store.join(code, token(1), 'renamed', NOW)).toEqual({
      participant: { token: token(1), nickname: 'p1', joinedAt: NOW },
    });
    expect(await store.join(code, token(4), 'late', NOW)).toEqual({ full: true });
    expect(await store.participantCount(code)).toBe(3);
  });

  it('counts one vote per participant, follows a change of vote, refuses after close', async () => {
    const code = await openRoom();
    for (const n of [1, 2]) await store.join(code, token(n), '', NOW);
    expect(await store.castVote(code, decision.id, token(1), 'ship-now', NOW)).toBe('closed');
    await store.openDecision(code, decision, NOW);
    expect((await store.getRoom(code, NOW))?.stage).toEqual({ phase: 'voting', decision });
    expect(await store.castVote(code, decision.id, token(1), 'ship-now', NOW)).toBe('ok');
    expect(await store.castVote(code, decision.id, token(1), 'ship-now', NOW)).toBe('ok');
    expect(await store.castVote(code, decision.id, token(2), 'ship-now', NOW)).toBe('ok');
    expect(await store.castVote(code, decision.id, token(2), 'wait-review', NOW + 1)).toBe('ok');
    expect(await store.castVote(code, decision.id, token(2), 'made-up', NOW)).toBe(
      'unknown-option',
    );
    expect(await store.castVote(code, decision.id, token(9), 'ship-now', NOW)).toBe('not-joined');
    const tally = await store.tally(code, decision.id);
    expect(tally.counts).toEqual({ 'ship-now': 1, 'wait-review': 1 });
    expect(tally.voters).toBe(2);
    await store.closeDecision(code, decision.id, 'wait-review', NOW + 2);
    expect(await store.castVote(code, decision.id, token(1), 'wait-review', NOW)).toBe('closed');
    expect((await store.tally(code, decision.id)).counts).toEqual({
      'ship-now': 1,
      'wait-review': 1,
    });
    expect((await store.getRoom(code, NOW))?.stage).toMatchObject({
      phase: 'closed',
      chosenOptionId: 'wait-review',
    });
  });

  it('keeps reasons with the vote and the whole history of the decision', async () => {
    const code = await openRoom();
    await store.join(code, token(1), 'Asha', NOW);
    await store.join(code, token(2), '', NOW);
    await store.openDecision(code, decision, NOW);
    expect(await store.setReason(code, decision.id, token(1), 'Too early', NOW)).toBe('no-vote');
    await store.castVote(code, decision.id, token(1), 'ship-now', NOW);
    await store.castVote(code, decision.id, token(1), 'wait-review', NOW + 1);
    await store.castVote(code, decision.id, token(2), 'ship-now', NOW + 2);
    expect(await store.setReason(code, decision.id, token(1), 'Customers first', NOW + 3)).toBe(
      'ok',
    );
    expect(await store.ownVote(code, decision.id, token(1))).toEqual({
      optionId: 'wait-review',
      reason: 'Customers first',
    });
    await store.closeDecision(code, decision.id, 'wait-review', NOW + 4);
    expect(await store.setReason(code, decision.id, token(2), 'late', NOW + 5)).toBe('closed');
    const [record] = await store.decisions(code);
    expect(record).toMatchObject({
      decision,
      openedAt: NOW,
      closedAt: NOW + 4,
      chosenOptionId: 'wait-review',
    });
    expect(record?.events).toEqual([
      { kind: 'vote', nickname: 'Asha', optionId: 'ship-now', at: NOW },
      { kind: 'change', nickname: 'Asha', optionId: 'wait-review', at: NOW + 1 },
      { kind: 'vote', nickname: '', optionId: 'ship-now', at: NOW + 2 },
      {
        kind: 'reason',
        nickname: 'Asha',
        optionId: 'wait-review',
        reason: 'Customers first',
        at: NOW + 3,
      },
    ]);
  });

  it('forgets expired rooms and deleted rooms with all their votes', async () => {
    const expiring = roomCode();
    await store.createRoom(room(expiring, { expiresAt: NOW + 10 }));
    expect(await store.getRoom(expiring, NOW + 10)).toBeUndefined();
    expect(await store.purgeExpired(NOW + 10)).toBeGreaterThanOrEqual(1);
    const code = await openRoom();
    await store.join(code, token(1), '', NOW);
    await store.openDecision(code, decision, NOW);
    await store.castVote(code, decision.id, token(1), 'ship-now', NOW);
    await store.deleteRoom(code);
    expect(await store.getRoom(code, NOW)).toBeUndefined();
    expect(await store.participantCount(code)).toBe(0);
    expect(await store.decisions(code)).toEqual([]);
    expect((await store.tally(code, decision.id)).voters).toBe(0);
  });
});

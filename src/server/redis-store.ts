/**
 * The room store for several server processes: every room's state in Redis
 * (run with `appendonly yes`), changed only by whole commands or the Lua
 * scripts of redis-scripts.ts, so two processes voting and closing at once
 * agree on what was counted.
 */
import { Redis } from 'ioredis';
import type { Decision } from '../live/index.ts';
import * as scripts from './redis-scripts.ts';
import type {
  DecisionRecord,
  JoinResult,
  Participant,
  ReasonResult,
  RoomStore,
  Stage,
  StoredRoom,
  StoredTally,
  VoteEvent,
  VoteResult,
} from './store.ts';

const EXPIRY_INDEX = 'live:expiry';
const VOTERS = '#voters';

/** The keys of one room; the braces keep them in one cluster slot. */
function keysOf(code: string) {
  const prefix = `live:{${code}}:`;
  const of = (part: string) => (decisionId: string) => `${prefix}${part}:${decisionId}`;
  return {
    prefix,
    room: `${prefix}room`,
    people: `${prefix}people`,
    decisions: `${prefix}decisions`,
    decision: of('decision'),
    votes: of('votes'),
    reasons: of('reasons'),
    counts: of('counts'),
    log: of('log'),
  };
}

type Script = (keys: string[], args: (string | number)[]) => Promise<unknown>;

/** Connects to `url` (redis://host:port) and returns the store once Redis answers. */
export async function openRedisStore(url: string): Promise<RoomStore> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 20 });
  await redis.connect();
  return new RedisStore(redis);
}

class RedisStore implements RoomStore {
  private readonly run: Record<keyof typeof scripts, Script>;

  constructor(private readonly redis: Redis) {
    // defineCommand sends each script once and then only its SHA (EVALSHA) with every vote.
    const commands = redis as unknown as Record<
      string,
      (...args: (string | number)[]) => Promise<unknown>
    >;
    const entries = Object.entries(scripts).map(([name, lua]) => {
      redis.defineCommand(`live${name}`, { lua });
      const script: Script = (keys, args) =>
        commands[`live${name}`]!(keys.length, ...keys, ...args);
      return [name, script] as const;
    });
    this.run = Object.fromEntries(entries) as Record<keyof typeof scripts, Script>;
  }

  async createRoom(room: StoredRoom): Promise<boolean> {
    const k = keysOf(room.code);
    const created = await this.run.CREATE_ROOM(
      [k.room, EXPIRY_INDEX],
      [
        room.code,
        room.title,
        room.secretHash,
        room.createdAt,
        room.expiresAt,
        room.capacity,
        JSON.stringify(room.stage),
      ],
    );
    return created === 1;
  }

  async getRoom(code: string, now: number): Promise<StoredRoom | undefined> {
    const row = await this.redis.hgetall(keysOf(code).room);
    if (!row.secret_hash || Number(row.expires_at) <= now) return undefined;
    return {
      code,
      title: row.title ?? '',
      secretHash: row.secret_hash,
      createdAt: Number(row.created_at),
      expiresAt: Number(row.expires_at),
      capacity: Number(row.capacity),
      stage: JSON.parse(row.stage ?? '{"phase":"lobby"}') as Stage,
    };
  }

  async openDecision(code: string, decision: Decision, now: number): Promise<void> {
    const k = keysOf(code);
    const options = `,${decision.options.map((option) => option.id).join(',')},`;
    const stage: Stage = { phase: 'voting', decision };
    await this.run.OPEN_DECISION(
      [k.room, k.decisions, k.decision(decision.id)],
      [decision.id, JSON.stringify(decision), options, now, JSON.stringify(stage)],
    );
  }

  async closeDecision(
    code: string,
    decisionId: string,
    chosen: string,
    now: number,
  ): Promise<void> {
    const k = keysOf(code);
    const current = JSON.parse((await this.redis.hget(k.room, 'stage')) ?? '{}') as Stage;
    const stage: Stage = { phase: 'closed', decision: current.decision, chosenOptionId: chosen };
    await this.redis
      .multi()
      .hset(k.room, 'stage', JSON.stringify(stage), 'open', '', 'options', '')
      .hset(k.decision(decisionId), 'closed_at', now, 'chosen', chosen)
      .exec();
  }

  async setStage(code: string, stage: Stage): Promise<void> {
    const open = stage.phase === 'voting' ? (stage.decision?.id ?? '') : '';
    await this.redis.hset(keysOf(code).room, 'stage', JSON.stringify(stage), 'open', open);
  }

  async join(code: string, token: string, nickname: string, now: number): Promise<JoinResult> {
    const k = keysOf(code);
    const fresh: Omit<Participant, 'token'> = { nickname, joinedAt: now };
    const stored = await this.run.JOIN([k.room, k.people], [token, JSON.stringify(fresh)]);
    if (stored === 'full') return { full: true };
    const known = JSON.parse(String(stored)) as Omit<Participant, 'token'>;
    return { participant: { token, ...known } };
  }

  async participantCount(code: string): Promise<number> {
    return this.redis.hlen(keysOf(code).people);
  }

  async castVote(
    code: string,
    decisionId: string,
    token: string,
    optionId: string,
    now: number,
  ): Promise<VoteResult> {
    const k = keysOf(code);
    const keys = [k.room, k.votes(decisionId), k.counts(decisionId), k.log(decisionId), k.people];
    return (await this.run.CAST_VOTE(keys, [decisionId, optionId, token, now])) as VoteResult;
  }

  async setReason(
    code: string,
    decisionId: string,
    token: string,
    reason: string,
    now: number,
  ): Promise<ReasonResult> {
    const k = keysOf(code);
    const keys = [k.room, k.votes(decisionId), k.reasons(decisionId), k.log(decisionId)];
    return (await this.run.SET_REASON(keys, [decisionId, token, reason, now])) as ReasonResult;
  }

  async tally(code: string, decisionId: string): Promise<StoredTally> {
    const k = keysOf(code);
    const [counted, version] = await Promise.all([
      this.redis.hgetall(k.counts(decisionId)),
      this.redis.hget(k.room, 'version'),
    ]);
    const counts: Record<string, number> = {};
    for (const [option, n] of Object.entries(counted)) {
      if (option !== VOTERS && Number(n) > 0) counts[option] = Number(n);
    }
    return { counts, voters: Number(counted[VOTERS] ?? 0), version: Number(version ?? 0) };
  }

  async ownVote(code: string, decisionId: string, token: string) {
    const k = keysOf(code);
    const [optionId, reason] = await Promise.all([
      this.redis.hget(k.votes(decisionId), token),
      this.redis.hget(k.reasons(decisionId), token),
    ]);
    if (!optionId) return undefined;
    return reason === null ? { optionId } : { optionId, reason };
  }

  async decisions(code: string): Promise<DecisionRecord[]> {
    const k = keysOf(code);
    const ids = await this.redis.lrange(k.decisions, 0, -1);
    const people = await this.redis.hgetall(k.people);
    const nicknameOf = (token: string) =>
      people[token] ? (JSON.parse(people[token]) as Participant).nickname : '';
    return Promise.all(
      ids.map(async (id): Promise<DecisionRecord> => {
        const row = await this.redis.hgetall(k.decision(id));
        const log = await this.redis.lrange(k.log(id), 0, -1);
        const events = log.map((line): VoteEvent => {
          const { token, ...event } = JSON.parse(line) as VoteEvent & { token: string };
          return { ...event, nickname: nicknameOf(token) };
        });
        return {
          decision: JSON.parse(row.decision ?? '{}') as Decision,
          openedAt: Number(row.opened_at),
          ...(row.closed_at ? { closedAt: Number(row.closed_at) } : {}),
          ...(row.chosen ? { chosenOptionId: row.chosen } : {}),
          tally: await this.tally(code, id),
          events,
        };
      }),
    );
  }

  async deleteRoom(code: string): Promise<void> {
    const k = keysOf(code);
    await this.run.DELETE_ROOM([k.room, k.decisions, k.people, EXPIRY_INDEX], [code, k.prefix]);
  }

  async purgeExpired(now: number): Promise<number> {
    const codes = await this.redis.zrangebyscore(EXPIRY_INDEX, '-inf', now);
    for (const code of codes) await this.deleteRoom(code);
    return codes.length;
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

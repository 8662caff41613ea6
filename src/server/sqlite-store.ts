/**
 * The default room store: one SQLite file (better-sqlite3, WAL). Every change
 * is one transaction, committed before the promise resolves. better-sqlite3
 * is synchronous, so each check-then-write (is the vote open? is the room
 * full?) runs without another message slipping in between.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Decision } from '../live/index.ts';
import { readDecisions } from './sqlite-history.ts';
import { migrate } from './sqlite-schema.ts';
import type {
  DecisionRecord,
  JoinResult,
  ReasonResult,
  RoomStore,
  Stage,
  StoredRoom,
  StoredTally,
  VoteResult,
} from './store.ts';

interface RoomRow {
  code: string;
  title: string;
  secret_hash: string;
  created_at: number;
  expires_at: number;
  capacity: number;
  stage: string;
  open_decision: string | null;
}

/** Opens (creating if needed) the store in `file`; `:memory:` for a throwaway one. */
export function openSqliteStore(file: string): RoomStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives the process dying (the restart case);
  // only a power cut can lose the last commits, and FULL would fsync every vote.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return new SqliteStore(db);
}

class SqliteStore implements RoomStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      room: db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE code = ?'),
      stage: db.prepare('UPDATE rooms SET stage = ?, open_decision = ? WHERE code = ?'),
      bump: db.prepare('UPDATE rooms SET version = version + 1 WHERE code = ?'),
      participant: db.prepare<[string, string], { nickname: string; joined_at: number }>(
        'SELECT nickname, joined_at FROM participants WHERE room = ? AND token = ?',
      ),
      count: db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM participants WHERE room = ?',
      ),
      vote: db.prepare<[string, string, string], { option_id: string; reason: string | null }>(
        'SELECT option_id, reason FROM votes WHERE room = ? AND decision_id = ? AND token = ?',
      ),
      log: db.prepare(
        'INSERT INTO vote_log (room, decision_id, token, kind, option_id, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
    };
  }

  async createRoom(room: StoredRoom): Promise<boolean> {
    const result = this.db
      .prepare(
        `INSERT INTO rooms (code, title, secret_hash, created_at, expires_at, capacity, stage)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
      )
      .run(
        room.code,
        room.title,
        room.secretHash,
        room.createdAt,
        room.expiresAt,
        room.capacity,
        JSON.stringify(room.stage),
      );
    return result.changes === 1;
  }

  async getRoom(code: string, now: number): Promise<StoredRoom | undefined> {
    const row = this.q.room.get(code);
    if (!row || row.expires_at <= now) return undefined;
    return {
      code: row.code,
      title: row.title,
      secretHash: row.secret_hash,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      capacity: row.capacity,
      stage: JSON.parse(row.stage) as Stage,
    };
  }

  async openDecision(code: string, decision: Decision, now: number): Promise<void> {
    this.db.transaction(() => {
      const seq =
        this.db
          .prepare<[string], { n: number }>('SELECT count(*) AS n FROM decisions WHERE room = ?')
          .get(code)?.n ?? 0;
      this.db
        .prepare(
          `INSERT INTO decisions (room, decision_id, decision, seq, opened_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (room, decision_id) DO UPDATE SET decision = excluded.decision, closed_at = NULL, chosen = NULL`,
        )
        .run(code, decision.id, JSON.stringify(decision), seq, now);
      this.q.stage.run(
        JSON.stringify({ phase: 'voting', decision } satisfies Stage),
        decision.id,
        code,
      );
    })();
  }

  async closeDecision(
    code: string,
    decisionId: string,
    chosen: string,
    now: number,
  ): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          'UPDATE decisions SET closed_at = ?, chosen = ? WHERE room = ? AND decision_id = ?',
        )
        .run(now, chosen, code, decisionId);
      const room = this.q.room.get(code);
      const stage = JSON.parse(room?.stage ?? '{}') as Stage;
      const next: Stage = { phase: 'closed', decision: stage.decision, chosenOptionId: chosen };
      this.q.stage.run(JSON.stringify(next), null, code);
    })();
  }

  async setStage(code: string, stage: Stage): Promise<void> {
    this.q.stage.run(
      JSON.stringify(stage),
      stage.phase === 'voting' ? (stage.decision?.id ?? null) : null,
      code,
    );
  }

  async join(code: string, token: string, nickname: string, now: number): Promise<JoinResult> {
    return this.db.transaction((): JoinResult => {
      const known = this.q.participant.get(code, token);
      if (known)
        return { participant: { token, nickname: known.nickname, joinedAt: known.joined_at } };
      const capacity = this.q.room.get(code)?.capacity ?? 0;
      if ((this.q.count.get(code)?.n ?? 0) >= capacity) return { full: true };
      this.db
        .prepare('INSERT INTO participants (room, token, nickname, joined_at) VALUES (?, ?, ?, ?)')
        .run(code, token, nickname, now);
      return { participant: { token, nickname, joinedAt: now } };
    })();
  }

  async participantCount(code: string): Promise<number> {
    return this.q.count.get(code)?.n ?? 0;
  }

  async castVote(
    code: string,
    decisionId: string,
    token: string,
    optionId: string,
    now: number,
  ): Promise<VoteResult> {
    return this.db.transaction((): VoteResult => {
      const room = this.q.room.get(code);
      if (!room || room.open_decision !== decisionId) return 'closed';
      const stage = JSON.parse(room.stage) as Stage;
      if (!stage.decision?.options.some((option) => option.id === optionId))
        return 'unknown-option';
      if (!this.q.participant.get(code, token)) return 'not-joined';
      const before = this.q.vote.get(code, decisionId, token);
      if (before?.option_id === optionId) return 'ok';
      this.db
        .prepare(
          `INSERT INTO votes (room, decision_id, token, option_id) VALUES (?, ?, ?, ?)
           ON CONFLICT (room, decision_id, token) DO UPDATE SET option_id = excluded.option_id`,
        )
        .run(code, decisionId, token, optionId);
      this.q.log.run(code, decisionId, token, before ? 'change' : 'vote', optionId, null, now);
      this.q.bump.run(code);
      return 'ok';
    })();
  }

  async setReason(
    code: string,
    decisionId: string,
    token: string,
    reason: string,
    now: number,
  ): Promise<ReasonResult> {
    return this.db.transaction((): ReasonResult => {
      if (this.q.room.get(code)?.open_decision !== decisionId) return 'closed';
      const vote = this.q.vote.get(code, decisionId, token);
      if (!vote) return 'no-vote';
      this.db
        .prepare('UPDATE votes SET reason = ? WHERE room = ? AND decision_id = ? AND token = ?')
        .run(reason, code, decisionId, token);
      this.q.log.run(code, decisionId, token, 'reason', vote.option_id, reason, now);
      return 'ok';
    })();
  }

  async tally(code: string, decisionId: string): Promise<StoredTally> {
    const rows = this.db
      .prepare<[string, string], { option_id: string; n: number }>(
        'SELECT option_id, count(*) AS n FROM votes WHERE room = ? AND decision_id = ? GROUP BY option_id',
      )
      .all(code, decisionId);
    const counts = Object.fromEntries(rows.map((row) => [row.option_id, row.n]));
    const version =
      this.db
        .prepare<[string], { version: number }>('SELECT version FROM rooms WHERE code = ?')
        .get(code)?.version ?? 0;
    return { counts, voters: rows.reduce((sum, row) => sum + row.n, 0), version };
  }

  async ownVote(code: string, decisionId: string, token: string) {
    const vote = this.q.vote.get(code, decisionId, token);
    if (!vote) return undefined;
    return vote.reason === null
      ? { optionId: vote.option_id }
      : { optionId: vote.option_id, reason: vote.reason };
  }

  async decisions(code: string): Promise<DecisionRecord[]> {
    return readDecisions(this.db, code, (decisionId) => this.tally(code, decisionId));
  }

  async deleteRoom(code: string): Promise<void> {
    this.db.prepare('DELETE FROM rooms WHERE code = ?').run(code);
  }

  async purgeExpired(now: number): Promise<number> {
    return this.db.prepare('DELETE FROM rooms WHERE expires_at <= ?').run(now).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

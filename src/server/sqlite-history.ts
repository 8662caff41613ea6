/**
 * The SQLite store's history of a room: every decision opened, in order, with
 * its outcome, tally and every vote, change of vote and reason (nicknames,
 * never tokens), for the workshop summary.
 */
import type Database from 'better-sqlite3';
import type { Decision } from '../live/index.ts';
import type { DecisionRecord, StoredTally, VoteEvent } from './store.ts';

/** Every decision of room `code`, in the order they were first opened. */
export async function readDecisions(
  db: Database.Database,
  code: string,
  tally: (decisionId: string) => Promise<StoredTally>,
): Promise<DecisionRecord[]> {
  const rows = db
    .prepare<
      [string],
      {
        decision_id: string;
        decision: string;
        opened_at: number;
        closed_at: number | null;
        chosen: string | null;
      }
    >('SELECT * FROM decisions WHERE room = ? ORDER BY seq')
    .all(code);
  const records: DecisionRecord[] = [];
  for (const row of rows) {
    const events = db
      .prepare<
        [string, string],
        {
          kind: VoteEvent['kind'];
          option_id: string;
          reason: string | null;
          at: number;
          nickname: string | null;
        }
      >(
        `SELECT l.kind, l.option_id, l.reason, l.at, p.nickname FROM vote_log l
           LEFT JOIN participants p ON p.room = l.room AND p.token = l.token
           WHERE l.room = ? AND l.decision_id = ? ORDER BY l.id`,
      )
      .all(code, row.decision_id)
      .map((e): VoteEvent => ({
        kind: e.kind,
        nickname: e.nickname ?? '',
        optionId: e.option_id,
        ...(e.reason === null ? {} : { reason: e.reason }),
        at: e.at,
      }));
    records.push({
      decision: JSON.parse(row.decision) as Decision,
      openedAt: row.opened_at,
      ...(row.closed_at === null ? {} : { closedAt: row.closed_at }),
      ...(row.chosen === null ? {} : { chosenOptionId: row.chosen }),
      tally: await tally(row.decision_id),
      events,
    });
  }
  return records;
}

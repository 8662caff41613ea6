/**
 * The SQLite store's schema, as ordered migrations. `PRAGMA user_version`
 * holds how many have run; opening a file runs the rest in one transaction,
 * and a file from a newer build (a higher version) is refused rather than
 * written with rules it does not know.
 */
import type Database from 'better-sqlite3';

/** Each entry moves the schema one version up; never edit one that has shipped. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE rooms (
     code TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     secret_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     capacity INTEGER NOT NULL,
     stage TEXT NOT NULL,
     open_decision TEXT,
     version INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX rooms_expiry ON rooms (expires_at);
   CREATE TABLE participants (
     room TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
     token TEXT NOT NULL,
     nickname TEXT NOT NULL,
     joined_at INTEGER NOT NULL,
     PRIMARY KEY (room, token)
   );
   CREATE TABLE decisions (
     room TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
     decision_id TEXT NOT NULL,
     decision TEXT NOT NULL,
     seq INTEGER NOT NULL,
     opened_at INTEGER NOT NULL,
     closed_at INTEGER,
     chosen TEXT,
     PRIMARY KEY (room, decision_id)
   );
   CREATE TABLE votes (
     room TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
     decision_id TEXT NOT NULL,
     token TEXT NOT NULL,
     option_id TEXT NOT NULL,
     reason TEXT,
     PRIMARY KEY (room, decision_id, token)
   );
   CREATE TABLE vote_log (
     id INTEGER PRIMARY KEY,
     room TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
     decision_id TEXT NOT NULL,
     token TEXT NOT NULL,
     kind TEXT NOT NULL,
     option_id TEXT NOT NULL,
     reason TEXT,
     at INTEGER NOT NULL
   );
   CREATE INDEX vote_log_decision ON vote_log (room, decision_id);`,
];

/** Brings `db` to the latest schema version; throws on a file from a newer build. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The room database is schema version ${current}; this build reads up to ${MIGRATIONS.length}.`,
    );
  }
  db.transaction(() => {
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version] ?? '');
    }
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}

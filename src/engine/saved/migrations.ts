/**
 * The saved-data migrations: the ordered steps that upgrade an envelope written
 * by an older build to this build's `SAVED_VERSION`. Pure; envelope.ts runs them.
 */
import { isRecord } from './untrusted.ts';

/** One upgrade step: turns an envelope of version `from` into version `from + 1`. */
export interface Migration {
  from: number;
  migrate: (envelope: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The upgrades this build knows, in order. Version 1 is the first shipped
 * envelope, so there is nothing to upgrade yet; add `{ from: 1, … }` with the
 * change that introduces version 2.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** Applies the ordered migrations; a string says why the upgrade failed. */
export function migrate(
  envelope: Record<string, unknown>,
  from: number,
  to: number,
  migrations: readonly Migration[],
): Record<string, unknown> | string {
  let current = envelope;
  for (let version = from; version < to; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) return `the saved data is version ${version}, which this game cannot upgrade`;
    try {
      const next = step.migrate(current);
      if (!isRecord(next)) return `upgrading from version ${version} failed`;
      current = { ...next, version: version + 1 };
    } catch {
      return `upgrading from version ${version} failed`;
    }
  }
  return current;
}

/**
 * The saved-data migrations: the ordered steps that upgrade an envelope written
 * by an older build to this build's `SAVED_VERSION`. Pure; envelope.ts runs them.
 */
import { AUTHORED_ORDER_SEED } from '../core/order.ts';
import { isRecord } from './untrusted.ts';

/** One upgrade step: turns an envelope of version `from` into version `from + 1`. */
export interface Migration {
  from: number;
  migrate: (envelope: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Upgrades a run record of format 1 (before presentation order) to format 2.
 * Format 1 runs were shown in authored order, so they get the seed that
 * shows authored order: replay, links and the history show them exactly as
 * they were played. Anything else is returned unchanged for validation.
 */
export function upgradeRecord(record: unknown): unknown {
  if (!isRecord(record) || record.format !== 1) return record;
  return { ...record, format: 2, seed: AUTHORED_ORDER_SEED };
}

/**
 * The upgrades this build knows, in order. Version 2 (run record format 2)
 * gives every saved run's record its presentation-order seed.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    migrate: (envelope) => ({
      ...envelope,
      runs: Array.isArray(envelope.runs)
        ? envelope.runs.map((run: unknown) =>
            isRecord(run) ? { ...run, record: upgradeRecord(run.record) } : run,
          )
        : envelope.runs,
    }),
  },
];

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

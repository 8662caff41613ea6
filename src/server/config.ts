/**
 * The server's settings, read once from the environment (README, "Live
 * room"). Anything unreadable stops the start with a message naming the
 * variable, rather than running with a guess.
 */
import { resolve } from 'node:path';

/** A token bucket: `burst` at once, refilled at `perSecond`. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export interface LiveConfig {
  port: number;
  host: string;
  /** The built game to serve (dist/). */
  distDir: string;
  /** The SQLite file, when REDIS_URL is not set. */
  dbFile: string;
  redisUrl?: string;
  roomTtlMs: number;
  roomCapacity: number;
  /** Messages of one connection. */
  perConnection: RateLimit;
  /** Messages of all connections from one address (a venue's Wi-Fi may be one address). */
  perAddress: RateLimit;
  /** Joins and room creations from one address. */
  joinsPerAddress: RateLimit;
  /** Origins allowed besides the server's own (comma-separated LIVE_ORIGINS). */
  origins: string[];
  /** The address phones should open, when the server cannot know it (behind a proxy). */
  publicUrl?: string;
  /** The pages' `frame-ancestors` sources (FRAME_ANCESTORS): who may embed the game. */
  frameAncestors?: string;
}

type Env = Record<string, string | undefined>;

function number(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${name} must be a number ≥ ${min} (it is "${raw}")`);
  }
  return value;
}

/** Reads `ROOM_TTL` as hours ("24", "0.5") or with a unit ("90m", "30s", "2h"). */
function duration(env: Env, name: string, fallbackMs: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallbackMs;
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(raw.trim());
  if (!match)
    throw new Error(`${name} must be hours or a duration like 90m, 30s, 2h (it is "${raw}")`);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000 }[match[2] ?? 'h'] ?? 3_600_000;
  return Number(match[1]) * unit;
}

function rate(env: Env, name: string, burst: number, perSecond: number): RateLimit {
  return {
    burst: number(env, `${name}_BURST`, burst, 1),
    perSecond: number(env, `${name}_PER_SECOND`, perSecond),
  };
}

/** FRAME_ANCESTORS as CSP sources; refused when it could end the directive or the header. */
function frameAncestors(env: Env): string {
  const raw = (env.FRAME_ANCESTORS ?? '').trim();
  if (raw === '') return "'none'";
  if (/[;,\r\n\0]/.test(raw))
    throw new Error(`FRAME_ANCESTORS must be CSP sources separated by spaces (it is "${raw}")`);
  return raw;
}

/** The settings from `env` (process.env by default), with the defaults README lists. */
export function readConfig(env: Env = process.env): LiveConfig {
  const dataDir = resolve(env.DATA_DIR || 'data');
  return {
    port: number(env, 'PORT', 5173),
    host: env.HOST || 'localhost',
    distDir: resolve(env.DIST_DIR || 'dist'),
    dbFile: env.DB_FILE ? resolve(env.DB_FILE) : resolve(dataDir, 'live.sqlite'),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    roomTtlMs: duration(env, 'ROOM_TTL', 24 * 3_600_000),
    roomCapacity: number(env, 'ROOM_CAPACITY', 2000, 1),
    perConnection: rate(env, 'LIVE_RATE_CONNECTION', 20, 5),
    perAddress: rate(env, 'LIVE_RATE_ADDRESS', 4000, 400),
    joinsPerAddress: rate(env, 'LIVE_RATE_JOINS', 2500, 50),
    origins: (env.LIVE_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    frameAncestors: frameAncestors(env),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL.replace(/\/+$/, '') } : {}),
  };
}

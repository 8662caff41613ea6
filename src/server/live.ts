/**
 * The live room attached to an HTTP server: the store the environment asks
 * for (SQLite, or Redis with REDIS_URL, then with Socket.IO's Redis streams
 * adapter so several processes share rooms), the origin check, the room
 * expiry sweep. Used by the server (main.ts) and by `npm run dev` (dev-plugin.ts).
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { MAX_TRANSPORT_BYTES } from '../live/index.ts';
import type { LiveConfig } from './config.ts';
import { RoomService } from './service.ts';
import { attachLiveRoom } from './sockets.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { RoomStore } from './store.ts';

const SWEEP_EVERY_MS = 60_000;

export interface LiveRoom {
  io: Server;
  store: RoomStore;
  /** Which store holds the rooms. */
  storeKind: 'sqlite' | 'redis';
  close(): Promise<void>;
}

/** Whether a browser page from `origin` may connect: the server's own pages, or a listed origin. */
export function originAllowed(request: IncomingMessage, allowed: string[]): boolean {
  const origin = request.headers.origin;
  // Only browsers send Origin; other clients cannot be told apart by it anyway.
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

async function redisParts(url: string) {
  const [{ Redis }, { createAdapter }, { openRedisStore }] = await Promise.all([
    import('ioredis'),
    import('@socket.io/redis-streams-adapter'),
    import('./redis-store.ts'),
  ]);
  const client = new Redis(url, { lazyConnect: true });
  client.on('error', (error: Error) => console.error('live room: redis:', error.message));
  await client.connect();
  return { store: await openRedisStore(url), adapter: createAdapter(client), client };
}

/** Attaches the live room to `http`; `joinBase(host)` gives the address phones open. */
export async function attachLive(
  http: HttpServer,
  config: LiveConfig,
  joinBase: (host: string | undefined) => string,
): Promise<LiveRoom> {
  const redis = config.redisUrl ? await redisParts(config.redisUrl) : undefined;
  const store = redis?.store ?? openSqliteStore(config.dbFile);
  const io = new Server(http, {
    serveClient: false,
    // Under `npm run dev` Vite's hot-reload socket shares the HTTP server: leave upgrades
    // for other paths alone instead of closing them.
    destroyUpgrade: false,
    maxHttpBufferSize: MAX_TRANSPORT_BYTES,
    allowRequest: (request, callback) => {
      const allowed = originAllowed(request, config.origins);
      callback(allowed ? null : 'This page may not join live rooms (origin not allowed).', allowed);
    },
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000 },
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  attachLiveRoom(io, new RoomService(store, config), config, joinBase);
  const sweep = setInterval(() => {
    store
      .purgeExpired(Date.now())
      .catch((error: unknown) => console.error('live room: expiry sweep failed:', error));
  }, SWEEP_EVERY_MS);
  sweep.unref();
  return {
    io,
    store,
    storeKind: redis ? 'redis' : 'sqlite',
    async close() {
      clearInterval(sweep);
      await io.close();
      await store.close();
      await redis?.client.quit().catch(() => undefined);
    },
  };
}

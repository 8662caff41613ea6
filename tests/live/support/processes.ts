/**
 * Real processes for the live-room tests and the bench: a redis-server of
 * Debian's on a free loopback port, and the live-room server (src/server/main.ts)
 * as a Node process of its own. Both are started and stopped by their PID;
 * every wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1 (asked of the system, then released). */
export function freePort(): Promise<number> {
  return new Promise((found, failed) => {
    const probe = createServer();
    probe.once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => found(port));
    });
  });
}

/** Resolves with the first stdout line matching `pattern`, or rejects after `ms`. */
function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  ms: number,
  what: string,
): Promise<RegExpMatchArray> {
  return new Promise((found, failed) => {
    let seen = '';
    const timer = setTimeout(
      () => failed(new Error(`${what} did not start in ${ms} ms:\n${seen}`)),
      ms,
    );
    const read = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', read);
        found(match);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`${what} exited (${code}) before it was ready:\n${seen}`));
    });
  });
}

/** Stops `child` by its PID and waits (bounded) for it to be gone. */
export function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    process.kill(child.pid as number, signal);
  });
}

export interface RedisProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts redis-server on a free loopback port, append-only file on, in a temporary folder. */
export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mtc-redis-'));
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'yes',
      '--dir',
      dir,
      '--daemonize',
      'no',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForLine(child, /Ready to accept connections/, 15_000, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Stops it (SIGTERM, or SIGKILL for a crash). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the live-room server on 127.0.0.1 with `env` added (PORT defaults to a
 * free one). `entry: 'start'` runs it as `npm start` does (src/server/start.ts,
 * which builds first only when DIST_DIR is older than the sources).
 */
export async function startServer(
  env: Record<string, string>,
  { entry = 'main' }: { entry?: 'main' | 'start' } = {},
): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', `src/server/${entry}.ts`], {
    env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /listening on (http:\/\/\S+?)\/? /, 30_000, 'the live-room server');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    stop: (signal) => stopProcess(child, signal),
  };
}

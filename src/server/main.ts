/**
 * The live-room server: one Node process, one port, serving the built game
 * (dist/), the phone page and the live room. `npm start` runs it through
 * start.ts, which builds first when dist/ is stale; tests run it directly.
 */
import { createServer } from 'node:http';
import { renderUnicodeCompact } from 'uqr';
import { printedAddresses, joinBaseFor } from './addresses.ts';
import { readConfig, type LiveConfig } from './config.ts';
import { attachLive, type LiveRoom } from './live.ts';
import { staticFiles } from './static.ts';

export interface RunningServer {
  port: number;
  live: LiveRoom;
  close(): Promise<void>;
}

/** Starts the server with `config`; resolves once it listens. */
export async function startServer(config: LiveConfig): Promise<RunningServer> {
  const files = staticFiles(config.distDir, { frameAncestors: config.frameAncestors });
  let storeKind = 'starting';
  const http = createServer((request, response) => {
    if (request.url === '/live/status') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true, store: storeKind, pid: process.pid }));
      return;
    }
    files(request, response);
  });
  await new Promise<void>((listening, failed) => {
    http.once('error', failed);
    http.listen(config.port, config.host, () => listening());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const live = await attachLive(http, config, joinBaseFor(config.host, port, config.publicUrl));
  storeKind = live.storeKind;
  return { port, live, close: () => live.close() };
}

function announce(config: LiveConfig, server: RunningServer): void {
  const { local, lan } = printedAddresses(config.host, server.port);
  const where = server.live.storeKind === 'redis' ? `Redis ${config.redisUrl}` : config.dbFile;
  console.log(`Make the Call: listening on ${local} (live rooms in ${where})`);
  if (config.host === 'localhost' || config.host.startsWith('127.')) {
    console.log('Only this machine can reach it; HOST=0.0.0.0 npm start serves the room’s Wi-Fi.');
  }
  const join = config.publicUrl ? `${config.publicUrl}/` : lan;
  if (join) {
    console.log(`Phones join at ${join}phone.html — scan to open it:`);
    console.log(renderUnicodeCompact(`${join}phone.html`, { border: 1 }));
  }
}

/** Starts the server, prints where to reach it, and stops it cleanly on Ctrl-C or SIGTERM. */
export async function runServer(config: LiveConfig = readConfig()): Promise<void> {
  const server = await startServer(config);
  announce(config, server);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runServer().catch((error: unknown) => {
    console.error(
      `Make the Call: the server could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}

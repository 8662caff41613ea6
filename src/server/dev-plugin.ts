/**
 * `npm run dev` with the live room: attaches the same
 * Socket.IO room (live.ts) to Vite's own HTTP server, so hot reload and live
 * votes share one port. The server modules load only when Vite serves, never
 * during a build.
 */
import type { Plugin, ViteDevServer } from 'vite';

async function attach(server: ViteDevServer): Promise<void> {
  const http = server.httpServer;
  if (!http || !('listen' in http)) return;
  const [{ attachLive }, { readConfig }] = await Promise.all([
    import('./live.ts'),
    import('./config.ts'),
  ]);
  const config = readConfig();
  const live = await attachLive(
    http as import('node:http').Server,
    config,
    (host) => config.publicUrl ?? `http://${host ?? 'localhost'}`,
  );
  http.once('close', () => void live.close());
  server.middlewares.use((request, response, next) => {
    const join = /^\/join\/([A-Za-z0-9]{1,12})\/?$/.exec(request.url ?? '');
    if (!join) return next();
    response.writeHead(302, { location: `/phone.html?room=${join[1]?.toUpperCase()}` });
    response.end();
  });
}

/** The Vite plugin; add it to vite.config.ts's plugins. */
export function liveRoomDevPlugin(): Plugin {
  return {
    name: 'make-the-call:live-room',
    apply: 'serve',
    configureServer: (server) => attach(server),
  };
}

/**
 * Serves the built game (dist/) as plain files: the server is also the static
 * host, so one port carries the game, the phone page and the live room.
 * `/join/CODE` is the short address the QR code and the projector show.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/** A request handler for the files under `distDir`. */
export function staticFiles(distDir: string) {
  const root = resolve(distDir);
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const join = /^\/join\/([A-Za-z0-9]{1,12})\/?$/.exec(url.pathname);
    if (join) {
      response.writeHead(302, { location: `/phone.html?room=${join[1]?.toUpperCase()}` });
      response.end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'Method not allowed');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(response, 400, 'Bad address');
    }
    if (path === '/' || path === '') path = '/index.html';
    if (path === '/phone' || path === '/join') path = '/phone.html';
    const file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) return send(response, 404, 'Not found');
    let size: number;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) return send(response, 404, 'Not found');
      size = stats.size;
    } catch {
      const hint =
        path === '/index.html' ? ' (the game is not built: run npm start or npm run build)' : '';
      return send(response, 404, `Not found${hint}`);
    }
    const hashed = path.startsWith('/assets/');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      // Built assets carry their hash in the name; pages must be fetched fresh.
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).pipe(response);
  };
}

/**
 * Serves the built game (dist/) as plain files: the server is also the static
 * host, so one port carries the game, the phone page and the live room.
 * `/join/CODE` is the short address the QR code and the projector show.
 * Text files go out as their build-time brotli or gzip copy when the browser
 * takes it; hashed assets are cached for a year, everything else revalidated;
 * pages carry their own Content-Security-Policy as a header, plus
 * `frame-ancestors` (FRAME_ANCESTORS, for an LMS that embeds the game).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { COMPRESSIBLE } from '../build/compress-plugin.ts';
import { contentSecurityPolicy, policyOfPage, securityHeaders } from '../build/csp.ts';
import { chooseCopy } from './encoding.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Headers every response carries, whatever it is. */
const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

/** Vite's output names: `assets/<name>-<8-character hash>.<ext>`. */
const HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * The policy of a page that carries none of its own (the phone page): the
 * same strict policy, allowing exactly the page's inline styles and scripts by
 * their hashes. Script data blocks (JSON) never run, so they need none.
 */
export function fallbackPolicy(html: string): string {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\bsrc=|type="application\/(ld\+)?json"/i.test(attributes))
    .map((m) => m[2] ?? '');
  return contentSecurityPolicy({ scripts, styles });
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

export interface StaticOptions {
  /** The `frame-ancestors` sources of pages: who may embed the game. */
  frameAncestors?: string;
}

/** The security headers of one HTML page, read from its own <meta> policy (cached by mtime). */
function pageHeaders(frameAncestors: string) {
  const cache = new Map<string, { mtimeMs: number; headers: Record<string, string> }>();
  return (file: string, mtimeMs: number): Record<string, string> => {
    const known = cache.get(file);
    if (known && known.mtimeMs === mtimeMs) return known.headers;
    const html = readFileSync(file, 'utf8');
    const policy = policyOfPage(html) ?? fallbackPolicy(html);
    // Lower-cased, so they replace BASE_HEADERS' entries instead of doubling them.
    const headers = Object.fromEntries(
      Object.entries(securityHeaders(policy, frameAncestors)).map(([k, v]) => [k.toLowerCase(), v]),
    );
    cache.set(file, { mtimeMs, headers });
    return headers;
  };
}

/** The file a request path names, inside `root`, or undefined when it leaves it. */
function fileOf(
  root: string,
  pathname: string,
): { path: string; file: string } | 'bad' | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return 'bad';
  }
  if (path === '/' || path === '') path = '/index.html';
  if (path === '/phone' || path === '/join') path = '/phone.html';
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return { path, file };
}

/** A request handler for the files under `distDir`. */
export function staticFiles(distDir: string, options: StaticOptions = {}) {
  const root = resolve(distDir);
  const headersOfPage = pageHeaders(options.frameAncestors ?? "'none'");
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const join = /^\/join\/([A-Za-z0-9]{1,12})\/?$/.exec(url.pathname);
    if (join) {
      response.writeHead(302, {
        ...BASE_HEADERS,
        location: `/phone.html?room=${join[1]?.toUpperCase()}`,
      });
      response.end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'Method not allowed');
    const named = fileOf(root, url.pathname);
    if (named === 'bad') return send(response, 400, 'Bad address');
    if (!named) return send(response, 404, 'Not found');
    const { path, file } = named;
    let stats;
    try {
      stats = statSync(file);
      if (!stats.isFile()) return send(response, 404, 'Not found');
    } catch {
      const hint =
        path === '/index.html' ? ' (the game is not built: run npm start or npm run build)' : '';
      return send(response, 404, `Not found${hint}`);
    }
    const ext = extname(file);
    const compressible = COMPRESSIBLE.has(ext);
    const copy = compressible
      ? chooseCopy(file, stats.size, request.headers['accept-encoding'])
      : { path: file, size: stats.size };
    response.writeHead(200, {
      ...BASE_HEADERS,
      ...(ext === '.html' ? headersOfPage(file, stats.mtimeMs) : {}),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': copy.size,
      ...(copy.encoding ? { 'content-encoding': copy.encoding } : {}),
      ...(compressible ? { vary: 'Accept-Encoding' } : {}),
      // Hashed names change with their content; pages, sw.js and the manifest must be fetched fresh.
      'cache-control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(copy.path).pipe(response);
  };
}

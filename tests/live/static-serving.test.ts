/**
 * The Node server as a product's static host, against a real production build
 * (with its build-time .br/.gz copies) served by a real server process on
 * 127.0.0.1: encodings chosen by Accept-Encoding, cache lifetimes, content
 * types, and each page's Content-Security-Policy sent as a header with
 * frame-ancestors. The service worker's precache and the files on disk are
 * checked in the same build.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildProduction } from '../support/build.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyOfPage } from '../../src/build/csp.ts';
import { fallbackPolicy } from '../../src/server/static.ts';
import { startServer, type ServerProcess } from './support/processes.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One raw GET (no decoding by the client), bounded by a timeout. */
function get(base: string, path: string, acceptEncoding?: string): Promise<Reply> {
  return new Promise((done, failed) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const req = request(`${base}${path}`, { headers, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', failed);
    req.end();
  });
}

const LMS = 'https://lms.example.org https://*.moodle.example';
let dist = '';
let data = '';
let server: ServerProcess;
const asset = (prefix: string, ext: string): string => {
  const name = readdirSync(join(dist, 'assets')).find(
    (file) => file.startsWith(prefix) && file.endsWith(ext),
  );
  if (!name) throw new Error(`the build has no assets/${prefix}*${ext}`);
  return `/assets/${name}`;
};

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'mtc-dist-'));
  data = mkdtempSync(join(tmpdir(), 'mtc-data-'));
  await buildProduction(dist);
  // Types the build has no file of, served from real files all the same.
  copyFileSync('scenarios/schema.json', join(dist, 'probe.json'));
  copyFileSync('package.json', join(dist, 'probe.xml'));
  server = await startServer({ DIST_DIR: dist, DATA_DIR: data, FRAME_ANCESTORS: LMS });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  for (const dir of [dist, data]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('precompressed files', () => {
  it('sends brotli, gzip or the plain file as Accept-Encoding asks, always with Vary', async () => {
    const path = asset('index-', '.js');
    const plain = readFileSync(join(dist, path));
    const cases: Array<[string | undefined, string | undefined]> = [
      ['gzip, deflate, br', 'br'],
      ['br;q=0.5, gzip', 'gzip'],
      ['gzip', 'gzip'],
      ['br', 'br'],
      ['br;q=0, gzip;q=0', undefined],
      ['identity', undefined],
      [undefined, undefined],
      ['*', 'br'],
    ];
    for (const [accept, expected] of cases) {
      const reply = await get(server.url, path, accept);
      expect(reply.status, String(accept)).toBe(200);
      expect(reply.headers['content-encoding'], String(accept)).toBe(expected);
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
      const decoded =
        expected === 'br'
          ? brotliDecompressSync(reply.body)
          : expected === 'gzip'
            ? gunzipSync(reply.body)
            : reply.body;
      expect(decoded.equals(plain), String(accept)).toBe(true);
      if (expected) expect(reply.body.length).toBeLessThan(plain.length);
    }
  });

  it('compresses every page, script, sound and manifest; the precache lists no copy', async () => {
    for (const path of ['/', '/phone.html', '/sw.js', '/manifest.webmanifest', '/icon.svg']) {
      const reply = await get(server.url, path, 'br');
      expect(reply.headers['content-encoding'], path).toBe('br');
    }
    const wav = await get(server.url, asset('choice-', '.wav'), 'gzip');
    expect(wav.headers['content-encoding']).toBe('gzip');
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(worker).toContain('index.html');
    expect(worker).not.toMatch(/\.(br|gz)"/);
  });
});

describe('cache lifetimes and types', () => {
  it('caches hashed assets for a year and revalidates the rest', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const path of [asset('index-', '.js'), asset('room-tone-', '.wav')]) {
      expect((await get(server.url, path)).headers['cache-control'], path).toBe(immutable);
    }
    for (const path of ['/', '/index.html', '/phone.html', '/sw.js', '/manifest.webmanifest']) {
      expect((await get(server.url, path)).headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('names each type', async () => {
    const types: Array<[string, string]> = [
      [asset('index-', '.js'), 'text/javascript; charset=utf-8'],
      [asset('choice-', '.wav'), 'audio/wav'],
      ['/manifest.webmanifest', 'application/manifest+json'],
      ['/icon.svg', 'image/svg+xml'],
      ['/index.html', 'text/html; charset=utf-8'],
      ['/probe.json', 'application/json; charset=utf-8'],
      ['/probe.xml', 'application/xml; charset=utf-8'],
      ['/sw.js', 'text/javascript; charset=utf-8'],
    ];
    for (const [path, type] of types) {
      const reply = await get(server.url, path, 'br, gzip');
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
    }
  });
});

describe('security headers', () => {
  it("sends each page's own policy with frame-ancestors from FRAME_ANCESTORS", async () => {
    const index = readFileSync(join(dist, 'index.html'), 'utf8');
    const policy = policyOfPage(index);
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    const reply = await get(server.url, '/', 'br');
    expect(reply.headers['content-security-policy']).toBe(`${policy}; frame-ancestors ${LMS}`);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['permissions-policy']).toContain('camera=()');
    // The phone page has no <meta> policy: its inline stylesheet is allowed by its hash.
    const phone = readFileSync(join(dist, 'phone.html'), 'utf8');
    const phoneReply = await get(server.url, '/phone.html');
    expect(phoneReply.headers['content-security-policy']).toBe(
      `${fallbackPolicy(phone)}; frame-ancestors ${LMS}`,
    );
    expect(fallbackPolicy(phone)).toMatch(/style-src 'self' 'sha256-/);
  });

  it('sends the hardening headers, but no page policy, with every other response', async () => {
    for (const path of [asset('index-', '.js'), '/no-such-file', '/join/ABC234']) {
      const reply = await get(server.url, path);
      expect(reply.headers['x-content-type-options'], path).toBe('nosniff');
      expect(reply.headers['referrer-policy'], path).toBe('no-referrer');
      expect(reply.headers['content-security-policy'], path).toBeUndefined();
    }
  });

  it("defaults frame-ancestors to 'none' and refuses a FRAME_ANCESTORS that breaks the header", async () => {
    const plain = await startServer({ DIST_DIR: dist, DATA_DIR: data });
    try {
      const reply = await get(plain.url, '/index.html');
      expect(reply.headers['content-security-policy']).toMatch(/; frame-ancestors 'none'$/);
    } finally {
      await plain.stop();
    }
    await expect(
      startServer({ DIST_DIR: dist, DATA_DIR: data, FRAME_ANCESTORS: "'self'; script-src *" }),
    ).rejects.toThrow(/FRAME_ANCESTORS must be CSP sources/);
  });
});

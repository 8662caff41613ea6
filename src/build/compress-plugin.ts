/**
 * Precompressed copies of the built files: a `.br` (brotli, best quality) and
 * a `.gz` (gzip, level 9) beside each compressible file of dist/, so the Node
 * server (src/server/static.ts) sends them without compressing per request.
 * It runs after every other plugin has written its files (the service worker
 * included); the precache globs and the SCORM zip leave these copies out.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The extensions worth compressing (text, and uncompressed PCM audio). */
export const COMPRESSIBLE = new Set([
  '.js',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.webmanifest',
  '.wav',
  '.xml',
  '.txt',
]);

/** The precompressed copies of `file`, as the server looks for them. */
export const ENCODED_SUFFIX = { br: '.br', gzip: '.gz' } as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file under
 * `dir`, and returns how many files it compressed. A copy no smaller than the
 * file itself is still written, so the server's choice stays a plain lookup.
 */
export function precompress(dir: string): number {
  const files = filesUnder(dir).filter((file) => COMPRESSIBLE.has(extname(file)));
  for (const file of files) {
    const body = readFileSync(file);
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    writeFileSync(file + ENCODED_SUFFIX.br, brotli);
    writeFileSync(file + ENCODED_SUFFIX.gzip, gzipSync(body, { level: 9 }));
  }
  return files.length;
}

/** The Vite plugin: precompresses the output folder once the build is written. */
export function compressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'make-the-call:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      // After vite-plugin-pwa has written sw.js, so the worker is compressed too.
      order: 'post',
      sequential: true,
      handler() {
        precompress(outDir);
      },
    },
  };
}

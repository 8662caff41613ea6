/**
 * What the production build weighs, gzipped (zlib's default level, KB of
 * 1024 bytes, as the browser bench counts): the Phaser chunk, every script
 * the game page can load, and the first screen's scripts — the inline boot
 * plus the entry file index.html starts (`data-game`) and the files it
 * preloads with it (`data-preload`) and imports statically.
 *
 * "Every script the game page can load" is index.html's import graph: the
 * files index.html names, then every file a loaded file names — static and
 * dynamic imports, Vite's preload lists, and the service worker it registers
 * (`./sw.js`, resolved against the page) with any file that worker imports
 * (src/worker/sw.ts is bundled whole today; a generated Workbox worker loads a
 * workbox-*.js of its own). The phone page (phone.html) is an entry of its own: files only it
 * reaches are not the game's, while chunks both pages share are counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets of issue 15, in KB gzip. */
export const SIZE_BUDGET = { phaserKb: 180, allJsKb: 260, firstScreenKb: 60 };

export interface BundleSizes {
  phaser: number;
  total: number;
  /** The files behind `total`, relative to dist (`assets/…`, `sw.js`, …). */
  totalFiles: string[];
  firstScreen: number;
  firstScreenFiles: string[];
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([^]*?)<\/script>/g;
const STATIC_IMPORT = /(?:^|[;\n])\s*import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g;
/** A quoted relative path to a script: `"./x.js"`, `'./x.js'`, `` `./x.js` ``, `"assets/x.js"`. */
const SCRIPT_PATH = /["'`](?:\.\/)?((?:assets\/)?[\w.-]+\.js)["'`]/g;
/** What a service worker may load beside it: `importScripts("./x.js")`, or a generated Workbox worker's `define(["./workbox-abc123"], …)`. */
const WORKER_IMPORT = /["'](?:\.\/)?([\w.-]+?)(?:\.js)?["']/g;

/**
 * Every script (path relative to `dist`) the page `dist/index.html` can load.
 * A chunk's relative imports resolve beside it, in assets/; the one path that
 * resolves against the page instead is a service worker's, which the page
 * registers from dist's root.
 */
export function gameScripts(dist: string): string[] {
  const found = new Set<string>();
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const isFile = (path: string) => existsSync(join(dist, path));
  const visitWorker = (path: string) => {
    if (found.has(path) || !isFile(path)) return;
    found.add(path);
    for (const [, name] of read(path).matchAll(WORKER_IMPORT))
      if (name && isFile(`${name}.js`)) visitWorker(`${name}.js`);
  };
  const visit = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    for (const [, name] of read(path).matchAll(SCRIPT_PATH)) {
      if (!name) continue;
      const bare = name.replace(/^assets\//, '');
      if (isFile(`assets/${bare}`)) visit(`assets/${bare}`);
      else if (isFile(bare)) visitWorker(bare);
    }
  };
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const [, name] of html.matchAll(/(?:\.\/)?assets\/([\w.-]+\.js)\b/g))
    if (name && isFile(`assets/${name}`)) visit(`assets/${name}`);
  return [...found];
}

/** Sizes of the build in `dist` (bytes). */
export function bundleSizes(dist: string): BundleSizes {
  const assets = join(dist, 'assets');
  const gzFile = (path: string) => gzipSync(readFileSync(join(dist, path))).length;
  const gz = (name: string) => gzFile(join('assets', name));
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const inline = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '').join('\n');
  const inlineBytes = inline.trim() ? gzipSync(inline).length : 0;
  const named = (attribute: string) =>
    (html.match(new RegExp(`${attribute}="([^"]*)"`))?.[1] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((path) => path.replace(/^\.?\/?assets\//, ''));
  const first = new Set<string>();
  const visit = (name: string) => {
    if (first.has(name) || !scripts.includes(name)) return;
    first.add(name);
    for (const match of readFileSync(join(assets, name), 'utf8').matchAll(STATIC_IMPORT))
      if (match[1]) visit(match[1]);
  };
  [...named('data-game'), ...named('data-preload')].forEach(visit);
  const sum = (names: Iterable<string>) => [...names].reduce((total, name) => total + gz(name), 0);
  const phaser = scripts.filter((name) => /^phaser-/.test(name));
  const game = gameScripts(dist);
  return {
    phaser: sum(phaser),
    total: game.reduce((total, path) => total + gzFile(path), 0) + inlineBytes,
    totalFiles: game,
    firstScreen: sum(first) + inlineBytes,
    firstScreenFiles: ['inline scripts', ...first],
  };
}

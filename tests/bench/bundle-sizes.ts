/**
 * What the production build weighs, gzipped (zlib's default level, KB of
 * 1024 bytes, as the browser bench counts): the Phaser chunk, every game
 * script, and the first screen's scripts — the inline boot plus the entry
 * file index.html starts (`data-game`) and the files it preloads with it
 * (`data-preload`) and imports statically.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets of issue 15, in KB gzip. */
export const SIZE_BUDGET = { phaserKb: 180, allJsKb: 260, firstScreenKb: 60 };

export interface BundleSizes {
  phaser: number;
  total: number;
  firstScreen: number;
  firstScreenFiles: string[];
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([^]*?)<\/script>/g;
const STATIC_IMPORT = /(?:^|[;\n])\s*import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g;

/** Sizes of the build in `dist` (bytes). */
export function bundleSizes(dist: string): BundleSizes {
  const assets = join(dist, 'assets');
  const gz = (name: string) => gzipSync(readFileSync(join(assets, name))).length;
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
  return {
    phaser: sum(phaser),
    total: sum(scripts) + inlineBytes,
    firstScreen: sum(first) + inlineBytes,
    firstScreenFiles: ['inline scripts', ...first],
  };
}

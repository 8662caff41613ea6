/**
 * Which stored copy of a file to send: the brotli or gzip copy written at
 * build time (src/build/compress-plugin.ts), chosen by the request's
 * Accept-Encoding, or the plain file.
 */
import { statSync } from 'node:fs';

export interface Chosen {
  /** The file on disk to send. */
  path: string;
  size: number;
  /** The Content-Encoding header, when a compressed copy was chosen. */
  encoding?: 'br' | 'gzip';
}

/** The q-value the client gives `coding` (an explicit entry, else `*`, else 0). */
export function acceptQuality(header: string | undefined, coding: string): number {
  let star = 0;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    const quality = q === undefined ? 1 : Number(q);
    if (name.trim() === coding) return Number.isFinite(quality) ? quality : 0;
    if (name.trim() === '*') star = Number.isFinite(quality) ? quality : 0;
  }
  return star;
}

function sizeOf(path: string): number | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The best copy of `file` (already known to exist, of `size` bytes) for
 * `acceptEncoding`: brotli when accepted and present, else gzip, else plain.
 * On equal q-values brotli wins: its copies are the smaller.
 */
export function chooseCopy(file: string, size: number, acceptEncoding?: string): Chosen {
  const br = acceptQuality(acceptEncoding, 'br');
  const gzip = acceptQuality(acceptEncoding, 'gzip');
  const order: Array<['br' | 'gzip', number, string]> = [
    ['br', br, '.br'],
    ['gzip', gzip, '.gz'],
  ];
  order.sort((a, b) => b[1] - a[1]);
  for (const [encoding, quality, suffix] of order) {
    if (quality <= 0) continue;
    const encodedSize = sizeOf(file + suffix);
    if (encodedSize !== undefined) return { path: file + suffix, size: encodedSize, encoding };
  }
  return { path: file, size };
}

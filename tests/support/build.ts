/**
 * The production build, as `npm run build` makes it, into `outDir`: for the
 * browser tests, the static-serving test, the size budgets and the bench.
 * Test runners set NODE_ENV=test, under which Vite resolves packages'
 * development builds (XState's, with its warnings) and vite-plugin-pwa builds
 * Workbox's logging into the worker, so the build under test would not be the
 * one users get (about 5 KB gzip more, and a chattier console).
 */
import { build } from 'vite';

export async function buildProduction(
  outDir: string,
  logLevel: 'warn' | 'silent' = 'warn',
): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel, build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

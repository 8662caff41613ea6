/**
 * Builds the production bundle and serves it on a free port of 127.0.0.1
 * (browser tests and bench). Each run builds into its own folder, so two
 * runs at once (or a `npm run build` meanwhile) never swap files under a test.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { buildProduction } from '../../support/build.ts';

export interface Served {
  url: string;
  /** The folder served: the build of this run. */
  outDir: string;
  close(): Promise<void>;
}

export async function buildAndServe(): Promise<Served> {
  const outDir = resolve('test-results', `dist-${process.pid}-${Date.now()}`);
  await buildProduction(outDir);
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string')
    throw new Error('vite preview did not report a port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    async close() {
      await new Promise<void>((done) => server.httpServer.close(() => done()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

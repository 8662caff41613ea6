/**
 * Builds the production bundle once and serves it with `vite preview` on a
 * free port of 127.0.0.1; browser tests read the address with
 * `inject('baseUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { buildAndServe } from '../support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder of that build, for tests that serve it with the live-room server. */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await buildAndServe();
  project.provide('baseUrl', served.url);
  project.provide('distDir', served.outDir);
  return () => served.close();
}

/** Runs `xstate-paths.ts` in a child process and stops it at the time limit. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LayeredOptions } from './synthetic.ts';

export type SimplePathsResult =
  | { status: 'done'; ms: number; paths: number }
  | { status: 'timeout' }
  | { status: 'failed'; reason: string };

const CHILD = fileURLToPath(new URL('./xstate-paths.ts', import.meta.url));
/** The repo root, so `--import tsx` resolves from the project's node_modules. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Times `getSimplePaths`; the limit starts once the child has built its machine. */
export function timeSimplePaths(
  options: LayeredOptions,
  limitMs: number,
): Promise<SimplePathsResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(options)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let result: SimplePathsResult | undefined;
    let timer: NodeJS.Timeout | undefined;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!timer && stdout.includes('ready\n')) {
        timer = setTimeout(() => {
          result = { status: 'timeout' };
          child.kill('SIGKILL');
        }, limitMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (!result && code === 0 && last.startsWith('{')) {
        result = { status: 'done', ...(JSON.parse(last) as { ms: number; paths: number }) };
      }
      const reason = stderr.trim().split('\n').pop() ?? `exit ${code ?? signal}`;
      resolve(result ?? { status: 'failed', reason: reason || `exit ${code ?? signal}` });
    });
  });
}

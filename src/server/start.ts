/**
 * `npm start`: builds the game when dist/ is older than its sources (or
 * missing), then starts the server (main.ts). One command, as the README says.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from './config.ts';
import { runServer } from './main.ts';

const SOURCES = [
  'src',
  'scenarios',
  'assets',
  'index.html',
  'phone.html',
  'vite.config.ts',
  'package-lock.json',
];

/** The newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (latest, name) => Math.max(latest, newest(join(path, name))),
    stats.mtimeMs,
  );
}

async function main(): Promise<void> {
  const config = readConfig();
  const built = join(config.distDir, 'index.html');
  const builtAt =
    existsSync(built) && existsSync(join(config.distDir, 'phone.html'))
      ? statSync(built).mtimeMs
      : 0;
  if (builtAt < Math.max(...SOURCES.map(newest))) {
    console.log(
      builtAt ? 'The game changed since the last build: building…' : 'Building the game…',
    );
    const { build } = await import('vite');
    await build({ logLevel: 'warn', build: { outDir: config.distDir, emptyOutDir: true } });
  }
  await runServer(config);
}

main().catch((error: unknown) => {
  console.error(
    `Make the Call: could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

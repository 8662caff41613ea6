/**
 * `npm run bench` — runs the bench parts in order. Flags pick parts:
 *
 *   npm run bench                 every part that exists
 *   npm run bench -- --engine     the engine part only
 *   npm run bench -- --sizes      the build's script sizes only
 *   npm run bench -- --browser    the browser part only
 *   npm run bench -- --smooth     first seconds, long tasks, idle CPU, DOM growth only
 *   npm run bench -- --lighthouse Lighthouse on every page (slow: never part of the default run)
 *   npm run bench -- --skip-xstate  (engine) leave out XState's getSimplePaths
 *
 * A part is a module here exporting one async function; a part whose module
 * does not exist yet is reported and skipped. To add the browser part, write
 * `tests/bench/browser.ts` exporting `runBrowserBench(): Promise<boolean>`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Part {
  flag: string;
  module: string;
  entry: string;
  /** Run only when its flag is given (a part too slow for the default run). */
  onlyByFlag?: boolean;
}

const PARTS: Part[] = [
  { flag: '--engine', module: './engine.ts', entry: 'runEngineBench' },
  { flag: '--sizes', module: './sizes.ts', entry: 'runSizesBench' },
  { flag: '--browser', module: './browser.ts', entry: 'runBrowserBench' },
  { flag: '--smooth', module: './smooth.ts', entry: 'runSmoothPart' },
  {
    flag: '--lighthouse',
    module: './lighthouse.ts',
    entry: 'runLighthouseBench',
    onlyByFlag: true,
  },
];

type PartEntry = (options: { skipXState?: boolean }) => Promise<boolean>;

async function main(args: string[]): Promise<number> {
  const picked = PARTS.filter((part) => args.includes(part.flag));
  const parts = picked.length > 0 ? picked : PARTS.filter((part) => !part.onlyByFlag);
  let allPass = true;
  for (const part of parts) {
    const url = new URL(part.module, import.meta.url);
    if (!existsSync(fileURLToPath(url))) {
      console.log(`${part.flag.slice(2)} bench: ${part.module} does not exist yet — skipped\n`);
      continue;
    }
    const loaded = (await import(url.href)) as Record<string, PartEntry | undefined>;
    const entry = loaded[part.entry];
    if (!entry) throw new Error(`${part.module} does not export ${part.entry}`);
    allPass = (await entry({ skipXState: args.includes('--skip-xstate') })) && allPass;
    console.log('');
  }
  console.log(allPass ? 'bench: every budget met' : 'bench: some budget OVER (see above)');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

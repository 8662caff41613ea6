/**
 * `npm run bench -- --sizes`: the production build's scripts, gzipped,
 * against issue 15's budgets (the same figures tests/unit/build checks).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProduction } from '../support/build.ts';
import { bundleSizes, SIZE_BUDGET } from './bundle-sizes.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints one line per budget; true when every one is met. */
export async function runSizesBench(): Promise<boolean> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
  try {
    await buildProduction(outDir, 'silent');
    const sizes = bundleSizes(outDir);
    const rows: [string, number, number][] = [
      ['Phaser chunk', sizes.phaser, SIZE_BUDGET.phaserKb],
      [
        `all the game page can load (${sizes.totalFiles.length} files, service worker included, phone page's own left out)`,
        sizes.total,
        SIZE_BUDGET.allJsKb,
      ],
      [
        `first screen (${sizes.firstScreenFiles.join(', ')})`,
        sizes.firstScreen,
        SIZE_BUDGET.firstScreenKb,
      ],
    ];
    console.log('sizes bench (production build, gzip)');
    let ok = true;
    for (const [name, bytes, budget] of rows) {
      const met = bytes <= budget * 1024;
      ok &&= met;
      console.log(`  ${name}: ${kb(bytes)}  budget ≤ ${budget} KB  ${met ? 'ok' : 'OVER'}`);
    }
    return ok;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

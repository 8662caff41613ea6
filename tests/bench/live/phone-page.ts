/**
 * `npm run bench:live -- --phone-page`: how soon the phone page is
 * interactive (its join form wired) in Chromium with the CPU throttled 4×,
 * and how much JavaScript it loads, against the live-room server serving a
 * fresh build. Prints one JSON object and the budgets (≤ 1 s, ≤ 35 KB gzip).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildProduction } from '../../support/build.ts';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { startServer } from '../../live/support/processes.ts';

export async function phonePageBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'mtc-phone-bench-'));
  const distDir = join(folder, 'dist');
  await buildProduction(distDir);
  const server = await startServer({ DATA_DIR: folder, DIST_DIR: distDir });
  const browser = await launchBrowser();
  try {
    const runs: number[] = [];
    let scripts: string[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      scripts = [];
      page.on(
        'response',
        (r) => r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname),
      );
      await page.goto(`${server.url}/phone.html?room=ACDEFG`);
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
      runs.push(await page.evaluate(() => Math.round(performance.now())));
      // The room's code loads after the form is ready: count it too.
      await page.waitForLoadState('networkidle');
      await context.close();
    }
    const gzip = scripts.reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(distDir, path))).length,
      0,
    );
    const interactive = [...runs].sort((a, b) => a - b)[2] ?? 0;
    console.log(
      JSON.stringify({
        phone_interactive_ms_median_4x_cpu: interactive,
        phone_js_gzip_kb: Math.round(gzip / 102.4) / 10,
      }),
    );
    console.log(
      `budget: interactive ≤ 1000 ms → ${interactive <= 1000 ? 'met' : 'OVER'}; JS ≤ 35 KB → ${gzip <= 35 * 1024 ? 'met' : 'OVER'}`,
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

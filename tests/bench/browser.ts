/**
 * `npm run bench -- --browser`: the game's production build in Debian's
 * Chromium, against the budgets of the meeting-room issue.
 */
import { analyze } from '../../src/engine/analysis/analyze.ts';
import { launchBrowser, openPage } from '../e2e/support/browser.ts';
import { loadScenarios } from '../e2e/support/scenarios.ts';
import { buildAndServe } from '../e2e/support/server.ts';
import {
  firstDecision,
  heapUsed,
  idleCpu,
  jsBytes,
  playInPage,
  writePlainPage,
} from './browser-measures.ts';

const BUDGET = { firstScreenKb: 60, firstDecisionRatio: 1.5, idleCpuShare: 0.05, heapGrowthMb: 10 };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

export async function runBrowserBench(): Promise<boolean> {
  console.log('browser bench (production build, Chromium headless, software rendering)');
  const scenarios = loadScenarios();
  const first = scenarios[0];
  if (!first) throw new Error('no scenarios to measure');
  const served = await buildAndServe();
  const plain = writePlainPage(served.outDir, first);
  const browser = await launchBrowser();
  const results: boolean[] = [];
  try {
    const js = await jsBytes(browser, served.url, served.outDir);
    const jsOk = js.firstScreen <= BUDGET.firstScreenKb * 1024;
    console.log(
      `  JS gzip: first screen ${kb(js.firstScreen)} (${js.firstScreenFiles.join(', ')}), all ${kb(js.total)}  budget ≤ ${BUDGET.firstScreenKb} KB  ${verdict(jsOk)}`,
    );
    results.push(jsOk);

    const timing = await firstDecision(
      browser,
      `${served.url}#/play/${first.id}`,
      `${served.url}${plain}`,
    );
    const ratio = timing.game / timing.plain;
    const timingOk = ratio <= BUDGET.firstDecisionRatio;
    console.log(
      `  first decision clickable (median of 11): game ${timing.game.toFixed(0)} ms, plain HTML ${timing.plain.toFixed(0)} ms, ratio ${ratio.toFixed(2)}×  budget ≤ ${BUDGET.firstDecisionRatio}×  ${verdict(timingOk)}`,
    );
    console.log(
      `  first contentful paint (same runs): game ${timing.gamePaint.toFixed(0)} ms, plain HTML ${timing.plainPaint.toFixed(0)} ms, ratio ${(timing.gamePaint / timing.plainPaint).toFixed(2)}×  (for information: the room's page paints far more than a plain one)`,
    );
    results.push(timingOk);

    for (const renderer of ['webgl', 'canvas'] as const) {
      const { page, context } = await openPage(browser);
      await page.goto(`${served.url}?renderer=${renderer}#/play/${first.id}`);
      await page.locator('.stage[data-room="ready"]').waitFor({ timeout: 90_000 });
      await page.waitForTimeout(3000);
      const cpu = await idleCpu(page, 10);
      await context.close();
      const ok = cpu.tree <= BUDGET.idleCpuShare;
      console.log(
        `  idle on a decision for 10 s (${renderer}): all browser processes ${pct(cpu.tree)} of a core, page main thread ${pct(cpu.mainThread)}  budget ≤ ${pct(BUDGET.idleCpuShare)}  ${verdict(ok)}`,
      );
      results.push(ok);
    }

    const { page, context } = await openPage(browser, { width: 1280, height: 720 });
    await page.goto(`${served.url}?renderer=canvas#/`);
    const paths = scenarios.map((scenario) => ({
      id: scenario.id,
      path: analyze(scenario).bestCustomerPath?.choices ?? [],
    }));
    const round = async () => {
      for (const { id, path } of paths) await playInPage(page, id, path);
    };
    await round();
    const afterFirst = await heapUsed(page);
    for (let i = 1; i < ROUNDS; i += 1) await round();
    const afterAll = await heapUsed(page);
    await context.close();
    const growth = afterAll - afterFirst;
    const heapOk = growth <= BUDGET.heapGrowthMb * 1024 * 1024;
    console.log(
      `  heap after 1 round of all ${paths.length} meetings ${mb(afterFirst)}, after ${ROUNDS} rounds ${mb(afterAll)}: growth ${mb(growth)}  budget ≤ ${BUDGET.heapGrowthMb} MB  ${verdict(heapOk)}`,
    );
    results.push(heapOk);
  } finally {
    await browser.close();
    await served.close();
  }
  return results.every(Boolean);
}

/**
 * `npm run bench -- --lighthouse`: Lighthouse 12.2.3 (13 needs Node 22) on
 * the title page and one deep link per meeting, desktop and mobile presets,
 * against the build as `npm start` serves it (brotli, cache headers, the
 * policy header). Chromium is Debian's, started here with a debugging port
 * on 127.0.0.1 and stopped by its PID. Budget: desktop ≥ 95 and TBT ≤ 100 ms
 * on every page; mobile printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig, type Config } from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/support/browser.ts';
import { loadScenarios } from '../e2e/support/scenarios.ts';
import { buildAndServe } from '../e2e/support/server.ts';
import { freePort, startServer, stopProcess } from '../live/support/processes.ts';

const BUDGET = { desktopScore: 95, desktopTbtMs: 100 };

/** Chromium with a debugging port for Lighthouse; resolves once the port answers (bounded). */
async function startChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'mtc-lh-'));
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  for (let tries = 0; ; tries++) {
    if (tries > 100) throw new Error('Chromium did not open its debugging port in 20 s');
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    async stop() {
      await stopProcess(child);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run: performance score and the three vitals it reports. */
async function audit(url: string, port: number, config?: Config) {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
    config,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

/** Prints score, LCP, TBT and CLS per page and preset; true when every desktop page is within budget. */
export async function runLighthouseBench(): Promise<boolean> {
  console.log('lighthouse bench (12.2.3, Debian Chromium, the Node server on 127.0.0.1)');
  const built = await buildAndServe();
  const data = mkdtempSync(join(tmpdir(), 'mtc-lh-data-'));
  const server = await startServer({ DIST_DIR: built.outDir, DATA_DIR: data });
  const chromium = await startChromium();
  const pages = [
    { name: 'title', url: `${server.url}/` },
    ...loadScenarios().map((s) => ({ name: s.id, url: `${server.url}/#/play/${s.id}` })),
  ];
  const results: boolean[] = [];
  try {
    for (const { name, url } of pages) {
      for (const preset of ['desktop', 'mobile'] as const) {
        const r = await audit(url, chromium.port, preset === 'desktop' ? desktopConfig : undefined);
        const ok = r.score >= BUDGET.desktopScore && r.tbt <= BUDGET.desktopTbtMs;
        const verdict =
          preset === 'desktop'
            ? `  budget ≥ ${BUDGET.desktopScore}, TBT ≤ ${BUDGET.desktopTbtMs} ms  ${ok ? 'OK' : 'OVER'}`
            : '  (printed)';
        console.log(
          `  ${name} ${preset}: score ${r.score}, LCP ${r.lcp.toFixed(0)} ms, TBT ${r.tbt.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}${verdict}`,
        );
        if (preset === 'desktop') results.push(ok);
      }
    }
  } finally {
    await chromium.stop();
    await server.stop();
    await built.close();
    rmSync(data, { recursive: true, force: true });
  }
  return results.every(Boolean);
}

/**
 * The production build against issue 15's size budgets: the room's lean
 * Phaser (src/view/phaser.ts), the first screen's scripts and every script
 * the game page can load. `npm run bench` prints the same figures.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProduction } from '../../support/build.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleSizes, SIZE_BUDGET, type BundleSizes } from '../../bench/bundle-sizes.ts';

let outDir = '';
let sizes: BundleSizes;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
  await buildProduction(outDir, 'silent');
  sizes = bundleSizes(outDir);
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('keeps the Phaser chunk within its budget', () => {
  expect(sizes.phaser).toBeGreaterThan(50 * 1024);
  expect(sizes.phaser).toBeLessThanOrEqual(SIZE_BUDGET.phaserKb * 1024);
});

it('keeps the first screen’s scripts within their budget, Phaser, Howler and the later screens left out', () => {
  expect(sizes.firstScreenFiles.some((name) => /^index-/.test(name))).toBe(true);
  // The grouped chunks of vite.config.ts hold only what the first screen does not import.
  expect(
    sizes.firstScreenFiles.filter((name) => /^(phaser|howler|screens|live-control)-/.test(name)),
  ).toEqual([]);
  expect(sizes.firstScreen).toBeLessThanOrEqual(SIZE_BUDGET.firstScreenKb * 1024);
});

it('keeps every script the game page can load within the all-JavaScript budget', () => {
  expect(sizes.total).toBeGreaterThan(sizes.phaser + sizes.firstScreen);
  expect(sizes.total).toBeLessThanOrEqual(SIZE_BUDGET.allJsKb * 1024);
});

it('counts what the game page can load: its chunks and service worker, not the phone page’s own', () => {
  const files = sizes.totalFiles;
  expect(files.some((path) => /^assets\/phaser-/.test(path))).toBe(true);
  expect(files.some((path) => /^assets\/scenario-/.test(path))).toBe(true);
  expect(files).toContain('sw.js');
  // phone.html's own entry and the chunks only it imports are not the game's.
  const phoneEntry = readFileSync(join(outDir, 'phone.html'), 'utf8').match(
    /assets\/(phone-[\w-]+\.js)/,
  )?.[1];
  expect(phoneEntry).toBeTruthy();
  expect(files).not.toContain(`assets/${phoneEntry}`);
});

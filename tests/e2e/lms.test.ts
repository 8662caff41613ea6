/**
 * The SCORM packages under a real, independent LMS-side implementation
 * (scorm-again, in the harness page of dist-lms/harness): `npm run
 * package:lms`, unzip, serve the folder, play a meeting in the harness's
 * iframe, and read what the LMS holds — interactions, score, statuses,
 * session time, the reasoning; close mid-meeting and resume at the same
 * decision; an LMS that refuses every call leaves the meeting playable.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/content/types.ts';
import { analyze } from '../../src/engine/analysis/analyze.ts';
import { scoreOf } from '../../src/ui/lms/cmi.ts';
import { NOT_RECORDED } from '../../src/ui/lms/follow.ts';
import { useBrowser, withPage } from './support/browser.ts';
import { loadScenarios } from './support/scenarios.ts';
import { serveFolder, type StaticServer } from './support/static-server.ts';

const out = resolve('test-results', `lms-${process.pid}`);
const shots = resolve('test-results', 'screenshots');
const browser = useBrowser();
const scenario = loadScenarios().find((s) => s.id === 'fintech-sync') as Scenario;
let server: StaticServer;

beforeAll(() => {
  execFileSync('npx', ['tsx', 'src/cli/package-lms.ts', '--out', out], { stdio: 'pipe' });
  for (const version of ['scorm12', 'scorm2004']) {
    const zip = unzipSync(readFileSync(join(out, `make-the-call-${version}.zip`)));
    for (const [name, bytes] of Object.entries(zip)) {
      mkdirSync(dirname(join(out, version, name)), { recursive: true });
      writeFileSync(join(out, version, name), bytes);
    }
  }
  mkdirSync(shots, { recursive: true });
  return serveFolder(out).then((served) => void (server = served));
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

type Summary = {
  status: string;
  success?: string;
  score: Record<string, string>;
  sessionTime: string;
  exit: string;
  entry: string;
  suspendData: string;
  comments: string | Array<{ comment: string; location: string }>;
  interactions: Array<{
    id: string;
    type: string;
    response: string;
    result: string;
    latency: string;
    time: string;
    description: string;
  }>;
};

/** What harness.js puts on its window. */
type HarnessWindow = {
  harness: {
    ready: Promise<void>;
    launch(id: string): void;
    close(): Promise<void>;
    summary(): Summary;
  };
};

const summary = (page: Page) =>
  page.evaluate(() => (window as unknown as HarnessWindow).harness.summary()) as Promise<Summary>;

async function openHarness(page: Page, version: string, fail = false) {
  await page.goto(`${server.url}harness/?package=../${version}/`);
  await page.evaluate(() => (window as unknown as HarnessWindow).harness.ready);
  if (fail) await page.locator('#fail').check();
}

async function launch(page: Page) {
  await page.evaluate(() =>
    (window as unknown as HarnessWindow).harness.launch('ITEM-fintech-sync'),
  );
  const frame = page.frameLocator('#frame');
  await frame.locator('.stage .next, .choice').first().waitFor();
  return frame;
}

/** Continues through lines and feedback until the option `choiceId` is on screen. */
async function reach(frame: FrameLocator, choiceId: string) {
  const button = frame.locator(`.choice[data-choice-id="${choiceId}"]`);
  for (let clicks = 0; !(await button.isVisible()); clicks += 1) {
    if (clicks > 100) throw new Error(`"${choiceId}" never appeared`);
    await frame.locator('.stage .next').click();
  }
}

/** Takes `choices` with the mouse, typing `note` into the first reasoning box met. */
async function choose(frame: FrameLocator, choices: readonly string[], note?: string) {
  let typed = false;
  for (const choiceId of choices) {
    const button = frame.locator(`.choice[data-choice-id="${choiceId}"]`);
    for (let clicks = 0; !(await button.isVisible()); clicks += 1) {
      if (clicks > 100) throw new Error(`"${choiceId}" never appeared`);
      await frame.locator('.stage .next').click();
    }
    const box = frame.locator('.reasoning-input');
    if (note && !typed && (await box.isVisible())) {
      await box.fill(note);
      typed = true;
    }
    await button.click();
    await frame.locator('.feedback:not([hidden])').waitFor();
  }
}

const choiceById = new Map(scenario.nodes.flatMap((node) => node.choices.map((c) => [c.id, c])));
const expectedResult = (version: string, id: string) => {
  const delta = choiceById.get(id)?.customer ?? 0;
  return delta > 0
    ? 'correct'
    : delta < 0
      ? version === 'scorm12'
        ? 'wrong'
        : 'incorrect'
      : 'neutral';
};

describe.each([
  ['scorm12', 'best', analyze(scenario).bestCustomerPath!],
  ['scorm2004', 'worst', analyze(scenario).worstCustomerPath!],
] as const)('the %s package, played along the %s customer-value path', (version, _label, path) => {
  const range = analyze(scenario).scores!.customer;
  const passed = ['good', 'best'].includes(
    scenario.endings.find((e) => e.id === path.ending.id)!.rating,
  );

  it('reports every decision, the reasoning, the score and the status', async () => {
    await withPage(browser(), async ({ page, errors }) => {
      await openHarness(page, version);
      const frame = await launch(page);
      await choose(frame, path.choices, 'Customers first: ship what users need.');
      await frame.locator('.stage .next').click();
      await frame.locator('.debrief-page h1').waitFor();
      await expect
        .poll(async () => (await summary(page)).exit)
        .toBe(version === 'scorm12' ? '' : 'normal');
      const s = await summary(page);
      expect(s.interactions.map((i) => i.response)).toEqual(path.choices);
      expect(s.interactions.map((i) => i.type)).toEqual(path.choices.map(() => 'choice'));
      expect(s.interactions.map((i) => i.result)).toEqual(
        path.choices.map((id) => expectedResult(version, id)),
      );
      expect(new Set(s.interactions.map((i) => i.id)).size).toBe(path.choices.length);
      const latency =
        version === 'scorm12'
          ? /^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/
          : /^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/;
      for (const i of s.interactions) expect(i.latency).toMatch(latency);
      const { raw, scaled } = scoreOf(path.final.customer, range);
      expect(Number(s.score.raw)).toBe(raw);
      expect([s.score.min, s.score.max].map(Number)).toEqual([0, 100]);
      if (version === 'scorm12') {
        expect(s.status).toBe(passed ? 'passed' : 'failed');
        expect(s.sessionTime).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/);
        expect(s.comments).toContain('Customers first: ship what users need.');
      } else {
        expect(Number(s.score.scaled)).toBeCloseTo(scaled, 4);
        expect([s.status, s.success]).toEqual(['completed', passed ? 'passed' : 'failed']);
        expect(s.sessionTime).toMatch(/^PT/);
        expect(s.interactions[0]!.description).toContain(
          choiceById.get(path.choices[0]!)!.text.slice(0, 20),
        );
        expect(s.comments).toEqual([
          expect.objectContaining({ comment: '{lang=en}Customers first: ship what users need.' }),
        ]);
      }
      // A working LMS accepted every value: no error notice in the meeting.
      expect(await frame.locator('.notice').allTextContents()).toEqual([]);
      await page.screenshot({ path: join(shots, `lms-${version}-debrief-1920x1080.png`) });
      expect(errors).toEqual([]);
    });
  });

  it('suspends mid-meeting and resumes at the same decision, with the reasoning', async () => {
    await withPage(browser(), { width: 1024, height: 768 }, async ({ page, errors }) => {
      await openHarness(page, version);
      let frame = await launch(page);
      await choose(frame, path.choices.slice(0, 2));
      const next = path.choices[2]!;
      await reach(frame, next);
      const box = frame.locator('.reasoning-input');
      const hasBox = await box.isVisible();
      if (hasBox) await box.fill('Half-typed thought');
      await page.evaluate(() => (window as unknown as HarnessWindow).harness.close());
      const closed = await summary(page);
      expect(closed.exit).toBe('suspend');
      expect(closed.suspendData).toContain(path.choices.slice(0, 2).join('.'));
      expect(closed.status).toBe('incomplete');

      frame = await launch(page);
      expect((await summary(page)).entry).toBe('resume');
      await frame.locator(`.choice[data-choice-id="${next}"]`).waitFor();
      const sco = page.frames().find((f) => f.url().includes('lms='));
      expect(decodeURIComponent(new URL(sco!.url()).hash)).toBe(
        `#/play/fintech-sync/${path.choices.slice(0, 2).join('.')}`,
      );
      expect(await frame.locator('.stage').textContent()).toMatch(/decision 3/i);
      if (hasBox) expect(await box.inputValue()).toBe('Half-typed thought');
      await page.screenshot({ path: join(shots, `lms-${version}-resumed-1024x768.png`) });
      await choose(frame, path.choices.slice(2));
      await frame.locator('.stage .next').click();
      await frame.locator('.debrief-page h1').waitFor();
      await expect
        .poll(async () => (await summary(page)).interactions.length)
        .toBe(path.choices.length);
      expect((await summary(page)).interactions.map((i) => i.response)).toEqual(path.choices);
      expect(errors).toEqual([]);
    });
  });

  it('stays playable when the LMS refuses every call, and says so in a sentence', async () => {
    await withPage(browser(), async ({ page, errors }) => {
      await openHarness(page, version, true);
      const frame = await launch(page);
      await choose(frame, path.choices.slice(0, 1));
      await expect
        .poll(() => frame.locator('.notice').allTextContents())
        .toEqual(
          expect.arrayContaining([
            expect.stringMatching(
              /^The learning platform may not have recorded this: .*\(code \d+\)\. The meeting goes on\./,
            ),
          ]),
        );
      await choose(frame, path.choices.slice(1));
      await frame.locator('.stage .next').click();
      await frame.locator('.debrief-page h1').waitFor();
      await page.screenshot({ path: join(shots, `lms-${version}-failing-lms-1920x1080.png`) });
      expect(errors).toEqual([]);
    });
  });
});

it('plays a packaged meeting without an LMS and says results are not recorded', async () => {
  await withPage(browser(), { width: 1024, height: 768 }, async ({ page, errors }) => {
    await page.goto(`${server.url}scorm12/index.html?lms=scorm12#/play/fintech-sync`);
    await expect
      .poll(() => page.locator('.notice').allTextContents())
      .toEqual([expect.stringContaining(NOT_RECORDED)]);
    const first = analyze(scenario).bestCustomerPath!.choices[0]!;
    for (
      let clicks = 0;
      !(await page.locator(`.choice[data-choice-id="${first}"]`).isVisible());
      clicks += 1
    ) {
      if (clicks > 50) throw new Error('the options never appeared');
      await page.locator('.stage .next').click();
    }
    await page.locator(`.choice[data-choice-id="${first}"]`).click();
    await page.locator('.feedback:not([hidden])').waitFor();
    await page.screenshot({ path: join(shots, 'lms-no-platform-1024x768.png') });
    expect(errors).toEqual([]);
  });
});

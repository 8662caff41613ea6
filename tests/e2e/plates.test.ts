/**
 * Every face and name plate in the room stays above the dialogue, on 4:3 and
 * 16:9 screens, while a decision shows four options (with its reason box, or
 * the decision with the most text in its options): the room says where it drew
 * them (`data-plates`, `data-faces`, `data-meters` on the room's element, see
 * src/view/room-frame.ts), none of those boxes meets the dialogue's, and the
 * picture has each face where it says (read from the screen's pixels), with
 * no seam where the picture meets the wall and floor drawn past its sides.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { appearanceFor } from '../../src/view/palette.ts';
import { SCREEN_SIZES, useBrowser, withPage } from './support/browser.ts';
import { openDecision, reasoningDecisions, roomSettled } from './support/decisions.ts';
import { coloursAt } from './support/pixels.ts';
import { busiestDecision } from './support/presenter.ts';
import { loadScenarios } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const SHOTS = 'test-results/screenshots';
const scenarios = loadScenarios();
const busiest = busiestDecision(scenarios);
const reasoning = reasoningDecisions(scenarios).filter((decision) => decision.options >= 4);
/** One order per reasoning decision, and the busiest decision: the link's hash and its cast. */
const DECISIONS = [
  ...reasoning.filter(
    (decision, i) =>
      reasoning.findIndex((d) => d.hash.split('~')[0] === decision.hash.split('~')[0]) === i,
  ),
  {
    label: `${busiest.scenario.id} (busiest)`,
    hash: `#/play/${busiest.scenario.id}/${busiest.path.join('.')}~1`,
    options: 4,
  },
];

// Up to 1080p; room-sizes.test.ts checks the 1440p and 4K rooms are drawn.
const SIZES = SCREEN_SIZES.filter((size) => size.width <= 1920);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface RoomLayout {
  plates: Box[];
  faces: Box[];
  meters: Box[];
  dialogue: Box;
  canvas: Box;
}

/** The boxes the room wrote down, on the page, with the dialogue's and the canvas's. */
function roomLayout(page: Page): Promise<RoomLayout> {
  return page.evaluate(() => {
    const room = document.querySelector<HTMLElement>('.room')!;
    const origin = room.getBoundingClientRect();
    const boxes = (value: string | undefined) =>
      (value ?? '')
        .split(' ')
        .filter(Boolean)
        .map((text) => {
          const [x = 0, y = 0, width = 0, height = 0] = text.split(',').map(Number);
          return { x: x + origin.x, y: y + origin.y, width, height };
        });
    const plain = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    return {
      plates: boxes(room.dataset.plates),
      faces: boxes(room.dataset.faces),
      meters: boxes(room.dataset.meters),
      dialogue: plain(document.querySelector('.dialogue')!.getBoundingClientRect()),
      canvas: plain(room.querySelector('canvas')!.getBoundingClientRect()),
    };
  });
}

const meets = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, b: Box) =>
  a.x >= b.x - 1 &&
  a.y >= b.y - 1 &&
  a.x + a.width <= b.x + b.width + 1 &&
  a.y + a.height <= b.y + b.height + 1;

/** What is wrong with the layout: a box under the dialogue, or off the picture. */
function hidden(layout: RoomLayout, count: number): string[] {
  const problems: string[] = [];
  if (layout.plates.length !== count) problems.push(`${layout.plates.length} plates of ${count}`);
  const named = [
    ...layout.plates.map((box, i) => ({ box, name: `plate ${i + 1}` })),
    ...layout.faces.map((box, i) => ({ box, name: `face ${i + 1}` })),
    ...layout.meters.map((box) => ({ box, name: 'meters' })),
  ];
  for (const { box, name } of named) {
    if (meets(box, layout.dialogue)) problems.push(`${name} is under the dialogue`);
    if (!inside(box, layout.canvas)) problems.push(`${name} is off the picture`);
  }
  return problems;
}

/** Per channel, how far apart two colours are. */
const distance = (a: number, b: number) =>
  Math.max(...[16, 8, 0].map((shift) => Math.abs(((a >> shift) & 255) - ((b >> shift) & 255))));

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe.each(SIZES)('the room at $width×$height with four options', (size) => {
  it.each(DECISIONS)('keeps every face and name above the dialogue: $label', async (decision) => {
    await withPage(browser(), size, async ({ page, errors }) => {
      await openDecision(page, baseUrl, decision.hash);
      await roomSettled(page);
      expect(await page.locator('.decide .choice').count()).toBe(decision.options);
      const scenarioId = decision.hash.split('/')[2]!;
      const cast = scenarios.find((s) => s.id === scenarioId)!.cast;
      await expect
        .poll(async () => hidden(await roomLayout(page), cast.length), { timeout: 5_000 })
        .toEqual([]);
      // The picture shrinks clear of the dialogue in a short tween: let it end.
      await page.waitForTimeout(600);
      const layout = await roomLayout(page);
      expect(hidden(layout, cast.length)).toEqual([]);

      // Each face is drawn where the room says: skin at the cheek (see draw/person.ts),
      // right of the eyes and above the mouth, whatever the posture.
      const shot = await page.screenshot();
      const cheeks = layout.faces.map((face) => ({
        x: face.x + (face.width * 82) / 104,
        y: face.y + (face.height * 102) / 156,
      }));
      const colours = await coloursAt(page, shot, cheeks);
      const skins = cast.map((member) => appearanceFor(member.id, member.function).skin);
      expect(colours.map((colour, i) => distance(colour, skins[i]!) <= 40)).toEqual(
        skins.map(() => true),
      );
      // No seam where the picture meets the wall and floor drawn past its sides: just
      // above the dialogue, where the floor runs across, no column stands out from both
      // sides of it (a column the backdrop left unpainted did, by 10–45 a channel).
      const row = Math.floor(
        Math.min(layout.dialogue.y, layout.canvas.y + layout.canvas.height) - 6,
      );
      const xs = Array.from(
        { length: Math.floor(layout.canvas.width) - 8 },
        (_, i) => Math.ceil(layout.canvas.x) + 4 + i,
      );
      const floor = await coloursAt(
        page,
        shot,
        xs.map((x) => ({ x, y: row })),
      );
      const seams = xs.filter((_, i) => {
        const [left, here, right] = [floor[i - 3], floor[i], floor[i + 3]];
        if (left === undefined || here === undefined || right === undefined) return false;
        return (
          distance(left, right) <= 4 && distance(here, left) > 12 && distance(here, right) > 12
        );
      });
      expect(seams, `columns standing out at y=${row}`).toEqual([]);
      if (size.height <= 768 && size.width <= 1024)
        await page.screenshot({
          path: `${SHOTS}/plates-${scenarioId}-${size.width}x${size.height}.png`,
        });
      expect(errors).toEqual([]);
    });
  });
});

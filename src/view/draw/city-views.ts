/**
 * What the window shows, one small drawing per city. Each is built from a
 * few recognisable silhouettes, drawn inside the window's rectangle.
 */
import type * as Phaser from 'phaser';
import type { BackdropKind, BackdropTheme } from '../themes.ts';
import { mix, verticalBands } from './paint.ts';

type Graphics = Phaser.GameObjects.Graphics;
export interface Pane {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function drawCityView(g: Graphics, pane: Pane, theme: BackdropTheme): void {
  verticalBands(g, pane.x, pane.y, pane.w, pane.h, theme.skyTop, theme.skyBottom);
  const views: Record<BackdropKind, (g: Graphics, p: Pane) => void> = {
    bangalore: drawBangalore,
    mumbai: drawMumbai,
    hyderabad: drawHyderabad,
    chennai: drawChennai,
    kochi: drawKochi,
    neutral: drawNeutral,
  };
  views[theme.kind](g, pane);
}

/** A glass tower: panels, a grid of mullions and a diagonal reflection. */
function glassTower(
  g: Graphics,
  x: number,
  top: number,
  w: number,
  bottom: number,
  glass: number,
): void {
  g.fillStyle(glass, 1);
  g.fillRect(x, top, w, bottom - top);
  g.fillStyle(mix(glass, 0xffffff, 0.35), 0.55);
  g.fillTriangle(x, top + 30, x + w * 0.6, top, x, top + 30 + w * 0.9);
  g.lineStyle(2, mix(glass, 0xffffff, 0.25), 0.8);
  for (let y = top + 16; y < bottom; y += 16) g.lineBetween(x, y, x + w, y);
  for (let gx = x + 18; gx < x + w; gx += 18) g.lineBetween(gx, top, gx, bottom);
}

/** Rain trees: wide, flat, umbrella canopies on short trunks. */
function rainTree(g: Graphics, x: number, ground: number, width: number): void {
  g.fillStyle(0x5b4a3c, 1);
  g.fillRect(x - 5, ground - 52, 10, 52);
  g.lineStyle(5, 0x5b4a3c, 1);
  g.lineBetween(x, ground - 40, x - width * 0.22, ground - 64);
  g.lineBetween(x, ground - 44, x + width * 0.2, ground - 66);
  const greens = [0x59794f, 0x688a5a, 0x7a9a66];
  for (let i = 0; i < 7; i++) {
    g.fillStyle(greens[i % 3] ?? 0x688a5a, 1);
    const offset = (i - 3) * (width / 8);
    g.fillEllipse(x + offset, ground - 74 - (3 - Math.abs(i - 3)) * 7, width * 0.38, 46);
  }
}

function drawBangalore(g: Graphics, p: Pane): void {
  const ground = p.y + p.h;
  g.fillStyle(0xa9b7b4, 1);
  g.fillEllipse(p.x + p.w * 0.35, ground - 40, p.w * 0.6, 110);
  glassTower(g, p.x + 40, p.y + 70, 150, ground, 0x7f9cad);
  glassTower(g, p.x + 230, p.y + 30, 120, ground, 0x6f8fa3);
  glassTower(g, p.x + 390, p.y + 95, 190, ground, 0x88a5b3);
  glassTower(g, p.x + 620, p.y + 50, 130, ground, 0x7594a6);
  for (const [x, w] of [
    [p.x + 140, 230],
    [p.x + 420, 250],
    [p.x + 670, 220],
  ] as const) {
    rainTree(g, x, ground, w);
  }
}

function drawMumbai(g: Graphics, p: Pane): void {
  const horizon = p.y + p.h * 0.62;
  g.fillStyle(0xf7e4c8, 0.9);
  g.fillCircle(p.x + p.w * 0.78, horizon - 46, 30);
  // The far shore's skyline, low on the horizon.
  g.fillStyle(0x8d9cae, 1);
  const towers = [40, 70, 55, 95, 60, 120, 80, 65, 105, 50, 75, 45];
  towers.forEach((height, i) => g.fillRect(p.x + 10 + i * 34, horizon - height, 26, height));
  g.fillStyle(0x7d8ea3, 1);
  g.fillRect(p.x, horizon - 16, p.w, 16);
  verticalBands(g, p.x, horizon, p.w, p.y + p.h - horizon, 0x8fb0c2, 0x6f93a8, 10);
  g.lineStyle(2, 0xc6dbe4, 0.7);
  for (let i = 0; i < 7; i++) {
    const y = horizon + 14 + i * 16;
    g.lineBetween(p.x + 30 + ((i * 97) % 300), y, p.x + 160 + ((i * 97) % 300), y);
    g.lineBetween(p.x + 420 + ((i * 61) % 260), y + 6, p.x + 520 + ((i * 61) % 260), y + 6);
  }
  // The sea link: a long deck on piers, two pylons with fanned cables.
  const deck = horizon + 46;
  g.fillStyle(0x4f5d6e, 1);
  g.fillRect(p.x, deck, p.w, 8);
  for (let x = p.x + 20; x < p.x + p.w; x += 60) g.fillRect(x, deck + 8, 6, p.y + p.h - deck - 8);
  for (const px of [p.x + 430, p.x + 640]) {
    g.fillStyle(0x4f5d6e, 1);
    g.fillTriangle(px - 14, deck, px + 14, deck, px, deck - 120);
    g.fillRect(px - 4, deck - 150, 8, 150);
    g.lineStyle(2, 0x5d6b7c, 0.9);
    for (let i = 1; i <= 6; i++) {
      g.lineBetween(px, deck - 140 + i * 8, px - i * 26, deck);
      g.lineBetween(px, deck - 140 + i * 8, px + i * 26, deck);
    }
  }
}

/** The Charminar: four minarets with balconies around an arched gate. */
function charminar(g: Graphics, cx: number, ground: number): void {
  const stone = 0xc4a27a;
  const shade = 0xa8865f;
  g.fillStyle(stone, 1);
  g.fillRect(cx - 70, ground - 120, 140, 120);
  g.fillStyle(shade, 1);
  g.fillRect(cx - 70, ground - 128, 140, 10);
  g.fillStyle(0x9c7b57, 1);
  g.fillRoundedRect(cx - 30, ground - 96, 60, 96, { tl: 30, tr: 30, bl: 0, br: 0 });
  for (const mx of [cx - 78, cx + 66]) {
    g.fillStyle(stone, 1);
    g.fillRect(mx, ground - 210, 12, 210);
    g.fillStyle(shade, 1);
    for (const by of [ground - 130, ground - 165, ground - 196]) g.fillRect(mx - 5, by, 22, 6);
    g.fillStyle(stone, 1);
    g.fillEllipse(mx + 6, ground - 214, 18, 16);
    g.fillRect(mx + 5, ground - 232, 2, 14);
  }
  g.fillStyle(stone, 1);
  g.fillEllipse(cx, ground - 132, 40, 26);
}

function drawHyderabad(g: Graphics, p: Pane): void {
  const ground = p.y + p.h;
  g.fillStyle(0xd9c7a8, 1);
  for (let i = 0; i < 9; i++) g.fillRect(p.x + i * 92, ground - 40 - ((i * 37) % 30), 84, 80);
  charminar(g, p.x + 230, ground - 10);
  // HITEC City: glass towers and the rounded front of the Cyber Towers.
  glassTower(g, p.x + 470, p.y + 80, 90, ground, 0x7f9aac);
  g.fillStyle(0x8aa4b4, 1);
  g.fillRoundedRect(p.x + 580, p.y + 60, 120, p.h, { tl: 60, tr: 60, bl: 0, br: 0 });
  g.lineStyle(2, 0xb8ccd6, 0.9);
  for (let y = p.y + 100; y < ground; y += 14) g.lineBetween(p.x + 580, y, p.x + 700, y);
  glassTower(g, p.x + 715, p.y + 110, 70, ground, 0x7391a4);
  g.fillStyle(0xcdb898, 1);
  g.fillRect(p.x, ground - 14, p.w, 14);
}

/** A gopuram: a stepped temple tower, narrower tier by tier, with a barrel roof. */
function gopuram(g: Graphics, cx: number, ground: number, base: number): void {
  const tiers = 7;
  let w = base;
  let y = ground;
  for (let i = 0; i < tiers; i++) {
    const h = 26 - i;
    g.fillStyle(i % 2 ? 0xc9a27c : 0xd6b48d, 1);
    g.fillRect(cx - w / 2, y - h, w, h);
    g.fillStyle(0xa77f5b, 1);
    g.fillRect(cx - w / 2 - 3, y - h, w + 6, 3);
    y -= h;
    w *= 0.86;
  }
  g.fillStyle(0xb88d64, 1);
  g.fillRoundedRect(cx - w / 2 - 6, y - 18, w + 12, 18, { tl: 9, tr: 9, bl: 0, br: 0 });
  g.fillStyle(0x9c7b57, 1);
  g.fillRoundedRect(cx - 16, ground - 40, 32, 40, { tl: 16, tr: 16, bl: 0, br: 0 });
}

function drawChennai(g: Graphics, p: Pane): void {
  const horizon = p.y + p.h * 0.66;
  // The Bay of Bengal, low and wide, then the sand of the Marina.
  verticalBands(g, p.x, horizon, p.w, p.h * 0.14, 0x86aec3, 0x9fc0cc, 8);
  g.lineStyle(2, 0xd6e6ea, 0.8);
  for (let i = 0; i < 5; i++) {
    const y = horizon + 8 + i * 7;
    g.lineBetween(p.x + ((i * 131) % 400), y, p.x + 180 + ((i * 131) % 400), y);
  }
  g.fillStyle(0xe6d3ae, 1);
  g.fillRect(p.x, horizon + p.h * 0.14, p.w, p.y + p.h - horizon - p.h * 0.14);
  // Low city blocks behind the beach road.
  g.fillStyle(0xc7c2b6, 1);
  for (let i = 0; i < 8; i++)
    g.fillRect(p.x + 300 + i * 60, horizon - 30 - ((i * 23) % 40), 52, 70);
  gopuram(g, p.x + 170, horizon + 20, 150);
  // The lighthouse: a tall tapering tower with a red lantern.
  const lx = p.x + p.w - 110;
  g.fillStyle(0xefe9df, 1);
  g.fillTriangle(lx - 22, horizon + 20, lx + 22, horizon + 20, lx, p.y + 40);
  g.fillRect(lx - 9, p.y + 40, 18, horizon + 20 - p.y - 40);
  g.fillStyle(0xb3473c, 1);
  g.fillRect(lx - 12, p.y + 28, 24, 16);
  g.fillStyle(0x5d5a57, 1);
  g.fillRect(lx - 15, p.y + 44, 30, 4);
}

/** A Chinese fishing net: a cantilevered frame, the net hanging from its tip. */
function fishingNet(g: Graphics, base: number, water: number, reach: number): void {
  g.lineStyle(4, 0x5b4a3c, 1);
  g.lineBetween(base, water, base + reach, water - 120);
  g.lineBetween(base + 20, water, base + reach, water - 120);
  g.lineStyle(2, 0x5b4a3c, 1);
  const tip = { x: base + reach, y: water - 120 };
  g.lineBetween(tip.x, tip.y, tip.x - 60, water - 20);
  g.lineBetween(tip.x, tip.y, tip.x + 60, water - 20);
  g.lineStyle(1, 0x6d5c4c, 0.8);
  for (let i = 0; i <= 6; i++) g.lineBetween(tip.x, tip.y, tip.x - 60 + i * 20, water - 20);
  g.lineBetween(tip.x - 60, water - 20, tip.x + 60, water - 20);
  g.fillStyle(0x6d5c4c, 1);
  g.fillRect(base - 6, water - 16, 30, 16);
}

/** A coconut palm: a leaning trunk and a crown of drooping fronds. */
function palm(g: Graphics, x: number, ground: number, height: number, lean: number): void {
  const top = { x: x + lean, y: ground - height };
  g.lineStyle(7, 0x7a6248, 1);
  g.lineBetween(x, ground, top.x, top.y);
  g.fillStyle(0x5f8050, 1);
  for (let i = 0; i < 6; i++) {
    const angle = (i / 6) * Math.PI * 2;
    g.fillEllipse(top.x + Math.cos(angle) * 26, top.y + Math.abs(Math.sin(angle)) * 10, 62, 14);
  }
}

function drawKochi(g: Graphics, p: Pane): void {
  const water = p.y + p.h * 0.7;
  // The far shore and its low green line.
  g.fillStyle(0x7f9a72, 1);
  g.fillRect(p.x, water - 18, p.w, 18);
  verticalBands(g, p.x, water, p.w, p.y + p.h - water, 0x8fb2aa, 0x6e958f, 10);
  g.lineStyle(2, 0xc8dcd6, 0.7);
  for (let i = 0; i < 6; i++) {
    const y = water + 12 + i * 14;
    g.lineBetween(p.x + 40 + ((i * 89) % 320), y, p.x + 150 + ((i * 89) % 320), y);
  }
  for (const [x, reach] of [
    [p.x + 60, 140],
    [p.x + 300, 160],
    [p.x + 540, 130],
  ] as const) {
    fishingNet(g, x, water, reach);
  }
  palm(g, p.x + p.w - 60, water, 190, -30);
  palm(g, p.x + p.w - 130, water, 150, 20);
}

function drawNeutral(g: Graphics, p: Pane): void {
  const ground = p.y + p.h;
  const roofs = [90, 130, 70, 160, 110, 80, 140, 100];
  roofs.forEach((height, i) => {
    g.fillStyle(i % 2 ? 0xa3b0ba : 0x94a3ae, 1);
    g.fillRect(p.x + i * 100, ground - height, 92, height);
  });
  g.fillStyle(0x7f9a72, 1);
  for (let i = 0; i < 6; i++) g.fillEllipse(p.x + 60 + i * 140, ground - 20, 150, 60);
}

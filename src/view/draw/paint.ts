/** Small drawing helpers shared by the room's pieces. */
import type * as Phaser from 'phaser';
import { FONT, INK } from '../palette.ts';

type Graphics = Phaser.GameObjects.Graphics;

/** Blends two 0xRRGGBB colours; t = 0 gives `a`, 1 gives `b`. */
export function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) => {
    const from = (a >> shift) & 0xff;
    const to = (b >> shift) & 0xff;
    return Math.round(from + (to - from) * t) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** A vertical gradient as horizontal bands: looks the same in WebGL and Canvas. */
export function verticalBands(
  g: Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  top: number,
  bottom: number,
  steps = 24,
): void {
  const step = h / steps;
  for (let i = 0; i < steps; i++) {
    g.fillStyle(mix(top, bottom, i / (steps - 1)), 1);
    g.fillRect(x, y + i * step, w, step + 1);
  }
}

/** A soft halo: stacked translucent circles, no filter needed. */
export function halo(
  g: Graphics,
  x: number,
  y: number,
  radius: number,
  colour: number,
  alpha = 0.5,
): void {
  const rings = 14;
  for (let i = rings; i >= 1; i--) {
    g.fillStyle(colour, (alpha / rings) * 1.6);
    g.fillCircle(x, y, (radius * i) / rings);
  }
}

export interface TextOptions {
  size: number;
  bold?: boolean;
  colour?: number;
  resolution: number;
}

/** A crisp text object: rendered at the canvas's own resolution so it stays sharp when scaled. */
export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  options: TextOptions,
): Phaser.GameObjects.Text {
  const colour = `#${(options.colour ?? INK).toString(16).padStart(6, '0')}`;
  return scene.add.text(x, y, text, {
    fontFamily: FONT,
    fontSize: `${options.size}px`,
    fontStyle: options.bold ? 'bold' : 'normal',
    color: colour,
    resolution: options.resolution,
  });
}

const MIN_FONT = 12;

/**
 * Shrinks a text's font until it fits `maxWidth`, so a long role never spills
 * off its plate. Each size change re-renders the text's canvas, so instead of
 * stepping down one pixel at a time it jumps to the size the width predicts
 * (width grows about in proportion to the size), then corrects by a pixel at a time.
 */
export function fitText(text: Phaser.GameObjects.Text, size: number, maxWidth: number): void {
  text.setFontSize(size);
  if (text.width <= maxWidth) return;
  let current = Math.max(MIN_FONT, Math.floor((size * maxWidth) / text.width));
  text.setFontSize(current);
  while (text.width > maxWidth && current > MIN_FONT) {
    current -= 1;
    text.setFontSize(current);
  }
}

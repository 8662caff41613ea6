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
  /** The widest the text may be: its font shrinks (not below MIN_FONT) until it fits. */
  maxWidth?: number;
}

const MIN_FONT = 12;
/** The string Phaser's TextStyle measures a font's ascent and descent with. */
const METRICS_SAMPLE = '|MÉqgy';

let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * One 2D context for every measurement. Phaser's Text measures its font on a
 * canvas of its own each time it is made or resized (MeasureText); twenty
 * texts, some resized two or three times to fit, took ~50 ms of the room's
 * start-up. Measured here once, the text is made once, at its final size.
 */
function measure(font: string, text: string): TextMetrics | undefined {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return undefined;
  measuring.font = font;
  return measuring.measureText(text);
}

const fontOf = (size: number, bold: boolean | undefined) =>
  `${bold ? 'bold' : 'normal'} ${size}px ${FONT}`;

/** The largest size from `size` down whose rendering of `text` is at most `maxWidth` wide. */
function fittedSize(text: string, size: number, bold: boolean | undefined, maxWidth: number) {
  const widthAt = (at: number) => measure(fontOf(at, bold), text)?.width ?? 0;
  const full = widthAt(size);
  if (full <= maxWidth) return size;
  // Width grows about in proportion to size: jump there, then correct a pixel at a time.
  let current = Math.max(MIN_FONT, Math.floor((size * maxWidth) / full));
  while (current > MIN_FONT && widthAt(current) > maxWidth) current -= 1;
  return current;
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
  const size =
    options.maxWidth === undefined
      ? options.size
      : fittedSize(text, options.size, options.bold, options.maxWidth);
  const sample = measure(fontOf(size, options.bold), METRICS_SAMPLE);
  const ascent = sample?.actualBoundingBoxAscent;
  const descent = sample?.actualBoundingBoxDescent;
  return scene.add.text(x, y, text, {
    fontFamily: FONT,
    fontSize: `${size}px`,
    fontStyle: options.bold ? 'bold' : 'normal',
    color: colour,
    resolution: options.resolution,
    // The same figures Phaser's MeasureText would find, so it need not measure again.
    ...(ascent !== undefined && descent !== undefined
      ? { metrics: { ascent, descent, fontSize: ascent + descent } }
      : {}),
  });
}

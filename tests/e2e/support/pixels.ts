/** What a picture of the room holds, read in the page: for tests that a canvas really drew. */
import type { Page } from 'playwright-core';

/** A PNG's size, from its IHDR chunk (bytes 16–23). */
function sizeOf(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Distinct colours (4 bits a channel) on a grid over a PNG, and the share of the commonest. */
export async function colourSpread(
  page: Page,
  png: Buffer,
): Promise<{ colours: number; top: number }> {
  const { width, height } = sizeOf(png);
  const grid: { x: number; y: number }[] = [];
  for (let gy = 0; gy < 60; gy++)
    for (let gx = 0; gx < 80; gx++)
      grid.push({
        x: Math.floor(((gx + 0.5) * width) / 80),
        y: Math.floor(((gy + 0.5) * height) / 60),
      });
  const counts = new Map<number, number>();
  for (const colour of await coloursAt(page, png, grid)) {
    if (colour < 0) return { colours: 0, top: 1 };
    const key = ((colour >> 20) << 8) | (((colour >> 12) & 0xf) << 4) | ((colour >> 4) & 0xf);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { colours: counts.size, top: Math.max(...counts.values()) / grid.length };
}

/** The colour (0xrrggbb) of a PNG at each of `points`, in the PNG's pixels. */
export function coloursAt(
  page: Page,
  png: Buffer,
  points: readonly { x: number; y: number }[],
): Promise<number[]> {
  return page.evaluate(
    async ([base64, at]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return at.map(() => -1);
      context.drawImage(image, 0, 0);
      return at.map(({ x, y }) => {
        const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return (r! << 16) | (g! << 8) | b!;
      });
    },
    [png.toString('base64'), points] as const,
  );
}

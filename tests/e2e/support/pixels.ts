/** What a picture of the room holds, read in the page: for tests that a canvas really drew. */
import type { Page } from 'playwright-core';

/** Distinct colours (4 bits a channel) on a grid over a PNG, and the share of the commonest. */
export async function colourSpread(
  page: Page,
  png: Buffer,
): Promise<{ colours: number; top: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return { colours: 0, top: 1 };
    context.drawImage(image, 0, 0);
    const counts = new Map<number, number>();
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let samples = 0;
    for (let gy = 0; gy < 60; gy++) {
      for (let gx = 0; gx < 80; gx++) {
        const x = Math.floor(((gx + 0.5) * canvas.width) / 80);
        const y = Math.floor(((gy + 0.5) * canvas.height) / 60);
        const i = (y * canvas.width + x) * 4;
        const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        samples += 1;
      }
    }
    return { colours: counts.size, top: Math.max(...counts.values()) / samples };
  }, png.toString('base64'));
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

/** The room behind the cast: wall, floor, the window onto the city, a sprint board and the company sign. */
import type * as Phaser from 'phaser';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../layout.ts';
import { INK, INK_SOFT, ROOM } from '../palette.ts';
import type { BackdropTheme } from '../themes.ts';
import { drawCityView, type Pane } from './city-views.ts';
import { addText, mix } from './paint.ts';

const FLOOR_Y = 580;
export const WINDOW: Pane = { x: 560, y: 50, w: 800, h: 290 };

export interface BackdropText {
  company: string;
  city: string;
  resolution: number;
}

/**
 * Draws the backdrop a part per step (wall and floor, the window onto the city,
 * the board, the sign and the plant), so the caller can give each its own task:
 * on a CPU without a GPU the whole room at once was one long task (issue 15).
 */
export function* drawBackdrop(
  scene: Phaser.Scene,
  theme: BackdropTheme,
  text: BackdropText,
): Generator<void, void> {
  // Its first drawing is when the browser makes a canvas's pixels: a step of its own.
  const backdrop = new Backdrop(scene, text.resolution, theme.wall);
  yield;
  backdrop.paint((g) => drawShell(g, theme, 0, DESIGN_WIDTH, DESIGN_HEIGHT));
  yield;
  backdrop.paint((g) => drawWindow(g, theme));
  yield;
  backdrop.paint((g) => drawSprintBoard(scene, g, text.resolution));
  yield;
  drawSign(scene, text);
  backdrop.paint((g) => drawPlant(g, 1780, FLOOR_Y + 40));
  backdrop.show();
  drawMargins(scene, theme);
}

/** The wall and the floor from `x`, `width` wide, down to `bottom`. */
function drawShell(
  g: Phaser.GameObjects.Graphics,
  theme: BackdropTheme,
  x: number,
  width: number,
  bottom: number,
): void {
  g.fillStyle(theme.wall, 1);
  g.fillRect(x, 0, width, FLOOR_Y);
  g.fillStyle(ROOM.wainscot, 1);
  g.fillRect(x, FLOOR_Y - 110, width, 110);
  g.fillStyle(ROOM.skirting, 1);
  g.fillRect(x, FLOOR_Y - 110, width, 6);
  g.fillRect(x, FLOOR_Y - 14, width, 14);
  g.fillStyle(ROOM.floor, 1);
  g.fillRect(x, FLOOR_Y, width, bottom - FLOOR_Y);
  g.lineStyle(2, ROOM.floorLine, 0.6);
  for (let y = FLOOR_Y + 40, gap = 40; y < bottom; gap *= 1.25, y += gap)
    g.lineBetween(x, y, x + width, y);
}

/** How far, in design pixels, the wall and floor past the picture reach under it. */
const MARGIN_OVERLAP = 4;

/**
 * The wall and the floor going on past the picture's edges, for when the room
 * shrinks clear of a tall dialogue (frame.ts: to half at the least), instead of
 * plain bands beside it. A few shapes, so drawn as they are, not baked.
 */
function drawMargins(scene: Phaser.Scene, theme: BackdropTheme): void {
  const side = DESIGN_WIDTH / 2;
  const bottom = DESIGN_HEIGHT * 2;
  const g = scene.add.graphics();
  // Each reaches a little under the picture, which hides that part: where the
  // two edges met on one fractional pixel, each covered it only in part and the
  // light behind both showed through, a thin seam down the picture's left edge.
  const under = MARGIN_OVERLAP;
  drawShell(g, theme, -side, side + under, bottom);
  drawShell(g, theme, DESIGN_WIDTH - under, side + under, bottom);
  g.fillStyle(ROOM.floor, 1);
  g.fillRect(0, DESIGN_HEIGHT - under, DESIGN_WIDTH, bottom - DESIGN_HEIGHT + under);
  scene.children.sendToBack(g);
}

const BACKDROP_TEXTURE = 'room-backdrop';

/**
 * The backdrop's shapes, drawn once into a canvas at the game's resolution and
 * shown as one image. The wall, the window onto the city and the board never
 * change, but Phaser replays every shape of a Graphics object each frame, and
 * under the Canvas renderer that was most of a frame's ~30 ms.
 */
class Backdrop {
  // A canvas of our own, not one from Phaser's CanvasPool: a pooled canvas keeps its
  // owner (the game, and through it the page's meeting) after the game is destroyed.
  private readonly canvas = document.createElement('canvas');

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly resolution: number,
    wall: number,
  ) {
    const { canvas } = this;
    // Whole pixels the shapes cover: rounded up, the last column and row (at a
    // resolution such as 0.67) kept the first fill's wall colour, a light seam
    // down the picture's right edge once the room shrank clear of the dialogue.
    canvas.width = Math.floor(DESIGN_WIDTH * resolution);
    canvas.height = Math.floor(DESIGN_HEIGHT * resolution);
    // As Graphics#generateTexture asks for it, so this is the context it draws with.
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    context.fillStyle = `#${wall.toString(16).padStart(6, '0')}`;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }

  /** Draws shapes onto what is already there (Graphics#generateTexture does not clear a canvas). */
  paint(draw: (g: Phaser.GameObjects.Graphics) => void): void {
    const g = this.scene.add.graphics();
    draw(g);
    g.setScale(this.resolution);
    g.generateTexture(this.canvas, this.canvas.width, this.canvas.height);
    g.destroy();
  }

  /**
   * Shows the canvas as an image. An image texture, not a canvas texture: Phaser's
   * CanvasTexture reads every pixel back (getImageData) when it is made, which
   * alone was a long task at 1920×1080 without a GPU.
   */
  show(): void {
    const { scene, canvas } = this;
    scene.textures.addImage(BACKDROP_TEXTURE, canvas as unknown as HTMLImageElement);
    const image = scene.add
      .image(0, 0, BACKDROP_TEXTURE)
      .setOrigin(0, 0)
      .setDisplaySize(DESIGN_WIDTH, DESIGN_HEIGHT);
    // Under the board's and the sign's text, as the shapes were.
    scene.children.sendToBack(image);
  }
}

function drawWindow(g: Phaser.GameObjects.Graphics, theme: BackdropTheme): void {
  const { x, y, w, h } = WINDOW;
  g.fillStyle(ROOM.frameShade, 1);
  g.fillRoundedRect(x - 26, y - 22, w + 52, h + 52, 10);
  g.fillStyle(ROOM.frame, 1);
  g.fillRoundedRect(x - 22, y - 22, w + 44, h + 44, 8);
  drawCityView(g, WINDOW, theme);
  // Glass sheen and mullions, so it reads as a window and not a painting.
  g.fillStyle(0xffffff, 0.12);
  g.fillTriangle(x, y, x + 180, y, x, y + 200);
  g.fillStyle(ROOM.frame, 1);
  for (const mx of [x + w / 3, x + (2 * w) / 3]) g.fillRect(mx - 6, y, 12, h);
  g.fillStyle(ROOM.frameShade, 1);
  g.fillRect(x - 40, y + h + 18, w + 80, 16);
  g.fillStyle(mix(theme.wall, 0x000000, 0.08), 1);
  g.fillRect(x - 36, y + h + 34, w + 72, 8);
}

function drawSprintBoard(
  scene: Phaser.Scene,
  g: Phaser.GameObjects.Graphics,
  resolution: number,
): void {
  const x = 1470;
  const y = 118;
  g.fillStyle(ROOM.frameShade, 1);
  g.fillRoundedRect(x - 6, y - 6, 392, 262, 10);
  g.fillStyle(ROOM.board, 1);
  g.fillRoundedRect(x, y, 380, 250, 8);
  const notes = [0xf6e08c, 0xa9d8c8, 0xf3b9a4, 0xc6d4f0];
  const columns = ['To do', 'Doing', 'Done'];
  columns.forEach((title, column) => {
    const cx = x + 18 + column * 122;
    addText(scene, cx, y + 12, title, { size: 22, bold: true, colour: INK_SOFT, resolution });
    const count = [4, 2, 3][column] ?? 2;
    for (let i = 0; i < count; i++) {
      const nx = cx + (i % 2) * 52;
      const ny = y + 52 + Math.floor(i / 2) * 56;
      g.fillStyle(notes[(column + i) % notes.length] ?? 0xf6e08c, 1);
      g.fillRect(nx, ny, 44, 44);
      g.lineStyle(2, 0x6b6f73, 0.5);
      g.lineBetween(nx + 8, ny + 16, nx + 36, ny + 16);
      g.lineBetween(nx + 8, ny + 26, nx + 28, ny + 26);
    }
    if (column > 0) {
      g.lineStyle(2, 0xd5d2ca, 1);
      g.lineBetween(cx - 10, y + 14, cx - 10, y + 236);
    }
  });
}

/** The company's name on the wall, above the sprint board: the room says whose office this is. */
function drawSign(scene: Phaser.Scene, text: BackdropText): void {
  const company = addText(scene, 1466, 30, text.company, {
    size: 34,
    bold: true,
    colour: INK,
    resolution: text.resolution,
    maxWidth: 230,
  });
  const city = addText(scene, 1856, 36, `${text.city} office`, {
    size: 24,
    colour: INK_SOFT,
    resolution: text.resolution,
    maxWidth: 380 - company.width - 16,
  });
  city.setOrigin(1, 0);
}

function drawPlant(g: Phaser.GameObjects.Graphics, x: number, floor: number): void {
  g.fillStyle(ROOM.plantDark, 1);
  for (let i = -3; i <= 3; i++)
    g.fillEllipse(x + i * 22, floor - 150 - (3 - Math.abs(i)) * 18, 46, 120);
  g.fillStyle(ROOM.plant, 1);
  for (let i = -2; i <= 2; i++)
    g.fillEllipse(x + i * 26, floor - 120 - (2 - Math.abs(i)) * 16, 40, 100);
  g.fillStyle(ROOM.pot, 1);
  g.fillRoundedRect(x - 60, floor - 80, 120, 96, { tl: 6, tr: 6, bl: 18, br: 18 });
}

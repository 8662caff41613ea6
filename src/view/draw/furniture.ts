/** The table everyone sits at and the PM's own chair in the foreground. */
import type * as Phaser from 'phaser';
import { PM_SEAT, TABLE } from '../layout.ts';
import { CARD, INK, ROOM } from '../palette.ts';
import { addText, mix } from './paint.ts';

export function drawTable(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const { x, y, radiusX, radiusY } = TABLE;
  const smooth = 128;
  g.fillStyle(0x000000, 0.1);
  g.fillEllipse(x, y + 70, radiusX * 2 + 40, radiusY * 2 + 40, smooth);
  g.fillStyle(ROOM.tableEdge, 1);
  g.fillEllipse(x, y + 26, radiusX * 2, radiusY * 2, smooth);
  g.fillStyle(ROOM.tableTop, 1);
  g.fillEllipse(x, y, radiusX * 2, radiusY * 2, smooth);
  // A soft sheen towards the window side of the table.
  g.fillStyle(ROOM.tableShine, 0.6);
  g.fillEllipse(x, y - 30, radiusX * 1.5, radiusY * 0.9, smooth);
  return g;
}

/** The player's chair, seen from behind, with a "You" card on the table in front of it. */
export function drawPmSeat(scene: Phaser.Scene, resolution: number): Phaser.GameObjects.Container {
  const seat = scene.add.container(PM_SEAT.x, PM_SEAT.y);
  const g = scene.add.graphics();
  g.fillStyle(ROOM.chairShade, 1);
  g.fillRoundedRect(-150, -110, 300, 260, 40);
  g.fillStyle(ROOM.chair, 1);
  g.fillRoundedRect(-138, -100, 276, 240, 34);
  g.fillStyle(mix(ROOM.chair, 0xffffff, 0.12), 1);
  g.fillRoundedRect(-110, -82, 220, 16, 8);
  seat.add(g);

  const plate = scene.add.container(0, PM_SEAT.plateY - PM_SEAT.y);
  const card = scene.add.graphics();
  card.fillStyle(CARD, 1);
  card.fillRoundedRect(-180, -30, 360, 60, 10);
  card.lineStyle(3, INK, 0.8);
  card.strokeRoundedRect(-180, -30, 360, 60, 10);
  const name = addText(scene, 0, -2, 'You · Product Manager', {
    size: 24,
    bold: true,
    colour: INK,
    resolution,
  });
  name.setOrigin(0.5);
  plate.add([card, name]);
  seat.add(plate);
  return seat;
}

/**
 * The "is speaking" marker: a speech bubble with three dots, outlined so it
 * reads without colour. `tail` is the side its tail points down to.
 */
export function drawSpeechBubble(
  scene: Phaser.Scene,
  tail: 'left' | 'right',
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const m = tail === 'left' ? 1 : -1;
  g.fillStyle(CARD, 1);
  g.lineStyle(4, INK, 1);
  g.fillTriangle(-16 * m, 12, 16 * m, 12, -22 * m, 50);
  g.strokeTriangle(-16 * m, 12, 16 * m, 12, -22 * m, 50);
  g.fillRoundedRect(-56, -40, 112, 64, 24);
  g.strokeRoundedRect(-56, -40, 112, 64, 24);
  // Cover the bubble's outline where the tail joins it.
  g.fillTriangle(-12 * m, 16, 11 * m, 16, -19 * m, 43);
  g.fillStyle(INK, 1);
  for (const dx of [-26, 0, 26]) g.fillCircle(dx, -8, 8);
  return g;
}

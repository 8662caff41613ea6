/** A seated person drawn in a few shapes: body, head, hair, and a face that carries the expression. */
import type * as Phaser from 'phaser';
import { INK, type Appearance } from '../palette.ts';
import type { Expression } from '../reactions.ts';
import { mix } from './paint.ts';

export function drawPerson(scene: Phaser.Scene, look: Appearance): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  if (look.hairStyle === 'long') {
    g.fillStyle(look.hair, 1);
    g.fillRoundedRect(-52, -206, 104, 118, 44);
  }
  g.fillStyle(look.shirt, 1);
  g.fillRoundedRect(-74, -112, 148, 150, { tl: 46, tr: 46, bl: 0, br: 0 });
  g.fillStyle(mix(look.shirt, 0x000000, 0.18), 1);
  g.fillRect(-74, -20, 148, 58);
  g.fillStyle(look.skin, 1);
  g.fillRect(-15, -128, 30, 28);
  g.fillTriangle(-17, -112, 17, -112, 0, -86);
  g.fillStyle(mix(look.shirt, 0xffffff, 0.3), 1);
  g.fillTriangle(-17, -113, -2, -100, -30, -94);
  g.fillTriangle(17, -113, 2, -100, 30, -94);
  g.fillStyle(mix(look.skin, 0x000000, 0.1), 1);
  g.fillCircle(-44, -158, 9);
  g.fillCircle(44, -158, 9);
  g.fillStyle(look.skin, 1);
  g.fillCircle(0, -160, 44);
  g.fillStyle(look.hair, 1);
  if (look.hairStyle === 'crop') g.fillEllipse(0, -196, 82, 28);
  else g.fillEllipse(0, -192, 92, 42);
  if (look.hairStyle === 'bun') g.fillCircle(0, -214, 18);
  if (look.hairStyle === 'long') g.fillEllipse(-30, -178, 34, 46);
  return g;
}

export function drawFace(g: Phaser.GameObjects.Graphics, expression: Expression): void {
  g.clear();
  g.fillStyle(INK, 1);
  g.fillCircle(-15, -160, 5);
  g.fillCircle(15, -160, 5);
  g.lineStyle(4, INK, 0.9);
  const browTilt = expression === 'frown' ? 5 : expression === 'smile' ? -3 : 0;
  g.lineBetween(-25, -176 - browTilt, -8, -176 + browTilt);
  g.lineBetween(25, -176 - browTilt, 8, -176 + browTilt);
  g.lineStyle(5, INK, 1);
  g.beginPath();
  if (expression === 'smile') g.arc(0, -148, 15, 0.15 * Math.PI, 0.85 * Math.PI);
  else if (expression === 'frown') g.arc(0, -124, 15, 1.2 * Math.PI, 1.8 * Math.PI);
  else {
    g.moveTo(-11, -138);
    g.lineTo(11, -138);
  }
  g.strokePath();
}

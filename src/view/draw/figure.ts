/**
 * One stakeholder at the table: chair, body, face, name plate, and the
 * markers that show speaking (raised posture + speech bubble) and reactions
 * (face, posture, halo and a ▲/▼ badge) without relying on colour.
 */
import type * as Phaser from 'phaser';
import type { CastMember } from '../../content/types.ts';
import { PLATE, plateCentre, type Seat } from '../layout.ts';
import { appearanceFor, CARD, GLOW, INK, INK_SOFT, METER_COLOURS, ROOM } from '../palette.ts';
import { POSTURE_OFFSET, type Reaction } from '../reactions.ts';
import { drawSpeechBubble } from './furniture.ts';
import { drawFace, drawPerson } from './person.ts';
import { tweensOf } from '../tweens.ts';
import { addText, halo } from './paint.ts';

const SPEAKING_RAISE = -18;

export interface FigureLayers {
  /** Figures, behind the table. */
  back: Phaser.GameObjects.Container;
  /** Name plates, on the table. */
  front: Phaser.GameObjects.Container;
  /** Speech bubbles and reaction badges, above everything else at the table. */
  marks: Phaser.GameObjects.Container;
}

export class CastFigure {
  private readonly body: Phaser.GameObjects.Container;
  /** Bubble and badge, on a layer above every figure so a neighbour never hides them. */
  private readonly marks: Phaser.GameObjects.Container;
  private readonly glow: Phaser.GameObjects.Graphics;
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly bubble: Phaser.GameObjects.Graphics;
  private readonly badge: Phaser.GameObjects.Container;
  private readonly plateCard: Phaser.GameObjects.Graphics;
  private reaction: Reaction = { expression: 'neutral', posture: 'level', badge: null, glow: null };
  private speaking = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly seat: Seat,
    member: Pick<CastMember, 'id' | 'name' | 'role' | 'function'>,
    layers: FigureLayers,
    private readonly resolution: number,
  ) {
    const look = appearanceFor(member.id, member.function);
    const root = scene.add.container(seat.x, seat.y).setScale(seat.scale);
    this.glow = scene.add.graphics();
    const chair = scene.add.graphics();
    chair.fillStyle(ROOM.chairShade, 1);
    chair.fillRoundedRect(-84, -236, 168, 250, 30);
    this.body = scene.add.container(0, 0);
    this.face = scene.add.graphics();
    this.bubble = drawSpeechBubble(scene, 'right').setPosition(-122, -176).setVisible(false);
    this.badge = scene.add.container(86, -222).setVisible(false);
    this.body.add([drawPerson(scene, look), this.face]);
    root.add([this.glow, chair, this.body]);
    layers.back.add(root);
    this.marks = scene.add.container(seat.x, seat.y).setScale(seat.scale);
    this.marks.add([this.bubble, this.badge]);
    layers.marks.add(this.marks);

    const centre = plateCentre(seat);
    const plate = scene.add.container(centre.x, centre.y);
    this.plateCard = scene.add.graphics();
    const width = seat.plateWidth;
    const name = addText(scene, 0, -16, member.name, {
      size: 34,
      bold: true,
      resolution,
      maxWidth: width - 20,
    }).setOrigin(0.5);
    const role = addText(scene, 0, 22, member.role, {
      size: 25,
      colour: INK_SOFT,
      resolution,
      maxWidth: width - 20,
    }).setOrigin(0.5);
    plate.add([this.plateCard, name, role]);
    layers.front.add(plate);
    this.render();
  }

  setSpeaking(speaking: boolean, animate: boolean): void {
    if (speaking === this.speaking) return;
    this.speaking = speaking;
    this.render();
    if (speaking && animate) this.pop(this.bubble);
    this.settle(animate);
  }

  setReaction(reaction: Reaction, animate: boolean): void {
    this.reaction = reaction;
    this.render();
    if (reaction.badge && animate) this.pop(this.badge);
    this.settle(animate);
  }

  private render(): void {
    drawFace(this.face, this.reaction.expression);
    this.glow.clear();
    if (this.reaction.glow) halo(this.glow, 0, -140, 170, GLOW[this.reaction.glow], 0.6);
    this.bubble.setVisible(this.speaking);
    this.drawBadge();
    this.drawPlate();
  }

  private drawPlate(): void {
    const g = this.plateCard;
    const w = this.seat.plateWidth;
    g.clear();
    g.fillStyle(0x000000, 0.12);
    g.fillRoundedRect(-w / 2 + 3, -PLATE.height / 2 + PLATE.shadow, w, PLATE.height, 10);
    g.fillStyle(CARD, 1);
    g.fillRoundedRect(-w / 2, -PLATE.height / 2, w, PLATE.height, 10);
    // The speaker's plate gets a heavy outline: a second, colour-free cue.
    g.lineStyle(this.speaking ? 6 : 2, INK, this.speaking ? 1 : 0.45);
    g.strokeRoundedRect(-w / 2, -PLATE.height / 2, w, PLATE.height, 10);
  }

  private drawBadge(): void {
    const badge = this.reaction.badge;
    this.badge.removeAll(true);
    this.badge.setVisible(badge !== null);
    if (!badge) return;
    const g = this.scene.add.graphics();
    g.fillStyle(CARD, 1);
    g.lineStyle(3, INK, 1);
    g.fillRoundedRect(-56, -28, 112, 56, 28);
    g.strokeRoundedRect(-56, -28, 112, 56, 28);
    g.fillStyle(badge.direction === 'up' ? METER_COLOURS.customer : METER_COLOURS.pleasing, 1);
    if (badge.direction === 'up') g.fillTriangle(-42, 14, -10, 14, -26, -16);
    else g.fillTriangle(-42, -14, -10, -14, -26, 16);
    const label = addText(this.scene, -2, 0, badge.label, {
      size: 30,
      bold: true,
      resolution: this.resolution,
    }).setOrigin(0, 0.5);
    this.badge.add([g, label]);
  }

  /** Moves the body to its posture (speaking raises it on top), tweened unless motion is reduced. */
  private settle(animate: boolean): void {
    const y = POSTURE_OFFSET[this.reaction.posture] + (this.speaking ? SPEAKING_RAISE : 0);
    const tilt = this.reaction.posture === 'slumped' ? -0.04 : 0;
    tweensOf(this.scene).killTweensOf(this.body);
    if (!animate) {
      this.body.setPosition(0, y).setRotation(tilt);
      return;
    }
    tweensOf(this.scene).add({
      targets: this.body,
      y,
      rotation: tilt,
      duration: 320,
      ease: 'Sine.easeOut',
    });
  }

  private pop(target: Phaser.GameObjects.Graphics | Phaser.GameObjects.Container): void {
    tweensOf(this.scene).killTweensOf(target);
    target.setScale(0.5);
    tweensOf(this.scene).add({ targets: target, scale: 1, duration: 260, ease: 'Back.easeOut' });
  }
}

/**
 * The two meters, "Customer value" and "Stakeholder pleasing": a bar that
 * grows from a centre zero and the signed number, moved by a tween that
 * reduced motion turns off. Only built while scores are shown.
 */
import type * as Phaser from 'phaser';
import { METER_PANEL } from '../layout.ts';
import { meterFill, meterTween, METER_LABELS, type MeterName } from '../meter-model.ts';
import { CARD, INK, METER_COLOURS } from '../palette.ts';
import { signed } from '../reactions.ts';
import { tweensOf } from '../tweens.ts';
import { addText, mix } from './paint.ts';

const PANEL = { x: METER_PANEL.x, y: METER_PANEL.y, w: METER_PANEL.width, h: METER_PANEL.height };
const BAR = { x: 28, w: 444, h: 22 } as const;

interface MeterRow {
  bar: Phaser.GameObjects.Graphics;
  number: Phaser.GameObjects.Text;
  shown: { value: number };
  top: number;
}

export class MeterPanel {
  readonly container: Phaser.GameObjects.Container;
  private readonly rows: Record<MeterName, MeterRow>;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly spans: Record<MeterName, number>,
    values: Record<MeterName, number>,
    resolution: number,
  ) {
    this.container = scene.add.container(PANEL.x, PANEL.y);
    const g = scene.add.graphics();
    g.fillStyle(0x000000, 0.1);
    g.fillRoundedRect(4, 6, PANEL.w, PANEL.h, 14);
    g.fillStyle(CARD, 0.97);
    g.fillRoundedRect(0, 0, PANEL.w, PANEL.h, 14);
    g.lineStyle(2, mix(INK, 0xffffff, 0.7), 1);
    g.strokeRoundedRect(0, 0, PANEL.w, PANEL.h, 14);
    this.container.add(g);
    const row = (meter: MeterName, top: number): MeterRow => {
      const label = addText(scene, BAR.x, top, METER_LABELS[meter], {
        size: 28,
        bold: true,
        resolution,
      });
      const number = addText(scene, BAR.x + BAR.w, top - 4, '', {
        size: 36,
        bold: true,
        resolution,
      }).setOrigin(1, 0);
      const bar = scene.add.graphics();
      this.container.add([label, number, bar]);
      return { bar, number, shown: { value: values[meter] }, top: top + 46 };
    };
    this.rows = { customer: row('customer', 16), pleasing: row('pleasing', 104) };
    for (const meter of ['customer', 'pleasing'] as const) this.draw(meter);
  }

  /** Moves a meter to `value`; returns true when a tween was started. */
  moveTo(meter: MeterName, value: number, reducedMotion: boolean): boolean {
    const row = this.rows[meter];
    const tween = meterTween(row.shown.value, value, reducedMotion);
    tweensOf(this.scene).killTweensOf(row.shown);
    row.shown.value = tween.from;
    this.draw(meter);
    if (tween.duration === 0) return false;
    tweensOf(this.scene).add({
      targets: row.shown,
      value: tween.to,
      duration: tween.duration,
      ease: 'Cubic.easeOut',
      onUpdate: () => this.draw(meter),
      onComplete: () => {
        row.shown.value = tween.to;
        this.draw(meter);
      },
    });
    return true;
  }

  destroy(): void {
    for (const row of Object.values(this.rows)) tweensOf(this.scene).killTweensOf(row.shown);
    this.container.destroy(true);
  }

  private draw(meter: MeterName): void {
    const row = this.rows[meter];
    const value = row.shown.value;
    row.number.setText(signed(Math.round(value)));
    const g = row.bar;
    const mid = BAR.x + BAR.w / 2;
    const fill = meterFill(value, this.spans[meter]) * (BAR.w / 2);
    g.clear();
    g.fillStyle(0xe7e3da, 1);
    g.fillRoundedRect(BAR.x, row.top, BAR.w, BAR.h, BAR.h / 2);
    g.fillStyle(METER_COLOURS[meter], 1);
    if (Math.abs(fill) >= 1) g.fillRect(Math.min(mid, mid + fill), row.top, Math.abs(fill), BAR.h);
    // Zero mark, and an end cap that points the way the meter moved.
    g.fillStyle(INK, 1);
    g.fillRect(mid - 2, row.top - 6, 4, BAR.h + 12);
    if (Math.abs(fill) >= 1) {
      const tip = mid + fill;
      const dir = Math.sign(fill);
      g.fillTriangle(
        tip,
        row.top - 6,
        tip,
        row.top + BAR.h + 6,
        tip + dir * 12,
        row.top + BAR.h / 2,
      );
    }
  }
}

/**
 * Everything on the meeting-room canvas, put together: backdrop, cast,
 * table, the PM's seat and the meters. It only draws what the session says;
 * it never decides anything.
 */
import type * as Phaser from 'phaser';
import { PM_SPEAKER, type Scenario } from '../content/types.ts';
import type { MeetingEvent } from '../engine/core/session.ts';
import type { MeetingView } from '../engine/core/view-model.ts';
import { drawBackdrop } from './draw/backdrop.ts';
import { CastFigure } from './draw/figure.ts';
import { tweensOf } from './tweens.ts';
import { drawPmSeat, drawSpeechBubble, drawTable } from './draw/furniture.ts';
import { MeterPanel } from './draw/meter-panel.ts';
import { PM_SEAT, seatLayout } from './layout.ts';
import { meterSpan, type MeterName } from './meter-model.ts';
import { reactionFor } from './reactions.ts';
import { themeForCity } from './themes.ts';

export interface StageSettings {
  reducedMotion: boolean;
  showScores: boolean;
}

export interface StageInput {
  scenario: Scenario;
  view: MeetingView;
  settings: StageSettings;
  speaker: string | null;
  /** Canvas pixels per design pixel; text is rendered at this resolution. */
  resolution: number;
}

export class RoomStage {
  private readonly figures = new Map<string, CastFigure>();
  private readonly pmBubble: Phaser.GameObjects.Graphics;
  private readonly spans: Record<MeterName, number>;
  private meters: MeterPanel | null = null;
  private settings: StageSettings;
  private view: MeetingView;
  private speaker: string | null = null;

  private constructor(
    private readonly scene: Phaser.Scene,
    private readonly input: StageInput,
    pmBubble: Phaser.GameObjects.Graphics,
  ) {
    this.settings = { ...input.settings };
    this.view = input.view;
    this.spans = {
      customer: meterSpan(input.scenario, 'customer'),
      pleasing: meterSpan(input.scenario, 'pleasing'),
    };
    this.pmBubble = pmBubble;
  }

  /**
   * Builds the room one piece per step — backdrop, table, each person, the
   * meters — so the caller can give each its own task and none holds the
   * page long (issue 15: no task over 50 ms while the room starts). Nothing
   * reads the stage before the last step has run; that step returns it.
   */
  static *build(scene: Phaser.Scene, input: StageInput): Generator<void, RoomStage> {
    const { scenario, resolution } = input;
    yield* drawBackdrop(scene, themeForCity(scenario.setting.city), {
      company: scenario.setting.company,
      city: scenario.setting.city,
      resolution,
    });
    yield;
    const back = scene.add.container(0, 0);
    drawTable(scene);
    const front = scene.add.container(0, 0);
    drawPmSeat(scene, resolution);
    const marks = scene.add.container(0, 0);
    const bubble = drawSpeechBubble(scene, 'left')
      .setPosition(PM_SEAT.x + 200, PM_SEAT.plateY - 40)
      .setVisible(false);
    const stage = new RoomStage(scene, input, bubble);
    const seats = seatLayout(scenario.cast.length);
    for (const [i, member] of scenario.cast.entries()) {
      const seat = seats[i];
      if (!seat) continue;
      yield;
      const layers = { back, front, marks };
      stage.figures.set(member.id, new CastFigure(scene, seat, member, layers, resolution));
    }
    yield;
    stage.restFaces(false);
    stage.showMeters(stage.settings.showScores);
    stage.showSpeaker(input.speaker);
    return stage;
  }

  /** A plain description of the room, for the canvas's accessible label. */
  describe(): string {
    const { setting, cast } = this.input.scenario;
    const people = cast.map((member) => `${member.name}, ${member.role}`).join('; ');
    return `Meeting room at ${setting.company}, ${setting.city}, with a view of ${themeForCity(setting.city).view}. At the table: ${people}.`;
  }

  showSpeaker(speaker: string | null): void {
    if (speaker === this.speaker) return;
    this.speaker = speaker;
    const animate = !this.settings.reducedMotion;
    for (const [id, figure] of this.figures) figure.setSpeaking(id === speaker, animate);
    this.pmBubble.setVisible(speaker === PM_SPEAKER);
  }

  /** Draws what a session change did: reactions on each figure, meters moving. */
  onSession(view: MeetingView, events: MeetingEvent[]): void {
    this.view = view;
    // A note being typed changes nothing in the room.
    if (events.every((event) => event.type === 'noted')) return;
    const animate = !this.settings.reducedMotion;
    const deltas = new Map<string, number>();
    for (const event of events) {
      if (event.type === 'trust-changed')
        deltas.set(event.castId, (deltas.get(event.castId) ?? 0) + event.delta);
    }
    for (const [id, figure] of this.figures) {
      const reaction = reactionFor(view.trust[id] ?? 0, deltas.get(id) ?? 0);
      // Hidden scores hide the numbered trust badge too; faces and posture still react.
      figure.setReaction(
        this.settings.showScores ? reaction : { ...reaction, badge: null },
        animate && deltas.has(id),
      );
    }
    this.meters?.moveTo('customer', view.meters.customer, this.settings.reducedMotion);
    this.meters?.moveTo('pleasing', view.meters.pleasing, this.settings.reducedMotion);
  }

  setSettings(settings: Partial<StageSettings>): void {
    this.settings = { ...this.settings, ...settings };
    if (settings.showScores !== undefined) this.showMeters(settings.showScores);
    if (settings.showScores === false) this.restFaces(false);
    if (this.settings.reducedMotion)
      tweensOf(this.scene)
        .getTweens()
        .forEach((tween) => tween.complete());
  }

  private restFaces(animate: boolean): void {
    for (const [id, figure] of this.figures)
      figure.setReaction(reactionFor(this.view.trust[id] ?? 0, 0), animate);
  }

  /** Scores hidden means the meters are not drawn at all, numbers included. */
  private showMeters(show: boolean): void {
    if (!show) {
      this.meters?.destroy();
      this.meters = null;
      return;
    }
    if (this.meters) return;
    const values = { customer: this.view.meters.customer, pleasing: this.view.meters.pleasing };
    this.meters = new MeterPanel(this.scene, this.spans, values, this.input.resolution);
  }
}

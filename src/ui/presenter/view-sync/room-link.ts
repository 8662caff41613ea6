/**
 * Where the meeting (meeting/attach.ts, on the first screen) meets the live
 * room's link between the windows, which arrives later with the live-room
 * control (chrome/live-control.ts, a chunk of its own). Kept this small on
 * purpose: the first screen carries only these hooks.
 */
import type { LiveTally } from '../meeting/panels.ts';
import type { VoteDecision } from '../meeting/vote.ts';
import type { RoomCommand } from './channel.ts';

export interface RoomLink {
  /** Presenter view: the projected window's tally, when its room votes on decision `decisionId`. */
  tally(decisionId: string): LiveTally | undefined;
  /** Presenter view: sends `command` when the projected window's room votes on its decision. */
  forward(command: Extract<RoomCommand, { decisionId: string }>): boolean;
}

let link: RoomLink | undefined;
/** The link, once the live-room control has loaded. */
export const roomLink = (): RoomLink | undefined => link;
export const setRoomLink = (next: RoomLink): void => void (link = next);

/** Projected window: meetings that close a vote the presenter view decided. */
export const deciders = new Set<(decisionId: string, decision: VoteDecision) => void>();
/** Presenter view: meetings to draw again when the projected window's room changes. */
export const redraws = new Set<() => void>();

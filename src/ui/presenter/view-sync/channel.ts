/**
 * The presenter view and the projected window talk over one
 * BroadcastChannel (same origin, no server). Each window sends what it now
 * shows; the other follows. Either window can drive, and either can close:
 * each one holds the whole meeting, so the other goes on alone.
 */
import type { RunStep } from '../../../engine/core/record.ts';
import type { CountdownState } from '../chrome/countdown.ts';
import type { RoomState } from '../../live/room.ts';
import type { VoteDecision } from '../meeting/vote.ts';

export const CHANNEL_NAME = 'make-the-call.presenter';

/** Where a meeting stands on screen, down to the vote being counted. */
export interface MeetingSync {
  runId: string;
  scenarioId: string;
  /** The run's presentation seed: both windows show the options in one order. */
  seed: number;
  /** Every step but its time, room votes included (steps.ts). */
  steps: Omit<RunStep, 'at'>[];
  phase: 'lines' | 'choices' | 'feedback' | 'ended';
  /** Lines read so far, in the lines phase. */
  shown: number;
  /** Discussion prompt first, then the vote. */
  stage: 'discuss' | 'vote';
  counts: number[];
  selected: number | null;
  /** How many of the other options have been revealed after the choice. */
  revealed: number;
}

export interface GlobalSync {
  blank: boolean;
  showScores: boolean;
  countdown: CountdownState;
}

/**
 * What the presenter view asks of the live room, which the projected window
 * holds: one window, one socket, one controller, so the presenter view's keys
 * and buttons act there (a vote closed here would never reach the phones).
 */
export type RoomCommand =
  | { kind: 'open' }
  | { kind: 'toggle-panel' }
  | { kind: 'toggle-tally'; decisionId: string }
  | { kind: 'decide'; decisionId: string; decision: VoteDecision };

/** What a window sends; the channel adds who sent it. */
export type SyncBody =
  | { type: 'hello' }
  | { type: 'global'; state: GlobalSync }
  | { type: 'meeting'; state: MeetingSync }
  /** The projected window's live room, as it now stands, for the presenter view to show. */
  | { type: 'room'; state: RoomState }
  /** The presenter view's live-room control, loaded after the first hello: where is the room? */
  | { type: 'room-hello' }
  | { type: 'room-command'; command: RoomCommand };

export type SyncMessage = SyncBody & { from: string };

export interface SyncChannel {
  readonly id: string;
  post(message: SyncBody): void;
  close(): void;
}

/** Opens the channel; without BroadcastChannel the window simply works alone. */
export function openSync(onMessage: (message: SyncMessage) => void): SyncChannel {
  const id = `w${Math.random().toString(36).slice(2, 10)}`;
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<SyncMessage>) => {
      const message = event.data;
      if (message && typeof message === 'object' && message.from !== id) onMessage(message);
    };
  } catch {
    channel = undefined;
  }
  return {
    id,
    post(message) {
      try {
        channel?.postMessage({ ...message, from: id });
      } catch {
        // A closed channel (the page is going away) has no one left to tell.
      }
    },
    close() {
      channel?.close();
      channel = undefined;
    },
  };
}

/** True when two meeting pictures show the same thing (ignoring who sent them). */
export function sameMeeting(a: MeetingSync | undefined, b: MeetingSync | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

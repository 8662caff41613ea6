/**
 * The meeting's side of the sync with the other window (channel.ts): what
 * this window tells it, and following what it shows (while it follows, it
 * tells nothing of its own).
 */
import type { MeetingSession } from '../../../engine/core/session.ts';
import { runIdOf } from '../../runs.ts';
import { reconcile, syncSteps, type MeetingControls } from './steps.ts';
import type { PresenterState } from '../meeting/stage.ts';
import { presenter } from '../chrome/mode.ts';
import { sameMeeting, type MeetingSync } from './channel.ts';

/** What the follow needs of presenter mode's meeting part (meeting/attach.ts). */
export interface FollowingPart {
  host: HTMLElement;
  session: MeetingSession;
  controls: MeetingControls;
  state(): PresenterState;
  /** Takes the other window's stage, hands and reveal for the decision now on screen. */
  adopt(remote: MeetingSync): void;
  paint(): void;
}

export interface MeetingFollow {
  /** Tells the other window what this one shows, unless it is following or nothing changed. */
  publish(): void;
  /** Tells the other window the meeting ended (the last option revealed, Next pressed). */
  publishEnded(): void;
  /** Follows the other window's meeting when this one was opened for it. */
  followPending(active: boolean): void;
  /** Stops following: the meeting left the screen. */
  release(): void;
}

/** Where the meeting stands, as the other window is told. */
export function syncPicture(session: MeetingSession, state: PresenterState): MeetingSync {
  return {
    runId: runIdOf(session) ?? '',
    scenarioId: session.scenario.id,
    seed: session.record().seed,
    steps: syncSteps(session),
    phase:
      session.view().status.kind === 'ended' && state.kind !== 'feedback' ? 'ended' : state.kind,
    shown: state.shown,
    stage: state.stage,
    counts: state.vote.counts,
    selected: state.vote.selected,
    revealed: state.revealed,
  };
}

export function followOtherWindow(part: FollowingPart): MeetingFollow {
  const { host, session } = part;
  let following = false;
  let published: MeetingSync | undefined;
  const current = () => syncPicture(session, part.state());

  function follow(remote: MeetingSync): boolean {
    // A meeting part replaced by the debrief cannot follow; the play screen is opened again instead.
    if (!host.isConnected) return false;
    // Another order is another run: the play screen is opened again with the other window's seed.
    if (remote.seed !== session.record().seed) return false;
    following = true;
    try {
      reconcile(session, part.controls, remote);
      part.adopt(remote);
      published = remote;
      part.paint();
      return true;
    } catch {
      return false;
    } finally {
      following = false;
    }
  }

  const detach = presenter()?.attach({ scenarioId: session.scenario.id, current, follow });
  return {
    release: () => detach?.(),
    publish() {
      if (following) return;
      const state = current();
      if (sameMeeting(state, published)) return;
      published = state;
      presenter()?.publish(state);
    },
    publishEnded: () => presenter()?.publish({ ...current(), phase: 'ended' }),
    followPending(active) {
      // A meeting opened to follow the other window (that window's meeting wins) publishes
      // nothing of its own fresh start first: the other window would take that over its vote.
      const pending = presenter()?.pending(session.scenario.id);
      if (!pending || !active) return;
      following = true;
      queueMicrotask(() => {
        following = false;
        follow(pending);
      });
    },
  };
}

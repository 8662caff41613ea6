/**
 * Presenter mode inside the meeting screen: the discussion prompt before the
 * options, the room vote instead of choosing directly, the reveal of the
 * other options after the choice, the facilitator's notes in the presenter
 * view, the run saved with its votes, and the sync with the other window.
 * The meeting (src/ui/meeting/meeting.ts) calls `render` and `onKey`.
 * Here the pieces meet: a key goes to stage.ts (the state and every key as
 * a pure step, with vote.ts for the room's vote), then paint.ts draws;
 * ../view-sync/follow.ts keeps the other window in step.
 */
import type { MeetingSession } from '../../../engine/core/session.ts';
import type { App } from '../../app.ts';
import { el } from '../../dom.ts';
import { runIdOf } from '../../runs.ts';
import { followOtherWindow } from '../view-sync/follow.ts';
import { choiceIdsOf, paintPresenter } from './paint.ts';
import {
  followed,
  forDecision,
  initialState,
  presenterKey,
  voteButtons,
  votedChoice,
  type KeyContext,
  type PhaseKind,
  type PresenterStep,
} from './stage.ts';
import { otherOutcomes, stepKey, type MeetingControls } from '../view-sync/steps.ts';
import { presenter } from '../chrome/mode.ts';
import type { VoteDecision } from './vote.ts';
import { withSessionRun } from '../workshop/store.ts';
import { presenterRoom } from '../../live/room.ts';
import { liveDecisionId, liveVote } from './live-vote.ts';
import { deciders, redraws, roomLink } from '../view-sync/room-link.ts';

export type { MeetingControls, PhaseKind };

export interface PresenterPart {
  active(): boolean;
  render(kind: PhaseKind, shown: number): void;
  onKey(event: KeyboardEvent, kind: PhaseKind): boolean;
  /** Lets go of presenter mode and the other window when the meeting leaves the screen. */
  release(): void;
}

export function attachPresenter(
  app: App,
  session: MeetingSession,
  dialogue: HTMLElement,
  controls: MeetingControls,
): PresenterPart {
  const host = el('div', { class: 'presenter-part' });
  dialogue.append(host);
  let state = initialState();
  const active = () => presenter()?.active() === true;
  const save = workshopFiler(app, session);

  const meeting: KeyContext = {
    hasPrompt: () => Boolean(session.view().node?.prompt),
    othersCount: () =>
      otherOutcomes(session.scenario, choiceIdsOf(session), session.record().seed).list.length,
    ended: () => session.view().status.kind === 'ended',
  };

  const live = liveVote(session);
  let closing = false;
  const decide = (decision: VoteDecision) => {
    const view = session.view();
    const taken = votedChoice(view, state.vote, decision);
    if (!taken) return;
    // In the presenter view the phones' vote is the projected window's to close: it holds the room.
    if (roomLink()?.forward({ kind: 'decide', decisionId: liveDecisionId(view), decision })) return;
    if (!live.voting(view)) return controls.choose(taken.choiceId, taken.extra);
    // The room's vote closes on the server first, so the record holds what the phones sent.
    if (closing) return;
    closing = true;
    void live.close(view, taken.choiceId).then((fields) => {
      closing = false;
      if (!fields) return paint();
      const override = taken.extra.override ? { override: true } : {};
      controls.choose(taken.choiceId, { ...fields, ...override });
    });
  };
  const room = presenterRoom();
  // Released with the meeting: the room lives as long as the page, and a room that never
  // changes (no live server) would otherwise keep every finished meeting and its debrief.
  let wasOpen = room.isOpen();
  const stopRoom = room.subscribe(() => {
    // A room that opens (or comes back after a reload) while the vote is on screen takes it.
    const opened = wasOpen !== (wasOpen = room.isOpen());
    if (state.kind === 'choices' && (opened || live.voting(session.view()))) paint();
  });
  const closeFromOtherWindow = (decisionId: string, decision: VoteDecision) => {
    const view = session.view();
    if (state.kind === 'choices' && live.voting(view) && decisionId === liveDecisionId(view))
      decide(decision);
  };
  const redraw = () => host.isConnected && state.kind === 'choices' && paint();
  deciders.add(closeFromOtherWindow);
  redraws.add(redraw);

  /** Keeps a key's or a button's next state, then does what follows from it. */
  const step = (next: PresenterStep): boolean => {
    state = next.state;
    const then = next.then;
    if (then?.do === 'paint') paint();
    else if (then?.do === 'decide') decide(then.decision);
    else if (then?.do === 'publish-ended') sync.publishEnded();
    return next.handled;
  };
  const buttons = voteButtons(() => state, step);

  function paint() {
    const on = active();
    const showScores = app.settings.get().showScores;
    if (on) live.follow(state);
    const view = session.view();
    const roomVote = on && state.kind === 'choices' && live.voting(view);
    if (roomVote) state = { ...state, vote: { ...state.vote, counts: live.counts(view) } };
    // The presenter view shows the projected window's room vote; its counts come with the sync.
    const remote =
      on && state.kind === 'choices' ? roomLink()?.tally(liveDecisionId(view)) : undefined;
    const liveTally = roomVote ? room.state() : remote;
    paintPresenter(host, dialogue, session, state, { on, showScores, buttons, liveTally });
    if (!on) return;
    save();
    sync.publish();
  }

  const sync = followOtherWindow({
    host,
    session,
    controls,
    state: () => state,
    adopt: (remote) => {
      state = followed(forDecision(state, session.view()), remote);
    },
    paint,
  });
  const stopRedrawing = redrawOnToggle(host, active, controls);
  sync.followPending(active());

  return {
    active,
    release() {
      stopRoom();
      stopRedrawing();
      deciders.delete(closeFromOtherWindow);
      redraws.delete(redraw);
      sync.release();
    },
    render(kind, shown) {
      state = forDecision({ ...state, kind, shown }, session.view());
      paint();
    },
    onKey(event, kind) {
      if (!active()) return false;
      state = { ...state, kind };
      if ((event.key === 'v' || event.key === 'V') && kind === 'choices') {
        const view = session.view();
        if (live.voting(view)) room.toggleTally();
        else if (!roomLink()?.forward({ kind: 'toggle-tally', decisionId: liveDecisionId(view) }))
          return step(presenterKey(state, event.key, meeting));
        return true;
      }
      return step(presenterKey(state, event.key, meeting));
    },
  };
}

/** Files the run (saved with its votes by the history, src/ui/runs.ts) under today's workshop. */
function workshopFiler(app: App, session: MeetingSession): () => void {
  let saved = '';
  return () => {
    const record = session.record();
    const key = JSON.stringify(record.steps.map(stepKey));
    if (key === saved || record.steps.length === 0) return;
    const historyId = runIdOf(session);
    // The history saves the run on its first choice; until then there is nothing to file.
    if (historyId === undefined) return;
    saved = key;
    const now = new Date().toISOString();
    app.saved.update((data) => withSessionRun(data, historyId, now));
  };
}

/** P mid-meeting: the options become the vote (or back), so the meeting draws itself again. */
function redrawOnToggle(
  host: HTMLElement,
  active: () => boolean,
  controls: MeetingControls,
): () => void {
  let wasActive = active();
  const stopWatching = presenter()?.subscribe(() => {
    if (!host.isConnected) return stopWatching?.();
    if (active() !== wasActive) controls.refresh();
    wasActive = active();
  });
  return () => stopWatching?.();
}

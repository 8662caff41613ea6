/**
 * Presenter mode inside the meeting screen: the discussion prompt before the
 * options, the room vote instead of choosing directly, the reveal of the
 * other options after the choice, the facilitator's notes in the presenter
 * view, the run saved with its votes, and the sync with the other window.
 * The meeting (src/ui/meeting/meeting.ts) calls `render` and `onKey`.
 */
import type { MeetingSession } from '../../engine/session.ts';
import type { App } from '../app.ts';
import { clear, el } from '../dom.ts';
import { presenter } from './mode.ts';
import { notesPanel, othersPanel, promptPanel, votePanel, voteResult } from './panels.ts';
import { sameMeeting, type MeetingSync } from './sync.ts';
import { emptyVote, setHands, voteKey, type VoteDecision, type VoteState } from './votes.ts';
import { runIdOf } from '../runs.ts';
import { withSessionRun } from './workshop-store.ts';
import { nextWords } from './next-words.ts';
import {
  currentOutcomes,
  otherOutcomes,
  reconcile,
  stepKey,
  syncSteps,
  type MeetingControls,
} from './meeting-sync.ts';

export type { MeetingControls };

export type PhaseKind = 'lines' | 'choices' | 'feedback';

export interface PresenterPart {
  active(): boolean;
  render(kind: PhaseKind, shown: number): void;
  onKey(event: KeyboardEvent, kind: PhaseKind): boolean;
}

const CONTINUE = new Set(['Enter', ' ', 'ArrowRight', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

export function attachPresenter(
  app: App,
  session: MeetingSession,
  dialogue: HTMLElement,
  controls: MeetingControls,
): PresenterPart {
  const scenario = session.scenario;
  const host = el('div', { class: 'presenter-part' });
  dialogue.append(host);
  let kind: PhaseKind = 'choices';
  let shown = 0;
  let stage: 'discuss' | 'vote' = 'discuss';
  let vote: VoteState = emptyVote(0);
  let revealed = 0;
  let message = '';
  let decisionKey = '';
  let following = false;
  let published: MeetingSync | undefined;
  let saved = '';
  const active = () => presenter()?.active() === true;

  const view = () => session.view();
  const choiceIds = () => session.record().steps.map((step) => step.choiceId);
  const others = () => otherOutcomes(scenario, choiceIds());

  const current = (): MeetingSync => ({
    runId: runIdOf(session) ?? '',
    scenarioId: scenario.id,
    steps: syncSteps(session),
    phase: view().status.kind === 'ended' && kind !== 'feedback' ? 'ended' : kind,
    shown,
    stage,
    counts: vote.counts,
    selected: vote.selected,
    revealed,
  });

  /** Files the run (saved with its votes by the history, src/ui/runs.ts) under today's workshop. */
  const save = () => {
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

  const resetForDecision = () => {
    const v = view();
    const key = `${v.node?.id ?? 'end'}@${v.steps.length}`;
    if (key === decisionKey) return;
    decisionKey = key;
    stage = v.node?.prompt ? 'discuss' : 'vote';
    vote = emptyVote(v.choices.length);
    revealed = 0;
    message = '';
  };

  const decide = (decision: VoteDecision) => {
    const choice = view().choices[decision.index];
    if (!choice) return;
    const counted = vote.counts.some((hands) => hands > 0);
    const votes = counted
      ? Object.fromEntries(view().choices.map((c, i) => [c.id, vote.counts[i] ?? 0]))
      : undefined;
    controls.choose(choice.id, {
      ...(votes ? { votes } : {}),
      ...(decision.override ? { override: true } : {}),
    });
  };

  const voteActions = {
    select: (index: number) => ((vote = { ...vote, selected: index }), paint()),
    add: (index: number, delta: number) => (
      (vote = setHands({ ...vote, selected: index }, index, (vote.counts[index] ?? 0) + delta)),
      paint()
    ),
    take: (index: number) =>
      decide({
        index,
        override: voteKey({ ...vote, selected: index }, 'o').decision?.override ?? false,
      }),
    confirm: () => apply(voteKey(vote, 'Enter')),
  };

  function apply(result: ReturnType<typeof voteKey>) {
    vote = result.state;
    message = result.message ?? '';
    if (result.decision) decide(result.decision);
    else paint();
  }

  function paint() {
    clear(host);
    const on = active();
    host.hidden = !on;
    const stageElement = dialogue.closest<HTMLElement>('.stage');
    if (stageElement) {
      stageElement.dataset.presenterStage = on && kind === 'choices' ? stage : kind;
      stageElement.dataset.revealed = String(kind === 'feedback' ? revealed : 0);
    }
    if (!on) return;
    const showScores = app.settings.get().showScores;
    const v = view();
    if (kind === 'choices') {
      host.append(promptPanel(v.node?.prompt, stage));
      if (stage === 'vote') host.append(votePanel(v.choices, vote, voteActions, message));
    }
    if (kind === 'feedback') {
      const last = session.record().steps.at(-1);
      const result = voteResult(last?.votes, last?.override === true);
      if (result) host.append(result);
      const { list, before } = others();
      host.append(othersPanel(list, revealed, before, showScores));
    }
    if (presenter()?.isPresenterView()) {
      const outcomes = kind === 'feedback' ? [] : currentOutcomes(scenario, choiceIds());
      host.append(
        notesPanel(
          scenario,
          v.node?.prompt,
          outcomes,
          nextWords(scenario, v, kind, shown, stage),
          showScores,
        ),
      );
    }
    save();
    publish();
  }

  function publish() {
    if (following) return;
    const state = current();
    if (sameMeeting(state, published)) return;
    published = state;
    presenter()?.publish(state);
  }

  function follow(state: MeetingSync): boolean {
    // A meeting part replaced by the debrief cannot follow; the play screen is opened again instead.
    if (!host.isConnected) return false;
    following = true;
    try {
      reconcile(session, controls, state);
      resetForDecision();
      stage = state.stage;
      vote = { counts: [...state.counts], selected: state.selected };
      revealed = state.revealed;
      published = state;
      paint();
      return true;
    } catch {
      return false;
    } finally {
      following = false;
    }
  }

  presenter()?.attach({ scenarioId: scenario.id, current, follow });
  // P mid-meeting: the options become the vote (or back), so the meeting draws itself again.
  let wasActive = active();
  const stopWatching = presenter()?.subscribe(() => {
    if (!host.isConnected) return stopWatching?.();
    if (active() !== wasActive) controls.refresh();
    wasActive = active();
  });
  // A meeting opened to follow the other window (that window's meeting wins) publishes
  // nothing of its own fresh start first: the other window would take that over its vote.
  const pending = presenter()?.pending(scenario.id);
  if (pending && active()) {
    following = true;
    queueMicrotask(() => {
      following = false;
      follow(pending);
    });
  }

  return {
    active,
    render(nextKind, nextShown) {
      kind = nextKind;
      shown = nextShown;
      resetForDecision();
      paint();
    },
    onKey(event, phaseKind) {
      if (!active()) return false;
      kind = phaseKind;
      const key = event.key;
      if (kind === 'choices' && stage === 'discuss') {
        if (CONTINUE.has(key) || /^[1-9]$/.test(key)) {
          stage = 'vote';
          if (/^[1-9]$/.test(key)) return (apply(voteKey(vote, key)), true);
          return (paint(), true);
        }
        return false;
      }
      if (kind === 'choices') {
        if (BACK.has(key) && view().node?.prompt) return ((stage = 'discuss'), paint(), true);
        const result = voteKey(vote, key);
        if (result.handled) apply(result);
        return result.handled;
      }
      if (kind === 'feedback' && (CONTINUE.has(key) || key === 'r' || key === 'R')) {
        const total = others().list.length;
        if (revealed < total) return ((revealed += 1), paint(), true);
        if (key === 'r' || key === 'R') return true;
        if (view().status.kind === 'ended') presenter()?.publish({ ...current(), phase: 'ended' });
      }
      return false;
    },
  };
}

/**
 * Presenter mode's meeting, told to the live room when one is open: the vote
 * opens on the phones with the options in the shown order, the room's tally
 * becomes the vote's counts (so vote.ts decides exactly as with hands), the
 * close is sent with the option taken, then the consequence, the next scene
 * and the ending. Without an open room every call here does nothing.
 */
import type { StepExtra } from '../../../engine/core/record.ts';
import type { MeetingSession } from '../../../engine/core/session.ts';
import type { MeetingView } from '../../../engine/core/view-model.ts';
import { MAX_OPTION_TEXT, MAX_PROMPT, MAX_STORY_TEXT } from '../../../live/limits.ts';
import { roomStepFields } from '../../live/room-record.ts';
import { presenterRoom } from '../../live/room.ts';
import type { PresenterState } from './stage.ts';

const clip = (text: string, most: number) => (text.length > most ? text.slice(0, most) : text);

/** The protocol's id of the decision on screen: its node and place, so a loop is a new vote. */
export const liveDecisionId = (view: MeetingView): string =>
  `${view.node?.id ?? 'end'}.${view.steps.length}`;

export interface LiveVote {
  /** True when a room is open and this decision's vote went to the phones. */
  voting(view: MeetingView): boolean;
  /** Tells the room where the meeting is; called on every paint. */
  follow(state: PresenterState): void;
  /** The room's votes per option, in the shown order. */
  counts(view: MeetingView): number[];
  /** Closes the vote with `choiceId`; the step's live fields, or undefined when refused. */
  close(view: MeetingView, choiceId: string): Promise<StepExtra | undefined>;
}

export function liveVote(session: MeetingSession): LiveVote {
  const room = presenterRoom();
  let opened = '';
  let sent = '';
  const send = (key: string, work: () => Promise<void>) => {
    if (sent === key) return;
    sent = key;
    void work();
  };
  return {
    voting: (view) => room.isOpen() && opened === liveDecisionId(view),
    follow(state) {
      if (!room.isOpen()) return;
      const view = session.view();
      const id = liveDecisionId(view);
      if (view.status.kind === 'ended' && state.kind === 'feedback') {
        const last = view.steps.at(-1);
        const consequence = last ? clip(last.feedback, MAX_STORY_TEXT) : '';
        const ending = view.status.ending;
        send(`end@${id}`, async () => {
          if (last && consequence) await room.reveal(opened, consequence);
          await room.end({
            title: clip(ending.title, MAX_OPTION_TEXT),
            text: clip(ending.text || ending.title, MAX_STORY_TEXT),
            lesson: clip(ending.lesson, MAX_STORY_TEXT),
          });
        });
      } else if (state.kind === 'feedback') {
        const last = view.steps.at(-1);
        if (last)
          send(`reveal@${id}`, () => room.reveal(opened, clip(last.feedback, MAX_STORY_TEXT)));
      } else if (state.kind === 'choices' && state.stage === 'vote' && opened !== id) {
        opened = id;
        sent = `open@${id}`;
        void room.openVote({
          id,
          prompt: clip(view.node?.prompt ?? 'What would you do, and why?', MAX_PROMPT),
          options: view.choices.map((c) => ({ id: c.id, text: clip(c.text, MAX_OPTION_TEXT) })),
        });
      } else if (state.kind === 'lines' && opened && sent.startsWith('reveal@')) {
        send(`advance@${id}`, () => room.advance());
      }
    },
    counts: (view) => view.choices.map((c) => room.state().counts[c.id] ?? 0),
    async close(view, choiceId) {
      const ids = view.choices.map((c) => c.id);
      const closed = await room.closeVote(liveDecisionId(view), choiceId);
      return closed ? roomStepFields(ids, closed.tally, closed.events) : undefined;
    },
  };
}

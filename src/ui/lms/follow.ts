/**
 * Reports a meeting session to the LMS the launch connected (launch.ts):
 * each decision as an interaction, the reasoning as learner comments, the
 * score and status at the ending, the unfinished run as suspend_data, a
 * commit after each decision. The play screen calls `followLms` once per
 * session; everything else happens through the session's events. A failing
 * LMS is told about in a notice and never stops the meeting.
 */
import { analyze } from '../../engine/analysis/analyze.ts';
import type { MeetingEvent, MeetingSession } from '../../engine/core/session.ts';
import type { App } from '../app.ts';
import {
  decisionValues,
  interactionId,
  outcomeValues,
  progressValues,
  scorm12Comments,
  scorm2004Comment,
  sessionTimeValue,
  type CmiPairs,
  type Decision,
  type Note,
} from './cmi.ts';
import { errorSentence, type LmsError } from './errors.ts';
import { lmsLaunch, type LmsLaunch } from './launch.ts';
import { encodeSuspendData, SUSPEND_LIMIT } from './suspend-data.ts';

/** Shown once when a packaged meeting runs without a learning platform around it. */
export const NOT_RECORDED =
  'No learning platform was found, so your results are not being recorded. The meeting plays as usual.';

type Range = { min: number; max: number };

/** How often each node has been decided in this attempt, across sessions (Play again): unique interaction ids. */
const decidedIn = new WeakMap<LmsLaunch, Map<string, number>>();

/** The customer-value range every play of the meeting can reach (the engine's analysis). */
async function customerRange(session: MeetingSession): Promise<Range | undefined> {
  return analyze(session.scenario).scores?.customer;
}

/** Shows each distinct LMS error once, as a sentence. */
function errorNotices(app: App, launch: LmsLaunch): void {
  const shown = new Set<string>();
  const show = (error: LmsError) => {
    const key = `${error.code} ${error.call.split(' ')[0]}`;
    if (shown.has(key)) return;
    shown.add(key);
    app.notify(errorSentence(launch.version, error));
  };
  launch.onError = show;
  launch.early.splice(0).forEach(show);
}

/** Follows one session of the launched meeting; returns the unsubscribe. */
export function followLms(app: App, session: MeetingSession): () => void {
  const launch = lmsLaunch();
  if (!launch || session.scenario.id !== launch.meetingId) return () => undefined;
  errorNotices(app, launch);
  const connection = launch.connection;
  if (!connection) {
    app.notify(NOT_RECORDED);
    return () => undefined;
  }
  restoreNotes(app, session, launch);
  const range = customerRange(session).catch(() => undefined);
  const decided = decidedIn.get(launch) ?? new Map<string, number>();
  decidedIn.set(launch, decided);
  const commentAt = new Map<string, number>();
  let last = Date.now();
  const { send, commit } = channel(launch, connection);
  const progress = () => send(progressValues(launch.version, progressOf(session, launch)));

  const decision = () => {
    const now = new Date();
    const made = decisionOf(session, launch, decided, now, now.getTime() - last);
    if (!made) return;
    last = now.getTime();
    send(decisionValues(launch.version, made.decision));
    send(commentValues(session, launch, commentAt, made.nodeId, now));
  };

  const ended = async () => {
    const view = session.view();
    const reached = await range;
    if (view.status.kind !== 'ended' || !reached) return;
    send(outcomeValues(launch.version, view.meters.customer, reached, view.status.ending.rating));
    progress();
    commit();
  };

  const handle = (events: MeetingEvent[]) => {
    if (events.some((event) => event.type === 'choice-made')) decision();
    if (events.some((event) => event.type === 'ended')) return void ended();
    if (events.some((event) => event.type === 'choice-made' || event.type === 'rewound')) {
      progress();
      commit();
    }
  };
  launch.beforeExit = progress;
  const unsubscribe = session.subscribe((_view, events) => handle(events));
  progress();
  return () => {
    unsubscribe();
    if (launch.beforeExit === progress) launch.beforeExit = () => undefined;
  };
}

/** Sending and committing, both silent once the session has been terminated. */
function channel(launch: LmsLaunch, connection: NonNullable<LmsLaunch['connection']>) {
  const send = (pairs: CmiPairs) => {
    if (launch.finished) return;
    for (const [element, value] of pairs) connection.set(element, value);
  };
  const commit = () => {
    if (launch.finished) return;
    send([sessionTimeValue(launch.version, Date.now() - launch.startedAt)]);
    connection.commit();
  };
  return { send, commit };
}

/** The interaction for the decision just made, numbered after every earlier one of the attempt. */
function decisionOf(
  session: MeetingSession,
  launch: LmsLaunch,
  decided: Map<string, number>,
  at: Date,
  latencyMs: number,
): { decision: Decision; nodeId: string } | undefined {
  const view = session.view();
  const step = view.steps[view.steps.length - 1];
  if (!step) return undefined;
  const times = decided.get(step.nodeId) ?? 0;
  decided.set(step.nodeId, times + 1);
  const before = view.steps[view.steps.length - 2]?.customer ?? 0;
  const decision: Decision = {
    index: launch.interactions++,
    id: interactionId(step.nodeId, times),
    choiceId: step.choiceId,
    optionText: step.choiceText,
    customerDelta: step.customer - before,
    at,
    latencyMs,
  };
  return { decision, nodeId: step.nodeId };
}

/** Bookmark, suspend_data and exit for where the session is now. */
function progressOf(session: MeetingSession, launch: LmsLaunch) {
  const view = session.view();
  const record = session.record();
  const status = view.status;
  if (status.kind === 'ended') return { finished: true, suspendData: '', location: '' };
  const current = status.nodeId;
  const priority = [current, ...view.steps.map((step) => step.nodeId).reverse()];
  const onPath = new Set(priority);
  const notes = Object.fromEntries(
    Object.entries(record.notes ?? {}).filter(([nodeId]) => onPath.has(nodeId)),
  );
  const run = {
    contentHash: record.contentHash,
    path: record.steps.map((s) => s.choiceId),
    notes,
  };
  const { text } = encodeSuspendData(run, SUSPEND_LIMIT[launch.version], priority);
  return { finished: false, suspendData: text, location: current };
}

/** The learner comment(s) for the reasoning typed at `nodeId`, if any. */
function commentValues(
  session: MeetingSession,
  launch: LmsLaunch,
  commentAt: Map<string, number>,
  nodeId: string,
  at: Date,
): CmiPairs {
  const notes = session.record().notes ?? {};
  if (!notes[nodeId]?.trim()) return [];
  const titleOf = (id: string) =>
    session.view().steps.find((s) => s.nodeId === id)?.nodeTitle ?? id;
  if (launch.version === 'scorm12') {
    const all: Note[] = Object.entries(notes)
      .filter(([, text]) => text.trim())
      .map(([id, text]) => ({ nodeId: id, title: titleOf(id), text, at }));
    return [['cmi.comments', scorm12Comments(all)]];
  }
  const index = commentAt.get(nodeId) ?? launch.comments++;
  commentAt.set(nodeId, index);
  return scorm2004Comment(index, { nodeId, title: titleOf(nodeId), text: notes[nodeId], at });
}

/** Puts back the reasoning saved with a resumed run, and says where the trainee is. */
function restoreNotes(app: App, session: MeetingSession, launch: LmsLaunch): void {
  const resumed = launch.resumed;
  if (!resumed) return;
  launch.resumed = undefined;
  const record = session.record();
  if (resumed.contentHash !== record.contentHash) {
    app.notify(
      'This meeting has changed since your attempt was saved, so it resumes only as far as your saved choices still lead.',
    );
  }
  const samePath = resumed.path.join('.') === record.steps.map((s) => s.choiceId).join('.');
  if (!samePath) return;
  for (const [nodeId, text] of Object.entries(resumed.notes)) {
    if (!record.notes?.[nodeId]) session.note(nodeId, text);
  }
  if (resumed.path.length > 0) app.announce(`Resumed at decision ${resumed.path.length + 1}.`);
}

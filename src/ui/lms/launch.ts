/**
 * The start of a packaged meeting (SCO): `index.html?lms=scorm12#/play/<id>`
 * (or `lms=scorm2004`). Runs before the router reads the hash, so a saved
 * run in suspend_data turns into the deep link of the decision it stopped
 * at. Without the `lms` flag nothing happens at all; with it but no LMS, the
 * meeting plays as usual and follow.ts says results are not recorded.
 */
import { parseHash } from '../../engine/links/route.ts';
import { connect, findApi, type FrameLike, type LmsConnection } from './api.ts';
import { LAUNCH_ELEMENTS, sessionTimeValue, startValues, type LmsVersion } from './cmi.ts';
import type { LmsError } from './errors.ts';
import { decodeSuspendData, type SuspendedRun } from './suspend-data.ts';

/** What the launch found, for follow.ts. */
export interface LmsLaunch {
  version: LmsVersion;
  /** The meeting this SCO launches. */
  meetingId: string;
  /** Undefined when no LMS API was found (or it refused to start). */
  connection?: LmsConnection;
  /** The run saved at the last exit, if the LMS resumed one. */
  resumed?: SuspendedRun;
  /** Index of the next interaction and (2004) learner comment. */
  interactions: number;
  comments: number;
  startedAt: number;
  /** Errors met before anything could show them; follow.ts shows them. */
  early: LmsError[];
  /** Called on page hide before the final commit; follow.ts sets it. */
  beforeExit: () => void;
  /** True once the session has been terminated: no call is made after it. */
  finished: boolean;
  onError: (error: LmsError) => void;
}

let active: LmsLaunch | undefined;

/** The launch of this page, if it is a packaged meeting. */
export function lmsLaunch(): LmsLaunch | undefined {
  return active;
}

/** The LMS flag of a query string, if it names a version. */
export function lmsVersionOf(search: string): LmsVersion | undefined {
  const flag = new URLSearchParams(search).get('lms');
  return flag === 'scorm12' || flag === 'scorm2004' ? flag : undefined;
}

function count(value: string): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

/** Reads status, counts and the saved run, and marks the attempt under way. */
function begin(launch: LmsLaunch, connection: LmsConnection): void {
  const names = LAUNCH_ELEMENTS[launch.version];
  for (const [element, value] of startValues(launch.version, connection.get(names.status))) {
    connection.set(element, value);
  }
  launch.interactions = count(connection.get(names.interactions));
  launch.comments = names.comments ? count(connection.get(names.comments)) : 0;
  const entry = connection.get(names.entry);
  const saved = entry === 'ab-initio' ? '' : connection.get(names.suspendData);
  const decoded = saved ? decodeSuspendData(saved) : undefined;
  if (decoded && 'path' in decoded) launch.resumed = decoded;
}

/** Turns the saved run into the deep link of its decision, when the page opens the meeting's start. */
function resumeLink(win: Window, launch: LmsLaunch): void {
  const path = launch.resumed?.path ?? [];
  const { route } = parseHash(win.location.hash);
  if (path.length === 0 || route.screen !== 'play' || route.path.length > 0) return;
  const hash = `#/play/${encodeURIComponent(launch.meetingId)}/${path.join('.')}`;
  win.history.replaceState(win.history.state, '', hash);
}

/** On page hide: the session time, what follow.ts has to save, one commit, the end. */
function exitOnHide(win: Window, launch: LmsLaunch): void {
  win.addEventListener('pagehide', () => {
    const connection = launch.connection;
    if (!connection || launch.finished) return;
    launch.beforeExit();
    connection.set(...sessionTimeValue(launch.version, Date.now() - launch.startedAt));
    connection.commit();
    connection.finish();
    launch.finished = true;
  });
}

/**
 * Connects a packaged meeting to its LMS: discovery, Initialize, the saved
 * run. Call before the router starts. Returns undefined when the page was
 * not launched as a SCO. Never throws.
 */
export function connectLms(win: Window = window): LmsLaunch | undefined {
  const version = lmsVersionOf(win.location.search);
  const { route } = parseHash(win.location.hash);
  if (!version || route.screen !== 'play') return undefined;
  const launch: LmsLaunch = {
    version,
    meetingId: route.scenarioId,
    interactions: 0,
    comments: 0,
    startedAt: Date.now(),
    early: [],
    beforeExit: () => undefined,
    finished: false,
    onError: (error) => launch.early.push(error),
  };
  active = launch;
  const api = findApi(win as unknown as FrameLike, version);
  if (!api) return launch;
  const connection = connect(version, api, (error) => launch.onError(error));
  if (!connection.initialize()) return launch;
  launch.connection = connection;
  begin(launch, connection);
  resumeLink(win, launch);
  exitOnHide(win, launch);
  return launch;
}

/**
 * Finding the LMS's API object and talking to it without ever letting it
 * stop the meeting. Discovery follows the specifications (SCORM 1.2 RTE
 * 3.3.6.1, SCORM 2004 RTE 3.3.6.2): the window itself, then each parent up to
 * the top, then the opener's chain, a bounded number of hops; a frame of
 * another origin ends its chain quietly.
 */
import type { LmsVersion } from './cmi.ts';
import type { LmsError } from './errors.ts';

/** The SCORM 1.2 API (`window.API`). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The SCORM 2004 API (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

/** Enough of a window for discovery; tests pass plain objects. */
export interface FrameLike {
  parent?: FrameLike | null;
  opener?: FrameLike | null;
  top?: FrameLike | null;
}

/** The 2004 specification's sample stops after 500 parents; so does this. */
export const MAX_FRAME_HOPS = 500;

const API_NAME: Record<LmsVersion, string> = { scorm12: 'API', scorm2004: 'API_1484_11' };

function apiIn(frame: FrameLike, name: string): object | undefined {
  try {
    const found = (frame as Record<string, unknown>)[name];
    return typeof found === 'object' && found !== null ? found : undefined;
  } catch {
    return undefined; // another origin: its properties cannot be read
  }
}

function parentOf(frame: FrameLike): FrameLike | undefined {
  try {
    const parent = frame.parent;
    return parent && parent !== frame ? parent : undefined;
  } catch {
    return undefined;
  }
}

/** Looks in `start` and its parents, at most MAX_FRAME_HOPS of them. */
function searchChain(start: FrameLike, name: string): object | undefined {
  let frame: FrameLike | undefined = start;
  for (let hops = 0; frame && hops <= MAX_FRAME_HOPS; hops += 1) {
    const api = apiIn(frame, name);
    if (api) return api;
    frame = parentOf(frame);
  }
  return undefined;
}

function openerOf(frame: FrameLike): FrameLike | undefined {
  try {
    return (frame.top ?? frame).opener ?? undefined;
  } catch {
    return undefined;
  }
}

/** The LMS's API for `version`, from this window's frames or its opener's; undefined without an LMS. */
export function findApi(win: FrameLike, version: 'scorm12'): Scorm12Api | undefined;
export function findApi(win: FrameLike, version: 'scorm2004'): Scorm2004Api | undefined;
export function findApi(win: FrameLike, version: LmsVersion): Scorm12Api | Scorm2004Api | undefined;
export function findApi(win: FrameLike, version: LmsVersion) {
  const name = API_NAME[version];
  const here = searchChain(win, name);
  if (here) return here;
  const opener = openerOf(win);
  return opener ? searchChain(opener, name) : undefined;
}

/** The API calls the bridge makes; each returns whether the LMS accepted it and never throws. */
export interface LmsConnection {
  readonly version: LmsVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

interface Calls {
  initialize(): string;
  finish(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  lastError(): string;
  errorString(code: string): string;
  diagnostic(code: string): string;
}

function callsOf(version: LmsVersion, api: Scorm12Api | Scorm2004Api): Calls {
  if (version === 'scorm12') {
    const a = api as Scorm12Api;
    return {
      initialize: () => a.LMSInitialize(''),
      finish: () => a.LMSFinish(''),
      get: (element) => a.LMSGetValue(element),
      set: (element, value) => a.LMSSetValue(element, value),
      commit: () => a.LMSCommit(''),
      lastError: () => a.LMSGetLastError(),
      errorString: (code) => a.LMSGetErrorString(code),
      diagnostic: (code) => a.LMSGetDiagnostic(code),
    };
  }
  const a = api as Scorm2004Api;
  return {
    initialize: () => a.Initialize(''),
    finish: () => a.Terminate(''),
    get: (element) => a.GetValue(element),
    set: (element, value) => a.SetValue(element, value),
    commit: () => a.Commit(''),
    lastError: () => a.GetLastError(),
    errorString: (code) => a.GetErrorString(code),
    diagnostic: (code) => a.GetDiagnostic(code),
  };
}

/** What the LMS said about `code`: its error string and diagnostic, when it has them. */
function detailOf(calls: Calls, code: string): string | undefined {
  try {
    const parts = [calls.errorString(code), calls.diagnostic(code)].map((part) =>
      String(part ?? ''),
    );
    const said = [...new Set(parts.map((part) => part.trim()).filter(Boolean))].join(' — ');
    return said || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps an API so every call reads the LMS's error code afterwards and
 * reports a non-zero one to `onError`; a call that throws is reported as a
 * general error (101). Reading a 2004 value that was never set (403) is
 * how an attempt starts, not a failure, so it is not reported.
 */
export function connect(
  version: LmsVersion,
  api: Scorm12Api | Scorm2004Api,
  onError: (error: LmsError) => void,
): LmsConnection {
  const calls = callsOf(version, api);
  const run = (call: string, action: () => string, quiet: readonly string[] = []): string => {
    let result: string;
    try {
      result = String(action() ?? '');
    } catch (thrown) {
      onError({ code: '101', call, detail: String((thrown as Error)?.message ?? thrown) });
      return '';
    }
    let code = '0';
    try {
      code = String(calls.lastError() ?? '0').trim() || '0';
    } catch {
      code = '0';
    }
    if (code !== '0' && !quiet.includes(code))
      onError({ code, call, detail: detailOf(calls, code) });
    return result;
  };
  const ok = (result: string) => result === 'true';
  return {
    version,
    initialize: () => ok(run('the start of the session', calls.initialize)),
    get: (element) =>
      run(`reading ${element}`, () => calls.get(element), version === 'scorm2004' ? ['403'] : []),
    set: (element, value) => ok(run(`recording ${element}`, () => calls.set(element, value))),
    commit: () => ok(run('saving the results', calls.commit)),
    finish: () => ok(run('the end of the session', calls.finish)),
  };
}

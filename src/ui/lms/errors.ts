/**
 * Every error code of the SCORM 1.2 and 2004 run-time APIs, as a sentence a
 * trainee can read. The LMS's own error string and diagnostic are added when
 * it gives them; codes no specification defines still get a sentence.
 */
import type { LmsVersion } from './cmi.ts';

const SCORM12: Record<string, string> = {
  '101': 'the learning platform reported a general error',
  '201': 'the learning platform refused an argument it was sent',
  '202': 'the learning platform has no children for this element',
  '203': 'the learning platform cannot count this element',
  '301': 'the learning platform had not started the session yet',
  '401': 'the learning platform does not support this data',
  '402': 'the learning platform keeps this value as a keyword that cannot be set',
  '403': 'the learning platform only allows this value to be read',
  '404': 'the learning platform only allows this value to be written',
  '405': 'the learning platform found the value in the wrong format',
};

const SCORM2004: Record<string, string> = {
  '101': 'the learning platform reported a general exception',
  '102': 'the learning platform could not start the session',
  '103': 'the learning platform had already started the session',
  '104': 'the learning platform had already closed the session',
  '111': 'the learning platform could not close the session',
  '112': 'the learning platform was asked to close a session it had not started',
  '113': 'the learning platform was asked to close a session it had already closed',
  '122': 'the learning platform was asked for data before the session started',
  '123': 'the learning platform was asked for data after the session closed',
  '132': 'the learning platform was sent data before the session started',
  '133': 'the learning platform was sent data after the session closed',
  '142': 'the learning platform was asked to save before the session started',
  '143': 'the learning platform was asked to save after the session closed',
  '201': 'the learning platform refused an argument it was sent',
  '301': 'the learning platform could not read a value',
  '351': 'the learning platform could not store a value',
  '391': 'the learning platform could not save the results',
  '401': 'the learning platform does not know this data element',
  '402': 'the learning platform has not implemented this data element',
  '403': 'the learning platform has no value for this element yet',
  '404': 'the learning platform only allows this value to be read',
  '405': 'the learning platform only allows this value to be written',
  '406': 'the learning platform found the value of the wrong type',
  '407': 'the learning platform found the value out of range',
  '408': 'the learning platform needs related data set first',
};

/** The codes each version defines (for tests and for the sentence below). */
export const ERROR_CODES: Record<LmsVersion, readonly string[]> = {
  scorm12: Object.keys(SCORM12),
  scorm2004: Object.keys(SCORM2004),
};

/** What went wrong with one call, as the bridge saw it. */
export interface LmsError {
  code: string;
  /** The call: "SetValue cmi.score.raw", "Commit", … */
  call: string;
  /** What the LMS said: GetErrorString and GetDiagnostic, when it gave them. */
  detail?: string;
}

/** One sentence for an LMS error, e.g. "Saving the results … failed: …". */
export function errorSentence(version: LmsVersion, error: LmsError): string {
  const known = (version === 'scorm12' ? SCORM12 : SCORM2004)[error.code];
  const reason = known ?? `the learning platform reported error ${error.code}`;
  const detail = error.detail?.replace(/\s+/g, ' ').trim().slice(0, 200);
  const said = detail ? ` (it said: "${detail}")` : '';
  return `The learning platform may not have recorded this: ${reason}${said} during ${error.call} (code ${error.code}). The meeting goes on.`;
}

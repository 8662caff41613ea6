/**
 * The meetings this build has: every `scenarios/*.yaml`, validated at build
 * time by the content plugin. The title screen needs only the catalogue's
 * cards; the full scenarios (each a chunk of its own) load when a screen
 * needs them. A broken file comes with its diagnostics and no card, so the
 * title screen can say what is wrong instead of going blank.
 */
import catalogue from 'virtual:scenarios';
import { meetingsOf, scenarioLoader } from './catalogue.ts';

export type { MeetingEntry } from './catalogue.ts';

/** All meeting files, in file-name order. */
export const meetings = meetingsOf(catalogue);

/** The scenarios asked for (all when no ids), each loaded once; a failed load rejects and the next call retries. */
export const loadScenarios = scenarioLoader(catalogue);

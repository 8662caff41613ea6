/**
 * Deep links (docs/architecture.md): the URL hash names a screen and, for play, a
 * scenario and a path of choice ids joined by dots, e.g.
 * `#/play/fintech-sync/expedite.design-review`, optionally followed by
 * `~<seed>` (base 36): the run's presentation order, so a shared link shows
 * the options as they were shown (`#/play/fintech-sync/expedite~k3x9a1`).
 * A link without it (every link made before the order existed) still opens
 * at its decision. Parsing never throws: what cannot be read is reported
 * and the route falls back to the nearest valid one.
 */
import { idPattern } from '../../content/vocabulary.ts';
import { isRunSeed } from '../core/order.ts';
import { RUN_ID_PATTERN } from '../saved/types.ts';
import { clip } from '../saved/untrusted.ts';

/** Every screen a link can name, with what that screen needs. */
export type Route =
  | { screen: 'title' }
  | { screen: 'select' }
  /** `seed`: the presentation order (core/order.ts); absent, the screen draws a fresh one. */
  | { screen: 'play'; scenarioId: string; path: string[]; seed?: number }
  | { screen: 'debrief'; runId: string }
  | { screen: 'history'; scenarioId?: string }
  | { screen: 'compare'; runIds: string[] }
  | { screen: 'map'; scenarioId: string }
  /** A facilitator's workshop summary: the session named, or the latest one. */
  | { screen: 'workshop'; sessionId?: string };

/** A screen name, as written in the first part of the hash. */
export type Screen = Route['screen'];

/** A parsed hash: always a route, plus what was wrong with the link, if anything. */
export interface ParsedLink {
  route: Route;
  problem?: string;
}

/** Longest hash read; longer links are cut at the last whole id before this. */
export const MAX_HASH_LENGTH = 2000;
/** Most runs a compare link may name. */
export const MAX_COMPARE_RUNS = 8;

/** Separates a play link's path from its presentation seed; never part of an id. */
export const SEED_MARK = '~';

const SCREENS = 'title select play debrief history compare map workshop'.split(
  ' ',
) as readonly Screen[];

/** The hash for a route, e.g. `#/play/sample-standup/ask-vikram.ship`. */
export function formatRoute(route: Route): string {
  const part = (text: string) => encodeURIComponent(text);
  switch (route.screen) {
    case 'title':
      return '#/';
    case 'select':
      return '#/select';
    case 'play': {
      const base = `#/play/${part(route.scenarioId)}`;
      const seed = route.seed === undefined ? '' : `${SEED_MARK}${route.seed.toString(36)}`;
      const tail = `${route.path.map(part).join('.')}${seed}`;
      return tail === '' ? base : `${base}/${tail}`;
    }
    case 'debrief':
      return `#/debrief/${part(route.runId)}`;
    case 'history':
      return route.scenarioId === undefined ? '#/history' : `#/history/${part(route.scenarioId)}`;
    case 'compare':
      return `#/compare/${route.runIds.map(part).join('.')}`;
    case 'map':
      return `#/map/${part(route.scenarioId)}`;
    case 'workshop':
      return route.sessionId === undefined ? '#/workshop' : `#/workshop/${part(route.sessionId)}`;
  }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Splits a dotted list and decodes each item; stops at the first bad item. */
function readList(segment: string, pattern: RegExp): { items: string[]; bad?: string } {
  const items: string[] = [];
  if (segment === '') return { items };
  for (const raw of segment.split('.')) {
    const item = decode(raw);
    if (item === undefined || item.length > 64 || !pattern.test(item)) {
      return { items, bad: item === undefined ? raw : item };
    }
    items.push(item);
  }
  return { items };
}

/** Cuts an over-long hash back to the last whole id that fits. */
function cutToLength(hash: string): string {
  const head = hash.slice(0, MAX_HASH_LENGTH);
  const boundary = Math.max(head.lastIndexOf('.'), head.lastIndexOf('/'));
  return boundary > 0 ? head.slice(0, boundary) : head;
}

/** Parses `location.hash` (with or without the leading `#`) into a route. Never throws. */
export function parseHash(hash: string): ParsedLink {
  const text = typeof hash === 'string' ? hash : '';
  const long = text.length > MAX_HASH_LENGTH;
  const body = (long ? cutToLength(text) : text).replace(/^#/, '').replace(/^\//, '');
  const parsed = parseRoute(body.replace(/\/$/, ''));
  if (!long) return parsed;
  const cut = `The link was too long (${text.length} characters), so only its start was read.`;
  return link(parsed.route, parsed.problem ? `${cut} ${parsed.problem}` : cut);
}

function parseRoute(body: string): ParsedLink {
  if (body === '') return { route: { screen: 'title' } };
  const [head = '', ...rest] = body.split('/');
  const screen = decode(head);
  if (screen === undefined || !(SCREENS as readonly string[]).includes(screen)) {
    return {
      route: { screen: 'title' },
      problem: `The link asks for a screen called "${clip(screen ?? head)}", which does not exist.`,
    };
  }
  const withJunk = (link: ParsedLink, used: number): ParsedLink => {
    const extra = rest.slice(used).join('/');
    if (extra === '' || link.problem) return link;
    return {
      ...link,
      problem: `The end of the link ("${clip(extra)}") was not understood and was ignored.`,
    };
  };
  switch (screen as Screen) {
    case 'title':
    case 'select':
      return withJunk({ route: { screen: screen as 'title' | 'select' } }, 0);
    case 'play':
      return withJunk(parsePlay(rest[0], rest[1]), 2);
    case 'history':
      if (rest[0] === undefined) return { route: { screen: 'history' } };
      return withJunk(
        scenarioRoute(rest[0], (id) => ({ screen: 'history', scenarioId: id })),
        1,
      );
    case 'map':
      return withJunk(
        scenarioRoute(rest[0], (id) => ({ screen: 'map', scenarioId: id })),
        1,
      );
    case 'debrief':
      return withJunk(parseDebrief(rest[0] ?? ''), 1);
    case 'compare':
      return withJunk(parseCompare(rest[0] ?? ''), 1);
    case 'workshop':
      return withJunk(parseWorkshop(rest[0]), 1);
  }
}

function scenarioRoute(segment: string | undefined, route: (id: string) => Route): ParsedLink {
  const { items, bad } = readList(segment ?? '', idPattern);
  const id = items[0];
  if (bad !== undefined || id === undefined || items.length > 1) {
    const what = segment
      ? `"${clip(decode(segment) ?? segment)}" is not a meeting id`
      : 'it names no meeting';
    return { route: { screen: 'select' }, problem: `The link cannot be followed: ${what}.` };
  }
  return { route: route(id) };
}

/** A base-36 seed as a link writes it, or undefined when it is not one. */
function readSeed(text: string): number | undefined {
  if (!/^[0-9a-z]{1,7}$/.test(text)) return undefined;
  const seed = parseInt(text, 36);
  return isRunSeed(seed) ? seed : undefined;
}

function parsePlay(scenarioPart: string | undefined, pathPart: string | undefined): ParsedLink {
  const scenario = scenarioRoute(scenarioPart, (id) => ({
    screen: 'play',
    scenarioId: id,
    path: [],
  }));
  if (scenario.route.screen !== 'play') return scenario;
  const [pathText = '', seedText, ...extra] = (pathPart ?? '').split(SEED_MARK);
  const { items, bad } = readList(pathText, idPattern);
  const seed =
    seedText === undefined || extra.length > 0 ? undefined : readSeed(seedText.toLowerCase());
  const route: Route = { ...scenario.route, path: items, ...(seed === undefined ? {} : { seed }) };
  const problems: string[] = [];
  if (bad !== undefined) {
    const where = `Decision ${items.length + 1} in the link ("${clip(bad)}") is not a valid choice id`;
    problems.push(`${where}, so the meeting opens after decision ${items.length}.`);
  }
  if (seedText !== undefined && seed === undefined) {
    const order = clip([seedText, ...extra].join(SEED_MARK));
    problems.push(
      `The order of options in the link ("${order}") is not readable, so a new order is drawn.`,
    );
  }
  return link(route, problems.length > 0 ? problems.join(' ') : undefined);
}

function parseDebrief(segment: string): ParsedLink {
  const id = decode(segment);
  if (id !== undefined && RUN_ID_PATTERN.test(id)) return link({ screen: 'debrief', runId: id });
  const problem = `The link names a run "${clip(id ?? segment)}" that is not a valid run id.`;
  return link({ screen: 'history' }, problem);
}

function parseCompare(segment: string): ParsedLink {
  const { items, bad } = readList(segment, RUN_ID_PATTERN);
  const runIds = [...new Set(items)].slice(0, MAX_COMPARE_RUNS);
  if (bad !== undefined || runIds.length < 2) {
    const why = bad !== undefined ? `"${clip(bad)}" is not a valid run id` : 'it needs two runs';
    return link({ screen: 'history' }, `The comparison link cannot be opened: ${why}.`);
  }
  const cut = items.length > runIds.length;
  return link(
    { screen: 'compare', runIds },
    cut ? `Repeated runs, or more than ${MAX_COMPARE_RUNS}, were left out.` : undefined,
  );
}

function parseWorkshop(segment: string | undefined): ParsedLink {
  if (segment === undefined || segment === '') return link({ screen: 'workshop' });
  const id = decode(segment);
  if (id !== undefined && RUN_ID_PATTERN.test(id))
    return link({ screen: 'workshop', sessionId: id });
  const problem = `The link names a workshop session "${clip(id ?? segment)}" that is not a valid id, so the latest session is shown.`;
  return link({ screen: 'workshop' }, problem);
}

/** A parsed link, with `problem` only when there is one. */
function link(route: Route, problem?: string): ParsedLink {
  return problem === undefined ? { route } : { route, problem };
}

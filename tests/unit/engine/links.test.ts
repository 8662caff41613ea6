import { describe, expect, it } from 'vitest';
import {
  formatRoute,
  MAX_HASH_LENGTH,
  parseHash,
  type Route,
} from '../../../src/engine/links/route.ts';

describe('parseHash and formatRoute', () => {
  const routes: Route[] = [
    { screen: 'title' },
    { screen: 'select' },
    { screen: 'play', scenarioId: 'sample-standup', path: [] },
    { screen: 'play', scenarioId: 'sample-standup', path: ['ask-vikram', 'ship'] },
    { screen: 'play', scenarioId: 'sample-standup', path: [], seed: 0xffff_ffff },
    { screen: 'play', scenarioId: 'sample-standup', path: ['ask-vikram'], seed: 0 },
    { screen: 'debrief', runId: 'run-abc_1' },
    { screen: 'history' },
    { screen: 'history', scenarioId: 'sample-standup' },
    { screen: 'compare', runIds: ['run-a', 'run-b', 'run-c'] },
    { screen: 'map', scenarioId: 'sample-standup' },
    { screen: 'workshop' },
    { screen: 'workshop', sessionId: 'workshop-2026-11-25' },
  ];

  it.each(routes)('round-trips $screen', (route) => {
    expect(parseHash(formatRoute(route))).toEqual({ route });
  });

  it('writes play links as in docs/architecture.md', () => {
    const route: Route = {
      screen: 'play',
      scenarioId: 'fintech-sync',
      path: ['expedite', 'design-review'],
    };
    expect(formatRoute(route)).toBe('#/play/fintech-sync/expedite.design-review');
  });

  it.each(['', '#', '#/', '/', '#/title'])('reads %j as the title screen', (hash) => {
    expect(parseHash(hash)).toEqual({ route: { screen: 'title' } });
  });

  it('accepts a hash without "#" and with a trailing slash', () => {
    expect(parseHash('/play/sample-standup/ask-vikram/').route).toEqual({
      screen: 'play',
      scenarioId: 'sample-standup',
      path: ['ask-vikram'],
    });
  });

  it('reports an unknown screen and falls back to the title', () => {
    const parsed = parseHash('#/settingz');
    expect(parsed.route).toEqual({ screen: 'title' });
    expect(parsed.problem).toMatch(/screen called "settingz"/);
  });

  it('keeps the path before a badly encoded choice id', () => {
    const parsed = parseHash('#/play/sample-standup/ask-vikram.%E0%A4.ship');
    expect(parsed.route).toEqual({
      screen: 'play',
      scenarioId: 'sample-standup',
      path: ['ask-vikram'],
    });
    expect(parsed.problem).toMatch(/Decision 2 .*after decision 1/);
  });

  it('sends a malformed meeting id to the meeting list', () => {
    expect(parseHash('#/play/%ZZ/ask-vikram')).toMatchObject({
      route: { screen: 'select' },
      problem: expect.stringMatching(/not a meeting id/),
    });
    expect(parseHash('#/map')).toMatchObject({ route: { screen: 'select' } });
  });

  it('ignores trailing junk and says so', () => {
    const parsed = parseHash('#/play/sample-standup/ask-vikram/extra/stuff');
    expect(parsed.route).toEqual({
      screen: 'play',
      scenarioId: 'sample-standup',
      path: ['ask-vikram'],
    });
    expect(parsed.problem).toMatch(/"extra\/stuff"\) was not understood/);
  });

  it('cuts an over-long link at a whole choice id', () => {
    const hash = `#/play/sample-standup/${Array(400).fill('ask-vikram').join('.')}`;
    const parsed = parseHash(hash);
    expect(parsed.problem).toMatch(/too long/);
    expect(formatRoute(parsed.route).length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
    if (parsed.route.screen !== 'play') throw new Error('expected play');
    expect(parsed.route.path.every((id) => id === 'ask-vikram')).toBe(true);
  });

  it('needs two valid run ids to compare, and drops repeats', () => {
    expect(parseHash('#/compare/run-a')).toMatchObject({
      route: { screen: 'history' },
      problem: expect.stringMatching(/two runs/),
    });
    expect(parseHash('#/compare/run-a.b%20d')).toMatchObject({ route: { screen: 'history' } });
    expect(parseHash('#/compare/run-a.run-a.run-b')).toMatchObject({
      route: { screen: 'compare', runIds: ['run-a', 'run-b'] },
      problem: expect.stringMatching(/left out/),
    });
  });

  it('sends an invalid run id in a debrief link to the history', () => {
    expect(parseHash('#/debrief/..')).toMatchObject({
      route: { screen: 'history' },
      problem: expect.any(String),
    });
  });
});

describe('workshop links', () => {
  it('falls back to the latest session when the session id is not an id', () => {
    const parsed = parseHash('#/workshop/%20bad%20id');
    expect(parsed.route).toEqual({ screen: 'workshop' });
    expect(parsed.problem).toMatch(/workshop session " bad id"/);
  });
});

describe('play links with a presentation seed', () => {
  it('carry the seed after the path, in base 36', () => {
    const route: Route = {
      screen: 'play',
      scenarioId: 'fintech-sync',
      path: ['expedite'],
      seed: 1_234_567,
    };
    expect(formatRoute(route)).toBe('#/play/fintech-sync/expedite~qglj');
    expect(formatRoute({ ...route, path: [] })).toBe('#/play/fintech-sync/~qglj');
  });

  it('still open an old link without a seed at its decision', () => {
    expect(parseHash('#/play/fintech-sync/expedite.design-review')).toEqual({
      route: { screen: 'play', scenarioId: 'fintech-sync', path: ['expedite', 'design-review'] },
    });
  });

  it.each(['~', '~zzzzzzzz', '~1~2', '~-4', '~1z141z4'])(
    'report an unreadable seed "%s" and keep the path',
    (tail) => {
      const parsed = parseHash(`#/play/fintech-sync/expedite${tail}`);
      expect(parsed.route).toEqual({
        screen: 'play',
        scenarioId: 'fintech-sync',
        path: ['expedite'],
      });
      expect(parsed.problem).toMatch(/order of options in the link .* not readable/);
    },
  );
});

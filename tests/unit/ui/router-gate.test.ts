/** The router's wait for the scenarios: only the latest request is shown, failures are reported. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createLoadGate,
  needsScenarios,
  scenarioNeed,
  type GateHandlers,
} from '../../../src/ui/router.ts';

/** A load the test settles by hand. */
function manualLoad() {
  const calls: { resolve(): void; reject(error: unknown): void }[] = [];
  const load = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { load, calls };
}

function handlers() {
  return {
    ready: vi.fn<GateHandlers['ready']>(),
    failed: vi.fn<GateHandlers['failed']>(),
    slow: vi.fn<GateHandlers['slow']>(),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('needsScenarios', () => {
  it('lets only the title and the meeting list go without the full scenarios', () => {
    expect(needsScenarios('title')).toBe(false);
    expect(needsScenarios('select')).toBe(false);
    for (const screen of ['play', 'history', 'compare', 'map', 'debrief', 'workshop'] as const)
      expect(needsScenarios(screen)).toBe(true);
  });
});

describe('scenarioNeed', () => {
  it('asks a play link for its own meeting only, the other screens for all', () => {
    expect(scenarioNeed({ screen: 'title' })).toBe('none');
    expect(scenarioNeed({ screen: 'select' })).toBe('none');
    expect(scenarioNeed({ screen: 'play', scenarioId: 'kochi', path: [] })).toEqual({
      ids: ['kochi'],
    });
    expect(scenarioNeed({ screen: 'history' })).toBe('all');
    expect(scenarioNeed({ screen: 'map', scenarioId: 'kochi' })).toBe('all');
    expect(scenarioNeed({ screen: 'workshop' })).toBe('all');
  });
});

describe('createLoadGate', () => {
  it('loads one meeting for a play link, and all of them when a later screen needs all', async () => {
    const { load, calls } = manualLoad();
    const gate = createLoadGate(load);
    const play = handlers();
    gate.request({ ids: ['kochi'] }, play);
    expect(load).toHaveBeenLastCalledWith(['kochi']);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(play.ready).toHaveBeenCalledTimes(1);
    const again = handlers();
    gate.request({ ids: ['kochi'] }, again);
    expect(again.ready).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
    const history = handlers();
    gate.request('all', history);
    expect(load).toHaveBeenLastCalledWith(undefined);
    expect(history.ready).not.toHaveBeenCalled();
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(history.ready).toHaveBeenCalledTimes(1);
    const other = handlers();
    gate.request({ ids: ['chennai'] }, other);
    expect(other.ready).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows a screen that needs nothing at once, without loading', () => {
    const { load } = manualLoad();
    const title = handlers();
    createLoadGate(load).request('none', title);
    expect(title.ready).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('waits for the load, then shows; once loaded, later screens show at once', async () => {
    const { load, calls } = manualLoad();
    const gate = createLoadGate(load);
    const play = handlers();
    gate.request('all', play);
    expect(play.ready).not.toHaveBeenCalled();
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(play.ready).toHaveBeenCalledTimes(1);
    const history = handlers();
    gate.request('all', history);
    expect(history.ready).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets a newer request win over a load still in flight', async () => {
    const { load, calls } = manualLoad();
    const gate = createLoadGate(load);
    const play = handlers();
    const history = handlers();
    gate.request('all', play);
    gate.request('all', history);
    for (const call of calls) call.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(play.ready).not.toHaveBeenCalled();
    expect(history.ready).toHaveBeenCalledTimes(1);

    const map = handlers();
    const gate2 = createLoadGate(manualLoad().load);
    gate2.request('all', map);
    const title = handlers();
    gate2.request('none', title);
    expect(title.ready).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(map.slow).not.toHaveBeenCalled();
    expect(map.ready).not.toHaveBeenCalled();
  });

  it('reports a failed load to the latest request only, and tries again next time', async () => {
    const { load, calls } = manualLoad();
    const gate = createLoadGate(load);
    const older = handlers();
    const latest = handlers();
    gate.request('all', older);
    gate.request('all', latest);
    for (const call of calls) call.reject(new Error('chunk failed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(older.failed).not.toHaveBeenCalled();
    expect(latest.failed).toHaveBeenCalledTimes(1);
    expect(latest.ready).not.toHaveBeenCalled();

    const again = handlers();
    gate.request('all', again);
    expect(load).toHaveBeenCalledTimes(3);
    calls[2]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(again.ready).toHaveBeenCalledTimes(1);
  });

  it('says a load is slow only after the delay, and not once it is done', async () => {
    const slowLoad = manualLoad();
    const waiting = handlers();
    createLoadGate(slowLoad.load, 300).request('all', waiting);
    await vi.advanceTimersByTimeAsync(299);
    expect(waiting.slow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.slow).toHaveBeenCalledTimes(1);

    const quickLoad = manualLoad();
    const quick = handlers();
    createLoadGate(quickLoad.load, 300).request('all', quick);
    await vi.advanceTimersByTimeAsync(100);
    quickLoad.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(quick.ready).toHaveBeenCalledTimes(1);
    expect(quick.slow).not.toHaveBeenCalled();
  });

  it('shows a screen it had to load for in a task after the one the load ended in', async () => {
    const { load, calls } = manualLoad();
    const gate = createLoadGate(load);
    const play = handlers();
    gate.request({ ids: ['kochi'] }, play);
    calls[0]!.resolve();
    // Every microtask of the load's task has run: the screen still waits for the next task.
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
    expect(play.ready).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(play.ready).toHaveBeenCalledTimes(1);
  });
});

/** The router's wait for the scenarios: only the latest request is shown, failures are reported. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLoadGate, needsScenarios, type GateHandlers } from '../../../src/ui/router.ts';

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

describe('createLoadGate', () => {
  it('shows a screen that needs nothing at once, without loading', () => {
    const { load } = manualLoad();
    const title = handlers();
    createLoadGate(load).request(false, title);
    expect(title.ready).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('waits for the load, then shows; once loaded, later screens show at once', async () => {
    const { load, calls } = manualLoad();
    const gate = createLoadGate(load);
    const play = handlers();
    gate.request(true, play);
    expect(play.ready).not.toHaveBeenCalled();
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(play.ready).toHaveBeenCalledTimes(1);
    const history = handlers();
    gate.request(true, history);
    expect(history.ready).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets a newer request win over a load still in flight', async () => {
    const { load, calls } = manualLoad();
    const gate = createLoadGate(load);
    const play = handlers();
    const history = handlers();
    gate.request(true, play);
    gate.request(true, history);
    for (const call of calls) call.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(play.ready).not.toHaveBeenCalled();
    expect(history.ready).toHaveBeenCalledTimes(1);

    const map = handlers();
    const gate2 = createLoadGate(manualLoad().load);
    gate2.request(true, map);
    const title = handlers();
    gate2.request(false, title);
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
    gate.request(true, older);
    gate.request(true, latest);
    for (const call of calls) call.reject(new Error('chunk failed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(older.failed).not.toHaveBeenCalled();
    expect(latest.failed).toHaveBeenCalledTimes(1);
    expect(latest.ready).not.toHaveBeenCalled();

    const again = handlers();
    gate.request(true, again);
    expect(load).toHaveBeenCalledTimes(3);
    calls[2]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(again.ready).toHaveBeenCalledTimes(1);
  });

  it('says a load is slow only after the delay, and not once it is done', async () => {
    const slowLoad = manualLoad();
    const waiting = handlers();
    createLoadGate(slowLoad.load, 300).request(true, waiting);
    await vi.advanceTimersByTimeAsync(299);
    expect(waiting.slow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.slow).toHaveBeenCalledTimes(1);

    const quickLoad = manualLoad();
    const quick = handlers();
    createLoadGate(quickLoad.load, 300).request(true, quick);
    await vi.advanceTimersByTimeAsync(100);
    quickLoad.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(quick.ready).toHaveBeenCalledTimes(1);
    expect(quick.slow).not.toHaveBeenCalled();
  });
});

/**
 * Presenter mode's part of the meeting screen, fetched only where presenter
 * mode is used. A trainee playing alone never loads it: the vote, the reveal,
 * the presenter view's sync, the live room's vote and the analyses behind the
 * reveal were ~8 KB gzip of the JavaScript ahead of a deep link's first option.
 * Where presenter mode is on from the start (`?mode=present`, the presenter
 * view), `preloadWhenPresenting` asks for the chunk at once, so it is usually
 * there by the time the meeting is drawn and attaches without a gap; `P`
 * mid-meeting fetches it then and the meeting redraws as the vote.
 */
import type { MeetingSession } from '../../../engine/core/session.ts';
import type { App } from '../../app.ts';
import { presenter } from '../chrome/mode.ts';
import type { MeetingControls, PhaseKind, PresenterPart } from './attach.ts';

type AttachModule = typeof import('./attach.ts');

let loaded: AttachModule | undefined;
let loading: Promise<AttachModule> | undefined;

function load(): Promise<AttachModule> {
  loading ??= import('./attach.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const presenting = () => presenter()?.active() === true || presenter()?.isPresenterView() === true;

/** Fetches presenter mode's meeting part now; resolves either way (a failure is said later). */
export function loadPresenterMeeting(): Promise<void> {
  return load().then(
    () => undefined,
    () => undefined,
  );
}

/** Fetches presenter mode's meeting part as soon as presenter mode is (or turns) on. */
export function preloadWhenPresenting(): void {
  const ask = () => void load().catch(() => undefined);
  if (presenting()) return ask();
  const stop = presenter()?.subscribe(() => {
    if (!presenting()) return;
    stop?.();
    ask();
  });
}

/** Like attachPresenter, but the part arrives with its chunk; until then it is off. */
export function attachPresenterLater(
  app: App,
  session: MeetingSession,
  dialogue: HTMLElement,
  controls: MeetingControls,
): PresenterPart {
  if (loaded) return loaded.attachPresenter(app, session, dialogue, controls);
  let part: PresenterPart | undefined;
  let released = false;
  let stopWatching: (() => void) | undefined;
  const attach = () => {
    stopWatching?.();
    stopWatching = undefined;
    load().then(
      (module) => {
        if (released || part || !dialogue.isConnected) return;
        part = module.attachPresenter(app, session, dialogue, controls);
        controls.refresh();
      },
      () => app.notify(PRESENTER_FAILED),
    );
  };
  if (presenting()) attach();
  else stopWatching = presenter()?.subscribe(() => presenting() && attach());
  return {
    active: () => part?.active() ?? false,
    render: (kind: PhaseKind, shown: number) => part?.render(kind, shown),
    onKey: (event, kind) => part?.onKey(event, kind) ?? false,
    release() {
      released = true;
      stopWatching?.();
      part?.release();
    },
  };
}

/** Said when presenter mode's part of the meeting cannot be fetched. */
export const PRESENTER_FAILED =
  'Presenter mode could not be loaded for this meeting. Check the connection and reload the page.';

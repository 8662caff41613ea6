/**
 * The play route, `#/play/<meeting>/<choice ids…>`: the meeting, then its
 * debrief. The link has already been replayed (resolveLink), so a shared
 * link opens exactly at its decision. The URL follows every choice.
 */
import type { App } from '../app.ts';
import { newRecord } from '../../engine/core/record.ts';
import { drawSeed } from '../../engine/core/order.ts';
import { createSession, type MeetingSession } from '../../engine/core/session.ts';
import { addPathPicker } from '../history/path-picker.ts';
import { el } from '../dom.ts';
import { createMeeting, type MeetingPart } from '../meeting/meeting.ts';
import { mountRoomLater, type RoomHandle } from '../room-loader.ts';
import { FIRST_DECISION_MARK, takeOpening, type OpeningTool } from '../opening.ts';
import type { ScreenFactory } from '../router.ts';
import { resumeSession, saveRunAsPlayed } from '../runs.ts';
import { lmsRequested } from '../lms/requested.ts';

/** Marks the first decision on screen, for the browser benchmark, unless the opening did. */
function markFirstDecision(): void {
  if (performance.getEntriesByName(FIRST_DECISION_MARK).length === 0)
    performance.mark(FIRST_DECISION_MARK);
}

/** Carries out a tool pressed in the inline opening before the game had loaded. */
function openingTool(app: App, tool: OpeningTool | undefined): void {
  if (tool === 'help') app.overlays.help.open();
  else if (tool === 'settings') app.overlays.settings.open();
  else if (tool === 'leave') app.go({ screen: 'title' });
}

/**
 * A new run at `path`: with the link's presentation seed, so a shared link
 * shows the options as they were shown, else a fresh order (play again).
 */
function startSession(
  scenario: Parameters<typeof createSession>[0],
  path: string[],
  seed = drawSeed(Math.random),
): MeetingSession {
  const now = new Date();
  const record = {
    ...newRecord(scenario, now, seed),
    steps: path.map((choiceId) => ({ choiceId, at: now.toISOString() })),
  };
  return createSession(scenario, { record }).session;
}

/** Said when the debrief's chunk cannot be fetched (the run itself is already saved). */
export const DEBRIEF_FAILED =
  'The debrief could not be loaded. Your run is saved: check the connection and reload the page.';

export const playScreen: ScreenFactory<App> = (app, link) => {
  const element = el('div', { class: 'play' });
  if (!link.play) {
    element.append(el('p', { class: 'page' }, 'This meeting could not be opened.'));
    return { element, destroy: () => undefined };
  }
  const { scenario, replay } = link.play;
  // Issue 5: continue the saved run this link points at, and save every choice.
  const path = replay.steps.map((step) => step.choice.id);
  // The inline opening (src/ui/opening.ts) may already show this meeting's first lines.
  const opening = path.length === 0 ? takeOpening(scenario.id) : undefined;
  const seed = link.route.screen === 'play' ? link.route.seed : undefined;
  const session = resumeSession(app, scenario, path, seed) ?? startSession(scenario, path, seed);
  saveRunAsPlayed(app, session);
  // Issue 16: in a learning platform (SCORM), every decision and the ending are reported.
  // The bridge is already loaded by main.ts when the page was launched by an LMS.
  let unfollowLms = () => undefined as void;
  let meeting: MeetingPart | undefined;
  let room: RoomHandle | undefined;
  let destroyed = false;
  if (lmsRequested()) {
    void import('../lms/follow.ts').then((bridge) => {
      if (!destroyed) unfollowLms = bridge.followLms(app, session);
    });
  }

  const roomOptions = () => ({
    renderer: app.settings.renderer(),
    reducedMotion: app.settings.reducedMotion(),
    showScores: app.settings.get().showScores,
  });
  const syncUrl = () =>
    app.replace({
      screen: 'play',
      scenarioId: scenario.id,
      path: session.record().steps.map((s) => s.choiceId),
      seed: session.record().seed,
    });

  function mountRoom(part: MeetingPart) {
    void mountRoomLater(
      part.stage.stage,
      part.stage.room,
      scenario,
      session,
      roomOptions,
      () => destroyed || meeting !== part,
    ).then((handle) => {
      room = handle;
      room?.showSpeaker(part.speaker() ?? null);
    });
  }

  function showMeeting(full: boolean, reached?: number) {
    meeting?.release();
    const part = createMeeting(app, session, {
      ended: showDebrief,
      moved: syncUrl,
      changed: () => room?.showSpeaker(meeting?.speaker() ?? null),
    });
    meeting = part;
    element.replaceChildren(part.element);
    addPathPicker(part.element, session, (step) => {
      session.rewind(step);
      syncUrl();
      part.enter(true);
    });
    if (reached === undefined) part.enter(full);
    else part.takeOver(reached);
    markFirstDecision();
    app.sound.load();
    app.sound.setRoomTone(true);
    mountRoom(part);
  }

  /** Stops the shown debrief's hold-back watching the settings; it would keep the old debrief alive. */
  let releaseDebrief: (() => void) | undefined;

  /** Which debrief load is the latest: a rewind while one loads makes it moot. */
  let debriefShown = 0;

  function showDebrief() {
    releaseDebrief?.();
    room?.destroy();
    room = undefined;
    meeting?.release();
    meeting = undefined;
    app.sound.setRoomTone(false);
    const mine = ++debriefShown;
    // The debrief's chunk (debrief, chart, analyses) is fetched at the meeting's end.
    import('../debrief/page.ts').then(
      ({ debriefPage }) => {
        if (destroyed || mine !== debriefShown || meeting) return;
        const page = debriefPage(app, element, scenario, session, rewindFromDebrief);
        releaseDebrief = page.release;
        window.scrollTo(0, 0);
        page.element.querySelector<HTMLElement>('h1')?.focus();
      },
      () => {
        if (destroyed || mine !== debriefShown) return;
        app.notify(DEBRIEF_FAILED);
      },
    );
  }

  function rewindFromDebrief(to = session.view().steps.length - 1) {
    releaseDebrief?.();
    releaseDebrief = undefined;
    session.rewind(to);
    syncUrl();
    showMeeting(true);
  }

  const unsubscribeSound = session.subscribe((_view, events) => app.sound.handle(events));
  const unsubscribeSettings = app.settings.subscribe(() => {
    meeting?.refresh();
    room?.update({
      showScores: app.settings.get().showScores,
      reducedMotion: app.settings.reducedMotion(),
      renderer: app.settings.renderer(),
    });
  });

  if (session.view().status.kind === 'ended') showDebrief();
  else showMeeting(replay.steps.length > 0, opening?.reached);
  openingTool(app, opening?.tool);

  return {
    element,
    onKey(event) {
      if (meeting) return meeting.onKey(event);
      if (event.key === 'ArrowLeft' || event.key === 'PageUp') return (rewindFromDebrief(), true);
      return false;
    },
    destroy() {
      destroyed = true;
      unfollowLms();
      unsubscribeSound();
      unsubscribeSettings();
      releaseDebrief?.();
      meeting?.release();
      room?.destroy();
      room = undefined;
      app.sound.setRoomTone(false);
    },
  };
};

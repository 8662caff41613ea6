/** Wires the layers together and does nothing else. */
import './ui/styles.css';
import { startApp } from './ui/app.ts';
import { screens } from './ui/screens/index.ts';
import { startPresenter } from './ui/presenter/chrome/mode.ts';
import { presenterRequested } from './ui/presenter/chrome/requested.ts';
import { loadPresenterMeeting, preloadWhenPresenting } from './ui/presenter/meeting/later.ts';
import { lmsRequested } from './ui/lms/requested.ts';

// A packaged meeting (SCORM) finds its LMS and its saved run before the router reads the
// link; the bridge is loaded only then, so the web game's first screen does not carry it.
const lms = lmsRequested()
  ? Promise.all([import('./ui/lms/launch.ts'), import('./ui/lms/follow.ts')])
      .then(([launch]) => void launch.connectLms())
      .catch(() => undefined)
  : undefined;

const root = document.getElementById('app');
let started = false;
const start = () => {
  if (started || !root) return;
  started = true;
  startPresenter(startApp(root, screens));
  preloadWhenPresenting();
  // Offline play is set up once the page has loaded and is idle: the service worker
  // and its precache download must not compete with the meeting's own first seconds.
  const offline = () =>
    void import('./ui/offline.ts').then(
      (module) => module.startOffline(),
      () => undefined,
    );
  const idle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(offline, { timeout: 3000 })
      : window.setTimeout(offline, 500);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
};
// A window opened in presenter mode shows the meeting as presenter mode draws it from the
// first frame: its part of the meeting (a chunk of its own) is fetched before the start.
if (lms) void lms.then(start);
else if (presenterRequested()) void loadPresenterMeeting().then(start);
else if (window.mtcOpening) {
  // The inline opening (src/ui/opening.ts) is on the page: let the browser paint it
  // before the game's start-up work holds the main thread. A background tab paints
  // no frames, so a timer starts the game there.
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 250);
} else start();

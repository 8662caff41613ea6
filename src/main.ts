/** Wires the layers together and does nothing else. */
import './ui/styles.css';
import { startApp } from './ui/app.ts';
import { screens } from './ui/screens/index.ts';
import { startPresenter } from './ui/presenter/chrome/mode.ts';
import { startOffline } from './ui/offline.ts';
import { connectLms } from './ui/lms/launch.ts';

// A packaged meeting (SCORM) finds its LMS and its saved run before the router reads the link.
connectLms();

const root = document.getElementById('app');
let started = false;
const start = () => {
  if (started || !root) return;
  started = true;
  startPresenter(startApp(root, screens));
  startOffline();
};
if (window.mtcOpening) {
  // The inline opening (src/ui/opening.ts) is on the page: let the browser paint it
  // before the game's start-up work holds the main thread. A background tab paints
  // no frames, so a timer starts the game there.
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 250);
} else start();

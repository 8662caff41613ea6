/** Wires the layers together and does nothing else. */
import './ui/styles.css';
import { startApp } from './ui/app.ts';
import { screens } from './ui/screens/index.ts';
import { startPresenter } from './ui/presenter/mode.ts';

const root = document.getElementById('app');
const start = () => {
  if (root) startPresenter(startApp(root, screens));
};
// The inline opening (src/ui/opening.ts) is on the page: let the browser paint it
// before the game's start-up work holds the main thread.
if (window.mtcOpening) requestAnimationFrame(() => setTimeout(start, 0));
else start();

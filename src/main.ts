/** Wires the layers together and does nothing else. */
import './ui/styles.css';
import { startApp } from './ui/app.ts';
import { screens } from './ui/screens/index.ts';
import { startPresenter } from './ui/presenter/mode.ts';

const root = document.getElementById('app');
if (root) startPresenter(startApp(root, screens));

/** The settings overlay: sound, volumes, text size, motion, renderer and study mode. */
import { el } from './dom.ts';
import { createOverlay, type Overlay } from './overlays.ts';
import { countdownField } from './presenter/chrome/countdown-setting.ts';
import type { Settings, SettingsStore } from './settings.ts';

type Option<T extends string> = [T, string];

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  const hintNode = hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', `${id}-hint`);
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, hintNode);
}

function select<T extends string>(
  id: string,
  options: Option<T>[],
  onChange: (value: T) => void,
): HTMLSelectElement {
  const node = el(
    'select',
    { id },
    ...options.map(([value, label]) => el('option', { value }, label)),
  );
  node.addEventListener('change', () => onChange(node.value as T));
  return node;
}

function volume(
  id: string,
  onChange: (value: number) => void,
): { input: HTMLInputElement; output: HTMLOutputElement } {
  const input = el('input', { id, type: 'range', min: 0, max: 100, step: 5 });
  const output = el('output', { for: id });
  input.addEventListener('input', () => onChange(Number(input.value) / 100));
  return { input, output };
}

/** Builds the overlay; its controls follow the store, including changes made by shortcuts. */
export function createSettingsOverlay(host: HTMLElement, settings: SettingsStore): Overlay {
  const set = (change: Partial<Settings>) => settings.set(change);
  const sound = el('input', { id: 'set-sound', type: 'checkbox' });
  sound.addEventListener('change', () => set({ sound: sound.checked }));
  const effects = volume('set-effects', (value) => set({ effectsVolume: value }));
  const room = volume('set-room', (value) => set({ roomToneVolume: value }));
  const principle = el('input', { id: 'set-principle', type: 'checkbox' });
  principle.addEventListener('change', () => set({ showPrinciple: principle.checked }));
  const textSize = select<Settings['textSize']>(
    'set-text',
    [
      ['normal', 'Normal'],
      ['large', 'Large'],
      ['x-large', 'Extra large'],
    ],
    (value) => set({ textSize: value }),
  );
  const motion = select<Settings['reducedMotion']>(
    'set-motion',
    [
      ['system', 'Follow my system setting'],
      ['on', 'Reduce motion'],
      ['off', 'Full motion'],
    ],
    (value) => set({ reducedMotion: value }),
  );
  const renderer = select<Settings['renderer']>(
    'set-renderer',
    [
      ['auto', 'Automatic: WebGL with a graphics card, else Canvas (default)'],
      ['webgl', 'WebGL'],
      ['canvas', 'Canvas'],
    ],
    (value) => set({ renderer: value }),
  );
  const body = el(
    'form',
    { class: 'settings', method: 'dialog' },
    el('div', { class: 'field check' }, sound, el('label', { for: 'set-sound' }, 'Sound on')),
    field(
      'set-effects',
      'Effects volume',
      el('div', { class: 'range' }, effects.input, effects.output),
    ),
    field('set-room', 'Room tone volume', el('div', { class: 'range' }, room.input, room.output)),
    field('set-text', 'Text size', textSize),
    field('set-motion', 'Motion', motion),
    field(
      'set-renderer',
      'Meeting room renderer',
      renderer,
      'Canvas is lighter on slow or older machines; the room redraws when you change it.',
    ),
    el(
      'div',
      { class: 'field check' },
      principle,
      el('label', { for: 'set-principle' }, 'Show the principle after each choice'),
      el(
        'p',
        { class: 'hint', id: 'set-principle-hint' },
        'For study: the score and the principle or trap at once, not only in the debrief.',
      ),
    ),
    countdownField(settings),
  );
  principle.setAttribute('aria-describedby', 'set-principle-hint');
  const show = (current: Settings) => {
    sound.checked = current.sound;
    effects.input.value = String(Math.round(current.effectsVolume * 100));
    effects.output.textContent = `${effects.input.value}%`;
    room.input.value = String(Math.round(current.roomToneVolume * 100));
    room.output.textContent = `${room.input.value}%`;
    textSize.value = current.textSize;
    motion.value = current.reducedMotion;
    renderer.value = current.renderer;
    principle.checked = current.showPrinciple;
  };
  show(settings.get());
  settings.subscribe(show);
  return createOverlay(host, 'settings', 'Settings', body);
}

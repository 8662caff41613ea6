/** The countdown's length, a field of the settings overlay (presenter mode, `T`). */
import { COUNTDOWN_RANGE } from '../../../engine/saved/types.ts';
import { el } from '../../dom.ts';
import type { SettingsStore } from '../../settings.ts';

const LENGTHS = [30, 60, 90, 120, 180, 300, 600];

const words = (seconds: number) => (seconds < 60 ? `${seconds} seconds` : `${seconds / 60} min`);

/** A labelled select of countdown lengths; keeps an unusual saved length as its own option. */
export function countdownField(settings: SettingsStore): HTMLElement {
  const id = 'set-countdown';
  const control = el('select', { id, 'aria-describedby': `${id}-hint` });
  const fill = (current: number) => {
    const lengths = [...new Set([...LENGTHS, current])]
      .filter((s) => s >= COUNTDOWN_RANGE.min && s <= COUNTDOWN_RANGE.max)
      .sort((a, b) => a - b);
    control.replaceChildren(...lengths.map((s) => el('option', { value: s }, words(s))));
    control.value = String(current);
  };
  control.addEventListener('change', () =>
    settings.set({ countdownSeconds: Number(control.value) }),
  );
  fill(settings.get().countdownSeconds);
  settings.subscribe((next, previous) => {
    if (next.countdownSeconds !== previous.countdownSeconds) fill(next.countdownSeconds);
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, 'Discussion countdown (presenter mode)'),
    control,
    el(
      'p',
      { class: 'hint', id: `${id}-hint` },
      'T starts and pauses it; at zero a gentle sound plays. It never chooses for the room.',
    ),
  );
}

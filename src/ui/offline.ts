/**
 * The game offline: a service worker (generated at build time by
 * vite-plugin-pwa, Workbox) precaches the game, the meetings and the sounds,
 * so a facilitator who opened the page once can run every meeting with the
 * venue's Wi-Fi gone. A new version never swaps itself in under a running
 * meeting: it waits, and a banner offers "Update available — reload".
 * Registration is skipped where a service worker cannot or should not run
 * (the dev server, no support, a file:// page, inside an LMS package).
 */
import { button, el } from './dom.ts';

/** Where the worker lives, beside index.html (the build uses relative paths). */
const WORKER_URL = './sw.js';

export function offlineSupported(): boolean {
  return (
    // The build's mode, not PROD: PROD follows NODE_ENV, which test runners set.
    import.meta.env.MODE === 'production' &&
    'serviceWorker' in navigator &&
    window.isSecureContext &&
    window.location.protocol !== 'file:' &&
    !new URLSearchParams(window.location.search).has('lms')
  );
}

/** The banner a waiting new version shows; `reload` swaps it in and reloads. */
function updateBanner(reload: () => void): HTMLElement {
  const banner = el(
    'div',
    { class: 'update-banner', role: 'status', 'aria-live': 'polite' },
    el('span', {}, 'Update available — reload to use the new version.'),
  );
  banner.append(
    button('Reload', reload, { class: 'update-reload' }),
    button('Later', () => banner.remove(), { class: 'update-later' }),
  );
  return banner;
}

/** Registers the worker once the page has settled; never throws, never blocks the game. */
export function startOffline(): void {
  if (!offlineSupported()) return;
  const register = () => {
    import('workbox-window')
      .then(({ Workbox }) => {
        const worker = new Workbox(WORKER_URL);
        worker.addEventListener('waiting', () => {
          if (document.querySelector('.update-banner')) return;
          document.body.append(
            updateBanner(() => {
              worker.addEventListener('controlling', () => window.location.reload());
              worker.messageSkipWaiting();
            }),
          );
        });
        return worker.register();
      })
      .catch(() => {
        // Offline play is a bonus: a failed registration leaves the game as it was.
      });
  };
  if (document.readyState === 'complete') setTimeout(register, 1000);
  else window.addEventListener('load', () => setTimeout(register, 1000), { once: true });
}

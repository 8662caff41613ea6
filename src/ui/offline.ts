/**
 * The game offline: a service worker (src/worker/sw.ts, built by
 * vite-plugin-pwa on Workbox's precache) precaches the game, the meetings and the sounds,
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

/**
 * Offers `worker` (a new version, installed and waiting) with the banner; its
 * Reload lets it take over, and the page reloads once it controls the page.
 */
function offer(worker: ServiceWorker): void {
  if (document.querySelector('.update-banner')) return;
  document.body.append(
    updateBanner(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      worker.postMessage({ type: 'SKIP_WAITING' });
    }),
  );
}

/** Registers the worker and watches for new versions. */
async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(WORKER_URL);
  // The first worker of a page has nothing to replace: it installs and waits for no one.
  const replacing = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && replacing()) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && replacing()) offer(installing);
    });
  });
}

/** Registers the worker once the page has settled; never throws, never blocks the game. */
export function startOffline(): void {
  if (!offlineSupported()) return;
  const later = () =>
    setTimeout(() => {
      register().catch(() => {
        // Offline play is a bonus: a failed registration leaves the game as it was.
      });
    }, 1000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

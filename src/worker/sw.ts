/**
 * The offline worker (built by vite-plugin-pwa, `injectManifest`): Workbox's
 * precache holds the game, the meetings, the sounds and the fonts, so a page
 * opened once runs with the venue's Wi-Fi gone. A new version waits until the
 * page says "reload" (SKIP_WAITING, src/ui/offline.ts); it never swaps itself
 * in under a running meeting. The phone page stays network-first, and the
 * live room's status answers "no server" itself when there is none.
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching';

/** What this worker uses of its global scope (the DOM's lib has no worker types). */
declare const self: {
  /** Replaced at build time with the list of files to precache. */
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
};

const PHONE_CACHE = 'phone-page';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any address of the game opens the precached page; the live room and the phone page are not it.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/socket\.io/, /phone/],
  }),
);

// The phone page and its files: the network's newest, the last copy when there is no network.
registerRoute(
  ({ url }) => url.pathname.includes('phone'),
  async ({ request }) => {
    const cache = await caches.open(PHONE_CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const kept = await cache.match(request);
      if (kept) return kept;
      throw error;
    }
  },
);

// Presenter mode asks for the live room's server when it goes back to its room after a reload.
// With the server gone the worker answers "no server" itself, so the page says so plainly
// instead of the browser logging a failed request.
registerRoute(
  ({ url }) => url.pathname.endsWith('/live/status'),
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return new Response('{"ok":false,"reachable":false}', {
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      });
    }
  },
);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

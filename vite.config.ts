import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compressPlugin } from './src/build/compress-plugin.ts';
import { leanPhaserPlugin } from './src/build/lean-phaser-plugin.ts';
import { openingPlugin } from './src/build/opening-plugin.ts';
import { phonePagePlugin } from './src/build/phone-page-plugin.ts';
import { scenariosPlugin } from './src/build/scenarios-plugin.ts';
import { liveRoomDevPlugin } from './src/server/dev-plugin.ts';

// The flags Phaser's own builds set (node_modules/phaser/config/webpack.dist.config.js):
// both renderers, no sound (Howler plays it), no debug or experimental code.
const PHASER_FLAGS = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

// The first screen must not wait for Phaser (~350 KB gzip) or Howler: both are
// reached only through dynamic imports (src/ui/room-loader.ts, src/ui/sound.ts),
// and the rules below keep each in a chunk of its own. The first decision must
// not wait for any file at all: openingPlugin inlines the one stylesheet and
// the meeting's opening lines into index.html (src/boot). phone.html is the live
// room's participant page (src/phone): an entry of its own that shares no game code.
export default defineConfig({
  base: './',
  resolve: {
    // The room's lean Phaser (src/view/phaser.ts) imports Phaser's own source
    // modules, which the package's `exports` map does not list.
    alias: [
      // Howler without its spatial plugin (stereo and 3D panning): the room's sound is
      // two plain volumes (src/audio/director.ts). The same API, about 2 KB gzip less.
      {
        find: /^howler$/,
        replacement: fileURLToPath(
          new URL('./node_modules/howler/dist/howler.core.min.js', import.meta.url),
        ),
      },
      {
        find: /^phaser\/src\//,
        replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)),
      },
    ],
  },
  define: PHASER_FLAGS,
  // Under `vite` (dev), Phaser's CommonJS source is pre-bundled by the dependency
  // optimizer, which neither applies `define` nor runs the plugins below: it gets
  // both itself. Without the flags the debug branch requires phaser3spectorjs;
  // without the narrow indexes a require cycle through the full renderer index
  // leaves a WebGL batch handler extending undefined: the room fails to start.
  optimizeDeps: {
    rolldownOptions: { transform: { define: PHASER_FLAGS }, plugins: [leanPhaserPlugin()] },
  },
  // Files copied as they are beside index.html: the app icon of the web app manifest.
  publicDir: 'assets/public',
  plugins: [
    // Phaser's namespace indexes built with only the members the room's Phaser reads.
    leanPhaserPlugin(),
    scenariosPlugin(),
    openingPlugin(),
    phonePagePlugin(),
    liveRoomDevPlugin(),
    // The offline game (src/ui/offline.ts registers it): every built file is
    // precached, so a venue without Wi-Fi still runs every meeting. The live
    // room's phone page and its socket always go to the network.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Make the Call',
        short_name: 'Make the Call',
        description:
          'A decision simulator for product managers: sit in the meeting and make the call.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f1ea',
        theme_color: '#1f3a5f',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      // Our own worker (src/worker/sw.ts) on Workbox's precache: the routes it needs and no more.
      strategies: 'injectManifest',
      srcDir: 'src/worker',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,wav,svg,webmanifest}'],
        globIgnores: ['phone.html', 'assets/phone-*'],
        // The Phaser chunk is about 0.4 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
    // Last: .br and .gz beside each text file and sound, for src/server/static.ts.
    compressPlugin(),
  ],
  build: {
    target: 'es2022',
    // One stylesheet (about 6 KB gzip), inlined in index.html by openingPlugin.
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        phone: fileURLToPath(new URL('./phone.html', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            // Not the game-object factories: each is a few lines that register a factory and,
            // in Phaser's chunk, would run (with all they require) as soon as the chunk is
            // imported. Left with their importer they run when src/view/load.ts reaches them.
            {
              name: 'phaser',
              test: /node_modules[\\/]phaser[\\/](?!src[\\/]gameobjects[\\/]\w+[\\/]\w+Factory\.js$)/,
            },
            { name: 'howler', test: /node_modules[\\/]howler[\\/]/ },
            // The screens a meeting opens later (debrief, history, compare, map, workshop) and the
            // facilitator's live-room control: each one chunk instead of a dozen small ones. The
            // service worker precaches every chunk a second after the first visit anyway, so what
            // every visitor downloads is the sum; one chunk compresses better than its parts.
            // Only modules no entry imports statically (the first-screen test keeps it so), and
            // their dependencies stay where they are.
            {
              name: 'screens',
              includeDependenciesRecursively: false,
              test: /src[\\/](ui[\\/](history[\\/](?!path-picker)|compare[\\/]|map[\\/]|debrief[\\/]|presenter[\\/]workshop[\\/]|presenter[\\/]chrome[\\/]debrief\.ts)|engine[\\/](reports|analysis)[\\/]|engine[\\/]runs[\\/](compare|outcomes|workshop)\.ts)/,
            },
            {
              name: 'live-control',
              includeDependenciesRecursively: false,
              test: /src[\\/]ui[\\/](live[\\/]|presenter[\\/](view-sync[\\/](?!channel)|chrome[\\/]live-|meeting[\\/](?!later)))|node_modules[\\/]uqr[\\/]/,
            },
            // The room protocol and its link, which the phone page and the facilitator both load whole.
            {
              name: 'protocol',
              includeDependenciesRecursively: false,
              test: /src[\\/](live|wire)[\\/]|node_modules[\\/]zod[\\/]/,
            },
          ],
        },
      },
    },
  },
});

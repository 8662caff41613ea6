import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { openingPlugin } from './src/build/opening-plugin.ts';
import { scenariosPlugin } from './src/build/scenarios-plugin.ts';

// The first screen must not wait for Phaser (~350 KB gzip) or Howler: both are
// reached only through dynamic imports (src/ui/room-loader.ts, src/ui/sound.ts),
// and the rules below keep each in a chunk of its own. The first decision must
// not wait for any file at all: openingPlugin inlines the one stylesheet and
// the meeting's opening lines into index.html (src/boot).
export default defineConfig({
  base: './',
  resolve: {
    // The room's lean Phaser (src/view/phaser.ts) imports Phaser's own source
    // modules, which the package's `exports` map does not list.
    alias: [
      {
        find: /^phaser\/src\//,
        replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)),
      },
    ],
  },
  // The flags Phaser's own builds set (node_modules/phaser/config/webpack.dist.config.js):
  // both renderers, no sound (Howler plays it), no debug or experimental code.
  define: {
    'typeof CANVAS_RENDERER': 'true',
    'typeof WEBGL_RENDERER': 'true',
    'typeof WEBGL_DEBUG': 'false',
    'typeof EXPERIMENTAL': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
  },
  plugins: [scenariosPlugin(), openingPlugin()],
  build: {
    target: 'es2022',
    // One stylesheet (about 6 KB gzip), inlined in index.html by openingPlugin.
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ },
            { name: 'howler', test: /node_modules[\\/]howler[\\/]/ },
          ],
        },
      },
    },
  },
});

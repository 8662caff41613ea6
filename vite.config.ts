import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { openingPlugin } from './src/build/opening-plugin.ts';
import { phonePagePlugin } from './src/build/phone-page-plugin.ts';
import { scenariosPlugin } from './src/build/scenarios-plugin.ts';
import { liveRoomDevPlugin } from './src/server/dev-plugin.ts';

// The first screen must not wait for Phaser (~350 KB gzip) or Howler: both are
// reached only through dynamic imports (src/ui/room-loader.ts, src/ui/sound.ts),
// and the rules below keep each in a chunk of its own. The first decision must
// not wait for any file at all: openingPlugin inlines the one stylesheet and
// the meeting's opening lines into index.html (src/boot). phone.html is the live
// room's participant page (src/phone): an entry of its own that shares no game code.
export default defineConfig({
  base: './',
  plugins: [scenariosPlugin(), openingPlugin(), phonePagePlugin(), liveRoomDevPlugin()],
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
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ },
            { name: 'howler', test: /node_modules[\\/]howler[\\/]/ },
          ],
        },
      },
    },
  },
});

import { defineConfig } from 'vite';
import { scenariosPlugin } from './src/content/vite-plugin.ts';

// The first screen must not wait for Phaser (~350 KB gzip) or Howler: both are
// reached only through dynamic imports (src/ui/room-loader.ts, src/ui/sound.ts),
// and the rules below keep each in a chunk of its own.
export default defineConfig({
  base: './',
  plugins: [scenariosPlugin()],
  build: {
    target: 'es2022',
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

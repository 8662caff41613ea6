/**
 * The phone page (phone.html) carries its own few styles inline. With one
 * stylesheet for the whole build (cssCodeSplit: false) Vite would link the
 * game's stylesheet into it too — 6 KB the phone does not use, and a file the
 * opening plugin takes out of the bundle once it has inlined it in index.html.
 */
import type { Plugin } from 'vite';

export function phonePagePlugin(): Plugin {
  return {
    name: 'make-the-call:phone-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.filename.endsWith('phone.html')) return html;
        return html.replace(/\s*<link rel="stylesheet"[^>]*>/g, '');
      },
    },
  };
}

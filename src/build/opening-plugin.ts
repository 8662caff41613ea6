/**
 * Build step for the first screen (issue 4: the first decision within 1.5×
 * a plain HTML page). The built index.html gets, inline:
 * - the stylesheet, instead of a `<link>` the page would wait for;
 * - every meeting's opening (first decision, as the engine's view model
 *   computes it for the start) and the names of the meetings' chunks, as JSON;
 * - src/boot/boot.ts, bundled on its own, which draws the opening the URL
 *   names and then starts the game: the entry module, no longer a tag of
 *   the page, is named on the inline script's `data-game`;
 * - a strict Content-Security-Policy that allows exactly these inline parts
 *   by their hashes (csp.ts).
 * Build only: the dev server serves the plain page and the game draws itself.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { contentSecurityPolicy } from './csp.ts';
import { startPosition } from '../engine/core/replay.ts';
import { meetingView } from '../engine/core/view-model.ts';
import { AUTHORED_ORDER_SEED } from '../engine/core/order.ts';
import type { Scenario } from '../content/types.ts';
import { scenarioModuleIndex, SCENARIOS_PLUGIN, type ScenariosApi } from './scenarios-plugin.ts';
import { OPENINGS_ID, type FirstScreenData, type Opening } from '../ui/opening.ts';

/** The opening of `scenario`, or none when its first decision has fewer than two lines to read. */
export function openingOf(scenario: Scenario): Opening | undefined {
  // The opening carries lines only, never options, so no run's order is needed.
  const view = meetingView(scenario, startPosition(scenario), AUTHORED_ORDER_SEED);
  if (!view.node || view.lines.length < 2) return undefined;
  return {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      setting: { company: scenario.setting.company, city: scenario.setting.city },
      cast: scenario.cast.map(({ id, name, role }) => ({ id, name, role })),
    },
    view: {
      meters: view.meters,
      trust: view.trust,
      lines: view.lines,
      node: { id: view.node.id, title: view.node.title },
    },
  };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** JSON that is safe inside a `<script>` element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

async function bundleBoot(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, 'src/boot/boot.ts'), formats: ['iife'], name: 'mtcBoot' },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((result) => ('output' in result ? result.output : []))
    .find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('src/boot/boot.ts did not bundle');
  return chunk.code.replace(/<\/script/gi, '<\\/script');
}

export function openingPlugin(): Plugin {
  let root = process.cwd();
  let base = './';
  let scenarios: ScenariosApi | undefined;
  return {
    name: 'make-the-call:opening',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
      // The content plugin's own reading of the scenario files: not read a second time.
      scenarios = config.plugins.find((plugin) => plugin.name === SCENARIOS_PLUGIN)?.api as
        ScenariosApi | undefined;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        // Only the game's page opens a meeting; the phone page (phone.html) stays as written.
        if (!context.filename.endsWith('index.html')) return html;
        const bundle = context.bundle ?? {};
        // The stylesheet inline: a <link> would hold the first paint until it arrived.
        const styles: string[] = [];
        let page = html.replace(
          /<link rel="stylesheet"[^>]*?href="([^"]+)"[^>]*>/g,
          (tag: string, href: string) => {
            const key = href.replace(/^(\.\/|\/)/, '');
            const file = bundle[key];
            if (file?.type !== 'asset') return tag;
            delete bundle[key];
            const css = String(file.source).replace(/<\/style/gi, '<\\/style');
            styles.push(css);
            return `<style>${css}</style>`;
          },
        );
        if (!scenarios) throw new Error('openingPlugin needs scenariosPlugin in the same build');
        const openings = scenarios.entries().flatMap((entry) => {
          const opening = entry.scenario ? openingOf(entry.scenario) : undefined;
          return opening ? [opening] : [];
        });
        const boot = await bundleBoot(root);
        // The chunks the content plugin emits for `virtual:scenarios/<n>`, one per meeting,
        // by the id of the meeting each holds.
        const entries = scenarios.entries();
        const scenarioChunks: Record<string, string> = {};
        for (const file of Object.values(bundle)) {
          const index =
            file.type === 'chunk' ? scenarioModuleIndex(file.facadeModuleId) : undefined;
          const id = index === undefined ? undefined : entries[index]?.scenario?.id;
          if (id && file.type === 'chunk') scenarioChunks[id] = `${base}${file.fileName}`;
        }
        const data: FirstScreenData = { openings, scenarioChunks };
        // The game's entry and the modules it imports at once: the inline script asks for
        // them once the opening is drawn. Left in the page, the browser fetches and compiles
        // them while it is still parsing, and the opening waits ~20 ms for that.
        const game: string[] = [];
        const preloads: string[] = [];
        page = page
          .replace(
            /\s*<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/,
            (_tag, src: string) => {
              game.push(src);
              return '';
            },
          )
          .replace(
            /\s*<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g,
            (_tag, href: string) => {
              preloads.push(href);
              return '';
            },
          );
        if (game.length !== 1) throw new Error('index.html should have one module script');
        const attributes = `data-game="${escapeAttribute(game[0] ?? '')}" data-preload="${escapeAttribute(preloads.join(' '))}"`;
        const inline =
          `<script type="application/json" id="${OPENINGS_ID}">${scriptJson(data)}</script>` +
          `<script ${attributes}>${boot}</script>`;
        page = page.replace('<div id="app"></div>', (app) => `${app}\n    ${inline}`);
        if (!page.includes(OPENINGS_ID)) throw new Error('index.html has no <div id="app"></div>');
        // First in <head>, so it governs every element after it.
        const policy = contentSecurityPolicy({ scripts: [boot], styles });
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
        page = page.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
        if (!page.includes(meta)) throw new Error('index.html has no <meta charset="utf-8" />');
        return page;
      },
    },
  };
}

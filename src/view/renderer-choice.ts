/**
 * What the 'auto' renderer setting means in this browser. Without a GPU
 * (a headless machine, a blocklisted driver, a locked-down venue PC) WebGL is
 * emulated in software — SwiftShader, llvmpipe — and each frame's read-back
 * holds the main thread for hundreds of milliseconds, while Phaser's Canvas
 * renderer draws the same room in a fraction of that. So 'auto' is WebGL where
 * WebGL runs on a GPU, and Canvas everywhere else. Asked once per page.
 */
export type RendererSetting = 'auto' | 'webgl' | 'canvas';
export type Renderer = 'webgl' | 'canvas';

/** Renderer strings of WebGL implementations that run on the CPU. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

let probed: Renderer | undefined;

/** The renderer to build with; `probe` is for tests, the default asks the browser. */
export function chooseRenderer(
  wanted: RendererSetting,
  probe: () => string | null = webglRendererName,
): Renderer {
  if (wanted !== 'auto') return wanted;
  if (probed) return probed;
  const name = probe();
  probed = name !== null && !SOFTWARE.test(name) ? 'webgl' : 'canvas';
  return probed;
}

/** Two thirds: 1280×720 on a 1080p screen (see mostScale). */
export const SOFTWARE_MOST_SCALE = 2 / 3;

/**
 * Canvas pixels per design pixel at most, for a room drawn as `renderer` under
 * `setting`. Where 'auto' chose Canvas there is no GPU: the browser fills and
 * composites the room's canvas on the CPU, and at 1920×1080 its first frame
 * alone was a long task (a plain page with one such canvas takes ~65 ms).
 * Two thirds (1280×720 on a 1080p screen) keeps each frame short; the room is
 * drawn a little softer there. A renderer chosen in settings is drawn sharp.
 */
export function mostScale(setting: RendererSetting, renderer: Renderer): number {
  return setting === 'auto' && renderer === 'canvas' ? SOFTWARE_MOST_SCALE : Infinity;
}

/** For tests: forget what the browser answered. */
export function forgetRendererChoice(): void {
  probed = undefined;
}

/** The WebGL implementation's name, or null when the browser gives no WebGL at all. */
function webglRendererName(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = [
      String(gl.getParameter(gl.RENDERER) ?? ''),
      info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL) ?? '') : '',
    ].join(' ');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

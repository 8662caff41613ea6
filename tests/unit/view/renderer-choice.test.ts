import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseRenderer,
  forgetRendererChoice,
  mostScale,
  SOFTWARE_MOST_SCALE,
} from '../../../src/view/renderer-choice.ts';

describe('the renderer the room is built with', () => {
  afterEach(forgetRendererChoice);

  it('keeps a renderer the player chose, without asking the browser', () => {
    const probe = () => {
      throw new Error('asked');
    };
    expect(chooseRenderer('webgl', probe)).toBe('webgl');
    expect(chooseRenderer('canvas', probe)).toBe('canvas');
  });

  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', 'canvas'],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', 'canvas'],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)', 'canvas'],
    ['ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'webgl'],
    ['Apple M2', 'webgl'],
    ['Mali-G78', 'webgl'],
  ] as const)('on "%s" picks %s for auto', (name, expected) => {
    expect(chooseRenderer('auto', () => name)).toBe(expected);
  });

  it('picks Canvas when the browser has no WebGL at all', () => {
    expect(chooseRenderer('auto', () => null)).toBe('canvas');
  });

  it('asks the browser once per page', () => {
    let asked = 0;
    const probe = () => (asked++, 'Apple M2');
    chooseRenderer('auto', probe);
    chooseRenderer('auto', probe);
    expect(asked).toBe(1);
  });

  it('draws a room that auto put on Canvas (no GPU) at two thirds at most, a chosen renderer sharp', () => {
    expect(mostScale('auto', 'canvas')).toBe(SOFTWARE_MOST_SCALE);
    expect(SOFTWARE_MOST_SCALE).toBeCloseTo(2 / 3);
    expect(mostScale('auto', 'webgl')).toBe(Infinity);
    expect(mostScale('canvas', 'canvas')).toBe(Infinity);
    expect(mostScale('webgl', 'webgl')).toBe(Infinity);
  });
});

/**
 * The room's colours and type. Calm, mid-light tones survive a washed-out
 * projector; text is near-black on near-white. Pure data, no renderer.
 */

export const FONT = '"Inter", "Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif';

export const INK = 0x1e2a36;
export const INK_SOFT = 0x4a5866;
export const CARD = 0xfbfaf6;

export const ROOM = {
  wainscot: 0xd5cdbf,
  skirting: 0xb9ad9a,
  floor: 0xbfa888,
  floorLine: 0xaa9373,
  tableTop: 0x7e5d45,
  tableShine: 0x8f6d53,
  tableEdge: 0x5c4332,
  chair: 0x46536a,
  chairShade: 0x38445a,
  frame: 0xf4f2ec,
  frameShade: 0xc9c3b6,
  board: 0xfdfcf8,
  plant: 0x5d8a66,
  plantDark: 0x467050,
  pot: 0xc7b8a3,
} as const;

export const METER_COLOURS = { customer: 0x2c7a6b, pleasing: 0xb0603a } as const;
export const GLOW = { warm: 0xf3c76b, cool: 0x8fb3d9 } as const;

/** Shirt colour by what the cast member does; the role on the plate says it in words. */
const SHIRTS: Record<string, number> = {
  engineering: 0x3f7f8c,
  design: 0x8a6fa8,
  marketing: 0xc9705b,
  sales: 0xc9974a,
  support: 0x6b9a5b,
  leadership: 0x34495e,
  finance: 0x7c7f4a,
  security: 0x5a6878,
  product: 0x4f74b3,
};

const SKIN = [0x8d5a3b, 0xa56b46, 0xc58c62, 0x7b4b30, 0xb97c57, 0x9a6442];
const HAIR = [0x2a201b, 0x3b2c24, 0x1d1917, 0x4a3a30, 0x6d6a66];
export type HairStyle = 'short' | 'long' | 'bun' | 'crop';
const STYLES: HairStyle[] = ['short', 'long', 'bun', 'crop'];

export interface Appearance {
  shirt: number;
  skin: number;
  hair: number;
  hairStyle: HairStyle;
}

/** A stable look for a cast member: the same id always gets the same face. */
export function appearanceFor(id: string, castFunction: string): Appearance {
  const hash = hashString(id);
  return {
    shirt: SHIRTS[castFunction] ?? SHIRTS.product ?? 0x4f74b3,
    skin: pick(SKIN, hash),
    hair: pick(HAIR, hash >>> 5),
    hairStyle: pick(STYLES, hash >>> 9),
  };
}

function pick<T>(items: readonly T[], hash: number): T {
  return items[hash % items.length] as T;
}

/** FNV-1a: small, stable, good enough to spread a handful of ids. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

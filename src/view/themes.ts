/** The city outside the window: which backdrop to draw, chosen from `scenario.setting.city`. */

export type BackdropKind = 'bangalore' | 'mumbai' | 'hyderabad' | 'chennai' | 'kochi' | 'neutral';

export interface BackdropTheme {
  kind: BackdropKind;
  /** Sky from the top of the window to the horizon. */
  skyTop: number;
  skyBottom: number;
  /** The wall colour of the room, tinted a little by the light outside. */
  wall: number;
  /** Words on the window sill for the room's screen-reader label and the wall sign. */
  view: string;
}

const THEMES: Record<BackdropKind, BackdropTheme> = {
  bangalore: {
    kind: 'bangalore',
    skyTop: 0xb9c9cf,
    skyBottom: 0xe3e7e1,
    wall: 0xe4e1d8,
    view: 'tech-park glass towers behind rain trees',
  },
  mumbai: {
    kind: 'mumbai',
    skyTop: 0x9fb8cf,
    skyBottom: 0xf2d9bd,
    wall: 0xe8e0d6,
    view: 'the sea link over the bay and the skyline',
  },
  hyderabad: {
    kind: 'hyderabad',
    skyTop: 0xc4d3dc,
    skyBottom: 0xf1e2c6,
    wall: 0xebe3d5,
    view: 'the Charminar and the towers of HITEC City',
  },
  chennai: {
    kind: 'chennai',
    skyTop: 0xa9c4d6,
    skyBottom: 0xf4e1c4,
    wall: 0xeae1d3,
    view: 'a temple gopuram and the lighthouse over Marina Beach',
  },
  kochi: {
    kind: 'kochi',
    skyTop: 0xaec6c4,
    skyBottom: 0xe9e4cf,
    wall: 0xe3e2d6,
    view: 'Chinese fishing nets over the backwaters and coconut palms',
  },
  neutral: {
    kind: 'neutral',
    skyTop: 0xbccbd6,
    skyBottom: 0xe8ecea,
    wall: 0xe6e2da,
    view: 'city rooftops',
  },
};

const ALIASES: Record<string, BackdropKind> = {
  bangalore: 'bangalore',
  bengaluru: 'bangalore',
  mumbai: 'mumbai',
  bombay: 'mumbai',
  hyderabad: 'hyderabad',
  secunderabad: 'hyderabad',
  chennai: 'chennai',
  madras: 'chennai',
  kochi: 'kochi',
  cochin: 'kochi',
};

/** The backdrop for a city, by its name (any case, old or new spelling); unknown cities get a neutral view. */
export function themeForCity(city: string): BackdropTheme {
  const key = city
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
  return THEMES[ALIASES[key] ?? 'neutral'];
}

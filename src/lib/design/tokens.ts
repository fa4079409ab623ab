/**
 * The site's design tokens, defined once: the page's palette, the map's palette, spacing and the
 * story layout's constants. The CSS reads them as custom properties (:root, generated at build
 * time by tokensCss), and code that cannot read CSS uses them directly: the MapLibre style, the
 * social cards rendered outside any page. Colours pass WCAG AA where text uses them (tests/unit/design).
 */

/** Page colours. Text colours (ink, ink-2, accent-ink, nato, claim-*) are AA on paper and on white. */
export const COLOURS = {
  paper: '#fbfaf7',
  'paper-2': '#f1eee7',
  surface: '#ffffff',
  ink: '#1b1b1b',
  'ink-2': '#4a4a4a',
  rule: '#d9d4c9',
  /** Belarus, the deployment. */
  accent: '#a3231b',
  'accent-ink': '#8a1c15',
  russia: '#5b4a44',
  nato: '#1d4f91',
  ukraine: '#7a5b00',
  focus: '#0b5fff',
  'claim-official': '#8a4600',
  'claim-independent': '#1f6b36',
  'claim-contested': '#6a3d9a',
} as const;

export type MapRole = 'host' | 'deployer' | 'struck' | 'nato' | 'other';

/** The map's colours, live and static alike. Role colours follow the parties' ink colours above. */
export const MAP = {
  sea: '#e3ebef',
  edge: '#ffffff',
  /** A country by its role in the story, not highlighted. */
  base: { host: '#f1d8d4', deployer: '#e3dcd8', struck: '#efe6cf', nato: '#dde5ef', other: '#ece8df' },
  /** A highlighted country's fill (hatched as well, so colour is not the only cue). */
  highlight: { host: '#e59a92', deployer: '#bfaea6', struck: '#dcc684', nato: '#a9bedc', other: '#d6d0c4' },
  /** A highlighted country's outline. */
  outline: { host: COLOURS.accent, deployer: COLOURS.russia, struck: COLOURS.ukraine, nato: COLOURS.nato, other: COLOURS['ink-2'] },
  /** The uncertain site's area, over the fill. */
  area: 'rgb(163 35 27 / 0.35)',
} as const;

/** Spacing and sizes. */
export const SPACE = {
  measure: '38rem',
  space: 'clamp(1rem, 3vw, 1.5rem)',
  radius: '4px',
} as const;

/** The story's layout: the map code fits views around these (src/lib/geo/fitPadding.ts). */
export const STORY = {
  /** The sticky progress bar over the top of the page (and of the map). */
  barRem: 3.5,
  /** The text column's maximum width. */
  columnRem: 30,
} as const;

const FONTS = {
  'font-serif': "'Iowan Old Style', 'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, 'DejaVu Serif', serif",
  'font-sans': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif",
} as const;

/** Every token as a CSS custom property: name (without the dashes) → value. */
export function tokenProperties(): [string, string][] {
  const roles = (group: 'base' | 'highlight' | 'outline') => Object.entries(MAP[group]).map(([role, v]): [string, string] => [`map-${group}-${role}`, v]);
  return [
    ...Object.entries(FONTS),
    ...Object.entries(COLOURS),
    ['map-sea', MAP.sea],
    ['map-edge', MAP.edge],
    ['map-area', MAP.area],
    ...roles('base'),
    ...roles('highlight'),
    ...roles('outline'),
    ...Object.entries(SPACE),
    ['story-bar', `${STORY.barRem}rem`],
    ['story-column', `${STORY.columnRem}rem`],
  ];
}

/** The :root rule the page's CSS reads. */
export function tokensCss(): string {
  return `:root {\n${tokenProperties()
    .map(([name, value]) => `  --${name}: ${value};`)
    .join('\n')}\n}\n`;
}

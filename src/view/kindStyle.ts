import { KNOWN_KINDS, type KnownKind } from '../model/types.js';

export type NodeShape = 'circle' | 'hexagon' | 'square' | 'diamond' | 'triangle' | 'roundedSquare' | 'pentagon' | 'dot';

export interface KindStyle {
  shape: NodeShape;
  /** Fill on a light background; at least 3:1 against white. */
  light: string;
  /** Fill on a dark background; at least 3:1 against #111827. */
  dark: string;
  /** Human name, plural, for the legend ("Papers"). */
  label: string;
  /** Human name, singular ("Category"), for the panel and what is announced. */
  name: string;
}

/** Legend order: the reading order of a literature, papers first. */
export const KIND_ORDER: readonly KnownKind[] = KNOWN_KINDS;

// Hues from Okabe–Ito (colour-blind safe), one per kind, each shifted darker for light themes and
// lighter for dark themes until it clears 3:1; the shape tells kinds apart even where hues merge.
const KNOWN: Readonly<Record<KnownKind, KindStyle>> = {
  paper: Object.freeze({ shape: 'circle', light: '#0072B2', dark: '#56B4E9', label: 'Papers', name: 'Paper' }),
  taxonomy: Object.freeze({ shape: 'hexagon', light: '#C24E00', dark: '#F07F3C', label: 'Taxonomies', name: 'Taxonomy' }),
  category: Object.freeze({ shape: 'roundedSquare', light: '#9A6700', dark: '#E69F00', label: 'Categories', name: 'Category' }),
  benchmark: Object.freeze({ shape: 'diamond', light: '#00805C', dark: '#2EC4A0', label: 'Benchmarks', name: 'Benchmark' }),
  model: Object.freeze({ shape: 'triangle', light: '#A8478A', dark: '#E08DC0', label: 'Models', name: 'Model' }),
  method: Object.freeze({ shape: 'square', light: '#7A7000', dark: '#F0E442', label: 'Methods', name: 'Method' }),
  organization: Object.freeze({ shape: 'pentagon', light: '#6B6B6B', dark: '#A3A3A3', label: 'Organizations', name: 'Organization' }),
  concept: Object.freeze({ shape: 'dot', light: '#8A6A4F', dark: '#C9A98A', label: 'Concepts', name: 'Concept' }),
};

// Tableau 10, adjusted the same way, for kinds a document brings along.
const PALETTE: readonly (readonly [string, string])[] = [
  ['#3D6B99', '#7DA7D4'],
  ['#C2621A', '#F28E2B'],
  ['#C23B3D', '#F07B7D'],
  ['#3E8480', '#76B7B2'],
  ['#3F7F37', '#7BC36F'],
  ['#8C7A00', '#EDC948'],
  ['#8E5A82', '#C79BBD'],
  ['#C2546B', '#FF9DA7'],
  ['#8A6450', '#C49A82'],
  ['#6E6764', '#BAB0AC'],
];

const unknown = new Map<string, KindStyle>();

function isKnown(kind: string): kind is KnownKind {
  return Object.prototype.hasOwnProperty.call(KNOWN, kind);
}

/** FNV-1a over UTF-16 code units: stable across runs and platforms, so a kind keeps its colour. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "software-library" -> "Software library". */
function singularName(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim() || kind;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "software-library" -> "Software libraries". */
function pluralLabel(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim() || kind;
  const plural = /[^aeiou]y$/i.test(words)
    ? words.slice(0, -1) + 'ies'
    : /(s|x|z|ch|sh)$/i.test(words)
      ? words + 'es'
      : words + 's';
  return plural.charAt(0).toUpperCase() + plural.slice(1);
}

export function kindStyle(kind: string): KindStyle {
  if (isKnown(kind)) return KNOWN[kind];
  let style = unknown.get(kind);
  if (!style) {
    const [light, dark] = PALETTE[hash(kind) % PALETTE.length]!;
    style = Object.freeze({ shape: 'circle', light, dark, label: pluralLabel(kind), name: singularName(kind) });
    unknown.set(kind, style);
  }
  return style;
}

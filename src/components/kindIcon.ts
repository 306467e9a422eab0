import { css, svg, html, unsafeCSS, type TemplateResult } from 'lit';
import { KNOWN_KINDS } from '../model/types.js';
import { kindStyle, type NodeShape } from '../view/kindStyle.js';

const SHAPES: Record<NodeShape, () => ReturnType<typeof svg>> = {
  circle: () => svg`<circle cx="8" cy="8" r="6.5"></circle>`,
  dot: () => svg`<circle cx="8" cy="8" r="4.5"></circle>`,
  square: () => svg`<rect x="2" y="2" width="12" height="12"></rect>`,
  roundedSquare: () => svg`<rect x="2" y="2" width="12" height="12" rx="4"></rect>`,
  diamond: () => svg`<path d="M8 0.5 15.5 8 8 15.5 0.5 8Z"></path>`,
  triangle: () => svg`<path d="M8 1 15 14H1Z"></path>`,
  hexagon: () => svg`<path d="M15.5 8 11.75 14.5h-7.5L0.5 8l3.75-6.5h7.5Z"></path>`,
  pentagon: () => svg`<path d="M8 0.8 15.2 6 12.5 14.8h-9L0.8 6Z"></path>`,
};

/**
 * The kind's shape and colour, as on the canvas, so the legend and panel read as the map does.
 * The colour is the SVG `fill` attribute, not a style attribute: a strict CSP (`style-src` without
 * 'unsafe-inline') refuses those. The page's `--concept-kind-<kind>` comes in through
 * `kindIconStyles` for the known kinds.
 */
export function kindIcon(kind: string, dark: boolean): TemplateResult {
  const style = kindStyle(kind);
  return html`<svg class="kind-icon" data-kind=${kind} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"
    fill=${dark ? style.dark : style.light}>${SHAPES[style.shape]()}</svg>`;
}

/** `--concept-kind-<kind>` for each known kind's icon, with the built-in colour when unset. */
export const kindIconStyles = unsafeCSS(
  KNOWN_KINDS.map((kind) => {
    const { light, dark } = kindStyle(kind);
    return (
      `.kind-icon[data-kind='${kind}'] { fill: var(--concept-kind-${kind}, ${light}); }\n` +
      `:host([data-dark]) .kind-icon[data-kind='${kind}'], :host([dark]) .kind-icon[data-kind='${kind}'] { fill: var(--concept-kind-${kind}, ${dark}); }`
    );
  }).join('\n'),
);

export const kindIconSheet = css`${kindIconStyles}`;

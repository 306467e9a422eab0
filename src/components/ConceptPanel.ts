import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import type { GraphIndex } from '../model/GraphIndex.js';
import type { GraphNode } from '../model/types.js';
import { abstractSegments } from '../view/abstractSegments.js';
import { connections } from '../view/connections.js';
import { safeUrl } from '../view/safeUrl.js';
import { kindStyle } from '../view/kindStyle.js';
import { kindIcon, kindIconSheet } from './kindIcon.js';
import { fire } from './events.js';
import { PanelForController } from './controllers/PanelForController.js';

/**
 * The detail panel for one node: a paper's title, authors, venue, links and its abstract with every
 * evidenced mention highlighted; for other nodes, what they are and what links to them.
 * Corpus text is rendered as text, never as HTML.
 *
 * @summary The detail panel for one node; with `for`, it follows a map elsewhere on the page.
 * @fires concept-select - `{ id, source: 'panel' }` when a connection or a mention is clicked
 * @fires concept-hover - `{ id }` while a mention or a connection is hovered (the map lights that node)
 * @fires concept-panel-close - when the close button or Escape is pressed
 * @attr for - the id of a map elsewhere on the page: the panel shows what that map selects
 * @attr dark - dark-theme colours for the kind icons (a map sets it on its panel)
 * @csspart panel - the panel's container
 * @csspart heading - the node's title
 * @csspart abstract - the abstract paragraph
 * @cssproperty --concept-panel-width - width of the panel inside `<concept-map>`
 * @cssproperty --concept-mark-background - background of a highlighted mention
 * @cssproperty --concept-mark-active - background of the mention of the node lit in the map
 * @cssproperty --concept-mark-underline - underline of a highlighted mention
 * @cssproperty --concept-text - text colour
 * @cssproperty --concept-muted - colour of secondary text
 * @cssproperty --concept-link-text - colour of links
 * @cssproperty --concept-panel-font - the panel's `font` shorthand
 * @cssproperty --concept-focus-color - focus rings
 * @cssproperty --concept-hover-background - a hovered connection
 */
export class ConceptPanel extends LitElement {
  static override styles = [kindIconSheet, css`
    :host {
      display: block;
      color: var(--concept-text, inherit);
      font: var(--concept-panel-font, 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      overflow: auto;
    }
    .panel { padding: 16px 18px 24px; }
    .top { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
    .kind { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--concept-muted, #4b5563); font-weight: 600; }
    h2 { font-size: 18px; line-height: 1.3; margin: 8px 0 6px; outline: none; }
    h2:focus-visible { outline: 2px solid var(--concept-focus-color, #2563eb); outline-offset: 2px; border-radius: 2px; }
    .meta { color: var(--concept-muted, #4b5563); margin: 0 0 8px; font-size: 13px; }
    .links { display: flex; gap: 12px; margin: 8px 0 12px; flex-wrap: wrap; }
    a { color: var(--concept-link-text, #1d4ed8); }
    p.abstract { margin: 0 0 16px; }
    mark {
      background: var(--concept-mark-background, #fef3c7);
      color: inherit;
      border-radius: 3px;
      padding: 0 1px;
      cursor: pointer;
      box-shadow: inset 0 -2px 0 var(--concept-mark-underline, #f59e0b);
    }
    mark.lit { background: var(--concept-mark-active, #fde68a); }
    h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--concept-muted, #4b5563); margin: 16px 0 6px; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { margin: 0; }
    li button {
      display: flex; align-items: center; gap: 8px; width: 100%; text-align: left;
      background: none; border: 0; padding: 5px 6px; margin: 0 -6px; border-radius: 6px;
      font: inherit; color: inherit; cursor: pointer;
    }
    li button:hover, li button:focus-visible { background: var(--concept-hover-background, rgba(100, 116, 139, 0.14)); }
    li button:focus-visible { outline: 2px solid var(--concept-focus-color, #2563eb); }
    .rationale { display: block; font-size: 12px; color: var(--concept-muted, #4b5563); padding: 0 0 4px 28px; }
    .close {
      border: 1px solid transparent; background: none; font-size: 20px; line-height: 1; cursor: pointer;
      color: inherit; border-radius: 6px; width: 32px; height: 32px;
    }
    .close:hover, .close:focus-visible { background: var(--concept-hover-background, rgba(100, 116, 139, 0.14)); }
    .empty { color: var(--concept-muted, #4b5563); }
    .kind-icon { flex: none; }
    /* Dark defaults for a panel outside <concept-map> (inside it, the map's colours are inherited). */
    :host([dark]) { color: var(--concept-text, #f1f5f9); }
    :host([dark]) .kind, :host([dark]) .meta, :host([dark]) h3, :host([dark]) .rationale, :host([dark]) .empty { color: var(--concept-muted, #a8b3c4); }
    :host([dark]) a { color: var(--concept-link-text, #93c5fd); }
    :host([dark]) mark { background: var(--concept-mark-background, #5b4708); box-shadow: inset 0 -2px 0 var(--concept-mark-underline, #fbbf24); }
    :host([dark]) mark.lit { background: var(--concept-mark-active, #8a6a00); }
    .sr {
      position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
      overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
    }
  `];

  // Lit's reactive properties (not decorators: see ConceptMap.properties).
  static override properties: PropertyDeclarations = {
    index: { attribute: false },
    node: {},
    dark: { type: Boolean, reflect: true },
    highlighted: { attribute: false },
    htmlFor: { attribute: 'for' },
  };

  /** The graph the node belongs to (set by `<concept-map>`). */
  index: GraphIndex | null = null;
  /** The node shown. */
  node: string | null = null;
  /** Dark colours (set by `<concept-map>`, or taken from the followed map). */
  dark = false;
  /** The node lit in the map, so its mentions show as lit here too. */
  highlighted: string | null = null;
  /** The id of a `<concept-map>` (or `<concept-graph>`) elsewhere on the page whose selection to show. */
  htmlFor: string | null = null;

  private readonly follow = new PanelForController(this);

  /** Moves focus to the heading, so a keyboard or screen-reader user lands on what opened. */
  focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  override render() {
    const n = this.node ? this.index?.node(this.node) : undefined;
    if (!this.index || !n) return html`<div class="panel" part="panel"><p class="empty">Select a node to see its details.</p></div>`;
    return html`<article class="panel" part="panel" aria-labelledby="heading" @keydown=${this.onKey}>
      <div class="top">
        <span class="kind">${kindIcon(n.kind, this.dark)}${kindStyle(n.kind).name}</span>
        <button class="close" aria-label="Close details" title="Close (Esc)" @click=${this.close}>×</button>
      </div>
      <h2 id="heading" part="heading" tabindex="-1">${n.title ?? n.label}</h2>
      ${this.renderMeta(n)} ${this.renderLinks(n)}
      ${n.abstract ? this.renderAbstract(n) : nothing}
      ${n.description ? html`<p>${n.description}</p>` : nothing}
      ${n.aliases?.length ? html`<p class="meta">Also called: ${n.aliases.join(', ')}</p>` : nothing}
      ${this.renderConnections(n)}
    </article>`;
  }

  private renderMeta(n: GraphNode) {
    const parts: string[] = [];
    if (n.authors?.length) parts.push(n.authors.join(', '));
    const when = [n.year, n.venue].filter((x) => x !== undefined && x !== '').join(' · ');
    return html`${parts.length ? html`<p class="meta">${parts[0]}</p>` : nothing}${when ? html`<p class="meta">${when}</p>` : nothing}`;
  }

  private renderLinks(n: GraphNode) {
    const url = safeUrl(n.url);
    const code = safeUrl(n.code);
    if (!url && !code) return nothing;
    const arxiv = url && /arxiv\.org\//.test(url);
    return html`<p class="links">
      ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${arxiv ? 'arXiv' : 'Paper'}<span class="sr"> (opens in a new tab)</span></a>` : nothing}
      ${code ? html`<a href=${code} target="_blank" rel="noopener noreferrer">Code<span class="sr"> (opens in a new tab)</span></a>` : nothing}
    </p>`;
  }

  private renderAbstract(n: GraphNode) {
    const segments = abstractSegments(n.abstract!, n.id, this.index!.linksOf(n.id));
    return html`<h3>Abstract</h3>
      <p class="abstract" part="abstract">${segments.map((s) =>
        s.target === null
          ? s.text
          : html`<mark
              class=${s.target === this.highlighted ? 'lit' : ''}
              data-target=${s.target}
              title=${this.index!.node(s.target)?.label ?? ''}
              @mouseenter=${() => this.hover(s.target)}
              @mouseleave=${() => this.hover(null)}
              @click=${() => this.pick(s.target!)}
            >${s.text}</mark>`,
      )}</p>`;
  }

  private renderConnections(n: GraphNode) {
    const groups = connections(this.index!, n.id);
    if (!groups.length) return nothing;
    return groups.map(
      (g) => html`<h3>${g.title}</h3>
        <ul>
          ${g.items.map(
            (it) => html`<li>
              <button
                @click=${() => this.pick(it.node.id)}
                @mouseenter=${() => this.hover(it.node.id)}
                @mouseleave=${() => this.hover(null)}
                @focus=${() => this.hover(it.node.id)}
                @blur=${() => this.hover(null)}
              >${kindIcon(it.node.kind, this.dark)}<span>${it.node.label}</span></button>
              ${it.rationale ? html`<span class="rationale">${it.rationale}</span>` : nothing}
            </li>`,
          )}
        </ul>`,
    );
  }

  private hover(id: string | null): void {
    fire(this, 'concept-hover', { id });
  }

  private pick(id: string): void {
    this.hover(null);
    // A panel following a map elsewhere selects there; inside <concept-map> the map listens.
    if (this.htmlFor) this.follow.select(id);
    fire(this, 'concept-select', { id, source: 'panel' });
  }

  private close = (): void => {
    if (this.htmlFor) this.follow.select(null);
    this.dispatchEvent(new CustomEvent('concept-panel-close', { bubbles: true, composed: true, detail: { id: this.node } }));
  };

  private onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    }
  };
}

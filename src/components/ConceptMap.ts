import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { GraphIndex } from '../model/GraphIndex.js';
import type { GraphDocument, GraphNode, Tour } from '../model/types.js';
import { visibleIds } from '../model/filter.js';
import type { FocusDepth } from '../view/ViewState.js';
import { kindStyle, KIND_ORDER } from '../view/kindStyle.js';
import type { HashState } from '../view/hashState.js';
import { DataController } from './controllers/DataController.js';
import { ACCEPT, FileController } from './controllers/FileController.js';
import { TourController } from './controllers/TourController.js';
import { ExportController, svgToPng } from './controllers/ExportController.js';
import { clampStep, findTour, moveStep, recordStep, removeStep, stepView, type StepView } from '../view/tour.js';
import { UrlHashController } from './controllers/UrlHashController.js';
import { SearchController, SUGGESTIONS } from './controllers/SearchController.js';
import { ThemeController, type ThemeName } from './controllers/ThemeController.js';
import type { ConceptGraph, GraphStats } from './ConceptGraph.js';
import type { ConceptPanel } from './ConceptPanel.js';
import { kindIcon, kindIconSheet } from './kindIcon.js';
import { fire, type ConceptEventMap } from './events.js';
import { mapStyles } from './ConceptMap.styles.js';

/** Px the explorer's tour bar takes at the bottom of the map, with its margin. */
const TOUR_BAR_SPACE = 96;

const DEPTHS: Array<[FocusDepth, string]> = [
  [0, 'Whole map'],
  [1, '1 hop'],
  [2, '2 hops'],
  [3, '3 hops'],
];

/**
 * The whole explorer: the graph, search, a legend that filters by kind, a year filter, a focus
 * control, a list view of every node, and the detail panel.
 *
 * @summary The whole explorer: graph, search, filters, list view, detail panel and tours.
 * @attr selected - the id of the selected node; setting it selects that node
 * @attr query - the search box's text
 * @attr theme - `light`, `dark`, or `auto` to follow the system's setting
 * @attr seed - the layout's random seed: the same document and seed draw the same picture
 * @attr static - lay the map out at once, without animation
 * @prop tourActive - whether a tour is running (`tour` names a tour the document has)
 * @prop tourLength - the running tour's number of steps (0 without a tour)
 * @fires concept-select - `{ id, source }` when the user selects a node or clears the selection
 * @fires concept-hover - `{ id }` when the pointer enters or leaves a node
 * @fires concept-error - `{ message }` when the document cannot be loaded or is invalid
 * @fires concept-layout-end - when the layout comes to rest
 * @fires concept-step - `{ tour, step, count }` when a tour starts or moves to another step
 * @fires concept-load - `{ title, nodes, links }` when a document has loaded and is shown
 * @fires concept-focus - `{ id }` when the keyboard cursor moves to a node (from the graph inside)
 * @fires concept-activate - `{ id }` when Enter is pressed on a node (the panel opens)
 * @fires concept-camera - `{}` when the user pans or zooms
 * @fires concept-panel-close - `{ id }` when the panel's close button or Escape is pressed
 * @csspart toolbar - the bar with the title, search and view controls
 * @csspart legend - the kind legend, which is also the kind filter
 * @csspart panel - the detail panel's container
 * @csspart outline - the list view of every node
 * @csspart zoom - the zoom buttons (+, −, fit)
 * @csspart tour-bar - a running tour's step controls
 * @csspart tour-editor - the tour editor (with `authoring`)
 * @csspart caption - present mode's band with the step caption
 * @cssproperty --concept-panel-width - width of the detail panel (default 380px)
 * @cssproperty --concept-background - the map's background
 * @cssproperty --concept-font - the font family
 * @cssproperty --concept-surface - background of the toolbar, panel, menus and list view
 * @cssproperty --concept-text - text colour
 * @cssproperty --concept-muted - colour of secondary text
 * @cssproperty --concept-border - colour of borders and separators
 * @cssproperty --concept-focus-color - focus rings and the accent colour
 * @cssproperty --concept-chip-off - a legend chip whose kind is hidden
 * @cssproperty --concept-hover-background - a hovered button or row
 * @cssproperty --concept-radius - the element's corner radius (default 0)
 * @cssproperty --concept-caption-background - present mode's caption band
 * @cssproperty --concept-caption-color - the caption's text colour
 * @cssproperty --concept-caption-size - the caption's font size (default `clamp(18px, 2.2vw, 34px)`)
 * @cssproperty --concept-kind-<kind> - colour of one kind of node, e.g. `--concept-kind-benchmark`
 * @slot - an inline `<script type="application/json">` holding the document
 * @csspart file-notice - what opening a file reported: progress, the result, or its problems
 */
export class ConceptMap extends LitElement {
  static override styles = [mapStyles, kindIconSheet];

  // Lit's reactive properties, declared here rather than with the `@property`/`@state`/`@query`
  // decorators: their helpers and one call per field cost dist/lib/concept-map.js about 650 bytes
  // gzipped of its budget. Lit makes the properties from this object, in the fields' order, when
  // the tag is defined (or another copy defined it: defineOnce.ts).
  static override properties: PropertyDeclarations = {
    src: {},
    graph: { attribute: false },
    selected: { reflect: true },
    query: {},
    kinds: {},
    theme: { reflect: true },
    seed: { type: Number },
    static: { type: Boolean },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    depth: { type: Number },
    years: { attribute: false },
    files: { type: Boolean },
    noPanel: { type: Boolean, attribute: 'no-panel' },
    authoring: { type: Boolean },
    mode: { reflect: true },
    tour: { reflect: true },
    step: { type: Number, reflect: true },
    listView: { state: true },
    panelOpen: { state: true },
    announcement: { state: true },
    menuOpen: { state: true },
    editedTours: { state: true },
    editorOpen: { state: true },
    draftCaption: { state: true },
  };

  /** URL of a concept-map/v1 document. */
  src: string | null = null;
  /** The document as an object; wins over `src` and an inline script. */
  graph: unknown = null;
  selected: string | null = null;
  query = '';
  /** Visible kinds, comma-separated; empty or absent shows all. */
  kinds: string | null = null;
  theme: ThemeName = 'auto';
  seed = 1;
  static = false;
  /** Owns the page's URL hash (the app's index.html sets it; an embedded map leaves the URL alone). */
  syncUrl = false;
  /** Focus depth around the selection: 0 shows the whole map. */
  depth: FocusDepth = 0;
  /** Inclusive year range for papers, or null for all years. */
  years: [number, number] | null = null;
  /**
   * Lets the reader open their own corpus (.jsonl, .json, .bib, .csv, .txt) or map, by button or
   * by dropping it on the map, and download the map on display. Off for an embedded map.
   */
  files = false;
  /** No detail panel inside the map: for a page that shows the selection in its own `<concept-panel for>`. */
  noPanel = false;
  /** Lets the reader write tours: record the view as a step, caption, reorder, delete (saved by Download). */
  authoring = false;
  /** `explore` (default) or `present`: large type, only the map, the step caption and a counter. */
  mode: 'explore' | 'present' = 'explore';
  /** The id of a tour in the document to walk through; steps are framed, lit and captioned. */
  tour: string | null = null;
  /** The tour's step, from 0. */
  step = 0;

  private listView = false;
  private panelOpen = false;
  private announcement = '';
  private menuOpen = false;

  // The rendered elements, as Lit's `@query` finds them (null before the first render).
  private get graphEl(): ConceptGraph | null {
    return this.renderRoot?.querySelector('concept-graph') ?? null;
  }
  private get panelEl(): ConceptPanel | null {
    return this.renderRoot?.querySelector('concept-panel') ?? null;
  }
  private get fileInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('.file-input') ?? null;
  }

  private readonly data = new DataController(this, (message) => fire(this, 'concept-error', { message }));
  private readonly hash = new UrlHashController(this);
  private readonly themeCtl = new ThemeController(this, () => this.requestUpdate());
  private readonly searchCtl = new SearchController(this);
  private readonly fileCtl = new FileController(this, {
    showDocument: (document, from) => this.showOpened(document, from),
    currentDocument: () => this.document,
  });
  private readonly tourCtl = new TourController(this);
  private readonly exportCtl = new ExportController(this);
  /** The step view last applied, so a re-render with the same step does not move the camera. */
  private appliedStep: { tour: string; step: number; index: GraphIndex } | null = null;
  private reframePending: 'animate' | 'jump' | null = null;
  private stepToAnnounce: StepView | null = null;
  /** Tours as edited here; the document itself is never changed, so the layout is not redone. */
  private editedTours: Tour[] | null = null;
  private editedFor: GraphIndex | null = null;
  private editorOpen = false;
  private draftCaption = '';
  /** Present mode entered from the toolbar (not set by the page): Exit goes back. */
  private presentedFromToolbar = false;
  private restored = false;
  private lastIndex: GraphIndex | null = null;
  /** A document that has just arrived: announced with concept-load once it is rendered. */
  private loaded: GraphIndex | null = null;
  /** The large map whose outline is rendered, and the one whose outline is on its way. */
  private outlineOf: GraphIndex | null = null;
  private outlineDue: GraphIndex | null = null;
  private kindMemo: { kinds: string | null; index: GraphIndex | null; set: ReadonlySet<string> | null } = { kinds: null, index: null, set: null };

  /** The graph's counters: `{ ticks, frames, firstFrameAt, settledAt }`. */
  get stats(): GraphStats {
    return this.graphEl?.stats ?? { ticks: 0, frames: 0, firstFrameAt: null, settledAt: null };
  }

  /** The validated graph on display, or null. */
  get index(): GraphIndex | null {
    return this.data.index;
  }

  /**
   * The step on display, the same object while the tour, step and tours stay: the graph then sees
   * the same spotlight and frame target, and a render for something else (a search keystroke, an
   * announcement) costs it nothing.
   */
  private currentStep(): StepView | null {
    const tours = this.editedFor === this.index && this.editedTours !== null ? this.editedTours : this.index?.document.tours;
    const memo = this.stepMemo;
    if (memo && memo.tours === tours && memo.tour === this.tour && memo.step === this.step) return memo.view;
    const view = stepView(this.document, this.tour, this.step);
    const frame = view?.camera ? { bounds: view.camera } : view?.spotlight ? { ids: view.spotlight } : null;
    this.stepMemo = { tours, tour: this.tour, step: this.step, view, frame };
    return view;
  }

  private stepMemo: { tours: unknown; tour: string | null; step: number; view: StepView | null; frame: ConceptGraph['frameTarget'] } | null = null;

  /** The document on display, with the tours as edited in this session (what Download saves). */
  get document(): GraphDocument | null {
    const document = this.index?.document ?? null;
    if (!document || this.editedTours === null || this.editedFor !== this.index) return document;
    return { ...document, tours: this.editedTours };
  }

  get tourActive(): boolean {
    return this.tourLength > 0;
  }

  get tourLength(): number {
    return findTour(this.document, this.tour)?.steps.length ?? 0;
  }

  /** The tours the document carries. */
  get tours(): readonly Tour[] {
    return this.document?.tours ?? [];
  }

  /** Frames the current step again (a key after a pause, on the same step). */
  resumeStep(): void {
    this.reframePending = 'animate';
    this.requestUpdate();
  }

  /** Moves the running tour to a step (clamped); does nothing without a tour. */
  goToStep(step: number): void {
    this.tourCtl.go(step);
  }

  /**
   * The view on screen as a standalone SVG document (a string): nodes, links, labels as text, a
   * legend of the kinds shown, the map's title, and the tour step's caption and number.
   */
  exportSVG(): string {
    const graph = this.graphEl;
    if (!graph) throw new Error('Nothing to export yet: the map has not rendered.');
    const view = this.tourActive ? this.currentStep() : null;
    return graph.exportSVG({
      title: this.document?.title ?? '',
      ...(view ? { caption: view.caption, step: `${view.index + 1} / ${view.count}` } : {}),
    });
  }

  /** The same picture as a PNG Blob, `scale` times the on-screen size (2 by default, for slides). */
  async exportPNG(options: { scale?: number } = {}): Promise<Blob> {
    const scale = options.scale !== undefined && Number.isFinite(options.scale) && options.scale > 0 ? Math.min(options.scale, 8) : 2;
    const svg = this.exportSVG();
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    return svgToPng(svg, Number(size?.[1] ?? 800), Number(size?.[2] ?? 600), scale);
  }

  /** Shows a step without a camera flight and resolves once it is drawn (for "Export every step"). */
  async showStepForExport(tour: string, step: number): Promise<void> {
    this.tour = tour;
    this.step = step;
    await this.updateComplete;
    const graph = this.graphEl;
    if (!graph) return;
    await graph.updateComplete;
    // Every image from the final layout, so the slides agree with each other.
    if (graph.stats.settledAt === null) {
      await new Promise<void>((resolve) => graph.addEventListener('concept-layout-end', () => resolve(), { once: true }));
    }
    this.reframePending = null;
    graph.reframe(false);
    graph.drawNow();
  }

  /** Frames the visible map. */
  zoomToFit(): void {
    this.graphEl?.zoomToFit();
  }

  /**
   * The `kinds` attribute as a set of kinds the map has; names it lacks are ignored, and none left
   * means all. The same set object while nothing changes, so the graph sees no change either.
   */
  private get kindSet(): ReadonlySet<string> | null {
    const index = this.index;
    if (this.kindMemo.kinds === this.kinds && this.kindMemo.index === index) return this.kindMemo.set;
    let set: ReadonlySet<string> | null = null;
    if (this.kinds) {
      const present = index?.kinds();
      const list = this.kinds
        .split(',')
        .map((k) => k.trim())
        .filter((k) => k && (!present || present.includes(k)));
      if (list.length) set = new Set(list);
    }
    this.kindMemo = { kinds: this.kinds, index, set };
    return set;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A fetch aborted by leaving the page starts again on return; a loaded map is kept as it is.
    if (this.hasUpdated && this.data.state.status === 'loading') this.loadData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the first update too: an inline JSON child is read before the first render.
    if (changed.has('graph') || changed.has('src') || !this.hasUpdated) this.loadData();
    if (changed.has('theme')) this.themeCtl.setTheme(this.theme);
    // Attributes are untrusted: a depth outside 0–3 means no focus rather than a broken control.
    if (changed.has('depth') && ![0, 1, 2, 3].includes(this.depth)) this.depth = 0;
    const index = this.index;
    if (index !== this.lastIndex) {
      this.lastIndex = index;
      if (index) this.loaded = index;
      // Restoring here, before render, so the hash's view is the first one drawn.
      if (index && !this.restored) {
        this.restored = true;
        this.hash.restore();
      }
    }
    if (changed.has('selected') && this.selected && this.index?.has(this.selected) && this.mode !== 'present') this.panelOpen = true;
    if (changed.has('tour') || changed.has('step') || index !== this.appliedStep?.index) this.applyStep();
  }

  /**
   * Shows the tour's current step: lights and frames its nodes (or its recorded camera) and sets
   * the filters it carries. Runs before render, so the step's first frame is already right.
   */
  private applyStep(): void {
    const index = this.index;
    const view = index ? this.currentStep() : null;
    if (!index || !view || !this.tour) {
      if (this.appliedStep) {
        this.appliedStep = null;
        this.tourCtl.paused = false;
      }
      return;
    }
    if (view.index !== this.step) {
      // Out of range (an attribute, a link): the nearest real step; this runs again for it.
      this.step = view.index;
    }
    const same = this.appliedStep?.tour === this.tour && this.appliedStep.step === view.index && this.appliedStep.index === index;
    if (same) return;
    const first = this.appliedStep === null;
    this.appliedStep = { tour: this.tour, step: view.index, index };
    this.tourCtl.paused = false;
    this.kinds = view.kinds ? view.kinds.join(',') : null;
    this.years = view.years;
    this.depth = view.depth;
    if (view.center !== null) this.selected = view.center;
    else if (this.mode === 'present') this.selected = null;
    this.reframePending = first ? 'jump' : 'animate';
    this.stepToAnnounce = view;
    this.announcement = `Step ${view.index + 1} of ${view.count}: ${view.caption}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected') || changed.has('depth') || changed.has('kinds') || changed.has('years') || changed.has('tour') || changed.has('step')) this.hash.write();
    if (this.reframePending && this.graphEl) {
      const animate = this.reframePending === 'animate';
      this.reframePending = null;
      const graph = this.graphEl;
      // After the graph has taken the step's filters and spotlight.
      void graph.updateComplete.then(() => graph.reframe(animate));
    }
    const index = this.index;
    if (index && index !== this.outlineOf && index !== this.outlineDue && index.nodes.length >= OUTLINE_LATER) {
      // A large map's outline comes once its first frame is on screen: that frame reads the theme
      // from the computed style, which would first lay out a thousand new outline buttons
      // (measured: 176 of 441 ms at 1,000 nodes).
      this.outlineDue = index;
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.outlineOf = index;
          this.requestUpdate();
        }),
      );
    }
    if (this.loaded) {
      const { document } = this.loaded;
      this.loaded = null;
      fire(this, 'concept-load', { title: document.title, nodes: document.nodes.length, links: document.links.length });
    }
    const view = this.stepToAnnounce;
    if (view) {
      this.stepToAnnounce = null;
      fire(this, 'concept-step', { tour: view.tour.id, step: view.index, count: view.count });
    }
  }

  private loadData(): void {
    if (this.graph != null) this.data.fromObject(this.graph);
    else if (this.src) void this.data.fromUrl(this.src, document.baseURI);
    else {
      const script = this.querySelector('script[type="application/json"]');
      if (script?.textContent?.trim()) this.data.fromText(script.textContent, 'the inline <script type="application/json">');
    }
  }

  /** A map the reader opened replaces the view too: nothing selected or filtered from the old one. */
  private showOpened(document: unknown, from: string): void {
    const before = this.data.index;
    if (typeof document === 'string') this.data.fromText(document, from);
    else this.data.fromObject(document, from);
    if (this.data.index === before) return;
    this.selected = null;
    this.panelOpen = false;
    this.query = '';
    this.kinds = null;
    this.years = null;
    this.depth = 0;
    this.announcement = `Opened ${this.data.index?.document.title ?? from}`;
  }

  /** Opens files as if the reader had picked them: a corpus is mapped here, a map shown as it is. */
  openFiles(files: File[]): Promise<void> {
    return this.fileCtl.open(files);
  }

  // ---- URL hash

  hashState(): HashState {
    // During a tour the step says it all: its filters and focus come with it.
    if (this.tourActive && this.tour) return { node: null, depth: 0, kinds: null, years: null, tour: this.tour, step: this.step };
    return {
      node: this.selected,
      depth: this.depth,
      kinds: this.kindSet ? [...this.kindSet] : null,
      years: this.years,
    };
  }

  applyHash(s: HashState): void {
    const index = this.index;
    if (s.tour !== undefined && findTour(index?.document, s.tour)) {
      this.tour = s.tour;
      this.step = clampStep(s.step ?? 0, findTour(index?.document, s.tour)?.steps.length ?? 0);
      return;
    }
    this.selected = s.node && index?.has(s.node) ? s.node : null;
    this.panelOpen = this.selected !== null && this.mode !== 'present';
    this.depth = s.depth;
    this.kinds = s.kinds ? s.kinds.join(',') : null;
    this.years = s.years;
  }

  // ---- rendering

  override render() {
    const s = this.data.state;
    const index = this.index;
    const dark = this.themeCtl.dark;
    const node = this.selected && index ? index.node(this.selected) : undefined;
    const presenting = this.mode === 'present';
    const editing = this.editorOpen && this.authoring && !presenting && !!index;
    const open = ((this.panelOpen && !!node && !this.noPanel) || editing) && !presenting;
    const view = this.appliedStep && index ? this.currentStep() : null;
    const frameTarget = view ? (this.stepMemo?.frame ?? null) : null;
    const fc = this.fileCtl;
    const drop = this.files
      ? { enter: fc.onDragEnter, over: fc.onDragOver, leave: fc.onDragLeave, drop: fc.onDrop }
      : { enter: undefined, over: undefined, leave: undefined, drop: undefined };
    return html`<div
      class="shell ${open ? 'open' : ''} ${this.listView && !presenting ? 'list' : ''} ${presenting ? 'present' : ''}"
      @dragenter=${drop.enter}
      @dragover=${drop.over}
      @dragleave=${drop.leave}
      @drop=${drop.drop}
    >
      ${presenting ? nothing : this.renderToolbar(index)}
      ${index && !presenting ? this.renderLegend(index, dark) : nothing}
      <div class="stage">
        <concept-graph
          .index=${index}
          .selected=${this.selected}
          .query=${this.query}
          .kinds=${this.kindSet}
          .years=${this.years}
          .depth=${this.depth}
          .seed=${this.seed}
          .static=${this.static}
          .theme=${this.theme}
          .spotlight=${view?.spotlight ?? null}
          .frameTarget=${frameTarget}
          .present=${presenting}
          .insetBottom=${view && !presenting && !this.listView ? TOUR_BAR_SPACE : 0}
          ?hidden=${this.listView && !presenting}
          @concept-camera=${this.onCamera}
          @concept-select=${this.onGraphSelect}
          @concept-hover=${this.onGraphHover}
          @concept-focus=${this.onGraphFocus}
          @concept-activate=${this.onActivate}
        ></concept-graph>
        ${view && !presenting && !this.listView ? this.renderTourBar(view) : nothing}
        ${index && !this.listView && !presenting
          ? html`<div class="zoom" part="zoom" role="group" aria-label="Zoom">
              <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.graphEl?.zoomBy(1.4)}>+</button>
              <button type="button" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.graphEl?.zoomBy(1 / 1.4)}>−</button>
              <button type="button" aria-label="Zoom to fit" title="Zoom to fit (0)" @click=${() => this.graphEl?.zoomToFit()}>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4"/></svg>
              </button>
            </div>`
          : nothing}
        ${index && !presenting && (this.outlineOf === index || this.listView || index.nodes.length < OUTLINE_LATER) ? this.renderOutline(index, dark) : nothing}
        ${s.status === 'loading' && !index ? html`<p class="loading" role="status">Loading the map…</p>` : nothing}
        ${s.status === 'error'
          ? html`<div class="error" role="alert">
              <strong>${index ? 'The new map could not be shown; this is the previous one.' : 'This map could not be shown.'}</strong>
              ${s.message}
            </div>`
          : nothing}
        ${s.status === 'empty' ? html`<p class="loading">No map: give this element a <code>src</code>, a <code>graph</code>, or an inline JSON script.</p>` : nothing}
        ${this.files ? this.renderFileNotice() : nothing}
        ${this.files && fc.dragging
          ? html`<div class="dropzone" aria-hidden="true"><p>Drop a corpus (.jsonl, .json, .bib, .csv, .txt) or a map to open it</p></div>`
          : nothing}
      </div>
      ${presenting ? this.renderCaption(view) : nothing}
      <aside class="side" part="panel" aria-label=${editing ? 'Tour editor' : 'Details'} ?hidden=${!open}>
        ${editing ? this.renderTourEditor() : nothing}
        <concept-panel
          ?hidden=${editing}
          .index=${index}
          .node=${open ? this.selected : null}
          .dark=${dark}
          @concept-select=${this.onPanelSelect}
          @concept-hover=${this.onPanelHover}
          @concept-panel-close=${this.onPanelClose}
        ></concept-panel>
      </aside>
      <div class="sr" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderToolbar(index: GraphIndex | null) {
    const title = index?.document.title ?? '';
    const range = index?.yearRange() ?? null;
    const years: number[] = [];
    if (range) for (let y = range[0]; y <= range[1]; y++) years.push(y);
    const [from, to] = this.years ?? range ?? [0, 0];
    return html`<div class="toolbar" part="toolbar">
      <h1 class="title" title=${title}>${title}</h1>
      ${this.renderSearch(index)}
      <label class="field">Focus
        <select aria-label="Focus: show only the selection's neighbourhood" @change=${this.onDepth} .value=${String(this.depth)}>
          ${DEPTHS.map(([d, label]) => html`<option value=${d} ?selected=${d === this.depth}>${label}</option>`)}
        </select>
      </label>
      ${years.length > 1
        ? html`<span class="field years" role="group" aria-label="Years">
            <label>From <select aria-label="From year" @change=${this.onYearFrom}>${years.map((y) => html`<option value=${y} ?selected=${y === from}>${y}</option>`)}</select></label>
            <label>to <select aria-label="To year" @change=${this.onYearTo}>${years.map((y) => html`<option value=${y} ?selected=${y === to}>${y}</option>`)}</select></label>
          </span>`
        : nothing}
      <span class="buttons">
        <button type="button" aria-pressed=${this.listView ? 'true' : 'false'} @click=${this.toggleList}>List view</button>
        ${this.authoring && index
          ? html`<button type="button" aria-pressed=${this.editorOpen ? 'true' : 'false'} aria-controls=${this.editorOpen ? 'tour-editor' : nothing} @click=${this.toggleEditor}>Tour</button>`
          : nothing}
        ${this.tours.length > 0
          ? html`<button type="button" title="Walk through the map's tour, full size (→ next, ← back, F fullscreen)" @click=${this.startPresenting}>Present</button>`
          : nothing}
        ${this.files ? this.renderMapMenu(index) : nothing}
      </span>
    </div>`;
  }

  /**
   * One menu for what goes in and out of the map: open a corpus or a map, download it, export the
   * view as an image. A menu rather than a row of buttons keeps the toolbar on one line.
   */
  private renderMapMenu(index: GraphIndex | null) {
    const open = this.menuOpen;
    const tour = findTour(this.document, this.tour) ?? this.tours[0];
    const item = (label: string, action: () => void, disabled = false) =>
      html`<button type="button" role="menuitem" tabindex="-1" ?disabled=${disabled} @click=${() => {
        this.closeMenu(false);
        action();
      }}>${label}</button>`;
    return html`<span class="menu-wrap" @focusout=${this.onMenuFocusOut} @keydown=${this.onMenuKey}>
      <button type="button" class="menu-button" aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} aria-controls="map-menu" @click=${this.toggleMenu}>Map ▾</button>
      <div id="map-menu" class="menu" role="menu" aria-label="Map" ?hidden=${!open}>
        ${item('Open a corpus or map…', () => this.fileInput?.click())}
        ${item('Download map (.json)', () => this.fileCtl.download(), !index)}
        ${item('Export view as SVG', () => void this.exportCtl.downloadSvg(), !index)}
        ${item('Export view as PNG', () => void this.exportCtl.downloadPng(), !index)}
        ${item(tour ? `Export every step of “${tour.title}” as PNG` : 'Export every step as PNG', () => void this.exportCtl.downloadSteps(tour?.id ?? ''), !index || !tour)}
      </div>
      <input class="file-input" type="file" accept=${ACCEPT} multiple tabindex="-1" aria-hidden="true" @change=${this.fileCtl.onPick} />
    </span>`;
  }

  private toggleMenu = (): void => {
    if (this.menuOpen) this.closeMenu(false);
    else {
      this.menuOpen = true;
      void this.updateComplete.then(() => (this.renderRoot.querySelector('#map-menu [role="menuitem"]:not([disabled])') as HTMLElement | null)?.focus());
    }
  };

  private closeMenu(returnFocus: boolean): void {
    if (!this.menuOpen) return;
    this.menuOpen = false;
    if (returnFocus) (this.renderRoot.querySelector('.menu-button') as HTMLElement | null)?.focus();
  }

  private onMenuFocusOut = (e: FocusEvent): void => {
    const wrap = e.currentTarget as HTMLElement;
    if (!(e.relatedTarget instanceof Node) || !wrap.contains(e.relatedTarget)) this.closeMenu(false);
  };

  private onMenuKey = (e: KeyboardEvent): void => {
    if (!this.menuOpen) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('#map-menu [role="menuitem"]:not([disabled])')];
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    if (e.key === 'Escape') this.closeMenu(true);
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Home') items[0]?.focus();
    else if (e.key === 'End') items[items.length - 1]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  /** Present mode's only chrome: the step caption, a small counter, and a pause hint. */
  private renderCaption(view: StepView | null) {
    const title = this.document?.title ?? '';
    return html`<div class="caption-band" part="caption">
      <h1 class="sr">${title}</h1>
      <p class="caption">${view ? view.caption : title}</p>
      ${view
        ? html`<span class="counter" aria-label=${`Step ${view.index + 1} of ${view.count}`}>${view.index + 1} / ${view.count}</span>`
        : nothing}
      ${this.tourCtl.paused ? html`<span class="paused">Paused · press → to go on</span>` : nothing}
      ${this.presentedFromToolbar
        ? html`<button type="button" class="exit" @click=${this.stopPresenting}>Exit</button>`
        : nothing}
    </div>`;
  }

  /**
   * Writing a tour: "Add step" records the view as it is (the selection, the filters, the camera)
   * with a caption; steps can be shown, recaptioned, moved and deleted. Download saves them.
   */
  private renderTourEditor() {
    const tour = this.editingTour();
    const steps = tour?.steps ?? [];
    return html`<section id="tour-editor" class="tour-editor" part="tour-editor">
      <header>
        <h2>Tour</h2>
        <button type="button" class="close" aria-label="Close the tour editor" @click=${this.toggleEditor}>×</button>
      </header>
      ${this.tours.length > 1
        ? html`<label class="row">Tour
            <select @change=${(e: Event) => this.chooseTour((e.target as HTMLSelectElement).value)}>
              ${this.tours.map((t) => html`<option value=${t.id} ?selected=${t.id === tour?.id}>${t.title || t.id}</option>`)}
            </select>
          </label>`
        : nothing}
      <label class="row">Title
        <input type="text" .value=${tour?.title ?? ''} placeholder="My tour" @change=${(e: Event) => this.renameTour((e.target as HTMLInputElement).value)} />
      </label>
      <ol class="steps">
        ${steps.map(
          (step, i) => html`<li class=${this.tourActive && this.tour === tour?.id && this.step === i ? 'current' : ''}>
            <span class="n">${i + 1}</span>
            <textarea rows="2" aria-label=${`Caption of step ${i + 1}`} .value=${step.caption} @change=${(e: Event) => this.recaption(i, (e.target as HTMLTextAreaElement).value)}></textarea>
            <span class="step-buttons">
              <button type="button" aria-label=${`Show step ${i + 1}`} title="Show" @click=${() => this.showStep(i)}>▶</button>
              <button type="button" aria-label=${`Move step ${i + 1} up`} title="Move up" ?disabled=${i === 0} @click=${() => this.editSteps(moveStep(steps, i, i - 1))}>↑</button>
              <button type="button" aria-label=${`Move step ${i + 1} down`} title="Move down" ?disabled=${i === steps.length - 1} @click=${() => this.editSteps(moveStep(steps, i, i + 1))}>↓</button>
              <button type="button" aria-label=${`Delete step ${i + 1}`} title="Delete" @click=${() => this.editSteps(removeStep(steps, i))}>✕</button>
            </span>
          </li>`,
        )}
      </ol>
      ${steps.length === 0 ? html`<p class="hint">No steps yet. Arrange the map (select a node, filter, zoom), write a caption, and add it as a step.</p>` : nothing}
      <label class="row caption-input">Caption for a new step
        <textarea class="new-caption" rows="3" .value=${this.draftCaption} @input=${(e: Event) => (this.draftCaption = (e.target as HTMLTextAreaElement).value)}
          placeholder="What the audience should see here"></textarea>
      </label>
      <button type="button" class="add" ?disabled=${this.draftCaption.trim() === ''} @click=${this.addStep}>Add step: the view as it is now</button>
      <p class="hint">Download the map (Map ▾) to keep the tour.</p>
    </section>`;
  }

  /** The tour being written: the running one, else the first, else a new empty one. */
  private editingTour(): Tour | undefined {
    return findTour(this.document, this.tour) ?? this.tours[0];
  }

  private toggleEditor = (): void => {
    this.editorOpen = !this.editorOpen;
  };

  private setTours(tours: Tour[]): void {
    this.editedTours = tours;
    this.editedFor = this.index;
  }

  private editSteps(steps: Tour['steps']): void {
    const tour = this.editingTour() ?? { id: 'my-tour', title: 'My tour', steps: [] };
    const next = { ...tour, steps };
    const tours = this.tours.some((t) => t.id === tour.id) ? this.tours.map((t) => (t.id === tour.id ? next : t)) : [...this.tours, next];
    this.setTours(tours);
    if (this.tour === tour.id) {
      // The step on screen may have moved or gone: show what is at its place now.
      this.appliedStep = null;
      if (steps.length === 0) this.tour = null;
      else this.step = Math.min(this.step, steps.length - 1);
    }
  }

  private addStep = (): void => {
    const caption = this.draftCaption.trim();
    if (!caption) return;
    const tour = this.editingTour();
    const camera = this.graphEl?.cameraBounds() ?? null;
    const step = recordStep({
      caption,
      focus: this.selected ? [this.selected] : [],
      kinds: this.kindSet ? [...this.kindSet] : null,
      years: this.years,
      depth: this.depth,
      camera,
    });
    this.editSteps([...(tour?.steps ?? []), step]);
    this.draftCaption = '';
    this.announcement = `Step ${(tour?.steps.length ?? 0) + 1} added`;
  };

  private recaption(at: number, caption: string): void {
    const steps = this.editingTour()?.steps ?? [];
    this.editSteps(steps.map((s, i) => (i === at ? { ...s, caption: caption.trim() || s.caption } : s)));
  }

  private renameTour(title: string): void {
    const tour = this.editingTour();
    if (!tour) {
      this.setTours([{ id: 'my-tour', title: title.trim() || 'My tour', steps: [] }]);
      return;
    }
    this.setTours(this.tours.map((t) => (t.id === tour.id ? { ...t, title: title.trim() || t.title } : t)));
  }

  private chooseTour(id: string): void {
    this.tour = id;
    this.step = 0;
  }

  private showStep(at: number): void {
    const tour = this.editingTour();
    if (!tour) return;
    this.tour = tour.id;
    this.step = at;
    this.appliedStep = null;
    this.requestUpdate();
  }

  /** A tour in the explorer: the caption, with buttons for readers who do not use the keys. */
  private renderTourBar(view: StepView) {
    return html`<div class="tour-bar" part="tour-bar" role="group" aria-label=${`Tour: ${view.tour.title}`}>
      <button type="button" aria-label="Previous step" ?disabled=${view.index === 0} @click=${() => this.tourCtl.previous()}>‹</button>
      <span class="counter">${view.index + 1} / ${view.count}</span>
      <p class="caption">${view.caption}</p>
      <button type="button" aria-label="Next step" ?disabled=${view.index === view.count - 1} @click=${() => this.tourCtl.next()}>›</button>
      <button type="button" class="end" aria-label="End the tour" title="End the tour" @click=${this.endTour}>×</button>
    </div>`;
  }

  private endTour = (): void => {
    this.tour = null;
    this.step = 0;
    this.kinds = null;
    this.years = null;
    this.depth = 0;
  };

  private onCamera = (): void => {
    this.tourCtl.pause();
  };

  /** The toolbar's Present: the first tour (or the one running) from its start, large, with focus on the map. */
  private startPresenting = (): void => {
    const first = this.tours[0];
    if (!first) return;
    this.presentedFromToolbar = true;
    this.mode = 'present';
    if (!this.tourActive) {
      this.tour = first.id;
      this.step = 0;
    }
    void this.updateComplete.then(() => this.graphEl?.updateComplete).then(() => {
      (this.graphEl?.shadowRoot?.querySelector('canvas') as HTMLElement | null)?.focus();
    });
  };

  private stopPresenting = (): void => {
    this.presentedFromToolbar = false;
    this.mode = 'explore';
    if (this.tourCtl.fullscreen) void this.tourCtl.toggleFullscreen();
  };

  private renderFileNotice() {
    const n = this.fileCtl.notice;
    if (n === null) return nothing;
    return html`<div class="file-notice tone-${n.tone}" part="file-notice" role=${n.tone === 'error' ? 'alert' : 'status'}>
      <p class="notice-title">${n.title}</p>
      ${n.lines.length > 0 ? html`<ul>${n.lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      ${n.tone === 'busy' ? nothing : html`<button type="button" class="dismiss" aria-label="Dismiss" @click=${() => this.fileCtl.dismiss()}>×</button>`}
    </div>`;
  }

  private renderSearch(index: GraphIndex | null) {
    const sc = this.searchCtl;
    const hits = sc.hits;
    const shown = hits.slice(0, SUGGESTIONS);
    const open = sc.open && shown.length > 0;
    const dark = this.themeCtl.dark;
    const count = !this.query.trim()
      ? ''
      : hits.length === 0
        ? 'No match'
        : sc.cursor === 0
          ? `${hits.length} found · Enter to go`
          : `${sc.cursor} of ${hits.length} · Enter for next`;
    return html`<div class="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search the map"
        aria-autocomplete="list"
        aria-controls="suggestions"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${open && sc.active >= 0 ? `suggestion-${sc.active}` : nothing}
        aria-describedby="search-count"
        placeholder="Search the map…"
        .value=${this.query}
        @input=${(e: Event) => sc.input((e.target as HTMLInputElement).value)}
        @keydown=${this.onSearchKey}
        @focus=${() => {
          if (this.query.trim()) {
            sc.open = true;
            this.requestUpdate();
          }
        }}
        @blur=${() => sc.close()}
        autocomplete="off"
        spellcheck="false"
      />
      <span id="search-count" class="count" aria-live="polite">${count}</span>
      <ul id="suggestions" class="suggestions" role="listbox" aria-label="Search results" ?hidden=${!open}>
        ${shown.map((h, i) => {
          const n = index!.node(h.id)!;
          return html`<li
            id="suggestion-${i}"
            role="option"
            aria-selected=${i === sc.active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => sc.pick(i)}
          >${kindIcon(n.kind, dark)}<span class="label">${n.label}</span><span class="n">${n.year ?? kindStyle(n.kind).name}</span></li>`;
        })}
      </ul>
    </div>`;
  }

  private renderLegend(index: GraphIndex, dark: boolean) {
    const present = index.kinds();
    const counts = new Map<string, number>();
    for (const n of index.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    const active = this.kindSet;
    const order = [...KIND_ORDER.filter((k) => present.includes(k)), ...present.filter((k) => !(KIND_ORDER as readonly string[]).includes(k))];
    return html`<div class="legend" part="legend" role="group" aria-label="Show kinds">
      ${order.map((kind) => {
        const on = !active || active.has(kind);
        return html`<button type="button" class="chip" aria-pressed=${on ? 'true' : 'false'} @click=${() => this.toggleKind(kind, order)}
          title=${on ? `Hide ${kindStyle(kind).label.toLowerCase()}` : `Show ${kindStyle(kind).label.toLowerCase()}`}>
          ${kindIcon(kind, dark)}<span>${kindStyle(kind).label}</span><span class="n">${counts.get(kind) ?? 0}</span>
        </button>`;
      })}
    </div>`;
  }

  private renderOutline(index: GraphIndex, dark: boolean) {
    const interactive = this.listView;
    return html`<nav class="outline ${interactive ? '' : 'sr'}" part="outline" aria-label="All nodes by kind">
      ${outlineGroups(index).map(([kind, nodes, total]) => {
        return html`<section>
          <h2>${kindIcon(kind, dark)} ${kindStyle(kind).label} <span class="n">(${total})</span></h2>
          <ul>
            ${nodes.map(
              (n) => html`<li>
                <button type="button" tabindex=${interactive ? 0 : -1} aria-current=${n.id === this.selected ? 'true' : 'false'}
                  @click=${() => this.selectFrom(n.id, 'outline')}>${n.label}${n.year ? html` <span class="n">${n.year}</span>` : nothing}</button>
              </li>`,
            )}
            ${total > nodes.length
              ? html`<li class="more">The ${nodes.length} most connected are listed; search finds any of the other ${(total - nodes.length).toLocaleString('en')}.</li>`
              : nothing}
          </ul>
        </section>`;
      })}
    </nav>`;
  }

  // ---- behaviour

  private selectFrom(id: string | null, source: ConceptEventMap['concept-select']['source'], fly = false): void {
    const changed = id !== this.selected;
    this.selected = id;
    this.panelOpen = id !== null;
    this.announce(id);
    if (changed) fire(this, 'concept-select', { id, source });
    if (id && fly) this.graphEl?.centerOn(id);
  }

  private announce(id: string | null): void {
    const n = id ? this.index?.node(id) : undefined;
    if (!n) {
      this.announcement = 'Selection cleared';
      return;
    }
    this.announcement = `Selected ${this.describe(n)}`;
  }

  /** "MMLU, benchmark, 1 connection": what the live region says of a node. */
  private describe(n: GraphNode): string {
    const degree = this.index?.degree(n.id) ?? 0;
    return `${n.label}, ${kindStyle(n.kind).name.toLowerCase()}, ${degree} connection${degree === 1 ? '' : 's'}`;
  }

  private onGraphSelect = (e: CustomEvent<ConceptEventMap['concept-select']>): void => {
    // The graph's event bubbles out of this element on its own; only mirror its state here.
    if (e.detail.source === 'pointer') this.tourCtl.pause();
    this.selected = e.detail.id;
    this.panelOpen = e.detail.id !== null && this.mode !== 'present';
    this.announce(e.detail.id);
  };

  // Hover is not coarse state: it goes straight to the other element, without re-rendering this one.
  private onGraphHover = (e: CustomEvent<ConceptEventMap['concept-hover']>): void => {
    if (this.panelEl) this.panelEl.highlighted = e.detail.id;
  };

  private onGraphFocus = (e: CustomEvent<ConceptEventMap['concept-focus']>): void => {
    const n = this.index?.node(e.detail.id);
    if (!n) return;
    this.announcement = `${this.describe(n)}. Enter opens it.`;
  };

  private onActivate = (): void => {
    this.panelOpen = true;
    this.focusPanelHeading();
  };

  /** After this element and then the panel have rendered the new node, so the heading exists. */
  private focusPanelHeading(): void {
    void this.updateComplete.then(() => this.panelEl?.focusHeading());
  }

  private onPanelSelect = (e: CustomEvent<ConceptEventMap['concept-select']>): void => {
    e.stopPropagation();
    this.selectFrom(e.detail.id, 'panel', true);
    this.focusPanelHeading();
  };

  private onPanelHover = (e: CustomEvent<ConceptEventMap['concept-hover']>): void => {
    // Not stopped: a page listening for concept-hover hears the panel's hovers too.
    if (this.panelEl) this.panelEl.highlighted = e.detail.id;
    if (this.graphEl) this.graphEl.highlighted = e.detail.id;
  };

  private onPanelClose = (): void => {
    const id = this.selected;
    this.panelOpen = false;
    if (id) this.graphEl?.focusNode(id);
  };

  private onSearchKey = (e: KeyboardEvent): void => {
    if (this.searchCtl.key(e)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  /** A search hit: lift the filters that hide it (it is what the reader asked for), select it, fly there. */
  goTo(id: string): void {
    const index = this.index;
    if (!index?.has(id)) return;
    if (!visibleIds(index, { kinds: this.kindSet, years: this.years }).has(id)) {
      if (!visibleIds(index, { kinds: null, years: this.years }).has(id)) this.years = null;
      if (!visibleIds(index, { kinds: this.kindSet, years: this.years }).has(id)) this.kinds = null;
    }
    this.selectFrom(id, 'search', true);
  }

  private onDepth = (e: Event): void => {
    this.depth = Number((e.target as HTMLSelectElement).value) as FocusDepth;
    void this.updateComplete.then(() => this.graphEl?.updateComplete).then(() => this.graphEl?.zoomToFit());
  };

  private onYearFrom = (e: Event): void => this.setYears(Number((e.target as HTMLSelectElement).value), null);
  private onYearTo = (e: Event): void => this.setYears(null, Number((e.target as HTMLSelectElement).value));

  private setYears(from: number | null, to: number | null): void {
    const range = this.index?.yearRange();
    if (!range) return;
    const [f0, t0] = this.years ?? range;
    let f = from ?? f0;
    let t = to ?? t0;
    if (f > t) [f, t] = from !== null ? [f, f] : [t, t];
    this.years = f === range[0] && t === range[1] ? null : [f, t];
  }

  private toggleKind(kind: string, all: string[]): void {
    const next = new Set(this.kindSet ?? all);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    // An empty map helps nobody: the last kind shown stays.
    if (next.size === 0) return;
    this.kinds = all.every((k) => next.has(k)) ? null : all.filter((k) => next.has(k)).join(',');
  }

  private toggleList = (): void => {
    this.listView = !this.listView;
  };
}

const outlines = new WeakMap<GraphIndex, Array<[string, GraphNode[], number]>>();

// The outline lists at most this many nodes of a kind, the most connected, in the usual order; the
// rest are counted and left to the search. A list of 20,000 buttons helps no one, and rendering it
// took seconds of every update of a 20,000-node map.
const OUTLINE_PER_KIND = 250;
// From this many nodes the outline is rendered after the map's first frame.
const OUTLINE_LATER = 300;

/**
 * Nodes by kind for the list view, papers newest first, the rest by label, with each kind's total:
 * worked out once per document.
 */
function outlineGroups(index: GraphIndex): Array<[string, GraphNode[], number]> {
  let groups = outlines.get(index);
  if (!groups) {
    groups = index.kinds().map((kind) => {
      const all = index.nodes.filter((n) => n.kind === kind);
      let shown = all;
      if (all.length > OUTLINE_PER_KIND) {
        const degree = new Map(all.map((n) => [n, index.degree(n.id)]));
        shown = [...all].sort((a, b) => degree.get(b)! - degree.get(a)!).slice(0, OUTLINE_PER_KIND);
      }
      shown.sort((a, b) => (kind === 'paper' ? (b.year ?? 0) - (a.year ?? 0) : 0) || a.label.localeCompare(b.label));
      return [kind, shown, all.length];
    });
    outlines.set(index, groups);
  }
  return groups;
}

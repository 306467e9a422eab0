import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ValidationIssue } from '../model/types.js';
import { validateDocument, formatIssues } from '../model/validate.js';
import { GraphIndex } from '../model/GraphIndex.js';
import type { ForceLayout } from '../layout/engine.js';
import type { LayoutNode } from '../layout/types.js';
import { deriveDisplay, type Display } from '../view/deriveDisplay.js';
import { initialViewState, type FocusDepth, type ViewState } from '../view/ViewState.js';
import { neighbourInDirection, type Direction } from '../view/neighbourInDirection.js';
import { firstNode } from '../view/firstNode.js';
import { CanvasRenderer, type Frame } from '../render/CanvasRenderer.js';
import { renderSvg, type SvgExtras } from '../render/renderSvg.js';
import { KIND_ORDER, kindStyle } from '../view/kindStyle.js';
import { HitTester } from '../render/HitTester.js';
import { darkTheme, forcedTheme, lightTheme, type RenderTheme } from '../render/RenderTheme.js';
import { LayoutController } from './controllers/LayoutController.js';
import { ViewportController, reducedMotion } from './controllers/ViewportController.js';
import { PointerController } from './controllers/PointerController.js';
import { KeyboardController } from './controllers/KeyboardController.js';
import { ThemeController, type ThemeName } from './controllers/ThemeController.js';
import { fire } from './events.js';
import { mapArrived, warmUp } from './warmUp.js';

function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

// Frames that only show the worker's layout moving are spaced to this many times the cost of a
// drawn frame: three quarters of the main thread stay free for input (and the layout worker's core).
const MOTION_SHARE = 4;
// A dense map moved by the camera is drawn afresh once the camera has been still this long, ms.
const CAMERA_SETTLE_MS = 120;

export interface GraphStats {
  ticks: number;
  frames: number;
  firstFrameAt: number | null;
  settledAt: number | null;
}

/**
 * The graph alone, drawn on a canvas: for pages that bring their own UI.
 *
 * @summary The graph alone, on a canvas, for pages that bring their own UI.
 * @attr query - search text: the nodes it matches are highlighted
 * @attr seed - the layout's random seed: the same document and seed draw the same picture
 * @attr theme - `light`, `dark`, or `auto` to follow the system's setting
 * @prop years - inclusive year range for papers, or null for all years
 * @fires concept-select - `{ id, source }` when the user selects a node (or clears the selection: `id` null)
 * @fires concept-hover - `{ id }` when the pointer enters or leaves a node
 * @fires concept-focus - `{ id }` when the keyboard cursor moves to a node
 * @fires concept-activate - `{ id }` when the user presses Enter on a node
 * @fires concept-layout-end - when the layout comes to rest
 * @fires concept-error - `{ message }` when the `graph` property is not a valid document
 * @fires concept-camera - `{}` when the user pans or zooms (a tour pauses on it)
 * @csspart canvas - the canvas element
 * @cssproperty --concept-background - the map's background
 * @cssproperty --concept-label-color - label text colour
 * @cssproperty --concept-font - font family of labels
 * @cssproperty --concept-label-size - font size of labels, in px
 * @cssproperty --concept-label-halo - colour of the halo drawn around label text
 * @cssproperty --concept-link-color - colour of links
 * @cssproperty --concept-focus-color - the keyboard focus ring
 * @cssproperty --concept-kind-<kind> - colour of one kind of node, e.g. `--concept-kind-paper`
 */
export class ConceptGraph extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 120px;
      background: var(--concept-background, transparent);
      contain: layout paint;
    }
    canvas {
      display: block;
      width: 100%;
      height: 100%;
      touch-action: none;
      outline: none;
    }
    canvas:focus-visible {
      box-shadow: inset 0 0 0 2px var(--concept-focus-color, #2563eb);
    }
    [hidden] {
      display: none !important;
    }
    .wheel-hint {
      position: absolute;
      inset: 50% auto auto 50%;
      transform: translate(-50%, -50%);
      padding: 10px 16px;
      border-radius: 10px;
      background: rgba(15, 23, 42, 0.82);
      color: #fff;
      font: 15px/1.3 var(--concept-font, system-ui, sans-serif);
      pointer-events: none;
    }
  `;

  // Lit's reactive properties (not decorators: see ConceptMap.properties).
  static override properties: PropertyDeclarations = {
    graph: { attribute: false },
    selected: { reflect: true },
    highlighted: { attribute: false },
    query: {},
    kinds: { attribute: false },
    years: { attribute: false },
    depth: { type: Number },
    seed: { type: Number },
    static: { type: Boolean, reflect: true },
    theme: { reflect: true },
    index: { attribute: false },
    spotlight: { attribute: false },
    frameTarget: { attribute: false },
    present: { type: Boolean },
    insetBottom: { type: Number, attribute: false },
  };

  /** The document, as an object (validated: an invalid one fires `concept-error`). */
  graph: unknown = null;
  /** The selected node id. */
  selected: string | null = null;
  /** Lit from outside, e.g. a mention hovered in the panel. */
  highlighted: string | null = null;
  query = '';
  /** Visible kinds, or null for all. */
  kinds: ReadonlySet<string> | null = null;
  years: readonly [number, number] | null = null;
  /** Show only the selection's N-hop neighbourhood (0 = everything). */
  depth: FocusDepth = 0;
  seed = 1;
  /** Lay out at once, without animation. */
  static = false;
  theme: ThemeName = 'auto';

  /** The validated index; `<concept-map>` sets it directly to skip validating twice. */
  index: GraphIndex | null = null;
  /** Nodes a tour step is about: lit and labelled, the rest dimmed. */
  spotlight: ReadonlySet<string> | null = null;
  /**
   * What the camera keeps framed while it is the map's own (until the user pans or zooms): a
   * recorded camera (layout coordinates), or these nodes; null for everything visible.
   */
  frameTarget: { bounds: readonly [number, number, number, number] } | { ids: ReadonlySet<string> } | null = null;
  /** Large type and stronger lines, for a projector. */
  present = false;
  /** Px at the bottom of the graph covered by an overlay (a tour's caption bar); framing leaves them free. */
  insetBottom = 0;

  private readonly layoutCtl = new LayoutController(this);
  private readonly viewport = new ViewportController(this);
  private readonly pointer = new PointerController(this);
  private readonly keyboard = new KeyboardController(this);
  private readonly themeCtl = new ThemeController(this, () => this.themeChanged());
  private renderer: CanvasRenderer | null = null;
  private readonly hits = new HitTester();
  private display: Display | null = null;
  private hovered: string | null = null;
  private focusId: string | null = null;
  private showFocus = false;
  private pendingDraw = 0;
  private renderTheme: RenderTheme = lightTheme;
  private _stats: GraphStats = { ticks: 0, frames: 0, firstFrameAt: null, settledAt: null };
  private lastGraph: unknown = null;
  private wheelHint: ReturnType<typeof setTimeout> | 0 = 0;

  /** Counts and `performance.now()` times, so any harness can measure the element from outside. */
  get stats(): GraphStats {
    return { ...this._stats, ticks: this.layoutCtl.ticks };
  }

  /** The node the keyboard cursor is on. */
  get focusedNode(): string | null {
    return this.focusId;
  }

  /** Ids of the nodes shown under the current filters and focus. */
  get visibleIds(): ReadonlySet<string> {
    return this.display?.visible ?? new Set();
  }

  /** Node ids whose labels the last frame drew. */
  get drawnLabels(): ReadonlySet<string> {
    return this.renderer?.lastLabels ?? new Set();
  }

  override render() {
    const count = this.index?.nodes.length ?? 0;
    return html`<canvas
      part="canvas"
      tabindex="0"
      role="application"
      aria-roledescription="concept map"
      aria-label=${count
        ? `Concept map, ${count} nodes. Arrow keys move between connected nodes, Enter opens one, plus and minus zoom, 0 fits.`
        : 'Concept map, empty'}
    ></canvas>
    <div class="wheel-hint" ?hidden=${!this.wheelHint} aria-hidden="true">Click the map, or hold ${isMac() ? '⌘' : 'Ctrl'}, to zoom with the wheel</div>`;
  }

  protected override firstUpdated(): void {
    const canvas = this.renderRoot.querySelector('canvas')!;
    this.renderer = new CanvasRenderer(canvas);
    this.viewport.attach(canvas);
    this.pointer.attach(canvas);
    this.keyboard.attach(canvas);
    this.themeChanged();
    this.renderer.warmFonts(this.renderTheme.fontFamily, this.renderTheme.fontSize);
    warmUp(this.renderTheme);
  }

  private loadGraph(changed: PropertyValues<this>): void {
    if (changed.has('graph') && this.graph !== this.lastGraph) {
      this.lastGraph = this.graph;
      if (this.graph == null) this.index = null;
      else if (this.graph instanceof GraphIndex) {
        mapArrived();
        this.index = this.graph;
      } else {
        const result = validateDocument(this.graph);
        if (result.ok) {
          mapArrived();
          this.index = new GraphIndex(result.document);
        } else {
          this.index = null;
          this.reportError(result.errors);
        }
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('insetBottom')) this.viewport.insetBottom = this.insetBottom;
    this.loadGraph(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const newLayout = changed.has('index') || changed.has('seed') || (changed.has('static') && changed.get('static') !== undefined);
    const before = changed.has('index') ? undefined : this.display?.visible;
    // What is shown first, so a new layout frames the nodes that are actually visible.
    this.display = this.index ? deriveDisplay(this.index, this.viewState()) : null;
    if (newLayout) this.loadLayout();
    if (changed.has('theme')) this.themeCtl.setTheme(this.theme);
    // Per-kind colours are read for the kinds the document has.
    else if (changed.has('index') || changed.has('present')) this.themeChanged();
    const layout = this.layoutCtl.layout;
    if (this.display && layout) {
      // The hit tester learns the nodes and what is visible when those change, not on a hover.
      if (newLayout || !before || before !== this.display.visible) this.hits.update(layout.nodes, (i) => this.display?.nodes[i]?.visible ?? false);
      // Filters or focus changed what is shown: while the camera is still the map's own, keep it framed.
      if (before && this.viewport.autoFit && !sameSet(before, this.display.visible)) this.viewport.fitBounds(this.visibleBounds(layout), true);
    }
    // A new map is drawn at once rather than on the next animation frame: it reaches the screen
    // with the same paint, up to a frame sooner.
    if (!newLayout || !this.isConnected) return this.requestDraw();
    cancelAnimationFrame(this.pendingDraw);
    this.pendingDraw = 0;
    const { pending } = this;
    pending.scene = pending.motion = pending.camera = pending.hover = false;
    this.lastDrawAt = performance.now();
    this.drawNow();
  }

  private viewState(): ViewState {
    return {
      ...initialViewState,
      selected: this.selected && this.index?.has(this.selected) ? this.selected : null,
      hovered: this.hovered,
      highlighted: this.highlighted,
      query: this.query,
      kinds: this.kinds,
      years: this.years,
      depth: this.depth,
      spotlight: this.spotlight,
    };
  }

  private loadLayout(): void {
    this._stats = { ticks: 0, frames: 0, firstFrameAt: null, settledAt: null };
    this.focusId = null;
    this.viewport.autoFit = true;
    if (!this.index) {
      this.layoutCtl.layout = null;
      return;
    }
    this.layoutCtl.load(this.index.document, this.seed, !this.static && !reducedMotion());
  }

  private reportError(errors: ValidationIssue[]): void {
    fire(this, 'concept-error', { message: formatIssues(errors) });
  }

  private themeChanged(): void {
    const base = this.themeCtl.dark ? darkTheme : lightTheme;
    const cs = getComputedStyle(this);
    const read = (name: string) => cs.getPropertyValue(name).trim();
    const kindColors = new Map<string, string>();
    for (const kind of this.index?.kinds() ?? []) {
      const v = read(`--concept-kind-${kind}`);
      if (v) kindColors.set(kind, v);
    }
    this.renderTheme = {
      ...base,
      label: read('--concept-label-color') || base.label,
      labelHalo: read('--concept-label-halo') || base.labelHalo,
      link: read('--concept-link-color') || base.link,
      focus: read('--concept-focus-color') || base.focus,
      fontFamily: read('--concept-font') || base.fontFamily,
      fontSize: Number.parseFloat(read('--concept-label-size')) || base.fontSize,
      kindColors,
    };
    // On a projector, across a room: larger type (sized to the screen in frame(): a room sees
    // the slide, not the pixels), and lines and labels at full strength.
    if (this.present) {
      this.renderTheme = {
        ...this.renderTheme,
        link: base.dark ? 'rgba(203, 213, 225, 0.55)' : 'rgba(51, 65, 85, 0.5)',
        linkStructure: base.dark ? 'rgba(251, 146, 60, 0.85)' : 'rgba(154, 52, 18, 0.8)',
        label: read('--concept-label-color') || (base.dark ? '#ffffff' : '#000000'),
      };
    }
    if (this.themeCtl.forced) this.renderTheme = forcedTheme(this.renderTheme, this.index?.kinds() ?? []);
    this.requestDraw();
  }

  // ---- drawing

  /**
   * Draws on the next animation frame. `reason` says what changed:
   * - `motion`: only the worker's layout moved on. Those frames are spaced to leave three quarters
   *   of the main thread free, so input keeps the screen's rate and the layout worker keeps a core.
   * - `camera`: only the camera moved (a pan, a zoom, a flight). A dense map's last picture is
   *   then moved and scaled as an image (a few ms, where drawing 20,000 nodes takes tens), and
   *   drawn afresh once the camera has been still for CAMERA_SETTLE_MS.
   * - `hover`: only the hover moved. A dense map's last picture is faded and what the hover lights
   *   drawn over it (`CanvasRenderer.blitHover`).
   * - `scene` (anything else: a filter, a selection, a resize): drawn on the next frame.
   */
  requestDraw(reason: 'scene' | 'motion' | 'camera' | 'hover' = 'scene'): void {
    this.pending[reason] = true;
    if (this.pendingDraw || !this.isConnected) return;
    this.pendingDraw = requestAnimationFrame((t) => this.animationFrame(t));
  }

  private readonly pending = { scene: false, motion: false, camera: false, hover: false };
  private cameraSettle: ReturnType<typeof setTimeout> | 0 = 0;
  private lastDrawAt = -Infinity;
  private lastFrameAt = 0;
  private drewLastFrame = false;
  /** Recent time from a drawn frame to the next frame, ms: what a frame with a draw costs. */
  private frameCost = 1000 / 60;

  private animationFrame(t: number): void {
    this.pendingDraw = 0;
    if (this.drewLastFrame) this.frameCost = this.frameCost * 0.7 + Math.min(250, t - this.lastFrameAt) * 0.3;
    this.lastFrameAt = t;
    this.drewLastFrame = false;
    const { pending } = this;
    const motionDue = pending.motion && t - this.lastDrawAt >= MOTION_SHARE * this.frameCost - 1;
    if (!pending.scene && !motionDue && (pending.camera || pending.hover)) {
      // The camera or the hover alone changed: on a dense map, move or fade the last picture.
      const frame = this.frame();
      const lit = this.hovered !== null && this.highlighted === null;
      let done = false;
      if (frame && this.renderer) {
        // A picture taken under this same hover is moved as it is.
        if (pending.hover || lit) done = this.renderer.blitHover(frame, lit);
        if (!done && !pending.hover) done = this.renderer.blit(frame.transform);
      }
      if (done) {
        this._stats.frames++;
        if (pending.camera) {
          // Drawn afresh once the camera rests.
          if (this.cameraSettle) clearTimeout(this.cameraSettle);
          this.cameraSettle = setTimeout(() => {
            this.cameraSettle = 0;
            this.requestDraw();
          }, CAMERA_SETTLE_MS);
        }
        pending.camera = pending.hover = false;
      }
    }
    if (!pending.scene && !motionDue && !pending.camera && !pending.hover) {
      if (pending.motion) this.pendingDraw = requestAnimationFrame((next) => this.animationFrame(next));
      return;
    }
    const motionOnly = !pending.scene && !pending.camera && !pending.hover;
    if (motionOnly && this.drawPicture(t)) {
      this.drewLastFrame = this.pendingDraw !== 0;
      return;
    }
    this.lastDrawAt = t;
    pending.scene = pending.motion = pending.camera = pending.hover = false;
    this.drawNow();
    // Only a frame asked for at once measures the cost of this one; a later one measures idle time.
    this.drewLastFrame = this.pendingDraw !== 0;
  }

  /**
   * A frame of a dense map moving under the worker's layout: its links and nodes as the worker
   * painted them (`paintDense`), and only figures, rings and labels drawn here. That spares the
   * page's thread the rasterising (about 10 ms a frame at 1,000 nodes, traced), which made most
   * such frames miss a screen refresh. A picture is asked for when a frame is due, so it shows
   * positions a few ms old (one asked for at once after the last would be overtaken by newer
   * positions before its turn). True when the frame is dealt with: drawn, or waiting for the
   * picture on its way.
   */
  private drawPicture(t: number): boolean {
    const painter = this.layoutCtl.painter;
    const frame = this.frame();
    const renderer = this.renderer;
    if (!painter || !frame || !renderer?.isDense(frame)) return false;
    const picture = painter.picture();
    if (picture === null) return true;
    // One asked for before the last frame drawn here may show what was lit or shown then, or be
    // for another size of canvas (a resize draws a frame).
    if (picture?.key !== this.drawn) {
      picture?.image.close();
      painter.ask({ plan: renderer.densePlan(frame), view: renderer.view(frame), key: this.drawn });
      return true;
    }
    // While the map frames itself, with the camera it was painted with (fitted to the positions
    // of a frame before): moving and scaling the whole picture costs the page's thread 10-35 ms,
    // resampling it in software, where a copy costs a few.
    if (this.viewport.autoFit) frame.transform = this.viewport.transform = picture.view;
    this.lastDrawAt = t;
    this.pending.motion = false;
    renderer.draw(frame, true, picture);
    picture.image.close();
    this._stats.frames++;
    // A frame at once after, as after a frame drawn here: the time between measures what a
    // picture frame costs, which spaces the next (MOTION_SHARE).
    this.requestDraw('motion');
    return true;
  }

  /** Frames drawn here (not from the worker's pictures): a picture asked for before the last is out of date. */
  private drawn = 0;

  /** Empty frames drawn to have the browser allocate the canvas before a map comes (`CanvasRenderer.prime`). */
  private primed = 0;

  /** Draws synchronously (export and tests use it; frames normally come from requestDraw). */
  drawNow(): void {
    const layout = this.layoutCtl.layout;
    if (!this.renderer) return;
    if (!layout || !this.display) {
      // No document (or an invalid one): an empty canvas, not the last map's picture. Sized
      // already, so the first map's frame does not also pay for allocating the canvas.
      const { width, height } = this.viewport;
      if (width > 0 && height > 0) this.renderer.resize(width, height, this.viewport.dpr);
      this.renderer.clear();
      // Twice, as the browser keeps two buffers; the third frame clears the pixel away.
      if (width > 0 && height > 0 && this.primed < 2) {
        this.primed++;
        this.renderer.prime();
        this.requestDraw();
      }
      return;
    }
    const frame = this.frame();
    if (!frame) return;
    this.renderer.resize(frame.width, frame.height, this.viewport.dpr);
    this.renderer.draw(frame);
    this.drawn++;
    this._stats.frames++;
    if (this._stats.firstFrameAt === null) this._stats.firstFrameAt = performance.now();
    this.layoutCtl.afterDraw();
  }

  /** What a draw would show now, or null when there is nothing to draw (no layout, no size). */
  private frame(): Frame | null {
    const layout = this.layoutCtl.layout;
    const { width, height } = this.viewport;
    if (!layout || !this.display || width === 0 || height === 0) return null;
    // Present mode sizes labels to the screen: 16 px at 1280 wide, 22 px at 1920.
    const theme = this.present ? { ...this.renderTheme, fontSize: Math.round(Math.min(26, Math.max(16, width / 85)) * (this.renderTheme.fontSize / 12)) } : this.renderTheme;
    return {
      width,
      height,
      nodes: layout.nodes,
      display: this.display,
      transform: this.viewport.transform,
      theme,
      focusId: this.focusId,
      showFocus: this.showFocus,
    };
  }

  /**
   * The current view as a standalone SVG document: what the canvas shows, the labels where the
   * canvas put them, a legend of the kinds on screen, and the title and caption given.
   */
  exportSVG(extras: Omit<SvgExtras, 'legend'> = {}): string {
    this.drawNow();
    const frame = this.frame();
    if (!frame || !this.renderer) throw new Error('Nothing to export: the map has no size or no document yet.');
    return renderSvg({ ...frame, showFocus: false }, this.renderer.lastPlacement, { ...extras, legend: this.legend(frame) });
  }

  private legend(frame: Frame): SvgExtras['legend'] {
    const counts = new Map<string, number>();
    for (const d of frame.display.nodes) if (d.visible) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
    const order = [...KIND_ORDER.filter((k) => counts.has(k)), ...[...counts.keys()].filter((k) => !(KIND_ORDER as readonly string[]).includes(k))];
    return order.map((kind) => {
      const style = kindStyle(kind);
      const color = frame.theme.kindColors.get(kind) ?? (frame.theme.dark ? style.dark : style.light);
      return { label: style.label, color, shape: style.shape, count: counts.get(kind) ?? 0 };
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.pendingDraw) cancelAnimationFrame(this.pendingDraw);
    this.pendingDraw = 0;
    if (this.wheelHint) clearTimeout(this.wheelHint);
    this.wheelHint = 0;
    if (this.cameraSettle) clearTimeout(this.cameraSettle);
    this.cameraSettle = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestDraw();
  }

  // ---- layout host

  layoutFrame(layout: ForceLayout): void {
    this.layoutReason = this.layoutCtl.runsIn === 'worker' ? 'motion' : 'scene';
    if (this.viewport.autoFit) this.viewport.fitBounds(this.visibleBounds(layout), false);
    this.requestDraw(this.layoutReason);
    this.layoutReason = null;
  }

  /** Set while a layout frame refits the camera: that camera change is part of the layout's frame. */
  private layoutReason: 'motion' | 'scene' | null = null;

  layoutEnd(layout: ForceLayout): void {
    this._stats.settledAt = performance.now();
    if (this.viewport.autoFit) this.viewport.fitBounds(this.visibleBounds(layout), false);
    this.requestDraw();
    fire(this, 'concept-layout-end', {});
  }

  // ---- viewport host

  viewportChanged(): void {
    this.requestDraw(this.layoutReason ?? 'camera');
  }

  viewportResized(first: boolean): void {
    // A panel opening beside the map narrows it: glide to the new framing rather than jump,
    // so the node just clicked does not leap away from the pointer.
    if (this.viewport.autoFit && this.layoutCtl.layout) this.viewport.fitBounds(this.visibleBounds(this.layoutCtl.layout), !first);
    this.requestDraw();
  }

  private visibleBounds(layout: ForceLayout) {
    const target = this.frameTarget;
    if (target && 'bounds' in target) {
      const [x0, y0, x1, y1] = target.bounds;
      return { x0, y0, x1, y1 };
    }
    const visible = this.display?.visible;
    if (target && 'ids' in target && visible) {
      const shown = [...target.ids].filter((id) => visible.has(id));
      const bounds = shown.length ? layout.bounds(shown) : null;
      if (bounds) return bounds;
    }
    // Everything shown: the box of all nodes, without looking each id up (every layout frame).
    if (!visible || visible.size >= layout.nodes.length) return layout.bounds();
    return (visible.size ? layout.bounds(visible) : null) ?? layout.bounds();
  }

  /**
   * Gives the camera back to the map and frames `frameTarget` (a tour step does this), flying
   * there unless the reader prefers reduced motion.
   */
  reframe(animate = true): void {
    this.viewport.autoFit = true;
    const layout = this.layoutCtl.layout;
    if (layout) this.viewport.fitBounds(this.visibleBounds(layout), animate && !reducedMotion(), this.frameTarget ? 2.5 : 2);
  }

  /** The part of the layout on screen now, `[x0, y0, x1, y1]`: what "Add step" records. */
  cameraBounds(): [number, number, number, number] | null {
    const { width, height } = this.viewport;
    if (!width || !height || !this.layoutCtl.layout) return null;
    const [x0, y0] = this.viewport.toWorld(0, 0);
    const [x1, y1] = this.viewport.toWorld(width, height);
    return [x0, y0, x1, y1];
  }

  /** The user moved the camera: a pan, a pinch or the wheel. */
  userMovedCamera(): void {
    fire(this, 'concept-camera', {});
  }

  isOverNodeAt(x: number, y: number): boolean {
    return this.nodeAt(x, y) !== null;
  }

  local(event: { clientX: number; clientY: number }): [number, number] {
    return this.pointer.local(event);
  }

  /** A wheel scrolled past: the page keeps scrolling, and a hint says how to zoom. */
  wheelIgnored(): void {
    if (this.wheelHint) clearTimeout(this.wheelHint);
    this.wheelHint = setTimeout(() => {
      this.wheelHint = 0;
      this.requestUpdate();
    }, 1600);
    this.requestUpdate();
  }

  // ---- pointer host

  nodeAt(sx: number, sy: number): LayoutNode | null {
    if (!this.layoutCtl.layout) return null;
    const [wx, wy] = this.viewport.toWorld(sx, sy);
    return this.hits.find(wx, wy, 4 / this.viewport.transform.k);
  }

  toWorld(sx: number, sy: number): [number, number] {
    return this.viewport.toWorld(sx, sy);
  }

  pointerHover(id: string | null): void {
    this.hovered = id;
    // A hover changes emphasis only: what is visible, and so the hit-test tree, stays.
    if (this.index) this.display = deriveDisplay(this.index, this.viewState());
    this.requestDraw('hover');
    fire(this, 'concept-hover', { id });
  }

  pointerClick(id: string | null): void {
    this.showFocus = false;
    if (id) this.focusId = id;
    this.select(id, 'pointer');
  }

  dragStart(node: LayoutNode): void {
    this.viewport.autoFit = false;
    this.layoutCtl.pin(node.id, node.x, node.y);
  }

  dragMove(node: LayoutNode, x: number, y: number): void {
    if (!this.layoutCtl.layout) return;
    this.layoutCtl.pin(node.id, x, y);
    if (this.static) {
      node.x = x;
      node.y = y;
      this.requestDraw();
    } else {
      this.layoutCtl.reheat(0.3);
      // The dragged node is drawn where the pointer is now, not when the next positions arrive.
      this.requestDraw();
    }
  }

  dragEnd(node: LayoutNode): void {
    this.layoutCtl.release(node.id);
  }

  // ---- keyboard host

  moveFocus(direction: Direction): void {
    if (!this.index || !this.display || !this.layoutCtl.layout) return;
    const layout = this.layoutCtl.layout;
    const visible = this.display.visible;
    let next: string | null;
    if (!this.focusId || !visible.has(this.focusId)) next = this.firstFocus();
    else next = neighbourInDirection(this.index, (id) => layout.node(id), this.focusId, direction, visible);
    if (next) this.setFocus(next);
  }

  private firstFocus(): string | null {
    if (!this.index || !this.display) return null;
    return firstNode(this.index, this.display.visible, this.selected);
  }

  private setFocus(id: string): void {
    this.focusId = id;
    const n = this.layoutCtl.layout?.node(id);
    if (n) this.viewport.reveal(n.x, n.y);
    this.requestDraw();
    fire(this, 'concept-focus', { id });
  }

  activate(): void {
    if (!this.focusId) {
      const first = this.firstFocus();
      if (first) this.setFocus(first);
      return;
    }
    this.select(this.focusId, 'keyboard');
    fire(this, 'concept-activate', { id: this.focusId });
  }

  escape(): boolean {
    if (this.selected === null) return false;
    this.select(null, 'keyboard');
    return true;
  }

  keyboardFocus(visible: boolean): void {
    if (visible && !this.focusId) this.focusId = this.firstFocus();
    // Announce where the cursor is when the ring appears, not again on every key.
    if (visible && !this.showFocus && this.focusId) fire(this, 'concept-focus', { id: this.focusId });
    this.showFocus = visible;
    this.requestDraw();
  }

  // ---- public methods

  zoomBy(factor: number): void {
    this.viewport.autoFit = false;
    this.viewport.zoomBy(factor);
  }

  /** Frames the whole visible graph (or the given ids), and keeps it framed until the user moves the camera. */
  zoomToFit(ids?: Iterable<string>, animate = true): void {
    const layout = this.layoutCtl.layout;
    if (!layout) return;
    if (ids) this.viewport.fitBounds(layout.bounds(ids), animate);
    else {
      this.viewport.fitBounds(this.visibleBounds(layout), animate);
      this.viewport.autoFit = true;
    }
  }

  /** Flies the camera to a node. */
  centerOn(id: string, animate = true): void {
    const n = this.layoutCtl.layout?.node(id);
    if (!n) return;
    this.viewport.autoFit = false;
    this.viewport.centerOn(n.x, n.y, animate, 1.2);
  }

  /** Moves keyboard focus into the graph, onto a node. */
  focusNode(id: string): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (this.index?.has(id)) this.focusId = id;
    canvas?.focus();
    this.showFocus = true;
    this.requestDraw();
  }

  /** Screen position (CSS px, relative to the element) of a node, for tests and overlays. */
  screenPosition(id: string): { x: number; y: number } | null {
    const n = this.layoutCtl.layout?.node(id);
    if (!n) return null;
    const t = this.viewport.transform;
    return { x: n.x * t.k + t.x, y: n.y * t.k + t.y };
  }

  private select(id: string | null, source: 'pointer' | 'keyboard'): void {
    if (id === this.selected) return;
    this.selected = id;
    fire(this, 'concept-select', { id, source });
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fitTransform, MAX_ZOOM, MIN_ZOOM, type Bounds, type Transform } from '../../render/Transform.js';

export interface ViewportHost extends ReactiveControllerHost, HTMLElement {
  /** The camera moved: draw a frame. */
  viewportChanged(): void;
  /** The element changed size (`first`: its first size). */
  viewportResized(first: boolean): void;
  /** Whether a pan may start here: node drags are the pointer controller's. */
  isOverNodeAt(x: number, y: number): boolean;
  /** Target-relative CSS px for a pointer event, corrected for CSS transforms on ancestors. */
  local(event: { clientX: number; clientY: number }): [number, number];
  /** The user panned or zoomed. */
  userMovedCamera(): void;
  /** A wheel went by without zooming (the map did not have focus): say how to zoom. */
  wheelIgnored(): void;
}

/**
 * The camera: size (ResizeObserver, device pixel ratio), pan and zoom (wheel, pinch, drag on the
 * background), zoom-to-fit and animated flights. The user touching the camera ends auto-fitting,
 * so a map that is still laying itself out stops jumping under their hand.
 *
 * The wheel zooms only while the map has focus, or with Ctrl/⌘ (a trackpad pinch sends that):
 * in an article the page must scroll past the map. Written on Pointer Events rather than d3-zoom,
 * whose transitions, colours and interpolators were a third of the embeddable bundle.
 */
export class ViewportController implements ReactiveController {
  width = 0;
  height = 0;
  dpr = 1;
  transform: Transform = { x: 0, y: 0, k: 1 };
  /** True until the user pans or zooms: the layout keeps itself framed while it settles. */
  autoFit = true;
  private target: HTMLElement | null = null;
  private observer: ResizeObserver | null = null;
  private flight = 0;
  /** Pointers down on the background, in target CSS px. */
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private gesture: { kind: 'pan'; x: number; y: number; t: Transform } | { kind: 'pinch'; cx: number; cy: number; dist: number; t: Transform } | null = null;

  constructor(private readonly host: ViewportHost) {
    host.addController(this);
  }

  /** Binds to the element that receives pointer input (the canvas). */
  attach(target: HTMLElement): void {
    this.detach();
    this.target = target;
    target.addEventListener('wheel', this.onWheel, { passive: false });
    target.addEventListener('pointerdown', this.onDown);
    target.addEventListener('pointermove', this.onMove);
    target.addEventListener('pointerup', this.onUp);
    target.addEventListener('pointercancel', this.onUp);
    this.observe(target);
    this.measure(target);
  }

  hostConnected(): void {
    if (this.target && !this.observer) this.observe(this.target);
  }

  private observe(target: HTMLElement): void {
    this.observer = new ResizeObserver(() => this.measure(target));
    this.observer.observe(this.host);
    // An ancestor's transform changing (a deck rescaling on a window resize) resizes nothing
    // the observer sees.
    this.onWindowResize = () => this.measure(target);
    window.addEventListener('resize', this.onWindowResize);
  }

  private onWindowResize: (() => void) | null = null;


  hostDisconnected(): void {
    this.stopObserving();
    this.cancelFlight();
    this.pointers.clear();
    this.gesture = null;
  }

  private detach(): void {
    const t = this.target;
    if (t) {
      t.removeEventListener('wheel', this.onWheel);
      t.removeEventListener('pointerdown', this.onDown);
      t.removeEventListener('pointermove', this.onMove);
      t.removeEventListener('pointerup', this.onUp);
      t.removeEventListener('pointercancel', this.onUp);
    }
    this.target = null;
    this.stopObserving();
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.onWindowResize) window.removeEventListener('resize', this.onWindowResize);
    this.onWindowResize = null;
  }

  private measure(target: HTMLElement): void {
    // clientWidth ignores CSS transforms, so a scaled container still gets a layout-sized canvas.
    const width = target.clientWidth;
    const height = target.clientHeight;
    // A deck that scales its slides up (a 1280-wide slide on a 1920-wide projector) would stretch
    // the canvas and blur the text: draw at the size the screen shows, up to 4 device px per px.
    const shown = target.offsetWidth > 0 ? target.getBoundingClientRect().width / target.offsetWidth : 1;
    const dpr = Math.min(4, (window.devicePixelRatio || 1) * Math.max(1, shown));
    if (width === this.width && height === this.height && dpr === this.dpr) return;
    const first = this.width === 0 || this.height === 0;
    this.width = width;
    this.height = height;
    this.dpr = dpr;
    this.host.viewportResized(first);
  }

  /** Sets the camera without counting as a user gesture. */
  setTransform(t: Transform): void {
    this.transform = { x: t.x, y: t.y, k: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k)) };
    this.host.viewportChanged();
  }

  /** A camera move the user made: it ends auto-fitting and any flight, and pauses a tour. */
  private userSets(t: Transform): void {
    this.autoFit = false;
    this.cancelFlight();
    this.setTransform(t);
    this.host.userMovedCamera();
  }

  /** Zooms by `factor` keeping the target point (x, y) where it is on screen. */
  private zoomAround(x: number, y: number, factor: number, from = this.transform): Transform {
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, from.k * factor));
    return { k, x: x - ((x - from.x) / from.k) * k, y: y - ((y - from.y) / from.k) * k };
  }

  private hasFocus(): boolean {
    const t = this.target;
    if (!t) return false;
    const root = t.getRootNode() as Document | ShadowRoot;
    return root.activeElement === t;
  }

  private onWheel = (e: WheelEvent): void => {
    if (!(e.ctrlKey || e.metaKey || this.hasFocus())) {
      this.host.wheelIgnored();
      return;
    }
    e.preventDefault();
    // d3-zoom's wheel scale: lines and pages count more than pixels; a pinch (ctrl) is finer.
    const delta = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1);
    const [x, y] = this.host.local(e);
    this.userSets(this.zoomAround(x, y, Math.pow(2, delta)));
  };

  private onDown = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    const [x, y] = this.host.local(e);
    // A drag that starts on a node moves the node (PointerController), not the map.
    if (this.pointers.size === 0 && this.host.isOverNodeAt(x, y)) return;
    this.pointers.set(e.pointerId, { x, y });
    try {
      this.target?.setPointerCapture(e.pointerId);
    } catch {
      /* a pointer the browser no longer tracks: the gesture works without capture */
    }
    this.startGesture();
  };

  private startGesture(): void {
    const [a, b] = [...this.pointers.values()];
    if (a && b) {
      this.gesture = { kind: 'pinch', cx: (a.x + b.x) / 2, cy: (a.y + b.y) / 2, dist: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)), t: this.transform };
    } else if (a) this.gesture = { kind: 'pan', x: a.x, y: a.y, t: this.transform };
    else this.gesture = null;
  }

  private onMove = (e: PointerEvent): void => {
    const p = this.pointers.get(e.pointerId);
    const g = this.gesture;
    if (!p || !g) return;
    [p.x, p.y] = this.host.local(e);
    if (g.kind === 'pan') {
      // A click that wobbles a pixel is still a click, not a pan (which would pause a tour).
      if (this.transform === g.t && Math.hypot(p.x - g.x, p.y - g.y) < 3) return;
      this.userSets({ k: g.t.k, x: g.t.x + p.x - g.x, y: g.t.y + p.y - g.y });
      return;
    }
    const [a, b] = [...this.pointers.values()];
    if (!a || !b) return;
    const cx = (a.x + b.x) / 2;
    const cy = (a.y + b.y) / 2;
    const zoomed = this.zoomAround(g.cx, g.cy, Math.hypot(a.x - b.x, a.y - b.y) / g.dist, g.t);
    this.userSets({ k: zoomed.k, x: zoomed.x + cx - g.cx, y: zoomed.y + cy - g.cy });
  };

  private onUp = (e: PointerEvent): void => {
    if (!this.pointers.delete(e.pointerId)) return;
    // One finger left after a pinch goes on panning from where it is.
    this.startGesture();
  };

  /** Px at the bottom covered by something over the map (a tour's caption bar): framing leaves it free. */
  insetBottom = 0;

  fitBounds(bounds: Bounds | null, animate: boolean, maxK = 2): void {
    if (!bounds || this.width === 0 || this.height === 0) return;
    const height = Math.max(this.height * 0.5, this.height - this.insetBottom);
    const padY = Math.min(48, Math.max(16, height * 0.06));
    // Room for the labels of the outermost nodes, which run sideways past the node bounds.
    const padX = Math.min(140, Math.max(24, this.width * 0.09));
    this.flyTo(fitTransform(bounds, this.width, height, padX, padY, maxK), animate);
  }

  /** Centres a world point, zooming in to at least `minK`. */
  centerOn(x: number, y: number, animate: boolean, minK = 1): void {
    const k = Math.max(this.transform.k, minK);
    this.flyTo({ k, x: this.width / 2 - x * k, y: this.height / 2 - y * k }, animate);
  }

  /** Keeps a world point inside the viewport with a margin, panning only when needed. */
  reveal(x: number, y: number, margin = 60): void {
    const t = this.transform;
    const sx = x * t.k + t.x;
    const sy = y * t.k + t.y;
    if (sx >= margin && sy >= margin && sx <= this.width - margin && sy <= this.height - margin) return;
    this.centerOn(x, y, !reducedMotion(), t.k);
  }

  zoomBy(factor: number): void {
    this.flyTo(this.zoomAround(this.width / 2, this.height / 2, factor), !reducedMotion());
  }

  flyTo(target: Transform, animate: boolean): void {
    this.cancelFlight();
    if (!animate || reducedMotion()) {
      this.setTransform(target);
      return;
    }
    const from = this.transform;
    const start = performance.now();
    const duration = 450;
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / duration);
      const e = p < 0.5 ? 4 * p * p * p : 1 - Math.pow(-2 * p + 2, 3) / 2;
      // Interpolate the scale geometrically so zooming feels even.
      const k = from.k * Math.pow(target.k / from.k, e);
      this.setTransform({ k, x: from.x + (target.x - from.x) * e, y: from.y + (target.y - from.y) * e });
      this.flight = p < 1 ? requestAnimationFrame(step) : 0;
    };
    this.flight = requestAnimationFrame(step);
  }

  private cancelFlight(): void {
    if (this.flight) cancelAnimationFrame(this.flight);
    this.flight = 0;
  }

  toWorld(sx: number, sy: number): [number, number] {
    const t = this.transform;
    return [(sx - t.x) / t.k, (sy - t.y) / t.k];
  }
}

export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

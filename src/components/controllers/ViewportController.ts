import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { fitTransform, MAX_ZOOM, MIN_ZOOM, type Bounds, type Transform } from '../../render/Transform.js';

export interface ViewportHost extends ReactiveControllerHost, HTMLElement {
  /** The camera moved: draw a frame. */
  viewportChanged(): void;
  /** The element changed size (`first`: its first size). */
  viewportResized(first: boolean): void;
  /** d3-zoom must not start a pan on a node: node drags are the pointer controller's. */
  isOverNode(event: MouseEvent | TouchEvent): boolean;
  /** The user panned or zoomed. */
  userMovedCamera(): void;
}

/**
 * The camera: size (ResizeObserver, device pixel ratio), pan and zoom (d3-zoom: wheel, pinch,
 * drag on the background), zoom-to-fit and animated flights. The user touching the camera ends
 * auto-fitting, so a map that is still laying itself out stops jumping under their hand.
 */
export class ViewportController implements ReactiveController {
  width = 0;
  height = 0;
  dpr = 1;
  transform: Transform = { x: 0, y: 0, k: 1 };
  /** True until the user pans or zooms: the layout keeps itself framed while it settles. */
  autoFit = true;
  private zoom: ZoomBehavior<HTMLElement, unknown> | null = null;
  private selection: Selection<HTMLElement, unknown, null, undefined> | null = null;
  private observer: ResizeObserver | null = null;
  private flight = 0;
  private programmatic = false;

  constructor(private readonly host: ViewportHost) {
    host.addController(this);
  }

  /** Binds to the element that receives pointer input (the canvas). */
  attach(target: HTMLElement): void {
    this.detach();
    this.selection = select(target);
    this.zoom = d3zoom<HTMLElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .filter((event: MouseEvent | TouchEvent | WheelEvent) => {
        if (event.type === 'wheel') return true;
        if ('button' in event && event.button !== 0) return false;
        if (event.type === 'mousedown' || event.type === 'touchstart') return !this.host.isOverNode(event);
        return true;
      })
      .on('zoom', (event: { transform: Transform; sourceEvent: Event | null }) => {
        const { x, y, k } = event.transform;
        this.transform = { x, y, k };
        if (event.sourceEvent && !this.programmatic) {
          this.autoFit = false;
          this.cancelFlight();
          this.host.userMovedCamera();
        }
        this.host.viewportChanged();
      });
    this.selection.call(this.zoom).on('dblclick.zoom', null);
    this.observe(target);
    this.measure(target);
  }

  hostConnected(): void {
    if (this.selection && !this.observer) this.observe(this.selection.node()!);
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

  /** Measures again: for a page that changed the map's on-screen scale itself. */
  remeasure(): void {
    const target = this.selection?.node();
    if (target) this.measure(target);
  }

  hostDisconnected(): void {
    this.stopObserving();
    this.cancelFlight();
  }

  private detach(): void {
    this.selection?.on('.zoom', null);
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
    if (!this.zoom || !this.selection) {
      this.transform = t;
      return;
    }
    this.programmatic = true;
    this.zoom.transform(this.selection, zoomIdentity.translate(t.x, t.y).scale(t.k));
    this.programmatic = false;
  }

  fitBounds(bounds: Bounds | null, animate: boolean, maxK = 2): void {
    if (!bounds || this.width === 0 || this.height === 0) return;
    const padY = Math.min(48, Math.max(16, this.height * 0.06));
    // Room for the labels of the outermost nodes, which run sideways past the node bounds.
    const padX = Math.min(140, Math.max(24, this.width * 0.09));
    this.flyTo(fitTransform(bounds, this.width, this.height, padX, padY, maxK), animate);
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
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.transform.k * factor));
    const cx = this.width / 2;
    const cy = this.height / 2;
    const t = this.transform;
    this.flyTo({ k, x: cx - ((cx - t.x) / t.k) * k, y: cy - ((cy - t.y) / t.k) * k }, !reducedMotion());
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

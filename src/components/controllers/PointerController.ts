import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LayoutNode } from '../../layout/types.js';

export interface PointerHost extends ReactiveControllerHost {
  /** The node under a canvas-relative point (CSS px), or null. */
  nodeAt(sx: number, sy: number): LayoutNode | null;
  toWorld(sx: number, sy: number): [number, number];
  pointerHover(id: string | null): void;
  pointerClick(id: string | null): void;
  dragStart(node: LayoutNode): void;
  dragMove(node: LayoutNode, x: number, y: number): void;
  dragEnd(node: LayoutNode): void;
}

/** Screen px the pointer may travel between down and up and still be a click, not a drag. */
const CLICK_SLOP = 4;

/**
 * Hover, click and node drag on the canvas. Positions are corrected for CSS transforms and CSS
 * `zoom` on any ancestor (a reveal.js slide, a scaled container), where the box on screen and the
 * layout size differ: local = (client - box origin) / (screen px per CSS px). The viewport's
 * wheel, pinch and pan read the pointer through the same correction.
 */
export class PointerController implements ReactiveController {
  private target: HTMLElement | null = null;
  private down: { clientX: number; clientY: number; id: number; node: LayoutNode | null; moved: boolean } | null = null;
  private hovered: string | null = null;

  constructor(private readonly host: PointerHost) {
    host.addController(this);
  }

  attach(target: HTMLElement): void {
    this.detach();
    this.target = target;
    target.addEventListener('pointermove', this.onMove);
    target.addEventListener('pointerdown', this.onDown);
    target.addEventListener('pointerup', this.onUp);
    target.addEventListener('pointercancel', this.onCancel);
    target.addEventListener('pointerleave', this.onLeave);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.down = null;
  }

  private detach(): void {
    const t = this.target;
    if (!t) return;
    t.removeEventListener('pointermove', this.onMove);
    t.removeEventListener('pointerdown', this.onDown);
    t.removeEventListener('pointerup', this.onUp);
    t.removeEventListener('pointercancel', this.onCancel);
    t.removeEventListener('pointerleave', this.onLeave);
    this.target = null;
  }

  /**
   * Where the target's content box is on screen: its origin in client px, and screen px per CSS px
   * along each axis (`rect.width / offsetWidth`; 1 unscaled, 0.5 in a slide shown at half size).
   */
  private screenBox(): { left: number; top: number; scaleX: number; scaleY: number } {
    const t = this.target!;
    const rect = t.getBoundingClientRect();
    const scaleX = t.offsetWidth && rect.width ? rect.width / t.offsetWidth : 1;
    const scaleY = t.offsetHeight && rect.height ? rect.height / t.offsetHeight : 1;
    // The bounding box is the border box; content coordinates start inside the border.
    return { left: rect.left + t.clientLeft * scaleX, top: rect.top + t.clientTop * scaleY, scaleX, scaleY };
  }

  /** Canvas-relative CSS px for a pointer event, undoing ancestor transforms and zoom. */
  local(event: { clientX: number; clientY: number }): [number, number] {
    const b = this.screenBox();
    return [(event.clientX - b.left) / b.scaleX, (event.clientY - b.top) / b.scaleY];
  }

  private setHover(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    if (this.target) this.target.style.cursor = id ? 'pointer' : '';
    this.host.pointerHover(id);
  }

  private onMove = (event: PointerEvent): void => {
    const [x, y] = this.local(event);
    const d = this.down;
    if (d && d.id === event.pointerId) {
      if (!d.moved && Math.hypot(event.clientX - d.clientX, event.clientY - d.clientY) > CLICK_SLOP) {
        d.moved = true;
        if (d.node) this.host.dragStart(d.node);
      }
      if (d.moved && d.node) {
        const [wx, wy] = this.host.toWorld(x, y);
        this.host.dragMove(d.node, wx, wy);
      }
      return;
    }
    if (event.pointerType === 'touch') return;
    this.setHover(this.host.nodeAt(x, y)?.id ?? null);
  };

  private onDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const [x, y] = this.local(event);
    const node = this.host.nodeAt(x, y);
    this.down = { clientX: event.clientX, clientY: event.clientY, id: event.pointerId, node, moved: false };
    if (node) {
      // Keep receiving moves when the pointer leaves the canvas mid-drag. Capture throws for a
      // pointer the browser no longer tracks (a synthetic or already-lifted one); the drag works without it.
      try {
        this.target?.setPointerCapture(event.pointerId);
      } catch {
        /* no capture: moves outside the canvas are missed, nothing else */
      }
    }
  };

  private onUp = (event: PointerEvent): void => {
    const d = this.down;
    if (!d || d.id !== event.pointerId) return;
    this.down = null;
    if (this.target?.hasPointerCapture(event.pointerId)) this.target.releasePointerCapture(event.pointerId);
    if (d.moved) {
      if (d.node) this.host.dragEnd(d.node);
      return;
    }
    this.host.pointerClick(d.node?.id ?? null);
  };

  private onCancel = (event: PointerEvent): void => {
    const d = this.down;
    if (d && d.id === event.pointerId && d.moved && d.node) this.host.dragEnd(d.node);
    this.down = null;
  };

  private onLeave = (): void => {
    if (!this.down) this.setHover(null);
  };
}

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

const CLICK_SLOP = 4;

/**
 * Hover, click and node drag on the canvas. Positions are corrected for CSS transforms on any
 * ancestor (a scaled slide or container), where the bounding box and the layout size differ.
 */
export class PointerController implements ReactiveController {
  private target: HTMLElement | null = null;
  private down: { x: number; y: number; id: number; node: LayoutNode | null; moved: boolean } | null = null;
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
  }

  /** Canvas-relative CSS px for a pointer event, undoing ancestor transforms. */
  local(event: { clientX: number; clientY: number }): [number, number] {
    const t = this.target!;
    const rect = t.getBoundingClientRect();
    const sx = rect.width ? t.clientWidth / rect.width : 1;
    const sy = rect.height ? t.clientHeight / rect.height : 1;
    return [(event.clientX - rect.left) * sx, (event.clientY - rect.top) * sy];
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
      if (!d.moved && Math.hypot(x - d.x, y - d.y) > CLICK_SLOP) {
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
    this.down = { x, y, id: event.pointerId, node, moved: false };
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

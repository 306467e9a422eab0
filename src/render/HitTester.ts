import type { LayoutNode } from '../layout/types.js';

/**
 * Finds the node under a point by one pass over the nodes. A quadtree pays off only when many
 * finds share one set of positions, and a moving layout changes them between most finds: building
 * one for 20,000 nodes costs tens of milliseconds, a pass well under one.
 */
export class HitTester {
  private nodes: readonly LayoutNode[] = [];
  private isVisible: (i: number) => boolean = () => true;

  update(nodes: readonly LayoutNode[], isVisible: (index: number) => boolean): void {
    this.nodes = nodes;
    this.isVisible = isVisible;
  }

  /**
   * The visible node nearest the point, if the point is within its radius plus `slop` (world
   * units); the first in node order among equally near ones.
   */
  find(x: number, y: number, slop: number): LayoutNode | null {
    let best: LayoutNode | null = null;
    let bestD = Infinity;
    for (let i = 0; i < this.nodes.length; i++) {
      const n = this.nodes[i]!;
      const dx = n.x - x;
      const dy = n.y - y;
      const d = dx * dx + dy * dy;
      if (d < bestD && this.isVisible(i)) {
        bestD = d;
        best = n;
      }
    }
    return best && Math.sqrt(bestD) <= best.radius + slop ? best : null;
  }
}

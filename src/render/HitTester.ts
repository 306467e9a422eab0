import { quadtree, type Quadtree } from 'd3-quadtree';
import type { LayoutNode } from '../layout/types.js';

/**
 * Finds the node under a point with a quadtree instead of testing every node. Rebuilt lazily:
 * positions move every layout frame, but the pointer asks far less often.
 */
export class HitTester {
  private tree: Quadtree<LayoutNode> | null = null;
  private maxRadius = 0;
  private nodes: readonly LayoutNode[] = [];
  private isVisible: (i: number) => boolean = () => true;

  update(nodes: readonly LayoutNode[], isVisible: (index: number) => boolean): void {
    this.nodes = nodes;
    this.isVisible = isVisible;
    this.tree = null;
  }

  /** Marks positions as moved. */
  invalidate(): void {
    this.tree = null;
  }

  /** The node whose shape (plus `slop` world units) contains the point, nearest first. */
  find(x: number, y: number, slop: number): LayoutNode | null {
    if (!this.tree) this.build();
    const found = this.tree!.find(x, y, this.maxRadius + slop);
    if (!found) return null;
    const dx = found.x - x;
    const dy = found.y - y;
    return Math.hypot(dx, dy) <= found.radius + slop ? found : null;
  }

  private build(): void {
    const visible: LayoutNode[] = [];
    let maxRadius = 0;
    for (let i = 0; i < this.nodes.length; i++) {
      if (!this.isVisible(i)) continue;
      const n = this.nodes[i]!;
      visible.push(n);
      if (n.radius > maxRadius) maxRadius = n.radius;
    }
    this.maxRadius = maxRadius;
    this.tree = quadtree<LayoutNode>()
      .x((n) => n.x)
      .y((n) => n.y)
      .addAll(visible);
  }
}

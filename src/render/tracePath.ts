import type { NodeShape } from '../view/kindStyle.js';

/**
 * The part of the canvas path API that `tracePath` uses: a CanvasRenderingContext2D, a Path2D or
 * an `SvgPath` (which writes an SVG path string instead).
 */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, counterclockwise?: boolean): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  closePath(): void;
}

/** Adds one node outline to the current path, so nodes of one style are filled in a single call. */
export function tracePath(ctx: PathSink, shape: NodeShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
    case 'dot':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
      return;
    case 'square': {
      const s = r * 0.9;
      ctx.rect(x - s, y - s, s * 2, s * 2);
      return;
    }
    case 'roundedSquare': {
      const s = r * 0.92;
      const c = s * 0.45;
      ctx.moveTo(x - s + c, y - s);
      ctx.arcTo(x + s, y - s, x + s, y + s, c);
      ctx.arcTo(x + s, y + s, x - s, y + s, c);
      ctx.arcTo(x - s, y + s, x - s, y - s, c);
      ctx.arcTo(x - s, y - s, x + s, y - s, c);
      ctx.closePath();
      return;
    }
    case 'diamond':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.2, y);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r * 1.2, y);
      ctx.closePath();
      return;
    case 'triangle': {
      const h = r * 1.25;
      ctx.moveTo(x, y - h);
      ctx.lineTo(x + h * 0.95, y + h * 0.65);
      ctx.lineTo(x - h * 0.95, y + h * 0.65);
      ctx.closePath();
      return;
    }
    case 'hexagon':
      polygon(ctx, x, y, r * 1.1, 6, 0);
      return;
    case 'pentagon':
      polygon(ctx, x, y, r * 1.1, 5, -Math.PI / 2);
      return;
  }
}

function polygon(ctx: PathSink, x: number, y: number, r: number, sides: number, start: number): void {
  for (let i = 0; i < sides; i++) {
    const a = start + (i * 2 * Math.PI) / sides;
    const px = x + r * Math.cos(a);
    const py = y + r * Math.sin(a);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
}

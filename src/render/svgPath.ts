import type { PathSink } from './tracePath.js';

const TAU = Math.PI * 2;

/** A coordinate for a path string: rounded to 2 decimals, no "-0". */
export function fmt(v: number): string {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? '0' : String(r);
}

/**
 * The canvas path API that `tracePath` and the figure arrows use, writing an SVG path `d` string
 * (coordinates rounded to 2 decimals) instead of drawing. Follows the canvas rules: a call with a
 * non-finite argument is ignored, `lineTo`/`arcTo`/`quadraticCurveTo` without a current point
 * start a subpath, `arc` joins its start to the current point with a line, `arcTo` draws a line
 * to the first tangent point and the tangent arc, `rect` leaves a new subpath at its corner.
 */
export class SvgPath implements PathSink {
  private readonly parts: string[] = [];
  /** The current point and the start of the current subpath; `open` is false until there is one. */
  private x = 0;
  private y = 0;
  private x0 = 0;
  private y0 = 0;
  private open = false;
  /** The last part is a bare moveTo, which the next moveTo replaces. */
  private moved = false;

  /** The SVG path data, e.g. `"M12 10A2 2 0 1 1 8 10A2 2 0 1 1 12 10"`. */
  get d(): string {
    return this.parts.join('');
  }

  toString(): string {
    return this.d;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  moveTo(x: number, y: number): void {
    if (!finite(x, y)) return;
    if (this.moved) this.parts.pop();
    this.parts.push(`M${fmt(x)} ${fmt(y)}`);
    this.moved = true;
    this.x = this.x0 = x;
    this.y = this.y0 = y;
    this.open = true;
  }

  lineTo(x: number, y: number): void {
    if (!finite(x, y)) return;
    if (!this.open) return this.moveTo(x, y);
    this.push(`L${fmt(x)} ${fmt(y)}`, x, y);
  }

  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void {
    if (!finite(cpx, cpy, x, y)) return;
    if (!this.open) this.moveTo(cpx, cpy);
    this.push(`Q${fmt(cpx)} ${fmt(cpy)} ${fmt(x)} ${fmt(y)}`, x, y);
  }

  closePath(): void {
    if (!this.open) return;
    this.parts.push('Z');
    this.moved = false;
    this.x = this.x0;
    this.y = this.y0;
  }

  rect(x: number, y: number, w: number, h: number): void {
    if (!finite(x, y, w, h)) return;
    this.moveTo(x, y);
    this.push(`L${fmt(x + w)} ${fmt(y)}L${fmt(x + w)} ${fmt(y + h)}L${fmt(x)} ${fmt(y + h)}Z`, x, y);
  }

  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, counterclockwise = false): void {
    if (!finite(x, y, radius, startAngle, endAngle)) return;
    if (radius < 0) throw new RangeError(`The radius provided (${radius}) is negative.`);
    const sx = x + radius * Math.cos(startAngle);
    const sy = y + radius * Math.sin(startAngle);
    const ex = x + radius * Math.cos(endAngle);
    const ey = y + radius * Math.sin(endAngle);
    this.joinTo(sx, sy);
    const delta = counterclockwise ? startAngle - endAngle : endAngle - startAngle;
    let sweep = delta % TAU;
    if (sweep < 0) sweep += TAU;
    const full = delta >= TAU || (sweep > Math.PI && samePoint(sx, sy, ex, ey));
    const r = fmt(radius);
    const flag = counterclockwise ? 0 : 1;
    if (radius === 0 || (sweep === 0 && !full)) {
      this.joinTo(ex, ey);
    } else if (full) {
      // One arc command cannot close on itself: two halves, through the opposite point.
      const mid = startAngle + (counterclockwise ? -Math.PI : Math.PI);
      const mx = x + radius * Math.cos(mid);
      const my = y + radius * Math.sin(mid);
      // The canvas ends a whole circle where it started, whatever the end angle.
      this.push(`A${r} ${r} 0 1 ${flag} ${fmt(mx)} ${fmt(my)}A${r} ${r} 0 1 ${flag} ${fmt(sx)} ${fmt(sy)}`, sx, sy);
    } else {
      this.push(`A${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} ${flag} ${fmt(ex)} ${fmt(ey)}`, ex, ey);
    }
  }

  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void {
    if (!finite(x1, y1, x2, y2, radius)) return;
    if (radius < 0) throw new RangeError(`The radius provided (${radius}) is negative.`);
    if (!this.open) this.moveTo(x1, y1);
    const { x: x0, y: y0 } = this;
    if ((x0 === x1 && y0 === y1) || (x1 === x2 && y1 === y2) || radius === 0) return this.lineTo(x1, y1);
    // Unit vectors from the corner (x1, y1) back to the current point and on to (x2, y2).
    const l1 = Math.hypot(x0 - x1, y0 - y1);
    const l2 = Math.hypot(x2 - x1, y2 - y1);
    const ax = (x0 - x1) / l1;
    const ay = (y0 - y1) / l1;
    const bx = (x2 - x1) / l2;
    const by = (y2 - y1) / l2;
    const cross = ax * by - ay * bx;
    // All three points on one line: the canvas draws a straight line to the corner.
    if (Math.abs(cross) < 1e-12) return this.lineTo(x1, y1);
    const angle = Math.acos(Math.min(1, Math.max(-1, ax * bx + ay * by)));
    const along = radius / Math.tan(angle / 2);
    const tx1 = x1 + ax * along;
    const ty1 = y1 + ay * along;
    const tx2 = x1 + bx * along;
    const ty2 = y1 + by * along;
    this.joinTo(tx1, ty1);
    // Turning clockwise on screen (y down) is SVG's positive sweep.
    const r = fmt(radius);
    this.push(`A${r} ${r} 0 0 ${cross < 0 ? 1 : 0} ${fmt(tx2)} ${fmt(ty2)}`, tx2, ty2);
  }

  private push(part: string, x: number, y: number): void {
    this.parts.push(part);
    this.moved = false;
    this.x = x;
    this.y = y;
  }

  /** A line from the current point to (x, y) unless they round to the same point; a moveTo when there is no subpath. */
  private joinTo(x: number, y: number): void {
    if (!this.open) this.moveTo(x, y);
    else if (!samePoint(this.x, this.y, x, y)) this.lineTo(x, y);
    else {
      this.x = x;
      this.y = y;
    }
  }
}

function samePoint(ax: number, ay: number, bx: number, by: number): boolean {
  return fmt(ax) === fmt(bx) && fmt(ay) === fmt(by);
}

function finite(...values: number[]): boolean {
  for (const v of values) if (!Number.isFinite(v)) return false;
  return true;
}

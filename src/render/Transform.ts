/** The camera: screen = world * k + (x, y), in CSS pixels. Same shape as d3-zoom's ZoomTransform. */
export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 6;

/**
 * The transform that frames `bounds` in a width×height viewport, leaving `padX`/`padY` px on each
 * side. Labels run sideways from their nodes, so callers give more room left and right.
 */
export function fitTransform(bounds: Bounds, width: number, height: number, padX = 40, padY = padX, maxK = 2): Transform {
  const w = Math.max(bounds.x1 - bounds.x0, 1);
  const h = Math.max(bounds.y1 - bounds.y0, 1);
  const availW = Math.max(width - padX * 2, 1);
  const availH = Math.max(height - padY * 2, 1);
  const k = Math.min(Math.max(Math.min(availW / w, availH / h), MIN_ZOOM), maxK);
  const cx = (bounds.x0 + bounds.x1) / 2;
  const cy = (bounds.y0 + bounds.y1) / 2;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

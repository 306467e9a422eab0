import { describe, expect, it } from 'vitest';
import { fmt, SvgPath } from '../../../src/render/svgPath.js';
import { tracePath } from '../../../src/render/tracePath.js';
import type { NodeShape } from '../../../src/view/kindStyle.js';

function path(draw: (p: SvgPath) => void): string {
  const p = new SvgPath();
  draw(p);
  return p.d;
}

describe('SvgPath: every shape tracePath draws', () => {
  // Centre (10, 20), radius 5.
  const expected: Record<NodeShape, string> = {
    circle: 'M15 20A5 5 0 1 1 5 20A5 5 0 1 1 15 20',
    dot: 'M15 20A5 5 0 1 1 5 20A5 5 0 1 1 15 20',
    square: 'M5.5 15.5L14.5 15.5L14.5 24.5L5.5 24.5Z',
    // s = 4.6, corner radius 2.07: each arcTo is a line to the first tangent point and a clockwise quarter arc.
    roundedSquare:
      'M7.47 15.4L12.53 15.4A2.07 2.07 0 0 1 14.6 17.47L14.6 22.53A2.07 2.07 0 0 1 12.53 24.6' +
      'L7.47 24.6A2.07 2.07 0 0 1 5.4 22.53L5.4 17.47A2.07 2.07 0 0 1 7.47 15.4Z',
    diamond: 'M10 14L16 20L10 26L4 20Z',
    triangle: 'M10 13.75L15.94 24.06L4.06 24.06Z',
    hexagon: 'M15.5 20L12.75 24.76L7.25 24.76L4.5 20L7.25 15.24L12.75 15.24Z',
    pentagon: 'M10 14.5L15.23 18.3L13.23 24.45L6.77 24.45L4.77 18.3Z',
  };
  for (const [shape, d] of Object.entries(expected) as [NodeShape, string][]) {
    it(shape, () => {
      expect(path((p) => tracePath(p, shape, 10, 20, 5))).toBe(d);
    });
  }

  it('several shapes in one path, as a node group is drawn', () => {
    expect(
      path((p) => {
        tracePath(p, 'diamond', 0, 0, 5);
        tracePath(p, 'circle', 20, 0, 2);
      }),
    ).toBe('M0 -6L6 0L0 6L-6 0ZM22 0A2 2 0 1 1 18 0A2 2 0 1 1 22 0');
  });
});

describe('SvgPath: arc', () => {
  it('a clockwise quarter starts a subpath at its start point', () => {
    expect(path((p) => p.arc(0, 0, 10, 0, Math.PI / 2))).toBe('M10 0A10 10 0 0 1 0 10');
  });

  it('anticlockwise the same angles go the long way round', () => {
    expect(path((p) => p.arc(0, 0, 10, 0, Math.PI / 2, true))).toBe('M10 0A10 10 0 1 0 0 10');
  });

  it('clockwise from a larger to a smaller angle wraps around', () => {
    expect(path((p) => p.arc(0, 0, 10, Math.PI / 2, 0))).toBe('M0 10A10 10 0 1 1 10 0');
  });

  it('joins its start to the current point with a line', () => {
    expect(
      path((p) => {
        p.moveTo(0, 0);
        p.arc(20, 0, 10, Math.PI, Math.PI * 2);
      }),
    ).toBe('M0 0L10 0A10 10 0 0 1 30 0');
  });

  it('a full anticlockwise circle is two halves', () => {
    expect(path((p) => p.arc(0, 0, 10, 0, -Math.PI * 2, true))).toBe('M10 0A10 10 0 1 0 -10 0A10 10 0 1 0 10 0');
  });

  it('more than a full turn is one circle, ending where it started', () => {
    expect(
      path((p) => {
        p.arc(0, 0, 10, 0, Math.PI * 5);
        p.lineTo(0, 0);
      }),
    ).toBe('M10 0A10 10 0 1 1 -10 0A10 10 0 1 1 10 0L0 0');
  });

  it('a zero radius is a point', () => {
    expect(path((p) => p.arc(5, 5, 0, 0, Math.PI))).toBe('M5 5');
  });

  it('a negative radius throws, as on a canvas', () => {
    expect(() => new SvgPath().arc(0, 0, -1, 0, 1)).toThrow(RangeError);
    expect(() => new SvgPath().arcTo(0, 0, 1, 1, -1)).toThrow(RangeError);
  });
});

describe('SvgPath: arcTo (tangent arcs, as the canvas defines them)', () => {
  it('a right turn: line to the first tangent point, clockwise arc to the second', () => {
    expect(
      path((p) => {
        p.moveTo(0, 0);
        p.arcTo(100, 0, 100, 100, 20);
      }),
    ).toBe('M0 0L80 0A20 20 0 0 1 100 20');
  });

  it('a left turn sweeps the other way', () => {
    expect(
      path((p) => {
        p.moveTo(0, 0);
        p.arcTo(100, 0, 100, -100, 20);
      }),
    ).toBe('M0 0L80 0A20 20 0 0 0 100 -20');
  });

  it('an obtuse corner: tangent points r / tan(θ/2) from the corner', () => {
    // θ = 135°, so the tangent points are 10 · tan(22.5°) = 4.14 from (100, 0).
    expect(
      path((p) => {
        p.moveTo(0, 0);
        p.arcTo(100, 0, 200, 100, 10);
      }),
    ).toBe('M0 0L95.86 0A10 10 0 0 1 102.93 2.93');
  });

  it('collinear points, a zero radius or a repeated point draw a straight line to the corner', () => {
    expect(
      path((p) => {
        p.moveTo(0, 0);
        p.arcTo(50, 0, 100, 0, 10);
      }),
    ).toBe('M0 0L50 0');
    expect(
      path((p) => {
        p.moveTo(0, 0);
        p.arcTo(50, 0, 50, 50, 0);
      }),
    ).toBe('M0 0L50 0');
    expect(
      path((p) => {
        p.moveTo(0, 0);
        p.arcTo(50, 0, 50, 0, 10);
      }),
    ).toBe('M0 0L50 0');
  });

  it('without a current point it starts a subpath at the corner', () => {
    expect(path((p) => p.arcTo(5, 5, 10, 10, 3))).toBe('M5 5L5 5');
  });
});

describe('SvgPath: the rest of the path API', () => {
  it('rect is a closed subpath and leaves the current point at its corner', () => {
    expect(
      path((p) => {
        p.rect(0, 0, 10, 5);
        p.lineTo(20, 20);
      }),
    ).toBe('M0 0L10 0L10 5L0 5ZL20 20');
  });

  it('quadraticCurveTo', () => {
    expect(
      path((p) => {
        p.moveTo(0, 0);
        p.quadraticCurveTo(5, 10, 10, 0);
      }),
    ).toBe('M0 0Q5 10 10 0');
    expect(path((p) => p.quadraticCurveTo(1, 2, 3, 4))).toBe('M1 2Q1 2 3 4');
  });

  it('closePath returns to the subpath start; without a subpath it does nothing', () => {
    expect(
      path((p) => {
        p.closePath();
        p.moveTo(1, 1);
        p.lineTo(2, 1);
        p.closePath();
        p.lineTo(3, 3);
      }),
    ).toBe('M1 1L2 1ZL3 3');
  });

  it('lineTo without a subpath moves; consecutive moves keep the last', () => {
    expect(
      path((p) => {
        p.lineTo(7, 7);
        p.moveTo(1, 1);
        p.moveTo(2, 2);
        p.lineTo(3, 3);
      }),
    ).toBe('M2 2L3 3');
  });

  it('rounds to 2 decimals, never writes -0, ignores non-finite calls', () => {
    expect(
      path((p) => {
        p.moveTo(1.23456, -0.001);
        p.lineTo(Number.NaN, 1);
        p.lineTo(1, Number.POSITIVE_INFINITY);
        p.lineTo(-2.345678, 1e-9);
      }),
    ).toBe('M1.23 0L-2.35 0');
    expect(fmt(-0.004)).toBe('0');
    expect(fmt(1234.5)).toBe('1234.5');
  });

  it('starts empty', () => {
    const p = new SvgPath();
    expect(p.d).toBe('');
    expect(p.empty).toBe(true);
    p.moveTo(0, 0);
    expect(p.empty).toBe(false);
    expect(String(p)).toBe('M0 0');
  });
});

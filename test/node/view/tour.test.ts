import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../src/model/types.js';
import { validateDocument } from '../../../src/model/validate.js';
import { clampStep, findTour, moveStep, recordStep, removeStep, stepView, withTour } from '../../../src/view/tour.js';

const doc: GraphDocument = {
  schema: 'concept-map/v1',
  title: 'T',
  nodes: [
    { id: 'a', kind: 'paper', label: 'A' },
    { id: 'b', kind: 'benchmark', label: 'B' },
  ],
  links: [{ source: 'a', target: 'b', kind: 'evaluates-on' }],
  tours: [
    {
      id: 'intro',
      title: 'Intro',
      steps: [
        { focus: [], caption: 'All of it.' },
        { focus: ['a', 'b'], caption: 'A and B.', kinds: ['paper', 'benchmark'], years: [2019, 2024] },
        { focus: ['b'], caption: 'Around B.', depth: 1, camera: [-10, -5, 30, 20] },
      ],
    },
  ],
};

describe('tours', () => {
  it('finds a tour by id and clamps a step into it', () => {
    expect(findTour(doc, 'intro')?.title).toBe('Intro');
    expect(findTour(doc, 'nope')).toBe(undefined);
    expect([clampStep(-3, 3), clampStep(1.7, 3), clampStep(9, 3), clampStep(Number.NaN, 3), clampStep(2, 0)]).toEqual([0, 1, 2, 0, 0]);
  });

  it('says what each step asks of the view', () => {
    expect(stepView(doc, 'intro', 0)).toEqual({
      tour: doc.tours![0],
      index: 0,
      count: 3,
      caption: 'All of it.',
      spotlight: null,
      camera: null,
      kinds: null,
      years: null,
      depth: 0,
      center: null,
    });
    const second = stepView(doc, 'intro', 1)!;
    expect([[...second.spotlight!], second.kinds, second.years, second.depth]).toEqual([['a', 'b'], ['paper', 'benchmark'], [2019, 2024], 0]);
    const third = stepView(doc, 'intro', 7)!;
    expect([third.index, third.camera, third.depth, third.center]).toEqual([2, [-10, -5, 30, 20], 1, 'b']);
    expect(stepView(doc, 'nope', 0)).toBe(null);
  });

  it('records the view as a step, and edits steps without touching the original list', () => {
    const step = recordStep({ caption: '  Look here. ', focus: ['a'], kinds: ['paper'], years: null, depth: 2, camera: [1.234, 2.25, 30.06, 40] });
    expect(step).toEqual({ focus: ['a'], caption: 'Look here.', depth: 2, kinds: ['paper'], camera: [1.2, 2.3, 30.1, 40] });
    const steps = doc.tours![0]!.steps;
    expect(moveStep(steps, 2, 0).map((s) => s.caption)).toEqual(['Around B.', 'All of it.', 'A and B.']);
    expect(moveStep(steps, 0, 5).map((s) => s.caption)).toEqual(['All of it.', 'A and B.', 'Around B.']);
    expect(removeStep(steps, 1).map((s) => s.caption)).toEqual(['All of it.', 'Around B.']);
    expect(steps).toHaveLength(3);
    const added = withTour(doc, { id: 'mine', title: 'Mine', steps: [step] });
    expect(added.tours!.map((t) => t.id)).toEqual(['intro', 'mine']);
    const result = validateDocument(added);
    expect(result.ok ? result.document.tours![1] : result.errors).toEqual({ id: 'mine', title: 'Mine', steps: [step] });
  });

  it('rejects a step camera or years that cannot be used, saying where', () => {
    const bad = structuredClone(doc);
    bad.tours![0]!.steps[2]!.camera = [5, 0, 1, 1];
    (bad.tours![0]!.steps[1] as { years: unknown }).years = [2024, 2019];
    const result = validateDocument(bad);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'tours[0].steps[1].years', message: expect.stringContaining('[from, to]: two whole years, from ≤ to') },
      { path: 'tours[0].steps[2].camera', message: expect.stringContaining('[x0, y0, x1, y1]: four finite numbers with x0 < x1 and y0 < y1') },
    ]);
  });
});

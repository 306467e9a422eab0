import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import { resolvedIds, validateDocument } from '../../../src/model/validate.js';
import { ForceLayout } from '../../../src/layout/ForceLayout.js';
import { encodeLayoutGraph } from '../../../src/layout/worker/layoutGraph.js';
import type { GraphDocument } from '../../../src/model/types.js';
import { generatedGraph } from '../../fixtures/generatedGraph.js';
import { rawDocument, rawNode, seedLike, valid } from './fixtures.js';

const FRAME = { width: 1600, height: 1000 };

/** A copy validation has not seen: everything built from it resolves ids itself. */
const unseen = (doc: GraphDocument): GraphDocument => structuredClone(doc);

describe('resolvedIds: the ids validation resolved, handed on', () => {
  const docs = () => [valid(seedLike()), valid(generatedGraph(300))];

  it('gives each node id its position and each link its ends, for the document validation returned', () => {
    for (const doc of docs()) {
      const ids = resolvedIds(doc)!;
      expect([...ids.indexOf]).toEqual(doc.nodes.map((n, i) => [n.id, i]));
      expect([...ids.linkSource]).toEqual(doc.links.map((l) => doc.nodes.findIndex((n) => n.id === l.source)));
      expect([...ids.linkTarget]).toEqual(doc.links.map((l) => doc.nodes.findIndex((n) => n.id === l.target)));
    }
  });

  it('gives nothing for an invalid document, a copy, or a document whose nodes or links were added or removed since', () => {
    const bad = validateDocument(rawDocument([rawNode('a')], [{ source: 'a', target: 'nowhere', kind: 'related' }]));
    expect(bad.ok).toBe(false);
    const doc = valid(seedLike());
    expect(resolvedIds(unseen(doc))).toBeUndefined();
    const grown = valid(seedLike());
    grown.nodes.push({ id: 'extra', kind: 'concept', label: 'extra' });
    expect(resolvedIds(grown)).toBeUndefined();
    const cut = valid(seedLike());
    cut.links.pop();
    expect(resolvedIds(cut)).toBeUndefined();
  });

  it('leaves the index answering exactly as one that resolves the ids itself', () => {
    for (const doc of docs()) {
      const given = new GraphIndex(doc);
      const own = new GraphIndex(unseen(doc));
      expect([...given.linkSource]).toEqual([...own.linkSource]);
      expect([...given.linkTarget]).toEqual([...own.linkTarget]);
      for (const node of doc.nodes) {
        expect(given.indexOf(node.id)).toBe(own.indexOf(node.id));
        expect(given.degree(node.id)).toBe(own.degree(node.id));
        expect(given.neighbours(node.id)).toEqual(own.neighbours(node.id));
      }
      expect(given.indexOf('nowhere')).toBe(-1);
    }
  });

  it('leaves the layout and what crosses to its worker exactly as without them', () => {
    for (const doc of docs()) {
      const ids = resolvedIds(doc)!;
      const given = new ForceLayout(doc, { seed: 2, ...FRAME, ids });
      const own = new ForceLayout(doc, { seed: 2, ...FRAME });
      expect(Array.from(given.positions())).toEqual(Array.from(own.positions()));
      given.settle();
      own.settle();
      expect(Array.from(given.positions())).toEqual(Array.from(own.positions()));
      for (const node of doc.nodes) expect(given.node(node.id)?.index).toBe(own.node(node.id)?.index);
      expect(given.node('nowhere')).toBeUndefined();
      expect(encodeLayoutGraph(doc, ids)).toEqual(encodeLayoutGraph(doc));
    }
  });

  it('are ignored by the layout when their counts do not match the document', () => {
    const doc = valid(seedLike());
    const other = resolvedIds(valid(generatedGraph(30)))!;
    const layout = new ForceLayout(doc, { seed: 2, ...FRAME, ids: other });
    expect(Array.from(layout.positions())).toEqual(Array.from(new ForceLayout(doc, { seed: 2, ...FRAME }).positions()));
    expect(encodeLayoutGraph(doc, other)).toEqual(encodeLayoutGraph(doc));
  });
});

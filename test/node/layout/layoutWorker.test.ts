import { describe, expect, it } from 'vitest';
import { ForceLayout } from '../../../src/layout/ForceLayout.js';
import { decodeLayoutGraph, encodeLayoutGraph, transferables } from '../../../src/layout/worker/layoutGraph.js';
import { serveLayout, type LayoutPort } from '../../../src/layout/worker/serveLayout.js';
import { LayoutWorkerClient, type LayoutWorkerLike } from '../../../src/layout/worker/LayoutWorkerClient.js';
import type { FromWorker, ToWorker } from '../../../src/layout/worker/protocol.js';
import type { GraphDocument } from '../../../src/model/types.js';
import { generatedGraph } from '../../fixtures/generatedGraph.js';
import { seedSizedDocument, smallDocument } from './fixtures.js';

const FRAME = { width: 1600, height: 1000 };

function settledPositions(doc: Parameters<typeof encodeLayoutGraph>[0], seed = 1): number[] {
  const layout = new ForceLayout(doc, { seed, ...FRAME });
  layout.settle();
  return Array.from(layout.positions());
}

/** A document with what the layout must see through: shapes, duplicates, odd ids, bad links, some stored positions. */
function awkwardDocument(): GraphDocument {
  const doc = smallDocument();
  doc.nodes.push({ ...doc.nodes[0]!, label: 'duplicate of the first id' });
  doc.links.push({ source: 'paper:p0', target: 'nowhere', kind: 'mentions' }, { source: 'paper:p0', target: 'paper:p0', kind: 'related' });
  doc.links.push({ source: 'paper:p0', target: '__proto__', kind: 'similar', weight: 0.8 });
  doc.positions = Object.assign(Object.create(null), { 'paper:p0': [10, 20], constructor: [Infinity, 0] });
  return doc;
}

describe('layoutGraph: what crosses to the worker', () => {
  it('gives the worker the same layout as the page, number for number', () => {
    for (const doc of [smallDocument(), seedSizedDocument(), awkwardDocument(), generatedGraph(400)]) {
      const graph = encodeLayoutGraph(doc);
      expect(settledPositions(decodeLayoutGraph(graph), 3)).toEqual(settledPositions(doc, 3));
    }
  });

  it('numbers nodes as the layout does and keeps only the links it keeps', () => {
    const graph = encodeLayoutGraph(awkwardDocument());
    const layout = new ForceLayout(awkwardDocument());
    expect(graph.nodeKind.length).toBe(layout.nodes.length);
    const decoded = decodeLayoutGraph(graph);
    expect(decoded.nodes.map((n) => n.id)).toEqual(layout.nodes.map((n) => String(n.index)));
    // The unknown end and the self-link are gone; the weighted link to `__proto__` stays.
    expect(graph.linkSource.length).toBe(smallDocument().links.length + 1);
    expect(decoded.links.at(-1)).toEqual({ source: String(layout.node('paper:p0')!.index), target: String(layout.node('__proto__')!.index), kind: 'similar', weight: 0.8 });
    // Only finite stored positions cross.
    expect(decoded.positions).toEqual(Object.assign(Object.create(null), { [String(layout.node('paper:p0')!.index)]: [10, 20] }));
  });

  it('holds its numbers in typed arrays that can be transferred', () => {
    const graph = encodeLayoutGraph(generatedGraph(50));
    expect(transferables(graph).every((b) => b instanceof ArrayBuffer)).toBe(true);
    expect(transferables(graph)).toHaveLength(5);
  });
});

/** The worker side on one end of a MessageChannel, the test on the other. */
type Positions = Extract<FromWorker, { type: 'positions' }> & { at: number[] };

function harness(doc: GraphDocument, { seed = 1, giveBack = true } = {}) {
  const channel = new MessageChannel();
  serveLayout(channel.port1 as unknown as LayoutPort, { later: (run) => setImmediate(run) });
  const received: Positions[] = [];
  let onMessage: ((m: Positions) => void) | null = null;
  channel.port2.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type !== 'positions') throw new Error(data.message);
    // Read, then handed back as the page does.
    const m = { ...data, at: Array.from(data.buffer) };
    received.push(m);
    if (giveBack) send({ type: 'buffer', buffer: data.buffer }, [data.buffer.buffer]);
    onMessage?.(m);
  };
  const send = (m: ToWorker, transfer: Transferable[] = []) => channel.port2.postMessage(m, transfer);
  const n = new ForceLayout(doc).nodes.length * 2;
  const graph = encodeLayoutGraph(doc);
  send({ type: 'init', graph, seed, ...FRAME, buffers: [new Float64Array(n), new Float64Array(n)], resume: null }, transferables(graph));
  const until = (done: (m: Positions) => boolean) =>
    new Promise<Positions>((resolve) => {
      onMessage = (m) => {
        if (done(m)) resolve(m);
      };
    });
  return { received, send, until, close: () => (channel.port1.close(), channel.port2.close()) };
}

describe('serveLayout: the worker side', () => {
  it('runs the layout to rest, posting positions as buffers come back, the last ones final', async () => {
    const doc = generatedGraph(400);
    const h = harness(doc);
    const last = await h.until((m) => m.settled);
    expect(last.ticks).toBe(220);
    expect(last.alpha).toBeLessThan(0.001);
    expect(last.at).toEqual(settledPositions(doc));
    expect(h.received.length).toBeGreaterThan(1);
    // Ticks only grow, and only the last message says settled.
    expect(h.received.map((m) => m.ticks)).toEqual([...h.received.map((m) => m.ticks)].sort((a, b) => a - b));
    expect(h.received.filter((m) => m.settled)).toHaveLength(1);
    h.close();
  });

  it('never posts more than the two buffers it was given until one comes back, then posts the latest', async () => {
    const h = harness(generatedGraph(400), { giveBack: false });
    await h.until(() => h.received.length === 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.received).toHaveLength(2);
    const held = h.received[1]!;
    h.send({ type: 'buffer', buffer: held.buffer }, [held.buffer.buffer]);
    const next = await h.until(() => true);
    expect(next.ticks).toBeGreaterThan(held.ticks + 1);
    h.close();
  });

  it('wakes a settled layout for a drag, keeps the node at the pointer, and settles again on release', async () => {
    const h = harness(generatedGraph(400));
    await h.until((m) => m.settled);
    h.send({ type: 'pin', node: 5, x: 900, y: -900 });
    const moving = await h.until(() => true);
    expect(moving.settled).toBe(false);
    expect([moving.at[10], moving.at[11]]).toEqual([900, -900]);
    h.send({ type: 'release', node: 5 });
    const rest = await h.until((m) => m.settled);
    // Dropped where it was let go: still pinned there.
    expect([rest.at[10], rest.at[11]]).toEqual([900, -900]);
    expect(rest.ticks).toBeGreaterThan(220);
    h.close();
  });
});

/** A stand-in for a Worker: records what the page sends, and lets the test answer. */
class FakeWorker implements LayoutWorkerLike {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: FromWorker): void {
    this.onmessage?.({ data } as MessageEvent<FromWorker>);
  }
}

describe('LayoutWorkerClient: the page side', () => {
  function client(live = true) {
    const doc = smallDocument();
    const layout = new ForceLayout(doc, { seed: 1, ...FRAME });
    const worker = new FakeWorker();
    let clock = 0;
    const calls: string[] = [];
    const c = new LayoutWorkerClient(
      layout,
      worker,
      doc,
      { seed: 1, ...FRAME, live, resume: null, now: () => clock },
      {
        positions: () => calls.push('positions'),
        settled: () => calls.push('settled'),
        failed: (reason) => calls.push(`failed: ${reason}`),
      },
    );
    return { layout, worker, c, calls, at: (t: number) => (clock = t) };
  }

  it('sends the layout graph, the seed and two buffers to start', () => {
    const { worker, layout } = client();
    const init = worker.sent[0] as Extract<ToWorker, { type: 'init' }>;
    expect(init.type).toBe('init');
    expect(init.seed).toBe(1);
    expect(init.buffers.map((b) => b.length)).toEqual([layout.nodes.length * 2, layout.nodes.length * 2]);
    expect(init.graph.nodeKind.length).toBe(layout.nodes.length);
  });

  it('glides from what is on screen to the new positions over the time they took, and hands the buffer back', () => {
    const { worker, layout, c, calls, at } = client();
    const start = Array.from(layout.positions());
    const target = new Float64Array(start.map((v) => v + 100));
    at(1000);
    worker.answer({ type: 'positions', buffer: new Float64Array(target), ticks: 3, alpha: 0.9, settled: false });
    expect(calls).toEqual(['positions']);
    expect(worker.sent.at(-1)?.type).toBe('buffer');
    // The first positions glide over one frame (16 ms).
    at(1008);
    expect(c.glide()).toBe(true);
    expect(layout.nodes[0]!.x).toBeCloseTo(start[0]! + 50, 9);
    at(1016);
    expect(c.glide()).toBe(false);
    expect(layout.nodes[0]!.x).toBe(start[0]! + 100);
    expect(layout.ticks).toBe(3);
    // The next ones came 200 ms after the first: they glide over 200 ms.
    at(1200);
    worker.answer({ type: 'positions', buffer: new Float64Array(target.map((v) => v + 100)), ticks: 4, alpha: 0.8, settled: false });
    at(1250);
    expect(c.glide()).toBe(true);
    expect(layout.nodes[0]!.x).toBeCloseTo(start[0]! + 125, 9);
  });

  it('puts the final positions in at once and reports the rest', () => {
    const { worker, layout, calls } = client();
    const final = new Float64Array(layout.nodes.length * 2).fill(7);
    worker.answer({ type: 'positions', buffer: final, ticks: 220, alpha: 0.0009, settled: true });
    expect(calls).toEqual(['settled']);
    expect(layout.settled).toBe(true);
    expect(layout.nodes.every((n) => n.x === 7 && n.y === 7)).toBe(true);
  });

  it('without animation, takes only the final positions', () => {
    const { worker, layout, calls } = client(false);
    const before = Array.from(layout.positions());
    worker.answer({ type: 'positions', buffer: new Float64Array(before.length).fill(1), ticks: 10, alpha: 0.5, settled: false });
    expect(Array.from(layout.positions())).toEqual(before);
    expect(calls).toEqual([]);
  });

  it('gives up on a worker that fails, once, and ends it', () => {
    const { worker, calls } = client();
    worker.onerror!({ message: 'refused by the page policy', preventDefault() {} } as unknown as Event);
    worker.answer({ type: 'error', message: 'late' });
    expect(calls).toEqual(['failed: refused by the page policy']);
    expect(worker.terminated).toBe(true);
  });

  it('reports an error the worker sends as a failure', () => {
    const { worker, calls } = client();
    worker.answer({ type: 'error', message: 'bad graph' });
    expect(calls).toEqual(['failed: bad graph']);
  });

  it('sends drags by node number', () => {
    const { worker, c, layout } = client();
    c.pin('paper:p0', 1, 2);
    c.release('paper:p0');
    c.pin('no such node', 1, 2);
    expect(worker.sent.slice(1)).toEqual([
      { type: 'pin', node: layout.node('paper:p0')!.index, x: 1, y: 2 },
      { type: 'release', node: layout.node('paper:p0')!.index },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ForceLayout } from '../../../src/layout/ForceLayout.js';
import { decodeLayoutGraph, encodeLayoutGraph, transferables } from '../../../src/layout/worker/layoutGraph.js';
import { serveLayout, type LayoutPort } from '../../../src/layout/worker/serveLayout.js';
import { LayoutWorkerClient, type LayoutWorkerLike } from '../../../src/layout/worker/LayoutWorkerClient.js';
import type { FromWorker, ToWorker } from '../../../src/layout/worker/protocol.js';
import type { DensePlan, PaintView } from '../../../src/render/paintDense.js';
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
    const calls: string[] = [];
    const c = new LayoutWorkerClient(
      layout,
      worker,
      doc,
      { seed: 1, ...FRAME, live, resume: null },
      {
        positions: () => calls.push('positions'),
        settled: () => calls.push('settled'),
        failed: (reason) => calls.push(`failed: ${reason}`),
      },
    );
    return { layout, worker, c, calls };
  }

  it('sends the layout graph, the seed and two buffers to start', () => {
    const { worker, layout } = client();
    const init = worker.sent[0] as Extract<ToWorker, { type: 'init' }>;
    expect(init.type).toBe('init');
    expect(init.seed).toBe(1);
    expect(init.buffers.map((b) => b.length)).toEqual([layout.nodes.length * 2, layout.nodes.length * 2]);
    expect(init.graph.nodeKind.length).toBe(layout.nodes.length);
  });

  it('puts new positions in at once and hands the buffer back', () => {
    const { worker, layout, calls } = client();
    const target = Array.from(layout.positions(), (v) => v + 100);
    worker.answer({ type: 'positions', buffer: new Float64Array(target), ticks: 3, alpha: 0.9, settled: false });
    expect(calls).toEqual(['positions']);
    expect(worker.sent.at(-1)?.type).toBe('buffer');
    expect(Array.from(layout.positions())).toEqual(target);
    expect(layout.ticks).toBe(3);
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

// A picture the worker painted: an ImageBitmap stand-in that knows whether it was closed.
class FakeBitmap {
  closed = false;
  close(): void {
    this.closed = true;
  }
}
const bitmap = () => new FakeBitmap() as FakeBitmap & ImageBitmap;
const PLAN: DensePlan = { links: [{ pairs: [0, 1], stride: 2, color: '#123', alpha: 0.55, width: 0, dash: [], faded: false }], groups: [{ items: [0, 1], shape: 'circle', color: '#456', alpha: 1, faded: false }], selected: [], matches: [] };
const VIEW: PaintView = { k: 2, x: 10, y: 20, width: 300, height: 200, dpr: 1.5 };

describe('LayoutWorkerClient: pictures the worker paints', () => {
  function client(live = true) {
    const layout = new ForceLayout(smallDocument(), { seed: 1, ...FRAME });
    const worker = new FakeWorker();
    const c = new LayoutWorkerClient(layout, worker, smallDocument(), { seed: 1, ...FRAME, live, resume: null }, { positions() {}, settled() {}, failed() {} });
    const positions = (extra: Partial<Extract<FromWorker, { type: 'positions' }>> = {}): FromWorker => ({ type: 'positions', buffer: layout.positions(), ticks: 1, alpha: 0.5, settled: false, ...extra });
    const paints = () => worker.sent.filter((m) => m.type === 'paint');
    return { c, worker, positions, paints };
  }

  it('asks for one picture at a time, and hands it over once, with the order it answers', () => {
    const { c, worker, positions, paints } = client();
    expect(c.picture()).toBeUndefined();
    c.ask({ plan: PLAN, view: VIEW, key: 1 });
    c.ask({ plan: PLAN, view: VIEW, key: 2 });
    expect(paints()).toEqual([{ type: 'paint', plan: PLAN, view: VIEW }]);
    expect(c.picture()).toBeNull();
    // Positions the worker posted before it read the order carry no answer.
    worker.answer(positions());
    expect(c.picture()).toBeNull();
    const image = bitmap();
    worker.answer(positions({ picture: image }));
    expect(c.picture()).toEqual({ plan: PLAN, view: VIEW, key: 1, image });
    expect(c.picture()).toBeUndefined();
    expect(image.closed).toBe(false);
    c.ask({ plan: PLAN, view: VIEW, key: 3 });
    expect(paints()).toHaveLength(2);
  });

  it('closes a picture that newer positions overtake, one that comes with the final positions, and one left at the end', () => {
    const { c, worker, positions, paints } = client();
    c.ask({ plan: PLAN, view: VIEW, key: 1 });
    const overtaken = bitmap();
    worker.answer(positions({ picture: overtaken }));
    worker.answer(positions());
    expect(overtaken.closed).toBe(true);
    expect(c.picture()).toBeUndefined();
    c.ask({ plan: PLAN, view: VIEW, key: 2 });
    const final = bitmap();
    worker.answer(positions({ picture: final, settled: true }));
    expect(final.closed).toBe(true);
    expect(c.picture()).toBeUndefined();
    // A settled layout ends the order even without a picture: the next is sent.
    c.ask({ plan: PLAN, view: VIEW, key: 3 });
    worker.answer(positions({ settled: true }));
    c.ask({ plan: PLAN, view: VIEW, key: 4 });
    expect(paints()).toHaveLength(4);
    const left = bitmap();
    worker.answer(positions({ picture: left }));
    c.stop();
    expect(left.closed).toBe(true);
  });

  it('stops asking once the worker answers that it cannot paint', () => {
    const { c, worker, positions, paints } = client();
    c.ask({ plan: PLAN, view: VIEW, key: 1 });
    worker.answer(positions({ picture: null }));
    expect(c.paints).toBe(false);
    expect(c.picture()).toBeUndefined();
    c.ask({ plan: PLAN, view: VIEW, key: 2 });
    expect(paints()).toHaveLength(1);
  });

  it('without animation, closes what it is sent', () => {
    const { c, worker, positions } = client(false);
    c.ask({ plan: PLAN, view: VIEW, key: 1 });
    const image = bitmap();
    worker.answer(positions({ picture: image }));
    expect(image.closed).toBe(true);
    expect(c.picture()).toBeUndefined();
  });
});

describe('serveLayout: painting', () => {
  /** The worker's side with a port of the test's own, so a stand-in bitmap can be "transferred". */
  function worker() {
    const posted: Array<{ message: Extract<FromWorker, { type: 'positions' }>; transfer: Transferable[] }> = [];
    const port: LayoutPort = { onmessage: null, postMessage: (message, transfer) => void (message.type === 'positions' && posted.push({ message, transfer })) };
    const queue: Array<() => void> = [];
    serveLayout(port, { later: (run) => queue.push(run) });
    const send = (data: ToWorker) => port.onmessage!({ data } as MessageEvent<ToWorker>);
    const doc = generatedGraph(400);
    const n = new ForceLayout(doc).nodes.length * 2;
    send({ type: 'init', graph: encodeLayoutGraph(doc), seed: 1, ...FRAME, buffers: [new Float64Array(n), new Float64Array(n)], resume: null });
    /** Runs the worker's next slice of ticks, which posts. */
    const slice = () => queue.shift()!();
    const giveBack = () => send({ type: 'buffer', buffer: posted.at(-1)!.message.buffer });
    return { posted, send, slice, giveBack };
  }

  it('answers with null where there is no OffscreenCanvas, on the next positions only', () => {
    expect(typeof OffscreenCanvas).toBe('undefined');
    const w = worker();
    w.slice();
    expect('picture' in w.posted[0]!.message).toBe(false);
    w.send({ type: 'paint', plan: PLAN, view: VIEW });
    w.slice();
    expect(w.posted[1]!.message.picture).toBeNull();
    w.giveBack();
    w.slice();
    expect('picture' in w.posted.at(-1)!.message).toBe(false);
  });

  it('paints the next positions with the plan and camera asked for, on a canvas of the page\'s size, and transfers it', () => {
    const made: Array<{ width: number; height: number; ops: string[] }> = [];
    class Offscreen {
      ops: string[] = [];
      constructor(
        public width: number,
        public height: number,
      ) {
        made.push(this);
      }
      getContext() {
        const ops = this.ops;
        return new Proxy({} as Record<string, unknown>, {
          get: (_t, name: string) => (...args: unknown[]) => void ops.push(`${name}(${args.join(',')})`),
          set: (_t, name: string, value) => (ops.push(`${name}=${String(value)}`), true),
        });
      }
      transferToImageBitmap() {
        return { painted: this.ops.length };
      }
    }
    const saved = globalThis.OffscreenCanvas;
    (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas = Offscreen;
    try {
      const w = worker();
      w.slice();
      w.send({ type: 'paint', plan: PLAN, view: VIEW });
      w.slice();
      const { message, transfer } = w.posted[1]!;
      expect(made.map((m) => [m.width, m.height])).toEqual([[450, 300]]);
      expect(message.picture).toEqual({ painted: made[0]!.ops.length });
      expect(transfer).toEqual([message.buffer.buffer, message.picture]);
      const ops = made[0]!.ops;
      // The camera, the plan's link as a hairline, then its two nodes, in CSS px.
      expect(ops[0]).toBe('setTransform(3,0,0,3,15,30)');
      expect(ops).toContain(`lineWidth=${0.999 / (2 * 1.5)}`);
      expect(ops).toContain('strokeStyle=#123');
      expect(ops).toContain('fillStyle=#456');
      expect(ops.filter((o) => o.startsWith('stroke(') || o.startsWith('fill('))).toEqual(['stroke()', 'fill()']);
      // The same canvas serves the next picture of that size.
      w.giveBack();
      w.send({ type: 'paint', plan: PLAN, view: VIEW });
      w.slice();
      expect(made).toHaveLength(1);
      expect(w.posted.at(-1)!.message.picture).toBeTruthy();
    } finally {
      (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas = saved;
    }
  });
});

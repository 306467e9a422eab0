/**
 * Positions in `nodes`, highest `labelPriority` first, then in document order: the order in which
 * the dense style offers nodes a label.
 *
 * Priorities are whole numbers below 2^24 (`deriveDisplay` makes them a tier up to 11 times 2^20
 * plus a degree under 2^20), so they are put in order by two stable counting passes over 12 bits
 * each, in time linear in the nodes. Sorting 20,000 keys took 2–14 ms of a 20,000-node map's first
 * frame in the browser here.
 */
export function labelOrder(nodes: ReadonlyArray<{ readonly labelPriority: number }>): Int32Array {
  const n = nodes.length;
  // Highest first: ascending order of the complement.
  const keys = new Uint32Array(n);
  let order = new Int32Array(n);
  let next = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = 0xffffff - nodes[i]!.labelPriority;
    order[i] = i;
  }
  for (let shift = 0; shift < 24; shift += 12) {
    const count = new Uint32Array(0x1001);
    for (let i = 0; i < n; i++) count[((keys[i]! >>> shift) & 0xfff) + 1]! += 1;
    for (let d = 0; d < 0x1000; d++) count[d + 1]! += count[d]!;
    // In the order of the last pass, so equal digits keep it: stable.
    for (let i = 0; i < n; i++) {
      const j = order[i]!;
      next[count[(keys[j]! >>> shift) & 0xfff]!++] = j;
    }
    [order, next] = [next, order];
  }
  return order;
}

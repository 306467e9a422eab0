import type { GraphIndex } from '../model/GraphIndex.js';
import type { GraphNode } from '../model/types.js';

export interface ConnectionGroup {
  /** A reader's phrase for the relation, from the panel node's side: "Evaluates on", "Evaluated in". */
  title: string;
  items: Array<{ node: GraphNode; rationale: string | null }>;
}

const OUTGOING: Record<string, string> = {
  defines: 'Defines',
  'has-part': 'Parts',
  'evaluates-on': 'Evaluates on',
  introduces: 'Introduces',
  'compares-with': 'Compares with',
  mentions: 'Mentions',
  'authored-by': 'From',
  related: 'Related',
  similar: 'Similar papers',
};

const INCOMING: Record<string, string> = {
  defines: 'Defined by',
  'has-part': 'Part of',
  'evaluates-on': 'Evaluated in',
  introduces: 'Introduced by',
  'compares-with': 'Compared in',
  mentions: 'Mentioned by',
  'authored-by': 'Papers',
  related: 'Related',
  similar: 'Similar papers',
};

/** A node's links as the panel lists them: grouped by relation, each group in a stable reading order. */
export function connections(index: GraphIndex, id: string): ConnectionGroup[] {
  const groups = new Map<string, ConnectionGroup>();
  const seen = new Set<string>();
  for (const l of index.linksOf(id)) {
    const outgoing = l.source === id;
    const otherId = outgoing ? l.target : l.source;
    const other = index.node(otherId);
    if (!other) continue;
    const title = (outgoing ? OUTGOING : INCOMING)[l.kind] ?? (outgoing ? `${l.kind}` : `${l.kind} (from)`);
    const key = `${title}\u0000${otherId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let g = groups.get(title);
    if (!g) {
      g = { title, items: [] };
      groups.set(title, g);
    }
    // A similar link says why through the terms the two abstracts share.
    const why = l.rationale ?? (l.terms !== undefined && l.terms.length > 0 ? `Shared terms: ${l.terms.join(', ')}` : null);
    g.items.push({ node: other, rationale: why });
  }
  for (const g of groups.values()) {
    g.items.sort((a, b) => (a.node.order ?? 0) - (b.node.order ?? 0) || a.node.label.localeCompare(b.node.label));
  }
  return [...groups.values()];
}

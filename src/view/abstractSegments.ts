import type { GraphLink } from '../model/types.js';

export interface Segment {
  text: string;
  /** The node this stretch of text mentions, when it is evidence for a link. */
  target: string | null;
  start: number;
}

/**
 * Splits a paper's abstract into plain text and mentions, from the evidence on the paper's links.
 * Where mentions overlap ("Reka Core" inside "Reka Core, Flash, and Edge"), the one that starts
 * first wins, and the longer one of two that start together: text is never shown twice.
 */
export function abstractSegments(abstract: string, paperId: string, links: readonly GraphLink[]): Segment[] {
  const marks: Array<{ start: number; end: number; target: string }> = [];
  for (const l of links) {
    if (l.source !== paperId || !l.evidence) continue;
    for (const e of l.evidence) {
      if (e.start >= 0 && e.end <= abstract.length && e.start < e.end) marks.push({ start: e.start, end: e.end, target: l.target });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: abstract.slice(at, m.start), target: null, start: at });
    out.push({ text: abstract.slice(m.start, m.end), target: m.target, start: m.start });
    at = m.end;
  }
  if (at < abstract.length) out.push({ text: abstract.slice(at), target: null, start: at });
  return out;
}

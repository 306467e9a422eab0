import type { Evidence } from '../model/types.js';
import { findMentions } from './findMentions.js';

/**
 * The evidence for one link: every whole-word occurrence of any of `strings` in `text`, sorted,
 * without duplicates.
 *
 * Where two of the strings overlap ("Reka Core" and its alias "Core"), the mention is the longer
 * one, so a span inside a longer span of the same link is dropped. `notWithin` names longer
 * phrases that belong to something else (the organisation "Reka" inside the model name
 * "Reka Core"): an occurrence lying inside one of them is not evidence for this link.
 */
export function collectEvidence(
  text: string,
  strings: readonly string[],
  notWithin: readonly string[] = [],
): Evidence[] {
  const excluded = notWithin.flatMap((phrase) => findMentions(text, phrase));
  const spans = new Map<string, Evidence>();
  for (const s of strings) {
    for (const span of findMentions(text, s)) spans.set(`${span.start}:${span.end}`, span);
  }
  const all = [...spans.values()];
  const within = (a: Evidence, b: Evidence): boolean => b.start <= a.start && a.end <= b.end;
  const longer = (a: Evidence, b: Evidence): boolean => b.end - b.start > a.end - a.start;
  return all
    .filter((span) => !all.some((other) => within(span, other) && longer(span, other)))
    .filter((span) => !excluded.some((other) => within(span, other)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

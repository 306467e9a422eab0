import type { Evidence } from '../model/types.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Every whole-word occurrence of `needle` in `text`, as `[start, end)` offsets in text order.
 *
 * Case: a needle with any upper-case letter is a name or an acronym ("Core", "LLMs", "Reka Core")
 * and must match exactly, so "Core" never matches "core"; an all-lower-case needle is a common
 * phrase ("large language models") and matches in any case, so a sentence-initial capital does
 * not hide it.
 *
 * Boundaries: a match may not start or end inside a word (letters and digits), so "Core" is not
 * found in "score" and "LLM" is not found in "LLMs". Punctuation, including a hyphen, ends a word:
 * "ChatGPT" is found in "ChatGPT-like", "LLM" in "LLM-based". A needle that itself starts or ends
 * with punctuation needs no boundary on that side.
 */
export function findMentions(text: string, needle: string): Evidence[] {
  if (needle.length === 0) throw new Error('findMentions: empty search string');
  const exact = needle !== needle.toLowerCase();
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  const found: Evidence[] = [];
  for (let start = 0; start + needle.length <= text.length; start += 1) {
    const end = start + needle.length;
    const candidate = text.slice(start, end);
    // Comparing slice by slice (not a lower-cased copy of the text) keeps offsets exact even for
    // characters whose lower case has a different length.
    if (exact ? candidate !== needle : candidate.toLowerCase() !== needle) continue;
    if (checkStart && isWordChar(text[start - 1])) continue;
    if (checkEnd && isWordChar(text[end])) continue;
    found.push({ start, end });
  }
  return found;
}

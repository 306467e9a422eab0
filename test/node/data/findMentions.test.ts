import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../../src/ingest/collectEvidence.js';
import { findMentions } from '../../../src/ingest/findMentions.js';

describe('findMentions', () => {
  it('finds a name only as a whole word and in its own case', () => {
    const text = 'Core scores well; the core idea is Core-like. Core';
    expect(findMentions(text, 'Core')).toEqual([
      { start: 0, end: 4 },
      { start: 35, end: 39 },
      { start: 46, end: 50 },
    ]);
  });

  it('does not find an acronym inside a longer word', () => {
    expect(findMentions('LLMs and an LLM-based agent', 'LLM')).toEqual([{ start: 12, end: 15 }]);
    expect(findMentions('ChatGPT-like GPT4-V', 'GPT')).toEqual([]);
    expect(findMentions('ReSAN is built on ReSA.', 'ReSA')).toEqual([{ start: 18, end: 22 }]);
  });

  it('finds an all-lower-case phrase in any case', () => {
    const text = 'Large language models. Such large language models';
    expect(findMentions(text, 'large language models')).toEqual([
      { start: 0, end: 21 },
      { start: 28, end: 49 },
    ]);
    expect(findMentions(text, 'Large language models')).toEqual([{ start: 0, end: 21 }]);
  });

  it('treats a hyphen as the end of a word', () => {
    expect(findMentions('the ChatGPT-like assistant', 'ChatGPT')).toEqual([{ start: 4, end: 11 }]);
    expect(findMentions('video (Perception-Test), Core', 'Perception-Test')).toEqual([
      { start: 7, end: 22 },
    ]);
  });

  it('needs no boundary beside punctuation that the needle itself starts with', () => {
    expect(findMentions('see//github.com/x', '//github.com')).toEqual([{ start: 3, end: 15 }]);
  });

  it('rejects an empty needle', () => {
    expect(() => findMentions('text', '')).toThrow('empty search string');
  });
});

describe('collectEvidence', () => {
  it('keeps the longer of two overlapping strings of the same link', () => {
    const text = 'We introduce Reka Core. Core is large.';
    expect(collectEvidence(text, ['Core', 'Reka Core'])).toEqual([
      { start: 13, end: 22 },
      { start: 24, end: 28 },
    ]);
  });

  it('drops occurrences inside a phrase that names something else', () => {
    const text = 'Reka Core was trained by Reka. Reka models';
    expect(collectEvidence(text, ['Reka'], ['Reka Core'])).toEqual([
      { start: 25, end: 29 },
      { start: 31, end: 35 },
    ]);
  });

  it('returns each span once, in text order', () => {
    const text = 'SNLI and Stanford Natural Language Inference (SNLI)';
    expect(collectEvidence(text, ['SNLI', 'Stanford Natural Language Inference', 'SNLI'])).toEqual([
      { start: 0, end: 4 },
      { start: 9, end: 44 },
      { start: 46, end: 50 },
    ]);
  });
});

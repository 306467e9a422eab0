import { describe, expect, it } from 'vitest';
import { normalizeText, splitWords } from '../../../src/model/normalizeText.js';

describe('normalizeText', () => {
  it('folds case, accents and whitespace', () => {
    expect(normalizeText('  Rényi\tDIVERGENCE \n\n of  Gödel ')).toBe('renyi divergence of godel');
    expect(normalizeText('Re\u0301nyi')).toBe('renyi');
    expect(normalizeText('İstanbul')).toBe('istanbul');
    expect(normalizeText('Ça va, Ångström? naïve façade')).toBe('ca va, angstrom? naive facade');
  });

  it('leaves ASCII alone apart from case and spacing', () => {
    expect(normalizeText('GPT-4 (OpenAI)')).toBe('gpt-4 (openai)');
    expect(normalizeText('a  b\u00a0c')).toBe('a b c');
  });

  it('keeps letters of other scripts', () => {
    expect(normalizeText('Модель ЯЗЫКА')).toBe('модель языка');
    expect(normalizeText('大型语言模型')).toBe('大型语言模型');
  });
});

describe('splitWords', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(splitWords('gpt-4 (openai), self-evolution')).toEqual(['gpt', '4', 'openai', 'self', 'evolution']);
    expect(splitWords('модель, языка!')).toEqual(['модель', 'языка']);
    expect(splitWords('ß and straße')).toEqual(['ß', 'and', 'straße']);
    expect(splitWords(' -- ')).toEqual([]);
    expect(splitWords('')).toEqual([]);
  });
});

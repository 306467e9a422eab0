import data from '../../data/dictionary.json';
import { parseDictionary, type DictionaryEntry } from './extract/Dictionary.js';

let parsed: DictionaryEntry[] | undefined;

/** The dictionary that ships with the tool (data/dictionary.json), checked once on first use. */
export function builtinDictionary(): DictionaryEntry[] {
  parsed ??= parseDictionary(data, 'data/dictionary.json');
  return parsed;
}

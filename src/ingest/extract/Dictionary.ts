/**
 * The entity dictionary (data/dictionary.json): widely used benchmarks and datasets, models,
 * methods and organisations, each with the surface forms authors write and the source that
 * says what it is. Annotated entities of a user's own map use the same shape.
 */
export interface DictionaryEntry {
  /** `<kind>:<slug>`: also the node id when the entry is found. */
  id: string;
  kind: string;
  label: string;
  /** The full name, when the label is an acronym. */
  name?: string;
  aliases?: string[];
  description?: string;
  source?: string;
  /**
   * The name is also a database, a tool or an ordinary word ("PubMed", "Spider"): it counts only
   * where the words around it mark a dataset, as a name the dictionary lacks would.
   */
  needsContext?: boolean;
}

const ID = /^[a-z][a-z0-9-]*:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks an untrusted dictionary value and returns its entries; throws an Error naming the
 * entry and field that is wrong, so a broken data file stops a build with one clear line.
 */
export function parseDictionary(value: unknown, where = 'dictionary'): DictionaryEntry[] {
  const entries = isObject(value) ? value['entries'] : value;
  if (!Array.isArray(entries)) throw new Error(`${where}: expected an "entries" array`);
  const ids = new Set<string>();
  return entries.map((raw: unknown, i): DictionaryEntry => {
    const at = `${where}: entries[${i}]`;
    if (!isObject(raw)) throw new Error(`${at}: expected an object`);
    const id = text(raw, 'id', at, true);
    if (!ID.test(id)) throw new Error(`${at}: id "${id}" is not "<kind>:<lower-case-slug>"`);
    if (ids.has(id)) throw new Error(`${at}: duplicate id "${id}"`);
    ids.add(id);
    const kind = text(raw, 'kind', at, true);
    if (!id.startsWith(`${kind}:`)) throw new Error(`${at}: id "${id}" does not start with "${kind}:"`);
    const entry: DictionaryEntry = { id, kind, label: text(raw, 'label', at, true) };
    for (const key of ['name', 'description', 'source'] as const) {
      const value = text(raw, key, at, false);
      if (value !== '') entry[key] = value;
    }
    const needsContext = raw['needsContext'];
    if (needsContext !== undefined && typeof needsContext !== 'boolean') throw new Error(`${at}.needsContext: expected true or false`);
    if (needsContext === true) entry.needsContext = true;
    const aliases = raw['aliases'];
    if (aliases !== undefined) {
      if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string' && a.trim() !== '')) {
        throw new Error(`${at}.aliases: expected an array of non-empty strings`);
      }
      entry.aliases = aliases as string[];
    }
    return entry;
  });
}

/** Every string that names an entry: label, full name and aliases, without repeats. */
export function surfacesOf(entry: DictionaryEntry): string[] {
  const all = [entry.label, ...(entry.name === undefined ? [] : [entry.name]), ...(entry.aliases ?? [])];
  return [...new Set(all.map((s) => s.trim()).filter((s) => s !== ''))];
}

function text(raw: Record<string, unknown>, key: string, at: string, required: boolean): string {
  const value = raw[key];
  if (value === undefined || value === null) {
    if (required) throw new Error(`${at}.${key}: missing`);
    return '';
  }
  if (typeof value !== 'string' || (required && value.trim() === '')) {
    throw new Error(`${at}.${key}: expected a${required ? ' non-empty' : ''} string`);
  }
  return value.trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

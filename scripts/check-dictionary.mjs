// Checks data/dictionary.json, the entity dictionary the ingest tool matches against abstracts.
//
//   node scripts/check-dictionary.mjs [path/to/dictionary.json]
//
// Exits 1 and lists every problem when the file breaks a rule; otherwise prints the number of
// entries of each kind. The rules follow how surfaces are matched (src/ingest/findMentions.ts): a
// surface with any upper-case letter matches case-sensitively as a whole word, an all-lower-case
// surface matches in any case. The surfaces of an entry are its label, its full name and its aliases
// (src/ingest/extract/Dictionary.ts). So a lower-case surface must not be a common English word,
// and no surface may belong to two entries.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const KINDS = ['benchmark', 'model', 'method', 'organization'];
/** The fewest entries of each kind the dictionary must hold. */
const TARGETS = { benchmark: 300, model: 150, method: 60, organization: 40 };
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LABEL = 32;

/**
 * Names that are also common English words. Written in lower case they would match the word in any
 * abstract ("a race", "the pile", "falcon"), so a lower-case surface equal to one of them is refused;
 * the capitalised or upper-case name ("RACE", "The Pile", "Falcon") is fine.
 */
const STOPLIST = new Set(
  `race drop pile arc math spider fever trec lama squad alpaca dolly falcon bloom opt flamingo whisper
  gemini claude phi mistral vicuna glove adam dropout mixup gopher chinchilla codex cora pythia zephyr
  octo mamba reformer informer crafter charades gorilla guanaco sora grok apple amazon meta inception
  transformer atlas habitat record bird gem dart scan cogs bold atomic ethics pope ruler quality lime
  rouge comet meteor rome star dino align clip pegasus retro opus wit spice adapter orca koala sparrow
  hyena glow performer conformer dreamer rainbow bard muse cohere facebook google wizard cub cars pets
  flowers food places sun office domain set kinetics switchboard`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

const path =
  process.argv[2] ?? fileURLToPath(new URL('../data/dictionary.json', import.meta.url));
const problems = [];
const fail = (message) => problems.push(message);
const warnings = [];

let doc;
try {
  doc = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  console.error(`${path}: not readable JSON: ${error.message}`);
  process.exit(1);
}

if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) fail('top level is not an object');
if (typeof doc?.description !== 'string' || doc.description.trim() === '') {
  fail('top-level "description" is missing or empty');
}
const entries = Array.isArray(doc?.entries) ? doc.entries : [];
if (!Array.isArray(doc?.entries)) fail('"entries" is not an array');

const isText = (value) => typeof value === 'string' && value.trim() !== '';
const isLowerCase = (surface) => surface === surface.toLowerCase();

const ids = new Set();
/** Exact surface -> id of the entry that has it. */
const owner = new Map();
/** Lower-cased surface -> [{ surface, id }], to find surfaces that differ only in case. */
const folded = new Map();
const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0]));

entries.forEach((entry, index) => {
  const where = isText(entry?.id) ? entry.id : `entries[${index}]`;
  if (typeof entry !== 'object' || entry === null) {
    fail(`${where}: not an object`);
    return;
  }
  const { id, kind, label, aliases, source, description, name } = entry;

  // id and kind
  if (!isText(id)) {
    fail(`${where}: missing id`);
  } else {
    if (ids.has(id)) fail(`${id}: duplicate id`);
    ids.add(id);
    const colon = id.indexOf(':');
    const prefix = id.slice(0, colon);
    const slug = id.slice(colon + 1);
    if (colon < 0 || !KINDS.includes(prefix) || !SLUG.test(slug)) {
      fail(`${id}: id is not "<kind>:<lower-case-slug>"`);
    } else if (prefix !== kind) {
      fail(`${id}: id prefix "${prefix}" does not match kind "${kind}"`);
    }
  }
  if (!KINDS.includes(kind)) fail(`${where}: kind "${kind}" is not one of ${KINDS.join(', ')}`);
  else counts[kind] += 1;

  // text fields
  if (!isText(label)) fail(`${where}: missing label`);
  else if (label.length > MAX_LABEL) {
    fail(`${where}: label "${label}" is longer than ${MAX_LABEL} characters`);
  }
  if (!isText(source)) fail(`${where}: missing source`);
  if (!isText(description)) fail(`${where}: missing description`);
  if (name !== undefined && !isText(name)) fail(`${where}: "name" is present but empty`);
  if (aliases !== undefined && !Array.isArray(aliases)) fail(`${where}: "aliases" is not an array`);

  // surfaces: the label, the full name and the aliases (as src/ingest/extract/Dictionary.ts reads them)
  const aliasList = Array.isArray(aliases) ? aliases : [];
  if (new Set(aliasList).size !== aliasList.length) fail(`${where}: an alias is listed twice`);
  const surfaces = [label, name, ...aliasList].filter((surface) => surface !== undefined);
  const own = new Set();
  for (const surface of surfaces) {
    if (!isText(surface)) {
      fail(`${where}: empty or non-string surface`);
      continue;
    }
    if (surface !== surface.trim() || /\s{2,}/.test(surface)) {
      fail(`${where}: surface "${surface}" has stray whitespace`);
    }
    if (own.has(surface)) continue;
    own.add(surface);
    if (isLowerCase(surface) && STOPLIST.has(surface)) {
      fail(`${where}: lower-case surface "${surface}" is a common English word (write its capitalised form)`);
    }
    const other = owner.get(surface);
    if (other !== undefined) fail(`${where}: surface "${surface}" is also a surface of ${other}`);
    else owner.set(surface, where);
    const key = surface.toLowerCase();
    folded.set(key, [...(folded.get(key) ?? []), { surface, id: where }]);
  }
});

// Surfaces of different entries that differ only in case: an all-lower-case one would match the
// other's text (a collision, an error); mixed-case ones each match exactly ("FiD" and "FID"), so
// they are only noted, for a reader to confirm they are different names.
for (const group of folded.values()) {
  const entryIds = new Set(group.map((item) => item.id));
  if (entryIds.size < 2) continue;
  const distinct = new Set(group.map((item) => item.surface));
  if (distinct.size < 2) continue; // exact duplicates are reported above
  const listed = group.map((item) => `"${item.surface}" (${item.id})`).join(', ');
  if (group.some((item) => isLowerCase(item.surface))) {
    fail(`a lower-case surface matches another entry's surface: ${listed}`);
  } else {
    warnings.push(`surfaces differ only in case across entries (each matches exactly): ${listed}`);
  }
}

for (const kind of KINDS) {
  if (counts[kind] < TARGETS[kind]) {
    fail(`only ${counts[kind]} ${kind} entries; the target is at least ${TARGETS[kind]}`);
  }
}

for (const warning of warnings) console.warn(`note: ${warning}`);

const summary = KINDS.map((kind) => `${kind}: ${counts[kind]}`).join(', ');
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`\n${problems.length} problem(s) in ${path} (${summary}; ${entries.length} entries)`);
  process.exit(1);
}
console.log(`${path}: OK`);
console.log(`${summary}; total: ${entries.length}; surfaces: ${owner.size}`);

import { tokenize, type Token } from './tokens.js';
import { NOT_NAMES } from './notNames.js';

/** A benchmark or dataset name found by its context in an abstract, not by the dictionary. */
export interface BenchmarkCandidate {
  name: string;
  start: number;
  end: number;
  /** The abstract presents it as its own ("we introduce FooQA, a benchmark …"). */
  introduced: boolean;
  /** The long form an acronym definition gives ("Stanford Natural Language Inference"). */
  aliases: string[];
  /** Which context found it, for the evaluation report. */
  rule: 'head' | 'list' | 'evaluated-on' | 'introduced' | 'acronym';
}

/** Acronym definitions seen in the text, whatever they name: ACR -> long form. */
export type Definitions = Map<string, string>;

const HEADS = new Set([
  'dataset', 'datasets', 'benchmark', 'benchmarks', 'corpus', 'corpora', 'challenge',
  'challenges', 'suite', 'testbed', 'leaderboard', 'treebank', 'collection',
]);
/** Heads that follow a dataset name but also follow other names: only after an acronym-like name. */
const WEAK_HEADS = new Set(['data', 'tasks', 'task', 'environments', 'environment', 'games', 'test', 'splits', 'split']);
const LIST_INTROS = new Set(['including', 'like', 'namely', ':', '(']);
const SEPARATORS = new Set([',', 'and', 'or', '&', '/']);
const DETERMINERS = new Set(['the', 'both', 'a', 'an', 'its', 'their', 'our']);
const EVAL_CUE = /^(analys|evaluat|experiment|result|test|accura|score|perform|state-of-the-art|sota|benchmark|train|fine-?tun|finetun|pre-?train|outperform|improv|achiev|gain|error|surpass|competitive|report|top-[15]|f1|bleu|rank|valid|establish|record|obtain|attain|reach|exceed|match|beat)/;
const BLOCKING_BEFORE_ON = new Set(['based', 'built', 'relies', 'rely', 'relying', 'depends', 'depend', 'focus', 'focuses', 'focusing', 'conditioned', 'operates', 'operating', 'runs', 'running', 'work', 'works', 'working', 'light', 'shed', 'sheds', 'draws', 'draw', 'drawing', 'hinges', 'effect', 'impact', 'insights', 'perspective', 'views']);
const INTRO_VERBS = /^(introduc|present|propos|releas|construct|creat|curat|collect|build|built|contribut|develop|design|assembl|compil|open-sourc|establish)/;
/** Lower-case words that may describe a dataset between its name and the head noun. */
const DESCRIPTIVE = /^[a-z][a-z-]*$/;
const GLUE_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'on', 'in', 'for', 'with', 'to', 'from', 'by', 'is', 'are', 'was', 'were', 'our', 'their', 'its', 'new', 'that', 'which', 'as', 'at', 'two', 'three', 'four', 'five', 'several', 'multiple', 'various', 'these', 'those', 'public', 'standard', 'popular', 'existing', 'other', 'all', 'both', 'many', 'most', 'some', 'such', 'than', 'we', 'benchmark', 'dataset', 'datasets', 'benchmarks']);
const DESCRIPTOR_COMPOUND = /^\p{Lu}\p{L}*-(scale|domain|based|level|like|style|aware|free|only|specific|wise|oriented|driven|centric|grained|shot|agnostic|guided|augmented|enhanced|tuned|trained|supervised|sized|length|order|step|time|world|source|end|ready|friendly|compatible|powered|native|first)$/u;
const DESCRIPTOR_PREFIX = /^(Multi|Trade|Self|Cross|Semi|Non|Pre|Post|Co|Inter|Intra|Zero|Few|Single|Fine|Coarse|Real|Human|Task|Domain|Long|Short|Open|Closed|Data|Model|Instruction|Knowledge|Text|Image|Video|Speech|Audio|Vision|Language|Large|Small|Billion|Million|Low|High)-\p{Ll}+$/u;
/** "test set", "evaluation sets": a set of examples, not the word "set" in any sense. */
const SET_HEAD = /^(test|data|evaluation|validation|training|dev|development|benchmark|challenge) sets?$/;
const TASK_WORD = /^(Recognition|Answering|Classification|Detection|Segmentation|Translation|Generation|Retrieval|Summari[sz]ation|Parsing|Estimation|Tracking|Prediction|Synthesis|Learning|Completion|Linking|Extraction|Labeling|Labelling|Tagging|Captioning|Grounding|Reasoning|Understanding|Verification|Forecasting|Planning)$/;
const APPOSITION = new Set([',', ':', '—', '–', 'is', 'which']);
const NAMING = new Set(['called', 'named', 'dubbed', 'termed', 'coined']);
const CONNECTORS = new Set(['of', 'for', 'in', 'on', 'the', 'and', 'a', 'to', 'with', '-', '&']);

interface Phrase {
  from: number;
  to: number; // exclusive token index
}

export function findBenchmarkCandidates(
  text: string,
  tokens: Token[] = tokenize(text),
  definitions: Definitions = new Map(),
  known: readonly { start: number; end: number }[] = [],
): BenchmarkCandidate[] {
  const phraseAt = phrasesOf(tokens);
  const found = new Map<string, BenchmarkCandidate>();
  // Lower-cased once: the rules below look at each token many times.
  const lows = tokens.map((t) => t.text.toLowerCase());
  const lower = (i: number): string => lows[i] ?? '';
  const add = (named: Phrase, rule: BenchmarkCandidate['rule'], introduced = false, aliases: string[] = []): void => {
    // A long form followed by its acronym is named by the acronym; the long form becomes an alias.
    const p =
      tokens[named.to]?.text === '(' && tokens[named.to + 2]?.text === ')' && isAcronym(tokens[named.to + 1]?.text ?? '')
        ? { from: named.to + 1, to: named.to + 2 }
        : named;
    const first = tokens[p.from];
    const last = tokens[p.to - 1];
    if (first === undefined || last === undefined) return;
    const name = text.slice(first.start, last.end);
    if (!acceptable(name, p, tokens)) return;
    // "Burgers' equation", "Newton's method": a possessive names a thing of someone's, not a dataset.
    if (/^['’]/.test(text.slice(last.end, last.end + 1))) return;
    // "Automatic Speech Recognition", "Named Entity Recognition": a task, unless a head noun says
    // it is a dataset's name ("the … Recognition benchmark").
    if (p.to - p.from > 1 && TASK_WORD.test(last.text) && rule !== 'head' && rule !== 'acronym') return;
    const key = `${first.start}`;
    const old = found.get(key);
    if (old !== undefined && old.end >= last.end) {
      old.introduced ||= introduced;
      return;
    }
    found.set(key, { name, start: first.start, end: last.end, introduced, aliases, rule });
  };
  /** The phrase list that starts at token i: "X, Y, and Z" (determiners skipped). */
  const listFrom = (i: number, modifiers = false): Phrase[] => {
    const items: Phrase[] = [];
    let at = i;
    for (;;) {
      while (DETERMINERS.has(lower(at))) at += 1;
      // "on the billion-scale Open Academic Graph", "on our newly introduced FooBench": a few
      // lower-case words may describe the first name.
      if (modifiers && items.length === 0) {
        const from = at;
        while (at < from + 3 && phraseAt.get(at) === undefined && isModifier(tokens[at])) at += 1;
        if (phraseAt.get(at) === undefined) at = from;
      }
      const p = phraseAt.get(at);
      if (p === undefined) break;
      items.push(p);
      at = p.to;
      // "(…)" right after a name is its gloss or version, not another list item.
      if (tokens[at]?.text === '(') at = closing(tokens, at) + 1;
      // "the X dataset and Y", "on ImageNet classification, COCO object detection": the head or
      // the task after a name is part of its item, up to the next separator.
      if (HEADS.has(lower(at))) at += 1;
      const after = at;
      if (modifiers) {
        while (at < after + 3 && /^[a-z][a-z-]*$/.test(tokens[at]?.text ?? '') && !GLUE_WORDS.has(lower(at)) && !SEPARATORS.has(lower(at))) at += 1;
        if (!SEPARATORS.has(lower(at))) at = after;
      }
      let separated = false;
      while (SEPARATORS.has(lower(at)) || (lower(at) === 'as' && lower(at + 1) === 'well' && lower(at + 2) === 'as')) {
        at += lower(at) === 'as' ? 3 : 1;
        separated = true;
      }
      if (!separated) break;
    }
    return items;
  };
  /** The phrase list that ends just before token i, read backwards. */
  const listBefore = (i: number): Phrase[] => {
    const items: Phrase[] = [];
    let at = i;
    for (;;) {
      let p = phraseEndingAt(phraseAt, at);
      // "… Natural Language Inference (SNLI) and … (SICK) datasets": the acronym is the item,
      // and its long form before it is skipped.
      if (p === undefined && tokens[at - 1]?.text === ')' && tokens[at - 3]?.text === '(' && isAcronym(tokens[at - 2]?.text ?? '')) {
        items.push({ from: at - 2, to: at - 1 });
        p = phraseEndingAt(phraseAt, at - 3);
        at = p === undefined ? at - 3 : p.from;
      } else if (p === undefined) break;
      else {
        items.push(p);
        at = p.from;
      }
      let separated = false;
      while (at > 0 && SEPARATORS.has(lower(at - 1))) {
        at -= 1;
        separated = true;
      }
      if (!separated) break;
    }
    return items;
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const word = lower(i);
    const isHead = HEADS.has(word) || (word === 'data' && lower(i + 1) === 'set') || SET_HEAD.test(`${lower(i - 1)} ${word}`);
    // Rule "head": "the GLUE benchmark", "on the CIFAR-10, CIFAR-100 and SVHN datasets", and
    // with a few lower-case words between: "the DeepMind Kinetics human action dataset".
    if (isHead || (WEAK_HEADS.has(word) && strongName(tokens, phraseEndingAt(phraseAt, i)))) {
      let end = i;
      if (isHead) {
        while (end > i - 3 && DESCRIPTIVE.test(tokens[end - 1]?.text ?? '') && !GLUE_WORDS.has(lower(end - 1))) end -= 1;
        if (phraseEndingAt(phraseAt, end) === undefined) end = i;
      }
      const before = listBefore(end);
      before.forEach((p, n) => add(p, n === 0 ? 'head' : 'list'));
    }
    // Rule "list": "datasets such as X, Y and Z", "benchmarks (X, Y, Z)", "benchmarks: X and Y".
    if ((HEADS.has(word) && word !== 'data') || SET_HEAD.test(`${lower(i - 1)} ${word}`)) {
      let at = i + 1;
      if (lower(at) === 'such' && lower(at + 1) === 'as') at += 2;
      else if (LIST_INTROS.has(lower(at))) at += 1;
      else if (lower(at) === ',' && ['including', 'namely', 'such', 'like', 'e.g', 'i.e'].includes(lower(at + 1))) {
        at += lower(at + 1) === 'such' ? 3 : 2;
      } else if (lower(at) === ',') {
        at += 1;
        const items = listFrom(at);
        const next = tokens[items[items.length - 1]?.to ?? 0];
        // An appositive list stands only when it is clearly one: several names, or a name
        // that ends the clause ("on two benchmarks, MMLU and GSM8K, …").
        if (items.length >= 2 || (items.length === 1 && (next === undefined || !next.word))) {
          items.forEach((p) => add(p, 'list'));
        }
        continue;
      } else if (NAMING.has(lower(at))) {
        const p = phraseAt.get(at + 1);
        if (p !== undefined) add(p, 'introduced', true);
        continue;
      } else continue;
      // "benchmarks, i.e., Spider and WikiSQL", "datasets (e.g. X, Y)".
      while (['e.g', 'i.e', '.', ',', ':'].includes(lower(at))) at += 1;
      listFrom(at).forEach((p) => add(p, 'list', word !== 'benchmarks' && word !== 'datasets' && introducedIn(tokens, i)));
    }
    // Rule "evaluated-on": "state-of-the-art results on SQuAD and RACE".
    if (word === 'on' || word === 'across' || (word === 'for' && /^(scores?|results?|accurac|performance|f1)/.test(lower(i - 1)))) {
      const context = evaluationBefore(tokens, i);
      // "prior work on BABEL, MLS …": after a word that usually means "about", only names that
      // cannot be ordinary words count.
      if (context === 'cue') listFrom(i + 1, true).forEach((p) => add(p, 'evaluated-on'));
      else if (context === 'weak') listFrom(i + 1).filter((p) => strongName(tokens, p)).forEach((p) => add(p, 'evaluated-on'));
    }
    // Rule "introduced": "we introduce FooQA, a benchmark of …", "FooQA is a new dataset".
    if (INTRO_VERBS.test(word)) {
      let at = i + 1;
      while (DETERMINERS.has(lower(at)) || lower(at) === 'new') at += 1;
      const p = phraseAt.get(at);
      // "we introduce FooQA, a benchmark …" or "… FooQA: a dataset": the name is in apposition
      // to what it is, not the modifier of some other noun ("the Segment Anything (SA) project").
      const after = p === undefined ? -1 : tokens[p.to]?.text === '(' ? closing(tokens, p.to) + 1 : p.to;
      if (p !== undefined && APPOSITION.has(lower(after)) && headSoonAfter(tokens, after, 14)) add(p, 'introduced', true);
      else if (p !== undefined && HEADS.has(lower(after))) add(p, 'introduced', true);
    }
    const p = phraseAt.get(i);
    if (p !== undefined && ((lower(p.to) === ',' && ['a', 'an'].includes(lower(p.to + 1))) || (lower(p.to) === 'is' && ['a', 'an'].includes(lower(p.to + 1))))) {
      if (headSoonAfter(tokens, p.to + 2, 6)) add(p, 'introduced', introducedIn(tokens, i));
    }
    // Rule "acronym": "the Stanford Natural Language Inference (SNLI) corpus".
    if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')') {
      const acronym = tokens[i + 1];
      if (acronym === undefined || !isAcronym(acronym.text)) continue;
      const long = longForm(text, tokens, i, acronym.text);
      if (long === undefined) continue;
      definitions.set(acronym.text, long.text);
      const inner: Phrase = { from: i + 1, to: i + 2 };
      const lastLong = long.lastWord.toLowerCase();
      if (HEADS.has(lastLong) || HEADS.has(lower(i + 3)) || /\b(Dataset|Benchmark|Corpus|Challenge|Treebank|Bank)\b/.test(long.text)) {
        add(inner, 'acronym', introducedIn(tokens, i), [long.text]);
      }
    }
  }
  // "self-supervised video pre-training (SSVP)": an acronym for lower-case words is a term.
  const terms = termAcronyms(tokens);
  // "the DeepMind Control Suite and Atari Games": a name listed with a benchmark the dictionary
  // knows is one too.
  for (const span of known) {
    const from = tokens.findIndex((t) => t.start === span.start);
    const to = tokens.findIndex((t) => t.end === span.end) + 1;
    if (from < 0 || to <= from) continue;
    let next = to;
    if (HEADS.has(lower(next))) next += 1;
    if (SEPARATORS.has(lower(next))) {
      const conjunction = ['and', 'or'].includes(lower(next)) || ['and', 'or'].includes(lower(next + 1));
      while (SEPARATORS.has(lower(next))) next += 1;
      const items = listFrom(next);
      const last = items[items.length - 1];
      // "On the Waymo Open Dataset, CenterPoint outperforms …": a comma before a clause is no list.
      const ends = last !== undefined && (!tokens[last.to]?.word || HEADS.has(lower(last.to)));
      if (conjunction || items.length >= 2 || ends) items.forEach((p) => add(p, 'list'));
    }
    let previous = from;
    if (SEPARATORS.has(lower(previous - 1))) {
      while (previous > 0 && SEPARATORS.has(lower(previous - 1))) previous -= 1;
      listBefore(previous).forEach((p) => add(p, 'list'));
    }
  }
  const list = [...found.values()].filter((c) => !terms.has(c.name)).sort((a, b) => a.start - b.start);
  for (const c of list) {
    const long = definitions.get(c.name);
    if (long !== undefined && !c.aliases.includes(long)) c.aliases.push(long);
  }
  return list;
}

/** Consecutive name-like words: "CIFAR-10", "Natural Questions", "SQuAD 2.0", "WMT 2014". */
function phrasesOf(tokens: Token[]): Map<number, Phrase> {
  const at = new Map<number, Phrase>();
  let i = 0;
  while (i < tokens.length) {
    if (!nameLike(tokens[i])) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && j - i < 5 && (nameLike(tokens[j]) || /^v?\d+(\.\d+)*$/.test(tokens[j]?.text ?? ''))) j += 1;
    // Each suffix is a phrase too, so a list walked backwards can start mid-run.
    for (let k = i; k < j; k += 1) if (nameLike(tokens[k])) at.set(k, { from: k, to: j });
    i = j;
  }
  return at;
}

function phraseEndingAt(phraseAt: Map<number, Phrase>, end: number): Phrase | undefined {
  for (let from = Math.max(0, end - 5); from < end; from += 1) {
    const p = phraseAt.get(from);
    if (p !== undefined && p.to === end) return p;
  }
  return undefined;
}

export function nameLike(token: Token | undefined): boolean {
  if (token === undefined || !token.word) return false;
  const t = token.text;
  // Most words are plain lower case: settle them before any set lookup or pattern.
  if (t === t.toLowerCase() && !/\d/.test(t)) return false;
  // "Internet-scale", "Open-domain", "Transformer-based": a capitalised word made into a
  // descriptor, not a name ("Something-Something", "ImageNet-1K" keep their capitals or digits).
  if (DESCRIPTOR_COMPOUND.test(t) || DESCRIPTOR_PREFIX.test(t)) return false;
  if (NOT_NAMES.has(t.toLowerCase())) return false;
  if (t.split(/[-/]/).every((part) => NOT_NAMES.has(part.toLowerCase()))) return false;
  if (/\p{L}/u.test(t) && /\d/.test(t)) return !/^\d+(st|nd|rd|th|k|m|b|x|d|s)$/i.test(t);
  if (/^\p{Lu}/u.test(t) && /\p{Lu}/u.test(t.slice(1))) return true;
  if (/^\p{Lu}\p{Ll}/u.test(t)) return !token.initial;
  return false;
}

/** A name that is surely a name, not a capitalised word: "MuJoCo", "Atari-57", "DMLab". */
function strongName(tokens: Token[], p: Phrase | undefined): boolean {
  if (p === undefined) return false;
  return tokens.slice(p.from, p.to).some((t) => /\p{Lu}.*\p{Lu}|\d/u.test(t.text) || /^[A-Z][a-z]+[A-Z]/.test(t.text));
}

function acceptable(name: string, p: Phrase, tokens: Token[]): boolean {
  if (name.length > 48 || p.to - p.from > 5) return false;
  if (/^\d/.test(name)) return false;
  const words = tokens.slice(p.from, p.to).map((t) => t.text.toLowerCase());
  return !words.every((w) => NOT_NAMES.has(w) || /^v?\d+(\.\d+)*$/.test(w));
}

/** Whether "on" at i follows an evaluation ("results on", "outperforms … on"), and how surely. */
function evaluationBefore(tokens: Token[], i: number): 'cue' | 'weak' | 'none' {
  const previous = tokens[i - 1]?.text.toLowerCase() ?? '';
  const blocked = BLOCKING_BEFORE_ON.has(previous);
  for (let j = i - 1; j >= Math.max(0, i - 10); j -= 1) {
    const t = tokens[j];
    if (t === undefined || (!t.word && /[.;!?]/.test(t.text))) return 'none';
    if (t.word && EVAL_CUE.test(t.text.toLowerCase())) return blocked ? 'weak' : 'cue';
  }
  return 'none';
}

function isModifier(token: Token | undefined): boolean {
  if (token === undefined || !token.word) return false;
  const t = token.text;
  if (DESCRIPTOR_COMPOUND.test(t) || DESCRIPTOR_PREFIX.test(t)) return true;
  return /^[a-z][a-z-]*$/.test(t) && !GLUE_WORDS.has(t) && !HEADS.has(t);
}

function headSoonAfter(tokens: Token[], from: number, within: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + within); j += 1) {
    const t = tokens[j];
    if (t === undefined) return false;
    if (!t.word && /[.;!?]/.test(t.text)) return false;
    if ((HEADS.has(t.text.toLowerCase()) || t.text.toLowerCase() === 'benchmarking') && t.text.toLowerCase() !== 'data') return true;
  }
  return false;
}

/** Whether the sentence around token i says the paper makes it ("we introduce", "new"). */
function introducedIn(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 14); j -= 1) {
    const t = tokens[j];
    if (t === undefined || (!t.word && /[.!?]/.test(t.text))) return false;
    const w = t.text.toLowerCase();
    if (INTRO_VERBS.test(w) || w === 'new' || w === 'novel' || w === 'our') return true;
  }
  return false;
}

function closing(tokens: Token[], open: number): number {
  for (let j = open + 1; j < Math.min(tokens.length, open + 12); j += 1) {
    if (tokens[j]?.text === ')') return j;
  }
  return open;
}

/** Acronyms the text defines by lower-case words: "vision-language-action models (VLA)". */
function termAcronyms(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')') continue;
    const acronym = tokens[i + 1]?.text ?? '';
    if (!isAcronym(acronym)) continue;
    const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
    const initials: string[] = [];
    for (let j = i - 1; j >= Math.max(0, i - 8) && initials.length < letters.length + 2; j -= 1) {
      const t = tokens[j];
      if (t === undefined || !t.word || t.text !== t.text.toLowerCase()) break;
      initials.unshift(...t.text.split('-').map((part) => part[0] ?? ''));
      const spelled = initials.join('');
      // The long form may end in a plural head ("models") the acronym leaves out.
      if (spelled === letters || spelled.slice(0, -1) === letters) {
        out.add(acronym);
        break;
      }
    }
  }
  return out;
}

function isAcronym(text: string): boolean {
  return /^[\p{Lu}\d][\p{L}\d-]*$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && text.length <= 16;
}

/**
 * The capitalised words before "(" whose initials spell the acronym, allowing small connector
 * words ("of", "for") and letters taken from inside a word ("SQuAD" from "Stanford Question
 * Answering Dataset"). The shortest such run wins, so a sentence's opening words stay out.
 */
function longForm(
  text: string,
  tokens: Token[],
  open: number,
  acronym: string,
): { text: string; lastWord: string } | undefined {
  const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')].map((c) => c.toLowerCase());
  const words: Token[] = [];
  for (let j = open - 1; j >= Math.max(0, open - 12); j -= 1) {
    const t = tokens[j];
    if (t === undefined) break;
    const w = t.text.toLowerCase();
    if (!t.word && t.text !== '-') break;
    if (t.word && !/^[\p{Lu}\d]/u.test(t.text) && !CONNECTORS.has(w)) break;
    words.unshift(t);
    const initials = words
      .filter((x) => x.word && !CONNECTORS.has(x.text.toLowerCase()))
      .flatMap((x) => x.text.split('-').map((part) => part[0]?.toLowerCase() ?? ''));
    if (initials.length === letters.length && initials.every((c, k) => c === letters[k])) {
      const first = words[0];
      const last = tokens[open - 1];
      if (first === undefined || last === undefined) return undefined;
      return { text: text.slice(first.start, last.end), lastWord: last.text };
    }
    if (initials.length > letters.length) break;
  }
  // "Stanford Question Answering Dataset (SQuAD)": the acronym takes more than initials.
  const capitalised = [];
  for (let j = open - 1; j >= Math.max(0, open - 8); j -= 1) {
    const t = tokens[j];
    if (t === undefined || !t.word || !/^\p{Lu}/u.test(t.text)) break;
    capitalised.unshift(t);
    const spelled = capitalised.flatMap((x) => x.text.toLowerCase().split('-'));
    if (spellsAcronym(acronym.toLowerCase(), spelled) && spelled.length >= 2) {
      const first = capitalised[0];
      const last = tokens[open - 1];
      if (first === undefined || last === undefined) return undefined;
      return { text: text.slice(first.start, last.end), lastWord: last.text };
    }
  }
  return undefined;
}

/** Whether the acronym is spelled by prefixes of the words, in order, each word used. */
function spellsAcronym(acronym: string, words: string[]): boolean {
  const go = (a: number, w: number): boolean => {
    if (w === words.length) return a === acronym.length;
    const word = words[w] ?? '';
    for (let n = 1; n <= word.length && a + n <= acronym.length; n += 1) {
      if (acronym.slice(a, a + n) !== word.slice(0, n)) break;
      if (go(a + n, w + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

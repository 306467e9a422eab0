import { describe, expect, it } from 'vitest';
import { EntityExtractor, normalKey, slugify } from '../../../src/ingest/extract/EntityExtractor.js';
import { parseDictionary, type DictionaryEntry } from '../../../src/ingest/extract/Dictionary.js';
import { findBenchmarkCandidates } from '../../../src/ingest/extract/findBenchmarkCandidates.js';
import { SurfaceMatcher } from '../../../src/ingest/extract/SurfaceMatcher.js';

const DICTIONARY: DictionaryEntry[] = [
  { id: 'benchmark:squad', kind: 'benchmark', label: 'SQuAD', name: 'Stanford Question Answering Dataset' },
  { id: 'benchmark:squad-2-0', kind: 'benchmark', label: 'SQuAD 2.0', aliases: ['SQuAD v2.0'] },
  { id: 'benchmark:gsm8k', kind: 'benchmark', label: 'GSM8K', aliases: ['GSM8k'] },
  { id: 'model:bert', kind: 'model', label: 'BERT' },
  { id: 'model:gpt-4', kind: 'model', label: 'GPT-4' },
  { id: 'method:chain-of-thought', kind: 'method', label: 'Chain-of-thought', aliases: ['chain-of-thought prompting'] },
  { id: 'organization:openai', kind: 'organization', label: 'OpenAI' },
];

/** The entities of one abstract as `label:kind@start-end,…` strings, easy to read in a failure. */
function found(text: string, entries = DICTIONARY): string[] {
  return new EntityExtractor(entries)
    .extract(text)
    .map((e) => `${e.label}:${e.kind}${e.introduced ? '(new)' : ''}@${e.spans.map((s) => `${s.start}-${s.end}`).join(',')}`);
}

const span = (text: string, part: string, from = 0): string => {
  const start = text.indexOf(part, from);
  return `${start}-${start + part.length}`;
};

describe('SurfaceMatcher', () => {
  it('matches names exactly and lower-case phrases in any case, as whole words, longest first', () => {
    const m = new SurfaceMatcher();
    m.add('SQuAD', 'a');
    m.add('SQuAD 2.0', 'b');
    m.add('chain-of-thought prompting', 'c');
    const text = 'Chain-of-thought prompting on SQuAD 2.0 and SQuAD, not squad or SQuADs.';
    expect(m.match(text)).toEqual([
      { start: 0, end: 26, key: 'c' },
      { start: 30, end: 39, key: 'b' },
      { start: 44, end: 49, key: 'a' },
    ]);
  });
});

describe('EntityExtractor', () => {
  it('finds dictionary entries of every kind with the offsets of each mention', () => {
    const text = 'OpenAI trained GPT-4 with chain-of-thought prompting; GPT-4 beats BERT on GSM8K and SQuAD v2.0.';
    expect(found(text)).toEqual([
      `OpenAI:organization@${span(text, 'OpenAI')}`,
      `GPT-4:model@${span(text, 'GPT-4')},${span(text, 'GPT-4', 30)}`,
      `Chain-of-thought:method@${span(text, 'chain-of-thought prompting')}`,
      `BERT:model@${span(text, 'BERT')}`,
      `GSM8K:benchmark@${span(text, 'GSM8K')}`,
      `SQuAD 2.0:benchmark@${span(text, 'SQuAD v2.0')}`,
    ]);
  });

  it('finds benchmarks the dictionary lacks from the words around them', () => {
    const text =
      'We evaluate on the CIFAR-10, CIFAR-100 and SVHN datasets, the Kinetics benchmark, ' +
      'and benchmarks such as WikiText-103 and Penn Treebank. Results on ImageNet improve.';
    expect(found(text, [])).toEqual([
      `CIFAR-10:benchmark@${span(text, 'CIFAR-10')}`,
      `CIFAR-100:benchmark@${span(text, 'CIFAR-100')}`,
      `SVHN:benchmark@${span(text, 'SVHN')}`,
      `Kinetics:benchmark@${span(text, 'Kinetics')}`,
      `WikiText-103:benchmark@${span(text, 'WikiText-103')}`,
      `Penn Treebank:benchmark@${span(text, 'Penn Treebank')}`,
      `ImageNet:benchmark@${span(text, 'ImageNet')}`,
    ]);
  });

  it('marks a benchmark the abstract introduces and finds its later mentions', () => {
    const text = 'We introduce FooQA, a benchmark of 5,000 questions. Models score 41% on FooQA.';
    expect(found(text, [])).toEqual([`FooQA:benchmark(new)@${span(text, 'FooQA')},${span(text, 'FooQA', 20)}`]);
  });

  it('makes an acronym the abstract defines the name, with its long form as an alias', () => {
    const text = 'It is state-of-the-art on the Stanford Natural Language Inference (SNLI) corpus.';
    const [snli] = new EntityExtractor([]).extract(text);
    expect(snli).toEqual({
      id: 'benchmark:snli',
      kind: 'benchmark',
      label: 'SNLI',
      spans: [
        { start: text.indexOf('Stanford'), end: text.indexOf(' (SNLI)') },
        { start: text.indexOf('SNLI'), end: text.indexOf('SNLI') + 4 },
      ],
      introduced: false,
      aliases: ['Stanford Natural Language Inference'],
      via: 'evaluated-on',
    });
  });

  it('never takes a model, a task, a metric or a generic phrase for a benchmark', () => {
    const text =
      'Fine-tuned BERT outperforms GPT-4 on question answering across three datasets and ' +
      'several benchmarks, improving BLEU on English. Experiments on two public datasets agree.';
    expect(found(text)).toEqual([`BERT:model@${span(text, 'BERT')}`, `GPT-4:model@${span(text, 'GPT-4')}`]);
  });

  it('links a name found in one abstract from the others that use it without context', () => {
    const x = new EntityExtractor([]);
    const a = 'We release ZetaBench, a benchmark for agents.';
    const b = 'Our agent solves half of ZetaBench.';
    x.extract(a);
    const plain = x.extract(b);
    expect(plain).toEqual([]);
    expect(x.withCorpusNames(b, plain).map((e) => [e.id, e.via, e.spans])).toEqual([
      ['benchmark:zetabench', 'corpus', [{ start: b.indexOf('ZetaBench'), end: b.indexOf('ZetaBench') + 9 }]],
    ]);
  });
});

describe('findBenchmarkCandidates', () => {
  it('reads lists after a head noun, with "such as", a colon or parentheses', () => {
    const names = (text: string): string[] => findBenchmarkCandidates(text).map((c) => c.name);
    expect(names('Results on three benchmarks: MMLU, BBH, and DROP.')).toEqual(['MMLU', 'BBH', 'DROP']);
    expect(names('on reasoning benchmarks (ARC, HellaSwag and PIQA) and more')).toEqual(['ARC', 'HellaSwag', 'PIQA']);
    expect(names('on two benchmarks, Natural Questions and TriviaQA, our retriever wins')).toEqual(['Natural Questions', 'TriviaQA']);
    expect(names('On standard benchmarks, FooNet outperforms all baselines.')).toEqual([]);
    expect(names('This is based on Transformer layers and relies on Wikipedia text.')).toEqual([]);
  });
});

describe('what is not a benchmark', () => {
  const names = (text: string): string[] => findBenchmarkCandidates(text).map((c) => c.name);

  it('skips descriptors, acronyms of lower-case terms and names that modify another noun', () => {
    expect(names('Models trained on Internet-scale data win on Open-domain QA.')).toEqual([]);
    expect(names('We obtain findings on self-supervised video pre-training (SSVP) and on SSVP data.')).toEqual([]);
    expect(names('We introduce the Segment Anything (SA) project: a new task, model, and dataset.')).toEqual([]);
    expect(names('We introduce the Segment Anything (SA) dataset.')).toEqual(['SA']);
  });

  it('takes an ambiguous dictionary name only where the words around it mark a dataset', () => {
    const pubmed: DictionaryEntry = { id: 'benchmark:pubmed', kind: 'benchmark', label: 'PubMed', needsContext: true };
    expect(found('A QA dataset collected from PubMed abstracts.', [pubmed])).toEqual([]);
    const text = 'Node classification on the Cora, Citeseer and PubMed datasets.';
    expect(found(text, [pubmed]).map((e) => e.split('@')[0])).toEqual(['Cora:benchmark', 'Citeseer:benchmark', 'PubMed:benchmark']);
  });
});

describe('names read from their context', () => {
  const names = (text: string): string[] => findBenchmarkCandidates(text).map((c) => c.name);

  it('reads past modifiers, "test set called", and after "work on" takes only sure names', () => {
    expect(names('Experiments on the billion-scale Open Academic Graph show gains.')).toEqual(['Open Academic Graph']);
    expect(names('We collect a new test set called NovelEval, based on recent news.')).toEqual(['NovelEval']);
    expect(names('It improves over prior work on BABEL, MLS, CommonVoice as well as VoxPopuli.')).toEqual(['BABEL', 'MLS', 'CommonVoice', 'VoxPopuli']);
    expect(names('It improves over prior work on Reasoning and Planning.')).toEqual([]);
  });

  it("lets the abstract's own definition of an acronym win over the dictionary", () => {
    const sgd: DictionaryEntry = { id: 'method:sgd', kind: 'method', label: 'SGD', name: 'stochastic gradient descent' };
    const text = 'We introduce the Schema-Guided Dialogue (SGD) dataset. SGD has 16k dialogues.';
    expect(found(text, [sgd])).toEqual([`SGD:benchmark(new)@${span(text, 'Schema-Guided Dialogue')},${span(text, 'SGD')},${span(text, 'SGD', 50)}`]);
    expect(found('Trained with SGD on MNIST.', [sgd]).map((e) => e.split('@')[0])).toEqual(['SGD:method', 'MNIST:benchmark']);
  });
});

describe('more contexts', () => {
  const names = (text: string): string[] => findBenchmarkCandidates(text).map((c) => c.name);

  it('reads "benchmarks, i.e., X and Y", and leaves tasks, modalities and descriptors out', () => {
    expect(names('Most benchmarks, i.e., Spider, and WikiSQL, use small databases.')).toEqual(['Spider', 'WikiSQL']);
    expect(names('Results on Automatic Speech Recognition improve on CT and MRI.')).toEqual([]);
    expect(names('TDC includes 66 AI-ready datasets.')).toEqual([]);
    expect(names('We propose LEAF, a modular benchmarking framework.')).toEqual(['LEAF']);
  });

  it('lets a spelling variant find a known benchmark, but only the same case makes a known model', () => {
    const entries: DictionaryEntry[] = [
      { id: 'model:codex', kind: 'model', label: 'Codex' },
      { id: 'benchmark:gsm8k', kind: 'benchmark', label: 'GSM8K' },
    ];
    expect(found('We present CoDEx, a set of knowledge graph completion datasets.', entries).map((e) => e.split('@')[0])).toEqual(['CoDEx:benchmark(new)']);
    expect(found('Accuracy on the GSM-8k benchmark rises.', entries).map((e) => e.split('@')[0])).toEqual(['GSM8K:benchmark']);
  });
});

describe('lists and coordination', () => {
  const names = (text: string): string[] => findBenchmarkCandidates(text).map((c) => c.name);

  it('reads items with their head or task, and leaves possessives out', () => {
    expect(names('strong on benchmarks such as the Moderation Evaluation dataset and ToxicChat today')).toEqual(['Moderation Evaluation', 'ToxicChat']);
    expect(names('We measure our performance on Imagenet classification, COCO object detection, VOC image segmentation.')).toEqual(['Imagenet', 'COCO', 'VOC']);
    expect(names("We perform experiments on Burgers' equation and Darcy flow.")).toEqual([]);
    expect(names('It sets new F1 scores for PPI (0.995) and Flickr (0.51).')).toEqual(['PPI', 'Flickr']);
  });

  it('takes a name listed with a known benchmark for one, but not the subject of the next clause', () => {
    const entries: DictionaryEntry[] = [{ id: 'benchmark:dmc', kind: 'benchmark', label: 'DeepMind Control Suite' }];
    const text = 'Gains on the DeepMind Control Suite and Atari Games. On the DeepMind Control Suite, CURL is first.';
    expect(found(text, entries).map((e) => e.split('@')[0])).toEqual(['DeepMind Control Suite:benchmark', 'Atari Games:benchmark']);
  });
});

describe('parseDictionary', () => {
  it('checks ids, kinds and aliases and says which entry is wrong', () => {
    expect(parseDictionary({ entries: [{ id: 'model:t5', kind: 'model', label: 'T5', aliases: ['T5-11B'] }] })).toEqual([
      { id: 'model:t5', kind: 'model', label: 'T5', aliases: ['T5-11B'] },
    ]);
    expect(() => parseDictionary({ entries: [{ id: 'model:T5', kind: 'model', label: 'T5' }] })).toThrow(
      'dictionary: entries[0]: id "model:T5" is not "<kind>:<lower-case-slug>"',
    );
    expect(() => parseDictionary({ entries: [{ id: 'model:t5', kind: 'benchmark', label: 'T5' }] })).toThrow(
      'dictionary: entries[0]: id "model:t5" does not start with "benchmark:"',
    );
    expect(() => parseDictionary({ entries: [{ id: 'model:t5', kind: 'model', label: 'T5', aliases: [''] }] })).toThrow(
      'dictionary: entries[0].aliases: expected an array of non-empty strings',
    );
  });
});

describe('names', () => {
  it('folds case and punctuation into a key and a slug', () => {
    expect(normalKey('GSM-8k')).toBe(normalKey('GSM8K'));
    expect(slugify('Café SQuAD v2.0')).toBe('cafe-squad-v2-0');
  });
});

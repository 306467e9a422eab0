/**
 * Reproducible synthetic abstracts for the ingest benchmark: the same seed gives the same text.
 * They read like ML abstracts (a problem, a method, named benchmarks and models, results) so
 * that extraction and similarity do the work they do on real corpora.
 */
import { lcg } from '../src/layout/lcg.js';

const FIELDS = [
  ['question answering', 'reading comprehension', 'retrieval', 'open-domain questions'],
  ['image classification', 'visual recognition', 'convolutional features', 'data augmentation'],
  ['object detection', 'instance segmentation', 'bounding boxes', 'anchor-free detectors'],
  ['machine translation', 'low-resource languages', 'subword units', 'back-translation'],
  ['reinforcement learning', 'policy optimization', 'sample efficiency', 'continuous control'],
  ['graph neural networks', 'node classification', 'message passing', 'over-smoothing'],
  ['speech recognition', 'acoustic models', 'self-supervised speech', 'noisy audio'],
  ['mathematical reasoning', 'chain-of-thought', 'step-by-step solutions', 'verifier models'],
  ['code generation', 'program synthesis', 'unit tests', 'repository context'],
  ['summarization', 'abstractive summaries', 'factual consistency', 'long documents'],
];
const BENCHMARKS = [
  ['SQuAD', 'Natural Questions', 'TriviaQA', 'HotpotQA'],
  ['ImageNet', 'CIFAR-10', 'CIFAR-100', 'SVHN'],
  ['COCO', 'Pascal VOC', 'LVIS', 'Cityscapes'],
  ['WMT14', 'IWSLT', 'FLORES-200', 'WMT16'],
  ['MuJoCo', 'Atari', 'D4RL', 'Procgen'],
  ['Cora', 'Citeseer', 'ogbn-arxiv', 'QM9'],
  ['LibriSpeech', 'Common Voice', 'VoxCeleb', 'AudioSet'],
  ['GSM8K', 'MATH', 'SVAMP', 'AQuA-RAT'],
  ['HumanEval', 'MBPP', 'APPS', 'SWE-bench'],
  ['CNN/DailyMail', 'XSum', 'Gigaword', 'arXiv summarization'],
];
const MODELS = ['BERT', 'RoBERTa', 'T5', 'GPT-3', 'GPT-4', 'LLaMA', 'ResNet', 'ViT', 'CLIP', 'Whisper', 'Mistral 7B', 'PaLM'];
const VERBS = ['propose', 'introduce', 'present', 'develop', 'study'];
const ADJECTIVES = ['simple', 'scalable', 'robust', 'efficient', 'general', 'lightweight', 'modular'];
const NOUNS = ['framework', 'objective', 'architecture', 'training recipe', 'regularizer', 'decoding strategy', 'curriculum'];
const FILLER = [
  'Prior work relies on large labelled datasets and careful tuning, which limits its use in practice.',
  'Our analysis shows where the gains come from and which components matter most.',
  'We release code and checkpoints to support further research.',
  'Ablations confirm that each component contributes to the final performance.',
  'The method adds little computational overhead at inference time.',
  'We further analyse failure cases and discuss limitations of the approach.',
];

export interface GeneratedRecord {
  id: string;
  title: string;
  authors: string[];
  year: number;
  abstract: string;
}

export function generateCorpus(count: number, seed = 7): GeneratedRecord[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const records: GeneratedRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const field = Math.floor(random() * FIELDS.length);
    const topics = FIELDS[field] as string[];
    const benches = BENCHMARKS[field] as string[];
    const [a, b] = [pick(benches), pick(benches)];
    const name = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}${pick(['Net', 'Former', 'Mix', 'Align', 'Tune'])}`;
    const newData = random() < 0.1 ? ` We also introduce ${name}Bench-${i}, a benchmark of ${200 + (i % 900)} curated examples.` : '';
    const sentences = [
      `${capital(pick(topics))} remains challenging because ${pick(topics)} and ${pick(topics)} interact in ways current methods ignore.`,
      `We ${pick(VERBS)} ${name}, a ${pick(ADJECTIVES)} ${pick(NOUNS)} for ${pick(topics)} that builds on ${pick(MODELS)}.`,
      pick(FILLER),
      `Experiments on the ${a} and ${b} datasets show that ${name} improves over ${pick(MODELS)} by ${(1 + random() * 9).toFixed(1)} points.`,
      `On ${pick(benches)}, it reaches state-of-the-art results for ${pick(topics)} with ${pick(ADJECTIVES)} ${pick(NOUNS)}s.`,
      pick(FILLER),
      `${capital(pick(topics))} and ${pick(topics)} both benefit from the ${pick(NOUNS)}, as our ablations on ${pick(topics)} show.`,
      pick(FILLER),
    ];
    records.push({
      id: `gen-${i}`,
      title: `${name}: ${capital(pick(ADJECTIVES))} ${pick(NOUNS)} for ${pick(topics)}`,
      authors: [`Author ${i % 97}`, `Author ${(i * 13) % 89}`],
      year: 2015 + (i % 10),
      abstract: sentences.join(' ') + newData,
    });
  }
  return records;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

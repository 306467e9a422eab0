/**
 * Capitalised or acronym words that are never a benchmark's name by themselves: languages,
 * metrics, field names, units and the capitalised words of ordinary prose. Lower case.
 * A candidate made only of these ("English", "BLEU", "NLP", "State-of-the-art") is dropped.
 */
export const NOT_NAMES = new Set(
  `
  english german french chinese japanese korean spanish italian portuguese russian arabic hindi
  dutch turkish vietnamese thai indonesian swahili czech polish romanian finnish greek hebrew
  bengali urdu persian tamil telugu mandarin cantonese multilingual en de fr zh ja ko es ru it
  bleu rouge rouge-l rouge-1 rouge-2 meteor cider spice bertscore bleurt chrf ter wer cer per
  f1 f-score em exact-match map auc roc auroc auprc fid kid psnr ssim lpips iou miou ap ap50 mrr
  ndcg recall precision accuracy top-1 top-5 pass@1 pass@k elo perplexity ppl acc
  mota motp idf1 hota mae mse rmse mape smape crps ece brier spearman pearson kendall
  psnr-b ms-ssim fvd clipscore r-precision hits@1 hits@10 mrr@10 ndcg@10 recall@1 recall@10
  area split subset
  ct mri fmri pet eeg ecg x-ray rgb rgb-d lidar radar ultrasound
  ai ml nlp nlu nlg cv rl asr tts mt qa vqa ir ner pos srl gnn gnns cnn cnns rnn rnns lstm gru mlp
  llm llms lm lms plm plms mllm mllms vlm vlms slm
  gpu gpus tpu tpus cpu api apis sota json html pdf url http sql python java c++ pytorch tensorflow
  jax github arxiv wikipedia reddit twitter youtube internet web
  we our this these those the a an in on for of to with by from at as and or but its their it
  however moreover furthermore additionally finally first second third further also here there
  then thus hence while when where which that what who how why both all each every most many
  few several some other another such new novel large small extensive experiments experimental
  results state-of-the-art state sota code data dataset datasets benchmark benchmarks model
  models method methods approach framework task tasks table figure section appendix
  transformer transformers attention bert-style gpt-style
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  i ii iii iv v vi
  `
    .split(/\s+/)
    .filter((word) => word !== ''),
);

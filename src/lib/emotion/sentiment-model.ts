// The shipped sentiment weights (trained by test/eval/train-sentiment.mjs). Kept apart from
// sentiment.ts so code that only scores with other weights does not bundle the 400 KB file.

import weights from './sentiment-weights.json';
import { parseSentimentModel, type SentimentModel } from './sentiment';

let model: SentimentModel | null = null;

/** The shipped model, parsed once. */
export function defaultSentimentModel(): SentimentModel {
	model ??= parseSentimentModel(weights);
	return model;
}

/** What the weights were trained on, for the method note in the UI. */
export const SENTIMENT_TRAINING = weights.training;

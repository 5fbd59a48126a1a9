// Sentiment of a customer-service text: a linear model trained offline on labelled Chinese
// reviews (sentiment-weights.json, see test/eval/train-sentiment.mjs) plus the courier lexicon
// with negation and degree adverbs (lexicon.ts). The model knows everyday praise and complaint;
// the lexicon knows 丢件, 冒领 and 没收到, which e-commerce reviews rarely say.

import { modelFeatures, FEATURE_SCHEME } from './features';
import { lexiconScore, type LexiconHit } from './lexicon';
import type { Clause } from './terms';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

/** The weights file as written by the training script. */
export interface SentimentWeightsFile {
	format: string;
	scheme: string;
	bias: number;
	/** One `feature<TAB>weight` per line. */
	weights: string;
}

export interface SentimentModel {
	bias: number;
	weights: ReadonlyMap<string, number>;
}

/** How the model logit and the lexicon sum are combined and labelled; shown with the results. */
export interface SentimentSettings {
	/** Logit units per lexicon point. */
	lexiconWeight: number;
	/** |score| below this is neutral. */
	neutralBand: number;
	/** Share of the logit kept for an inquiry (a question or request without complaint words). */
	inquiryShare: number;
}

export const DEFAULT_SENTIMENT_SETTINGS: SentimentSettings = {
	lexiconWeight: 1,
	neutralBand: 0.25,
	inquiryShare: 0.25
};

/** Words of questions and requests ("请问…?", "麻烦帮我查一下", "请轻放"). */
const INQUIRY_WORDS: ReadonlySet<string> = new Set([
	'?',
	'请',
	'麻烦',
	'帮忙',
	'帮我',
	'帮',
	'查一下',
	'看一下',
	'查询',
	'哪个',
	'吗',
	'呢',
	'请问',
	'问一下',
	'想问',
	'咨询',
	'如何',
	'怎么',
	'怎样',
	'能否',
	'可否',
	'是否',
	'多少',
	'几天',
	'多久',
	'哪里',
	'哪儿',
	'什么时候',
	'能不能',
	'可不可以'
]);

/**
 * Whether a text asks or requests without complaining ("请问寄手机到北京需要几天?"). The model
 * learnt from reviews, where questions lean negative ("这是正品吗?"); in a service inquiry that
 * lean is noise, while any complaint word in the text keeps it a complaint.
 */
export function isInquiry(
	tokens: readonly string[],
	hits: readonly LexiconHit[],
	complains: boolean
): boolean {
	return !complains && hits.every((h) => h.value >= 0) && tokens.some((t) => INQUIRY_WORDS.has(t));
}

export interface SentimentResult {
	/** From -1 (most negative) to 1 (most positive); tanh of half the combined logit. */
	score: number;
	label: SentimentLabel;
	/** The statistical model's logit alone (bias included). */
	modelLogit: number;
	/** The lexicon's sum alone. */
	lexicon: number;
	/** Lexicon words that scored, for explaining a result. */
	hits: LexiconHit[];
	/** Asked without complaining: the logit was scaled down by `inquiryShare`. */
	inquiry: boolean;
}

/** Parses a weights file; refuses one trained on other features than this code computes. */
export function parseSentimentModel(file: SentimentWeightsFile): SentimentModel {
	if (file.scheme !== FEATURE_SCHEME) {
		throw new Error(
			`sentiment weights use features "${file.scheme}", the code computes "${FEATURE_SCHEME}"`
		);
	}
	const weights = new Map<string, number>();
	for (const line of file.weights.split('\n')) {
		const tab = line.lastIndexOf('\t');
		if (tab > 0) weights.set(line.slice(0, tab), Number(line.slice(tab + 1)));
	}
	return { bias: file.bias, weights };
}

/** The model's logit for a tokenised text. */
export function modelLogit(model: SentimentModel, tokens: readonly string[]): number {
	let logit = model.bias;
	for (const feature of modelFeatures(tokens)) logit += model.weights.get(feature) ?? 0;
	return logit;
}

/**
 * Combines the model and the lexicon for one text (its tokens and annotated clauses); `complains`
 * says whether the complaint dictionaries found a type, which rules out a mere inquiry.
 */
export function scoreSentiment(
	model: SentimentModel,
	tokens: readonly string[],
	clauses: readonly Clause[],
	complains: boolean,
	settings: SentimentSettings = DEFAULT_SENTIMENT_SETTINGS
): SentimentResult {
	const logit = modelLogit(model, tokens);
	const { score: lexicon, hits } = lexiconScore(clauses);
	const inquiry = isInquiry(tokens, hits, complains);
	const combined =
		(logit + settings.lexiconWeight * lexicon) * (inquiry ? settings.inquiryShare : 1);
	const score = Math.tanh(combined / 2);
	return {
		score,
		label: sentimentLabel(score, settings),
		modelLogit: logit,
		lexicon,
		hits,
		inquiry
	};
}

export function sentimentLabel(
	score: number,
	settings = DEFAULT_SENTIMENT_SETTINGS
): SentimentLabel {
	if (score >= settings.neutralBand) return 'positive';
	if (score <= -settings.neutralBand) return 'negative';
	return 'neutral';
}

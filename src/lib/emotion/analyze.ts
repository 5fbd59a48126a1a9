// One entry point for a customer-service text: tokens → annotated clauses → sentiment and
// complaint types. Pure given a tokenizer, so the worker, tests and the eval script share it.

import { complaintTypes, isComplaintWord, withOther, type ComplaintType } from './complaints';
import { isLexiconWord } from './lexicon';
import {
	DEFAULT_SENTIMENT_SETTINGS,
	scoreSentiment,
	type SentimentModel,
	type SentimentResult,
	type SentimentSettings
} from './sentiment';
import { annotate, type Clause } from './terms';
import type { Tokenizer } from './tokenize';

export interface TextAnalysis {
	sentiment: SentimentResult;
	types: ComplaintType[];
}

/** Words the lexicon or the complaint dictionaries score: only these split off glued prefixes. */
export function isKnownWord(word: string): boolean {
	return isLexiconWord(word) || isComplaintWord(word);
}

/** Clauses of annotated terms for a tokenised text. */
export function clausesOf(tokens: readonly string[]): Clause[] {
	return annotate(tokens, isKnownWord);
}

export interface TextAnalyzer {
	analyze(text: string): TextAnalysis;
}

export function createAnalyzer(
	tokenizer: Tokenizer,
	model: SentimentModel,
	settings: SentimentSettings = DEFAULT_SENTIMENT_SETTINGS
): TextAnalyzer {
	return {
		analyze(text: string): TextAnalysis {
			const tokens = tokenizer.cut(customerSide(text));
			const clauses = clausesOf(tokens);
			const found = complaintTypes(clauses);
			const sentiment = scoreSentiment(model, tokens, clauses, found.length > 0, settings);
			return { sentiment, types: withOther(found, sentiment.label === 'negative') };
		}
	};
}

/** Speaker tags of transcripts: "客服:", "坐席：", "客户:", "用户：". */
const SPEAKER = /(客服|坐席|专员|agent|客户|顾客|用户|买家|customer)\s*[:：]/gi;
const AGENT = /^(客服|坐席|专员|agent)/i;

/**
 * The customer's words of a transcript, or the whole text when it has no speaker tags. The
 * agent's apologies ("很抱歉给您带来不便") and reassurance would otherwise colour the score.
 */
export function customerSide(text: string): string {
	const tags = [...text.matchAll(SPEAKER)];
	if (tags.length === 0) return text;
	const parts: string[] = [];
	if (tags[0]!.index! > 0) parts.push(text.slice(0, tags[0]!.index));
	tags.forEach((tag, i) => {
		if (AGENT.test(tag[1]!)) return;
		const end = i + 1 < tags.length ? tags[i + 1]!.index! : text.length;
		parts.push(text.slice(tag.index! + tag[0].length, end));
	});
	const customer = parts
		.map((p) => p.trim().replace(/[。.!?！？,，\s]+$/, ''))
		.filter(Boolean)
		.join('。');
	return customer || text;
}

// Features of the linear sentiment model: words, words under a negator and adjacent word pairs
// within a clause. The training script (test/eval/train-sentiment.mjs) and the app both call
// this, so a change here needs the weights retrained (bump FEATURE_SCHEME).
//
// Deliberately independent of the lexicon: editing the lexicon must not silently invalidate the
// shipped weights.

import { NEGATORS } from './terms';

/** Identifies this feature scheme in the weights file. */
export const FEATURE_SCHEME = 'w+neg3+bigram+courtesy/v1';

const PUNCTUATION = /^[\s,.!?;:。、…~·()[\]{}<>"'`*#@&%$^|\\/+=_-]+$/;
const CLAUSE_END = /[\s,.!?;:。…~]/;
const NEGATION_REACH = 3;

/** What follows 麻烦 when it is a courtesy ("麻烦您", "麻烦帮我查一下", "麻烦了"). */
const AFTER_POLITE = new Set(['您', '你', '帮', '帮忙', '帮我', '问', '问一下', '请', '了']);
/** What comes before 麻烦 when it is a complaint ("太麻烦了", "很麻烦"). */
const BEFORE_TROUBLE = /^(很|太|好|真|挺|特别|非常|比较|超|有点|有些|更|多|怕)$/;
/** Whom a greeting addresses ("客服你好"); reviews name 客服 mostly to complain about it. */
const ADDRESSEES = new Set(['客服', '小哥', '师傅', '快递员']);
const GREETINGS = new Set(['你好', '您好', '在吗']);

/**
 * Whether token i is a courtesy of a service text ("麻烦了", the 客服 of "客服你好") rather than
 * the "troublesome" of a review ("安装太麻烦了"). Courtesy carries no sentiment, so the model
 * does not see it.
 */
function isCourtesy(tokens: readonly string[], i: number): boolean {
	const token = tokens[i]!;
	const next = tokens[i + 1] ?? '';
	if (token === '麻烦') return AFTER_POLITE.has(next) && !BEFORE_TROUBLE.test(tokens[i - 1] ?? '');
	return ADDRESSEES.has(token) && GREETINGS.has(next);
}

/** The distinct features of a tokenised text. Digits collapse to 0 ("3天" and "5天" alike). */
export function modelFeatures(tokens: readonly string[]): string[] {
	const out = new Set<string>();
	let previous = '^';
	let reach = 0;
	for (let i = 0; i < tokens.length; i++) {
		const raw = tokens[i]!;
		if (isCourtesy(tokens, i)) continue;
		if (PUNCTUATION.test(raw)) {
			if (raw.includes('!')) out.add('p:!');
			if (raw.includes('?')) out.add('p:?');
			if (CLAUSE_END.test(raw)) {
				previous = '^';
				reach = 0;
			}
			continue;
		}
		const word = raw.replace(/\d+/g, '0');
		out.add('w:' + word);
		out.add('b:' + previous + '_' + word);
		if (reach > 0) {
			out.add('n:' + word);
			reach--;
		}
		if (NEGATORS.has(word)) reach = NEGATION_REACH;
		previous = word;
	}
	return [...out];
}

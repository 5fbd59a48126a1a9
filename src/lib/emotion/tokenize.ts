// Chinese word segmentation for customer-service texts. jieba-wasm does the cutting; this module
// holds what must be identical wherever text is cut (the browser worker, vitest and the offline
// training script): text normalisation, the courier words added to jieba's dictionary and the
// cut mode. Loading the wasm differs per runtime and lives in tokenize-node.ts / tokenize-web.ts.

/**
 * Cuts text into words. Punctuation stays as separate tokens and each run of whitespace becomes
 * one ' ' token: both mark clause boundaries, which limit the reach of a negation.
 */
export interface Tokenizer {
	cut(text: string): string[];
}

/** The part of jieba-wasm's API we use; the node and web builds both provide it. */
export interface JiebaModule {
	cut(text: string, hmm?: boolean | null): string[];
	add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/**
 * Courier words jieba's stock dictionary splits or misses. Without them "快递员" becomes 快递|员
 * and "丢件" 丢|件, so the complaint dictionaries could not match them as one token.
 */
export const COURIER_WORDS: readonly string[] = [
	'快递员',
	'派件员',
	'收派员',
	'快递小哥',
	'配送员',
	'派件',
	'揽件',
	'揽收',
	'寄件',
	'取件',
	'收件',
	'签收',
	'代签收',
	'虚假签收',
	'冒领',
	'丢件',
	'少件',
	'漏件',
	'错件',
	'破损',
	'理赔',
	'索赔',
	'赔付',
	'保价',
	'保价费',
	'中转',
	'中转站',
	'分拨中心',
	'转运中心',
	'延误',
	'时效',
	'催件',
	'改派',
	'拒收',
	'退件',
	'快递柜',
	'丰巢',
	'驿站',
	'菜鸟驿站',
	'网点',
	'到付',
	'寄付',
	'月结',
	'续重',
	'首重',
	'运费',
	'暴力分拣',
	'次日达',
	'次晨达',
	'隔日达',
	'标快',
	'特快',
	'同城急送',
	'送货上门',
	'不耐烦',
	// Whole, so 不到 inside them is not read as "has not arrived".
	'找不到',
	'查不到',
	'收不到',
	'联系不上',
	'打不通',
	// Whole, so jieba does not cut 没|人理; terms.decompose splits them into 没人 + verb.
	'没人接',
	'没人理',
	'没人管',
	'没人送',
	// Verdicts the stock dictionary splits (给|力, 差|评), so the lexicon could not see them.
	'给力',
	'不给力',
	'差评',
	'再也不用'
];

/**
 * Words whose dictionary frequency must beat a wrong split: "没收到" would otherwise cut as
 * 没收|到 ("confiscate") and lose its negation.
 */
const BOOSTED_WORDS: readonly (readonly [string, number])[] = [
	['收到', 100_000],
	['送到', 50_000]
];

/**
 * Texts are capped so one pasted log cannot stall a batch of 200k; sentiment and complaint cues
 * sit in the first few sentences of a ticket anyway.
 */
export const MAX_TEXT_CHARS = 4000;

/**
 * Full-width forms to ASCII (NFKC), lower case, no BOM or zero-width characters, runs of
 * whitespace collapsed. Punctuation is kept: clause boundaries matter for negation scope.
 */
export function normalizeText(text: string): string {
	return text
		.slice(0, MAX_TEXT_CHARS)
		.normalize('NFKC')
		.replace(/[\uFEFF\u200B-\u200D\u2060]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A Tokenizer over a loaded jieba module. The HMM for unknown words is off: it glues degree words
 * to adjectives ("很差" as one token) and makes the output depend on statistics rather than the
 * dictionary, while every dictionary word still comes out whole.
 */
export function makeTokenizer(jieba: JiebaModule): Tokenizer {
	for (const word of COURIER_WORDS) jieba.add_word(word);
	for (const [word, freq] of BOOSTED_WORDS) jieba.add_word(word, freq);
	return {
		cut(text: string): string[] {
			const normal = normalizeText(text);
			if (!normal) return [];
			return jieba.cut(normal, false).map((t) => (t.trim() === '' ? ' ' : t));
		}
	};
}

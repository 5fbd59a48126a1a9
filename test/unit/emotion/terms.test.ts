// Negation, degree and condition scopes on hand-cut tokens (no jieba needed).
import { describe, expect, it } from 'vitest';
import { clausesOf, isKnownWord } from '$lib/emotion/analyze';
import { decompose, type Term } from '$lib/emotion/terms';

/** The annotated term for `word` in the clauses of `tokens`. */
function term(tokens: string[], word: string, nth = 0): Term {
	const found = clausesOf(tokens)
		.flat()
		.filter((t) => t.word === word);
	const t = found[nth];
	if (!t) throw new Error(`${word} not in ${tokens.join('|')}`);
	return t;
}

describe('negation', () => {
	it('negates the word after a negator', () => {
		expect(term(['没有', '破损'], '破损').negated).toBe(true);
		expect(term(['不', '满意'], '满意').negated).toBe(true);
		expect(term(['满意'], '满意').negated).toBe(false);
	});

	it('stops at a clause boundary and after the first scored word', () => {
		expect(term(['不', ',', '满意'], '满意').negated).toBe(false);
		expect(term(['没有', '破损', '速度', '很', '快'], '快').negated).toBe(false);
		expect(term(['没有', '破损', ',', '但是', '延误', '了'], '延误').negated).toBe(false);
	});

	it('reaches across unscored words and carries over a coordinator', () => {
		expect(term(['没有', '及时', '派送'], '派送').negated).toBe(false);
		expect(term(['没有', '人', '接'], '接').negated).toBe(true);
		expect(term(['没有', '破损', '和', '延误'], '延误').negated).toBe(true);
	});

	it('cancels a double negation', () => {
		expect(term(['不是', '不', '好'], '好').negated).toBe(false);
	});

	it('splits a negator glued to a known word, but not a known compound', () => {
		expect(decompose('没到', isKnownWord)).toEqual(['没', '到']);
		expect(decompose('没人理', isKnownWord)).toEqual(['没人', '理']);
		expect(decompose('不太好', isKnownWord)).toEqual(['不', '太', '好']);
		expect(decompose('不耐烦', isKnownWord)).toEqual(['不耐烦']);
		expect(decompose('扔下来', isKnownWord)).toEqual(['扔', '下来']);
		expect(decompose('不但', isKnownWord)).toEqual(['不但']);
	});
});

describe('degree', () => {
	it('multiplies the scored word after degree adverbs', () => {
		expect(term(['非常', '慢'], '慢').degree).toBeGreaterThan(term(['很', '慢'], '慢').degree);
		expect(term(['有点', '慢'], '慢').degree).toBeLessThan(1);
		expect(term(['慢'], '慢').degree).toBe(1);
	});

	it('tells 很不满意 (strong) from 不很满意 (softened)', () => {
		const strong = term(['非常', '不', '满意'], '满意');
		expect(strong).toMatchObject({ negated: true, negatedBeforeDegree: false });
		expect(strong.degree).toBeGreaterThan(1);
		expect(term(['不', '太', '好'], '好')).toMatchObject({
			negated: true,
			negatedBeforeDegree: true
		});
	});

	it('reads 好 before a scored word as an adverb', () => {
		expect(term(['好', '慢'], '好').modifier).toBe(true);
		expect(term(['服务', '好'], '好').modifier).toBe(false);
	});
});

describe('conditions and contrasts', () => {
	it('marks words after 如果 or 以免 as hypothetical, up to the clause end', () => {
		expect(term(['如果', '丢件', '了', '怎么', '理赔'], '丢件').hypothetical).toBe(true);
		expect(term(['轻放', '以免', '破损'], '破损').hypothetical).toBe(true);
		expect(term(['如果', '丢件', ',', '破损', '了'], '破损').hypothetical).toBe(false);
	});

	it('marks a concession and what follows the contrast', () => {
		const tokens = ['虽然', '有点', '慢', ',', '但是', '破损', '了'];
		expect(term(tokens, '慢')).toMatchObject({ conceded: true, afterContrast: false });
		expect(term(tokens, '破损')).toMatchObject({ conceded: false, afterContrast: true });
	});
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '$lib/emotion/tokenize-node';
import { MAX_TEXT_CHARS, normalizeText, type Tokenizer } from '$lib/emotion/tokenize';

let tokenizer: Tokenizer;
beforeAll(async () => {
	tokenizer = await loadNodeTokenizer();
});

describe('tokenize', () => {
	it('keeps courier words whole', () => {
		const tokens = tokenizer.cut('快递员说包裹在中转站延误了,丢件要找理赔,保价了也没用');
		for (const word of ['快递员', '中转站', '延误', '丢件', '理赔', '保价']) {
			expect(tokens).toContain(word);
		}
	});

	it('cuts a whole courier sentence into words and punctuation', () => {
		expect(tokenizer.cut('派件员不打招呼就放快递柜,态度很差!')).toEqual([
			'派件员',
			'不',
			'打招呼',
			'就',
			'放',
			'快递柜',
			',',
			'态度',
			'很',
			'差',
			'!'
		]);
	});

	it('reads 没收到 as "not received", not 没收 "confiscate"', () => {
		const tokens = tokenizer.cut('显示已签收但是我没收到');
		expect(tokens).toContain('收到');
		expect(tokens).not.toContain('没收');
	});

	it('normalises full-width forms, case, BOM and whitespace', () => {
		expect(normalizeText('\uFEFF快递ＳＦ１２３，太慢了！  ')).toBe('快递sf123,太慢了!');
		expect(tokenizer.cut('质量不好   不推荐')).toEqual(['质量', '不好', ' ', '不', '推荐']);
		expect(tokenizer.cut('   ')).toEqual([]);
	});

	it('caps very long texts', () => {
		expect(normalizeText('慢'.repeat(MAX_TEXT_CHARS + 100))).toHaveLength(MAX_TEXT_CHARS);
	});

	it('is deterministic', () => {
		const text = '包裹在广州分拨中心停了两天没动,什么时候能派送?';
		expect(tokenizer.cut(text)).toEqual(tokenizer.cut(text));
	});
});

import { describe, expect, it } from 'vitest';
import {
	detectDelimiter,
	findHeaderRow,
	headerNames,
	isBlankRow,
	isTotalsRow
} from '$lib/ingest/layout';

describe('layout detection', () => {
	it('detects the delimiter from consistent widths, ignoring single-field title lines', () => {
		expect(detectDelimiter(['运单明细', 'a,b,c', '1,2,3'])).toBe(',');
		expect(detectDelimiter(['a\tb\tc', '1\t2,5\t3'])).toBe('\t');
		expect(detectDelimiter(['a;b;c', '1;2,5;3', '4;5;6'])).toBe(';');
		expect(detectDelimiter(['a|b', '1|2'])).toBe('|');
		expect(detectDelimiter(['single'])).toBe(',');
	});

	it('finds the header below title rows', () => {
		const rows = [
			['2025年3月运单明细', '', ''],
			['导出时间: 2025-04-01', '', ''],
			['运单号', '客户', '运费(元)'],
			['A1', 'C1', '12.5'],
			['A2', 'C2', '8']
		];
		expect(findHeaderRow(rows)).toBe(2);
		expect(
			findHeaderRow([
				['a', 'b'],
				['1', '2']
			])
		).toBe(0);
		// A first row of numbers is data, not a header: fall back to row 0.
		expect(
			findHeaderRow([
				['1', '2'],
				['3', '4']
			])
		).toBe(0);
	});

	it('recognises totals rows', () => {
		expect(isTotalsRow(['合计', '', '', '1234'])).toBe(true);
		expect(isTotalsRow(['', '总计:', '99'])).toBe(true);
		expect(isTotalsRow(['小 计', '1'])).toBe(true);
		expect(isTotalsRow(['Total', '5'])).toBe(true);
		expect(isTotalsRow(['A1', '合计运费', '5'])).toBe(false);
		expect(isTotalsRow(['A1', 'C1', '2', '合计'])).toBe(false);
	});

	it('names blank and duplicate headers', () => {
		expect(headerNames(['\uFEFF运单号', ' 金额 ', '', '金额', '__proto__'])).toEqual([
			'运单号',
			'金额',
			'列3',
			'金额 (2)',
			'__proto__'
		]);
		expect(isBlankRow(['', ' ', ''])).toBe(true);
	});
});

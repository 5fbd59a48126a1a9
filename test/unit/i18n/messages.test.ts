import { describe, expect, it } from 'vitest';
import { detectLocale, translate, asLocale } from '$lib/i18n';
import { en } from '$lib/i18n/messages/en';
import { zhCN } from '$lib/i18n/messages/zh-CN';
import {
	formatBytes,
	formatCompact,
	formatDuration,
	formatPercent,
	formatYuan
} from '$lib/i18n/format';

const placeholders = (s: string) =>
	[...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('messages', () => {
	it('have the same keys in both languages', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
	});

	it('use the same placeholders in both languages', () => {
		for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
			// English drops the Chinese time-of-day words, so {period} may be missing there.
			const zh = placeholders(zhCN[key]).filter((p) => p !== 'period');
			const e = placeholders(en[key]).filter((p) => p !== 'period');
			expect(e, key).toEqual(zh);
		}
	});

	it('are never empty where a sentence is expected', () => {
		for (const [key, text] of Object.entries(zhCN)) {
			if (!key.startsWith('period.')) expect(text.trim(), key).not.toBe('');
		}
	});

	it('fill placeholders and leave unknown ones visible', () => {
		expect(translate('zh-CN', 'home.sample.generating', { done: 5, total: 10 })).toBe(
			'正在生成:5 / 10 单'
		);
		expect(translate('en', 'home.sample.generating', { done: 5 })).toBe(
			'Generating 5 of {total} waybills'
		);
	});

	it('pick the locale from the browser languages', () => {
		expect(detectLocale(['zh-TW', 'en'])).toBe('zh-CN');
		expect(detectLocale(['en-GB', 'zh-CN'])).toBe('en');
		expect(detectLocale(['fr-FR'])).toBe('zh-CN');
		expect(asLocale('en')).toBe('en');
		expect(asLocale('de')).toBeNull();
	});
});

describe('formats', () => {
	it('use 万 and 亿 in Chinese, K/M/B in English', () => {
		expect(formatCompact(9_999, 'zh-CN')).toBe('9,999');
		expect(formatCompact(12_345, 'zh-CN')).toBe('1.2万');
		expect(formatCompact(1_000_000, 'zh-CN')).toBe('100万');
		expect(formatCompact(123_456_789, 'zh-CN')).toBe('1.23亿');
		expect(formatCompact(12_345, 'en')).toBe('12.3K');
		expect(formatCompact(5_000_000, 'en')).toBe('5M');
		expect(formatCompact(2_500_000_000, 'en')).toBe('2.5B');
	});

	it('format money, shares, sizes and durations', () => {
		expect(formatYuan(24.15, 'zh-CN')).toBe('¥24.15');
		expect(formatYuan(242_000, 'zh-CN')).toBe('¥24.2万');
		expect(formatYuan(242_000, 'en')).toBe('¥242K');
		expect(formatPercent(0.66351)).toBe('66.4%');
		expect(formatPercent(0.5)).toBe('50%');
		expect(formatPercent(Number.NaN)).toBe('—');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatDuration(55, 'zh-CN')).toBe('55 毫秒');
		expect(formatDuration(1500, 'en')).toBe('1.5 s');
	});
});

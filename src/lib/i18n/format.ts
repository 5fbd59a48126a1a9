// Number and date formats for both languages: 万/亿 in Chinese, K/M/B in English, ¥ and %.

import type { Locale } from './index';

const trim = (s: string) => s.replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');

/** Compact count: 12.3万 / 1.23亿 in Chinese, 123.4K / 1.2M in English. */
export function formatCompact(n: number, locale: Locale): string {
	if (!Number.isFinite(n)) return '—';
	const abs = Math.abs(n);
	if (locale === 'zh-CN') {
		if (abs >= 1e8) return trim((n / 1e8).toFixed(2)) + '亿';
		if (abs >= 1e4) return trim((n / 1e4).toFixed(abs >= 1e6 ? 0 : 1)) + '万';
		return formatInteger(n, locale);
	}
	if (abs >= 1e9) return trim((n / 1e9).toFixed(2)) + 'B';
	if (abs >= 1e6) return trim((n / 1e6).toFixed(2)) + 'M';
	if (abs >= 1e4) return trim((n / 1e3).toFixed(1)) + 'K';
	return formatInteger(n, locale);
}

/** Whole number with thousands separators. */
export function formatInteger(n: number, locale: Locale): string {
	return Math.round(n).toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-US');
}

/** Number with up to `digits` decimals. */
export function formatNumber(n: number, locale: Locale, digits = 1): string {
	return n.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
		maximumFractionDigits: digits
	});
}

/** Yuan amount, compact above ten thousand: ¥12.3万 / ¥123.4K; cents below 100. */
export function formatYuan(n: number, locale: Locale): string {
	if (!Number.isFinite(n)) return '—';
	if (Math.abs(n) < 100) return '¥' + n.toFixed(2);
	return '¥' + formatCompact(n, locale);
}

/** Share 0–1 as a percentage with `digits` decimals. */
export function formatPercent(share: number, digits = 1): string {
	if (!Number.isFinite(share)) return '—';
	return trim((share * 100).toFixed(digits)) + '%';
}

/** File size in B/KB/MB/GB. */
export function formatBytes(bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let v = bytes;
	let u = 0;
	while (v >= 1024 && u < units.length - 1) {
		v /= 1024;
		u++;
	}
	return `${u === 0 ? v : trim(v.toFixed(1))} ${units[u]}`;
}

/** Duration in ms or s. */
export function formatDuration(ms: number, locale: Locale): string {
	if (ms < 1000) return `${Math.round(ms)} ${locale === 'zh-CN' ? '毫秒' : 'ms'}`;
	return `${trim((ms / 1000).toFixed(1))} ${locale === 'zh-CN' ? '秒' : 's'}`;
}

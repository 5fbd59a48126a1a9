// Horizontal bars for the second profile page: parcel share against revenue share per group
// (province, tier, channel, customer type, age, gender, route, product), and single-measure bars
// (parcels per customer by settlement, coupon use by channel, night share by city).

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatInteger, formatNumber, formatPercent, formatYuan } from '$lib/i18n/format';
import type { CouponRow } from '$lib/profile2/attributes';
import type { SettlementRow } from '$lib/profile2/behaviour';
import type { MixRow } from '$lib/profile2/common';
import type { NightRow } from '$lib/profile2/night';
import { valueLabel } from '$lib/profile2/labels';
import { keyed } from './interaction';
import { SELECTED } from './palette';
import { COLORS } from './theme';

export interface BarsOptions {
	t: Translate;
	locale: Locale;
	/** Available width in px (600–1200 expected). */
	width: number;
	document?: Document;
	/** Display text of a raw key; defaults to the vocabulary label. */
	label?: (key: string) => string;
	/** Raw key of the selected group (outlined). */
	selected?: string | null;
	/** Groups shown; the rest are merged into one "others" bar (key OTHERS_KEY). */
	limit?: number;
}

/** Key of the merged bar of groups beyond `limit`. */
export const OTHERS_KEY = '__others__';

const BAR = 13;

/** Left margin wide enough for the longest label (CJK characters count double). */
export function labelMargin(labels: readonly string[], min = 48, max = 160): number {
	const width = Math.max(
		0,
		...labels.map((l) => [...l].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 12 : 6.8), 0))
	);
	return Math.round(Math.min(max, Math.max(min, width + 14)));
}

/** Keeps the first `limit` rows and merges the rest into one row (shares and rates recomputed). */
export function limitMix(rows: readonly MixRow[], limit: number | undefined): MixRow[] {
	if (!limit || rows.length <= limit) return [...rows];
	const kept = rows.slice(0, Math.max(1, limit - 1));
	const rest = rows.slice(kept.length);
	const sum = (f: (r: MixRow) => number) => rest.reduce((s, r) => s + f(r), 0);
	const parcels = sum((r) => r.parcels);
	const returnKnown = sum((r) => r.return_known);
	const returns = sum((r) => r.returns);
	return [
		...kept,
		{
			key: OTHERS_KEY,
			// Customers may be in several merged groups; the sum is an upper bound, shown as such.
			customers: sum((r) => r.customers),
			parcels,
			revenue: sum((r) => r.revenue),
			returns,
			return_known: returnKnown,
			parcel_share: sum((r) => r.parcel_share),
			revenue_share: sum((r) => r.revenue_share),
			return_share: returnKnown > 0 ? returns / returnKnown : null,
			avg_fee: parcels > 0 ? sum((r) => r.revenue) / parcels : null
		}
	];
}

interface MixBar {
	key: string;
	label: string;
	measure: string;
	share: number;
	row: MixRow;
}

/**
 * Two bars per group, parcel share and revenue share, groups top to bottom in the given order.
 * Each bar carries data-key = the group's raw key.
 */
export function mixBars(rows: readonly MixRow[], options: BarsOptions): Plot.PlotOptions {
	const { t, locale, width, document, selected } = options;
	const label = (k: string) =>
		k === OTHERS_KEY ? t('chart2.others') : (options.label ?? ((x) => valueLabel(x, t)))(k);
	const parcels = t('chart2.parcelShare');
	const revenue = t('chart2.revenueShare');
	const groups = limitMix(rows, options.limit);
	const labels = groups.map((r) => label(r.key));
	const data: MixBar[] = groups.flatMap((row, i) => [
		{ key: row.key, label: labels[i]!, measure: parcels, share: row.parcel_share, row },
		{ key: row.key, label: labels[i]!, measure: revenue, share: row.revenue_share, row }
	]);
	const max = Math.max(0.01, ...data.map((d) => d.share));
	const tipChannels = {
		[t('chart2.group')]: (d: MixBar) => d.label,
		[t('chart2.customers')]: (d: MixBar) => formatInteger(d.row.customers, locale),
		[t('chart2.parcels')]: (d: MixBar) =>
			`${formatInteger(d.row.parcels, locale)} (${formatPercent(d.row.parcel_share)})`,
		[t('chart2.revenue')]: (d: MixBar) =>
			`${formatYuan(d.row.revenue, locale)} (${formatPercent(d.row.revenue_share)})`,
		[t('chart2.avgFee')]: (d: MixBar) =>
			d.row.avg_fee == null ? '—' : formatYuan(d.row.avg_fee, locale),
		[t('chart2.returnShare')]: (d: MixBar) =>
			d.row.return_share == null ? '—' : formatPercent(d.row.return_share)
	};
	const channels = Object.fromEntries(
		Object.entries(tipChannels).map(([name, value]) => [name, { value, label: name }])
	);
	return {
		document,
		width,
		height: groups.length * (2 * BAR + 8) + 44,
		marginLeft: labelMargin(labels),
		marginRight: 48,
		marginTop: 28,
		style: { fontSize: '12px' },
		fy: { domain: labels, label: null, padding: 0.15 },
		y: { domain: [parcels, revenue], axis: null, padding: 0.05 },
		x: {
			domain: [0, max * 1.12],
			label: null,
			tickFormat: (v: number) => formatPercent(v, 0),
			ticks: Math.max(3, Math.floor(width / 140)),
			grid: true
		},
		color: {
			domain: [parcels, revenue],
			range: [COLORS.primary, COLORS.secondary],
			legend: true
		},
		marks: [
			Plot.barX(data, {
				fy: 'label',
				y: 'measure',
				x: 'share',
				fill: 'measure',
				channels,
				tip: {
					format: {
						fy: false,
						y: false,
						x: false,
						fill: false,
						...Object.fromEntries(Object.keys(channels).map((k) => [k, true]))
					}
				},
				render: keyed(data, (d) => d.key)
			}),
			Plot.barX(
				data.filter((d) => selected != null && d.key === selected),
				{ fy: 'label', y: 'measure', x: 'share', fill: 'none', stroke: SELECTED, strokeWidth: 2 }
			),
			Plot.text(data, {
				fy: 'label',
				y: 'measure',
				x: 'share',
				text: (d: MixBar) => formatPercent(d.share),
				textAnchor: 'start',
				dx: 4,
				fontSize: 10,
				fill: COLORS.muted
			}),
			Plot.ruleX([0])
		]
	};
}

/** One bar of a single-measure chart. */
export interface MeasureBar {
	key: string;
	label: string;
	value: number;
	/** Extra tooltip lines: [name, formatted value]. */
	tips: readonly (readonly [string, string])[];
}

export interface MeasureBarsOptions extends Omit<BarsOptions, 'label' | 'limit'> {
	/** Axis label and tooltip name of the measure. */
	measure: string;
	format: (v: number) => string;
	/** Bar colour (default the theme's primary). */
	color?: string;
	/** A reference line (e.g. the overall rate), drawn dashed. */
	reference?: number | null;
}

/** Horizontal bars of one measure, top to bottom in the given order, data-key = bar key. */
export function measureBars(
	bars: readonly MeasureBar[],
	options: MeasureBarsOptions
): Plot.PlotOptions {
	const { width, document, selected, measure, format, reference } = options;
	const labels = bars.map((b) => b.label);
	const names = [...new Set(bars.flatMap((b) => b.tips.map(([n]) => n)))];
	const channels: Record<string, { value: (b: MeasureBar) => string; label: string }> = {
		[measure]: { value: (b) => format(b.value), label: measure }
	};
	for (const name of names)
		channels[name] = { value: (b) => b.tips.find(([n]) => n === name)?.[1] ?? '—', label: name };
	const max = Math.max(reference ?? 0, ...bars.map((b) => b.value), Number.EPSILON);
	return {
		document,
		width,
		height: bars.length * (BAR + 9) + 56,
		marginLeft: labelMargin(labels),
		marginRight: 56,
		style: { fontSize: '12px' },
		y: { domain: labels, label: null, padding: 0.2 },
		x: {
			domain: [0, max * 1.15],
			label: measure,
			tickFormat: format,
			ticks: Math.max(3, Math.floor(width / 140)),
			grid: true
		},
		marks: [
			Plot.barX(bars, {
				y: 'label',
				x: 'value',
				fill: options.color ?? COLORS.primary,
				channels,
				tip: {
					format: {
						y: false,
						x: false,
						...Object.fromEntries(Object.keys(channels).map((k) => [k, true]))
					}
				},
				render: keyed(bars, (b) => b.key)
			}),
			Plot.barX(
				bars.filter((b) => selected != null && b.key === selected),
				{ y: 'label', x: 'value', fill: 'none', stroke: SELECTED, strokeWidth: 2 }
			),
			Plot.text(bars, {
				y: 'label',
				x: 'value',
				text: (b: MeasureBar) => format(b.value),
				textAnchor: 'start',
				dx: 4,
				fontSize: 11
			}),
			reference != null
				? Plot.ruleX([reference], { stroke: COLORS.accent, strokeDasharray: '4,3' })
				: null,
			Plot.ruleX([0])
		]
	};
}

type SimpleOptions = Omit<MeasureBarsOptions, 'measure' | 'format'> & {
	label?: (key: string) => string;
};

/** Parcels per customer by payment method. */
export function settlementBars(
	rows: readonly SettlementRow[],
	options: SimpleOptions
): Plot.PlotOptions {
	const { t, locale } = options;
	const label = options.label ?? ((k: string) => valueLabel(k, t));
	return measureBars(
		rows.map((r) => ({
			key: r.method,
			label: label(r.method),
			value: r.per_customer,
			tips: [
				[t('chart2.customers'), formatInteger(r.customers, locale)],
				[t('chart2.parcels'), formatInteger(r.parcels, locale)],
				[t('chart2.revenue'), formatYuan(r.revenue, locale)],
				[t('chart2.avgFee'), r.avg_fee == null ? '—' : formatYuan(r.avg_fee, locale)]
			]
		})),
		{ ...options, measure: t('chart2.perCustomer'), format: (v) => formatNumber(v, locale, 1) }
	);
}

/** Coupon use by channel, with the overall rate as a dashed line. */
export function couponBars(rows: readonly CouponRow[], options: SimpleOptions): Plot.PlotOptions {
	const { t, locale } = options;
	const label = options.label ?? ((k: string) => valueLabel(k, t));
	const paid = rows.reduce((s, r) => s + r.paid, 0);
	const used = rows.reduce((s, r) => s + r.with_coupon, 0);
	return measureBars(
		rows.map((r) => ({
			key: r.channel,
			label: label(r.channel),
			value: r.coupon_share,
			tips: [[t('chart2.paid'), formatInteger(r.paid, locale)]]
		})),
		{
			...options,
			measure: t('chart2.couponShare'),
			format: (v) => formatPercent(v),
			color: COLORS.secondary,
			reference: paid > 0 ? used / paid : null
		}
	);
}

/** Which night figure colours the map and sizes the city bars. */
export type NightMetric = 'night_share' | 'night_parcels';

/**
 * The drill-down: cities of one province by night share (or night parcels), largest first,
 * at most `limit` (default 15) cities; the province's own rate as a dashed line.
 */
export function cityNightBars(
	rows: readonly NightRow[],
	options: SimpleOptions & { metric?: NightMetric; limit?: number }
): Plot.PlotOptions {
	const { t, locale, metric = 'night_share', limit = 15 } = options;
	const label = options.label ?? ((k: string) => valueLabel(k, t));
	const sorted = [...rows]
		.sort((a, b) => b[metric] - a[metric] || b.parcels - a.parcels)
		.slice(0, limit);
	const parcels = rows.reduce((s, r) => s + r.parcels, 0);
	const night = rows.reduce((s, r) => s + r.night_parcels, 0);
	const share = metric === 'night_share';
	return measureBars(
		sorted.map((r) => ({
			key: r.key,
			label: label(r.key),
			value: r[metric],
			tips: [
				[t('chart2.parcels'), formatInteger(r.parcels, locale)],
				[t('chart2.nightParcels'), formatInteger(r.night_parcels, locale)],
				[t('chart2.nightShare'), formatPercent(r.night_share)]
			]
		})),
		{
			...options,
			measure: t(share ? 'chart2.nightShare' : 'chart2.nightParcels'),
			format: share ? (v) => formatPercent(v) : (v) => formatInteger(v, locale),
			reference: share && parcels > 0 ? night / parcels : null
		}
	);
}

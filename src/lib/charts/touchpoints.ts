// Bars for the 情绪触点 tab: delay complaints by route (share of complaints, or per 1,000 parcels),
// delay-complaint rate by transit-stay bucket, damage rate by item category relative to the
// average (a dashed line at 1×) and churn by claim response time. All built on bars2's
// `measureBars`, so every bar carries data-key = its raw key for cross-filtering.

import type * as Plot from '@observablehq/plot';
import type { Locale } from '$lib/i18n';
import { formatInteger, formatNumber, formatPercent } from '$lib/i18n/format';
import { valueLabel } from '$lib/profile2/labels';
import type { ClaimChurnRow, ResponseBy } from '$lib/touchpoints/claims';
import type { TouchTranslate } from '$lib/touchpoints/common';
import type { DamageRow } from '$lib/touchpoints/damage';
import type { DelayRouteRow } from '$lib/touchpoints/routes';
import { claimBucketLabel, stayBucketLabel } from '$lib/touchpoints/sentences';
import type { StayRow } from '$lib/touchpoints/transit';
import { measureBars, type MeasureBar } from './bars2';
import { COLORS } from './theme';

export interface TouchBarsOptions {
	t: TouchTranslate;
	locale: Locale;
	width: number;
	document?: Document;
	/** Raw key of the selected bar (outlined). */
	selected?: string | null;
}

const times = (locale: Locale) => (v: number) => `${formatNumber(v, locale, 1)}×`;

/** Which route measure the bars show. */
export type RouteMetric = 'per1000' | 'share';

/**
 * Delay complaints per route type, in the rows' order: per 1,000 parcels (default; the dashed
 * line is all known routes together) or as a share of the route's complaints.
 */
export function delayRouteBars(
	rows: readonly DelayRouteRow[],
	options: TouchBarsOptions & { metric?: RouteMetric }
): Plot.PlotOptions {
	const { t, locale, metric = 'per1000' } = options;
	const known = rows.filter((r) => r.key !== '未知');
	const sum = (f: (r: DelayRouteRow) => number) => known.reduce((s, r) => s + f(r), 0);
	const parcels = sum((r) => r.parcels);
	const complaints = sum((r) => r.complaints);
	const per1000 = metric === 'per1000';
	const shown = per1000 ? rows : rows.filter((r) => r.delay_share !== null);
	const bars: MeasureBar[] = shown.map((r) => ({
		key: r.key,
		label: valueLabel(r.key, t),
		value: per1000 ? r.delay_per_1000 : (r.delay_share ?? 0),
		tips: [
			[t('touch.route.parcels'), formatInteger(r.parcels, locale)],
			[t('touch.route.complaints'), formatInteger(r.complaints, locale)],
			[t('touch.route.delayComplaints'), formatInteger(r.delay_complaints, locale)],
			[t('touch.route.delayWaybills'), formatInteger(r.delay_waybills, locale)],
			[
				per1000 ? t('touch.route.delayShare') : t('touch.route.per1000'),
				per1000
					? r.delay_share === null
						? '—'
						: formatPercent(r.delay_share)
					: formatNumber(r.delay_per_1000, locale, 2)
			]
		]
	}));
	return measureBars(bars, {
		...options,
		measure: t(per1000 ? 'touch.route.per1000' : 'touch.route.delayShare'),
		format: per1000 ? (v) => formatNumber(v, locale, 2) : (v) => formatPercent(v),
		color: COLORS.secondary,
		reference: per1000
			? parcels > 0
				? (1000 * sum((r) => r.delay_waybills)) / parcels
				: null
			: complaints > 0
				? sum((r) => r.delay_complaints) / complaints
				: null
	});
}

/** Delay-complaint rate (or parcels) per stay bucket, shortest first; the line is all buckets. */
export function stayBars(
	rows: readonly StayRow[],
	options: TouchBarsOptions & { metric?: 'rate' | 'waybills' }
): Plot.PlotOptions {
	const { t, locale } = options;
	// Without sessions there is no rate: show the distribution instead.
	const metric = rows.some((r) => r.delay_rate === null) ? 'waybills' : (options.metric ?? 'rate');
	const waybills = rows.reduce((s, r) => s + r.waybills, 0);
	const delayed = rows.reduce((s, r) => s + (r.delay_waybills ?? 0), 0);
	const rate = metric === 'rate';
	const bars: MeasureBar[] = rows.map((r) => ({
		key: r.bucket,
		label: stayBucketLabel(r.bucket, t),
		value: rate ? (r.delay_rate ?? 0) : r.waybills,
		tips: [
			[t('touch.stay.waybills'), formatInteger(r.waybills, locale)],
			[t('touch.stay.rate'), r.delay_rate === null ? '—' : formatPercent(r.delay_rate, 2)],
			[
				t('touch.stay.avgHours'),
				r.avg_stay_hours === null ? '—' : formatNumber(r.avg_stay_hours, locale, 1)
			]
		]
	}));
	return measureBars(bars, {
		...options,
		measure: t(rate ? 'touch.stay.rate' : 'touch.stay.waybills'),
		format: rate ? (v) => formatPercent(v, 2) : (v) => formatInteger(v, locale),
		color: COLORS.secondary,
		reference: rate && waybills > 0 ? delayed / waybills : null
	});
}

/**
 * Damage rate of each item category relative to the average, highest first (the rows' order),
 * with the average as a dashed line at 1×. Categories below the minimum size are marked in the
 * tooltip ("样本较少").
 */
export function damageRatioBars(
	rows: readonly DamageRow[],
	options: TouchBarsOptions
): Plot.PlotOptions {
	const { t, locale } = options;
	const bars: MeasureBar[] = rows
		.filter((r) => r.ratio !== null)
		.map((r) => ({
			key: r.key,
			label: valueLabel(r.key, t),
			value: r.ratio!,
			tips: [
				[t('touch.damage.rate'), formatPercent(r.rate, 2)],
				[t('touch.damage.parcels'), formatInteger(r.parcels, locale)],
				[t('touch.damage.damaged'), formatInteger(r.damaged, locale)],
				[t('touch.damage.statusDamaged'), formatInteger(r.status_damaged, locale)],
				[t('touch.damage.complaintDamaged'), formatInteger(r.complaint_damaged, locale)],
				...(r.small ? [[t('touch.damage.small'), '✓'] as const] : [])
			]
		}));
	return measureBars(bars, {
		...options,
		measure: t('touch.damage.ratio'),
		format: times(locale),
		color: COLORS.accent,
		reference: bars.length > 0 ? 1 : null
	});
}

/**
 * Churn rate per claim response bucket (≤24 h, 24–48 h, > 48 h, unresolved / no response;
 * empty buckets left out); the line is all judged claim customers.
 */
export function claimChurnBars(
	rows: readonly ClaimChurnRow[],
	options: TouchBarsOptions & { responseBy?: ResponseBy }
): Plot.PlotOptions {
	const { t, locale, responseBy = 'resolved' } = options;
	const shown = rows.filter((r) => r.customers > 0);
	const customers = shown.reduce((s, r) => s + r.customers, 0);
	const churned = shown.reduce((s, r) => s + r.churned, 0);
	const bars: MeasureBar[] = shown.map((r) => ({
		key: r.bucket,
		label: claimBucketLabel(r.bucket, t, responseBy),
		value: r.churn_rate ?? 0,
		tips: [
			[t('touch.claim.customers'), formatInteger(r.customers, locale)],
			[t('touch.claim.churned'), formatInteger(r.churned, locale)],
			[
				t('touch.claim.avgHours'),
				r.avg_response_hours === null ? '—' : formatNumber(r.avg_response_hours, locale, 1)
			]
		]
	}));
	return measureBars(bars, {
		...options,
		measure: t('touch.claim.churnRate'),
		format: (v) => formatPercent(v),
		color: COLORS.accent,
		reference: customers > 0 ? churned / customers : null
	});
}

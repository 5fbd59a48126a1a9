// Bars for the 场景偏好 tab: the scenario mix (share of parcels against share of revenue, per
// scenario in rule order) and complaint rates per scenario against all parcels. Each bar carries
// data-key = the scenario id.

import * as Plot from '@observablehq/plot';
import type { Locale } from '$lib/i18n';
import { formatInteger, formatNumber, formatPercent, formatYuan } from '$lib/i18n/format';
import type { ScenarioRule } from '$lib/scenario/rules';
import { needLabel, scenarioName } from '$lib/scenario/sentences';
import type { ScenarioSummaryRow } from '$lib/scenario/summary';
import type { TouchTranslate } from '$lib/touchpoints/common';
import { labelMargin, measureBars } from './bars2';
import { keyed } from './interaction';
import { SELECTED } from './palette';
import { COLORS } from './theme';

export interface ScenarioBarsOptions {
	t: TouchTranslate;
	locale: Locale;
	width: number;
	document?: Document;
	/** Id of the selected scenario (outlined). */
	selected?: string | null;
}

interface MixBar {
	key: string;
	label: string;
	measure: string;
	share: number;
	row: ScenarioSummaryRow;
	needs: string;
}

const BAR = 13;

/**
 * Two bars per scenario — share of parcels and share of revenue — in the rows' (rule) order.
 * Shares can add up to more than 100% across scenarios because a parcel can match several.
 */
export function scenarioMixBars(
	rows: readonly ScenarioSummaryRow[],
	rules: readonly ScenarioRule[],
	options: ScenarioBarsOptions
): Plot.PlotOptions {
	const { t, locale, width, document, selected } = options;
	const parcels = t('scenario.chart.parcelShare');
	const revenue = t('scenario.chart.revenueShare');
	const labels = rows.map((r) => scenarioName(r.scenario, rules, t));
	const needsOf = (id: string) =>
		(rules.find((r) => r.id === id)?.needs ?? [])
			.map((n) => needLabel(n, t))
			.join(t('list.separator'));
	const data: MixBar[] = rows.flatMap((row, i) => [
		{
			key: row.scenario,
			label: labels[i]!,
			measure: parcels,
			share: row.parcel_share ?? 0,
			row,
			needs: needsOf(row.scenario)
		},
		{
			key: row.scenario,
			label: labels[i]!,
			measure: revenue,
			share: row.revenue_share,
			row,
			needs: needsOf(row.scenario)
		}
	]);
	const max = Math.max(0.01, ...data.map((d) => d.share));
	const tips: Record<string, (d: MixBar) => string> = {
		[t('scenario.chart.scenario')]: (d) => d.label,
		[t('scenario.chart.parcels')]: (d) =>
			`${formatInteger(d.row.parcels, locale)} (${formatPercent(d.row.parcel_share ?? 0)})`,
		[t('scenario.chart.revenue')]: (d) =>
			`${formatYuan(d.row.revenue, locale)} (${formatPercent(d.row.revenue_share)})`,
		[t('scenario.chart.customers')]: (d) => formatInteger(d.row.customers, locale),
		[t('scenario.chart.primaryCustomers')]: (d) =>
			`${formatInteger(d.row.primary_customers, locale)} (${formatPercent(d.row.primary_share ?? 0)})`,
		[t('scenario.chart.avgFee')]: (d) =>
			d.row.avg_fee == null ? '—' : formatYuan(d.row.avg_fee, locale),
		[t('scenario.chart.complaintRate')]: (d) =>
			d.row.complaint_rate == null ? '—' : formatPercent(d.row.complaint_rate, 2),
		[t('scenario.chart.needs')]: (d) => d.needs || '—'
	};
	const channels = Object.fromEntries(
		Object.entries(tips).map(([name, value]) => [name, { value, label: name }])
	);
	return {
		document,
		width,
		height: rows.length * (2 * BAR + 8) + 44,
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
		color: { domain: [parcels, revenue], range: [COLORS.primary, COLORS.secondary], legend: true },
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

/**
 * Complaint rate per scenario (scenarios without a rate, i.e. without sessions or parcels, left
 * out), with the rate of all parcels as a dashed line.
 */
export function scenarioComplaintBars(
	rows: readonly ScenarioSummaryRow[],
	rules: readonly ScenarioRule[],
	overallRate: number | null,
	options: ScenarioBarsOptions
): Plot.PlotOptions {
	const { t, locale } = options;
	return measureBars(
		rows
			.filter((r) => r.complaint_rate !== null && r.parcels > 0)
			.map((r) => ({
				key: r.scenario,
				label: scenarioName(r.scenario, rules, t),
				value: r.complaint_rate!,
				tips: [
					[t('scenario.chart.parcels'), formatInteger(r.parcels, locale)],
					[t('scenario.chart.avgFee'), r.avg_fee == null ? '—' : formatYuan(r.avg_fee, locale)],
					[t('scenario.chart.average'), overallRate === null ? '—' : formatPercent(overallRate, 2)],
					...(overallRate
						? [['×', `${formatNumber(r.complaint_rate! / overallRate, locale, 1)}×`] as const]
						: [])
				]
			})),
		{
			...options,
			measure: t('scenario.chart.complaintRate'),
			format: (v) => formatPercent(v, 2),
			color: COLORS.accent,
			reference: overallRate
		}
	);
}

// Value × frequency bubbles: x = revenue per parcel, y = parcels per month, area = potential
// revenue. Dashed lines at the parcel-weighted average fee and the mean monthly volume split the
// plane into the four familiar quadrants. Input is generic (BubbleDatum), so RFM segments and
// clusters can be drawn by the same builder.

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatCompact, formatInteger, formatNumber, formatYuan } from '$lib/i18n/format';
import type { BubbleDatum } from '$lib/profile2/bubble';
import { keyed } from './interaction';
import { CATEGORICAL, SELECTED } from './palette';
import { COLORS } from './theme';

export interface BubbleChartOptions {
	t: Translate;
	locale: Locale;
	/** Available width in px (600–1200 expected). */
	width: number;
	height?: number;
	document?: Document;
	/** id of the selected bubble, outlined. */
	selected?: string | null;
	/** y on a log scale; default when the largest group ships 50× the smallest. */
	logY?: boolean;
	/** Display text of a bubble; default `d.label` (e.g. pass `(d) => valueLabel(d.id, t)`). */
	label?: (d: BubbleDatum) => string;
}

/** Where the quadrant lines sit: parcel-weighted mean fee and mean parcels per month. */
export function bubbleReference(rows: readonly BubbleDatum[]): { fee: number; perMonth: number } {
	const volume = rows.reduce((s, r) => s + r.parcelsPerMonth, 0);
	const fee = volume > 0 ? rows.reduce((s, r) => s + r.avgFee * r.parcelsPerMonth, 0) / volume : 0;
	return { fee, perMonth: rows.length > 0 ? volume / rows.length : 0 };
}

/** Plot options for the bubbles; each circle carries data-key = the datum's id. */
export function bubbleChart(
	rows: readonly BubbleDatum[],
	{ t, locale, width, height, document, selected, logY, label }: BubbleChartOptions
): Plot.PlotOptions {
	const data = rows
		.filter(
			(r) =>
				Number.isFinite(r.avgFee) && Number.isFinite(r.parcelsPerMonth) && r.parcelsPerMonth > 0
		)
		.map((r) => (label ? { ...r, label: label(r) } : r));
	const maxPotential = Math.max(0, ...data.map((r) => r.potential));
	const ys = data.map((r) => r.parcelsPerMonth);
	const log = logY ?? (ys.length > 1 && Math.max(...ys) / Math.min(...ys) >= 50);
	const ref = bubbleReference(data);
	const maxR = Math.max(18, Math.min(48, width / 22));
	// The same sqrt mapping as the r scale below, in px, for placing labels.
	const radius = (d: BubbleDatum) =>
		maxPotential > 0 ? 5 + (maxR - 5) * Math.sqrt(Math.max(0, d.potential) / maxPotential) : 10;
	const tip = {
		[t('chart2.group')]: (d: BubbleDatum) => d.label,
		[t('chart2.customers')]: (d: BubbleDatum) => formatInteger(d.customers, locale),
		[t('chart2.avgFee')]: (d: BubbleDatum) => formatYuan(d.avgFee, locale),
		[t('chart2.parcelsPerMonth')]: (d: BubbleDatum) =>
			d.parcelsPerMonth >= 100
				? formatCompact(d.parcelsPerMonth, locale)
				: formatNumber(d.parcelsPerMonth, locale, 1),
		[t('chart2.potential')]: (d: BubbleDatum) => formatYuan(d.potential, locale)
	};
	const channels = Object.fromEntries(
		Object.entries(tip).map(([name, value]) => [name, { value, label: name }])
	);
	const ids = data.map((d) => d.id);
	return {
		document,
		width,
		height: height ?? Math.round(Math.max(320, Math.min(560, width * 0.55))),
		marginLeft: 56,
		marginRight: maxR + 8,
		marginTop: maxR + 8,
		marginBottom: 44,
		style: { fontSize: '12px' },
		x: {
			label: t('chart2.avgFee'),
			tickFormat: (v: number) => formatYuan(v, locale),
			grid: true,
			nice: true,
			inset: maxR
		},
		y: {
			type: log ? 'log' : 'linear',
			label: t('chart2.parcelsPerMonth'),
			tickFormat: (v: number) => formatCompact(v, locale),
			grid: true,
			nice: true,
			inset: maxR / 2
		},
		// Zero potential still gets a small visible bubble: the group exists, it just has no gap.
		r:
			maxPotential > 0
				? { type: 'sqrt', domain: [0, maxPotential], range: [5, maxR] }
				: { type: 'identity' },
		color: { type: 'ordinal', domain: ids, range: CATEGORICAL },
		marks: [
			data.length > 1
				? Plot.ruleX([ref.fee], { stroke: COLORS.muted, strokeDasharray: '4,3' })
				: null,
			data.length > 1
				? Plot.ruleY([ref.perMonth], { stroke: COLORS.muted, strokeDasharray: '4,3' })
				: null,
			Plot.dot(data, {
				x: 'avgFee',
				y: 'parcelsPerMonth',
				r: maxPotential > 0 ? 'potential' : () => 10,
				fill: 'id',
				fillOpacity: 0.55,
				stroke: 'id',
				strokeWidth: 1.5,
				channels,
				tip: {
					format: {
						x: false,
						y: false,
						r: false,
						fill: false,
						stroke: false,
						...Object.fromEntries(Object.keys(channels).map((k) => [k, true]))
					}
				},
				render: keyed(data, (d) => d.id)
			}),
			Plot.dot(
				data.filter((d) => selected != null && d.id === selected),
				{
					x: 'avgFee',
					y: 'parcelsPerMonth',
					r: maxPotential > 0 ? 'potential' : () => 10,
					fill: 'none',
					stroke: SELECTED,
					strokeWidth: 3
				}
			),
			// One text mark per bubble so each label can sit just above its own bubble (dy is a
			// constant per mark); a centred label would hide small bubbles.
			...data.map((d) =>
				Plot.text([d], {
					x: 'avgFee',
					y: 'parcelsPerMonth',
					text: 'label',
					dy: -(radius(d) + 8),
					fontSize: 12,
					fontWeight: 600,
					fill: '#1b2430',
					stroke: 'white',
					strokeWidth: 3,
					paintOrder: 'stroke',
					pointerEvents: 'none'
				})
			)
		]
	};
}

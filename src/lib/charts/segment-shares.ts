// Customer share against revenue share per segment: where a small group earns a lot, the
// revenue bar towers over the customer bar.

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatInteger, formatPercent } from '$lib/i18n/format';
import { COLORS } from './theme';

export interface SegmentShare {
	label: string;
	customers: number;
	customerShare: number;
	revenueShare: number;
}

export interface SegmentSharesOptions {
	t: Translate;
	locale: Locale;
	width: number;
	document?: Document;
}

/** Horizontal grouped bars, one group per segment, in the order given. */
export function segmentShares(
	rows: readonly SegmentShare[],
	{ t, locale, width, document }: SegmentSharesOptions
): Plot.PlotOptions {
	const cust = t('value.table.customerShare');
	const rev = t('value.table.revenueShare');
	const data = rows.flatMap((r) => [
		{ label: r.label, measure: cust, share: r.customerShare, customers: r.customers },
		{ label: r.label, measure: rev, share: r.revenueShare, customers: r.customers }
	]);
	return {
		document,
		width,
		height: Math.max(160, rows.length * 42 + 60),
		marginLeft: Math.min(260, Math.max(90, ...rows.map((r) => r.label.length * 12))),
		style: { fontSize: '12px' },
		x: { label: null, tickFormat: (v: number) => formatPercent(v, 0), grid: true, nice: true },
		fy: { domain: rows.map((r) => r.label), label: null, padding: 0.15 },
		y: { domain: [cust, rev], axis: null },
		color: { domain: [cust, rev], range: [COLORS.muted, COLORS.primary], legend: true },
		marks: [
			Plot.barX(data, {
				x: 'share',
				fy: 'label',
				y: 'measure',
				fill: 'measure',
				channels: {
					[t('value.table.customers')]: {
						value: (d: { customers: number }) => formatInteger(d.customers, locale)
					}
				},
				tip: { format: { x: (v: number) => formatPercent(v), y: false, fy: true, fill: true } }
			}),
			Plot.ruleX([0])
		]
	};
}

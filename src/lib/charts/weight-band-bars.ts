// Parcel share against revenue share per weight band, side by side.

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatInteger, formatPercent, formatYuan } from '$lib/i18n/format';
import { bandLabel } from '$lib/profile/describe';
import type { WeightBandRow } from '$lib/profile/weight-bands';
import { COLORS } from './theme';

export interface WeightBarsOptions {
	t: Translate;
	locale: Locale;
	width: number;
	document?: Document;
}

interface Bar {
	band: string;
	measure: string;
	share: number;
	waybills: number;
	revenue: number;
}

/** Plot options for grouped bars; the band -1 (no valid weight) is left out. */
export function weightBandBars(
	rows: readonly WeightBandRow[],
	{ t, locale, width, document }: WeightBarsOptions
): Plot.PlotOptions {
	const parcels = t('profile.weight.parcels');
	const revenue = t('profile.weight.revenue');
	const bands = rows.filter((r) => r.band >= 0).sort((a, b) => a.band - b.band);
	const labels = bands.map((r) => bandLabel(r, t, locale));
	const data: Bar[] = bands.flatMap((r, i) => [
		{
			band: labels[i]!,
			measure: parcels,
			share: r.waybill_share ?? 0,
			waybills: r.waybills,
			revenue: r.revenue
		},
		{
			band: labels[i]!,
			measure: revenue,
			share: r.revenue_share ?? 0,
			waybills: r.waybills,
			revenue: r.revenue
		}
	]);
	return {
		document,
		width,
		height: 280,
		marginTop: 28,
		marginBottom: 40,
		style: { fontSize: '12px' },
		fx: { domain: labels, label: t('profile.weight.band'), padding: 0.2 },
		x: { domain: [parcels, revenue], axis: null, padding: 0.05 },
		y: {
			label: t('chart.share'),
			tickFormat: (v: number) => formatPercent(v, 0),
			grid: true,
			nice: true
		},
		color: { domain: [parcels, revenue], range: [COLORS.primary, COLORS.secondary], legend: true },
		marks: [
			Plot.barY(data, {
				fx: 'band',
				x: 'measure',
				y: 'share',
				fill: 'measure',
				channels: {
					[t('profile.weight.band')]: 'band',
					[t('chart.waybills')]: { value: (d: Bar) => formatInteger(d.waybills, locale) },
					[t('chart.revenue')]: { value: (d: Bar) => formatYuan(d.revenue, locale) }
				},
				tip: { format: { fx: false, x: false, fill: true, y: (v: number) => formatPercent(v) } }
			}),
			Plot.text(data, {
				fx: 'band',
				x: 'measure',
				y: 'share',
				text: (d: Bar) => formatPercent(d.share, 0),
				dy: -7,
				fontSize: 11
			}),
			Plot.ruleY([0])
		]
	};
}

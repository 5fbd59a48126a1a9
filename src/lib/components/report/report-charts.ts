// The report's charts by id, drawn from the report's own (unfiltered) results in the report's
// language. Each returns Plot options, or an element for the Sankey.

import type * as Plot from '@observablehq/plot';
import { mixBars } from '$lib/charts/bars2';
import { bubbleChart } from '$lib/charts/bubble';
import { clusterProfile } from '$lib/charts/cluster-profile';
import { complaintTypeBars } from '$lib/charts/emotion';
import { hourWeekdayHeatmap } from '$lib/charts/hour-weekday-heatmap';
import { provinceTileMap } from '$lib/charts/province-tile-map';
import { sankeyChart } from '$lib/charts/sankey';
import { segmentShares } from '$lib/charts/segment-shares';
import { weightBandBars } from '$lib/charts/weight-band-bars';
import type { EmotionResult } from '$lib/engine/api';
import type { Locale, MessageKey, Translate } from '$lib/i18n';
import type { Profile2 } from '$lib/profile2';
import { provinceLabel, valueLabel } from '$lib/profile2/labels';
import type { Overview } from '$lib/state/profile.svelte';
import { clusterNames, segmentLabel } from '$lib/value/describe';
import { schemeSegments } from '$lib/value/schemes';
import type { ValueResult } from '$lib/value/value';

export interface ReportData {
	overview: Overview | null;
	details: Profile2 | null;
	value: ValueResult | null;
	emotion: EmotionResult | null;
}

export type ChartBuild =
	{ plot: (width: number) => Plot.PlotOptions } | { element: (width: number) => Element };

export function reportChart(
	id: string,
	data: ReportData,
	t: Translate,
	locale: Locale
): ChartBuild | null {
	const { overview: o, details: d, value: v, emotion: e } = data;
	switch (id) {
		case 'who-province':
			return d
				? {
						plot: (width) =>
							mixBars(d.attributes.provinces, {
								t,
								locale,
								width,
								limit: 12,
								label: (k) => provinceLabel(k, t, locale)
							})
					}
				: null;
		case 'who-channel':
			return d ? { plot: (width) => mixBars(d.attributes.channels, { t, locale, width }) } : null;
		case 'how-heatmap':
			return o
				? { plot: (width) => hourWeekdayHeatmap(o.hourWeekday, o.peaks, { t, locale, width }) }
				: null;
		case 'how-weight':
			return o ? { plot: (width) => weightBandBars(o.weightBands, { t, locale, width }) } : null;
		case 'value-segments': {
			if (!v) return null;
			const order = schemeSegments('seed');
			const rows = [...v.schemes.seed].sort(
				(a, b) => order.indexOf(a.segment) - order.indexOf(b.segment)
			);
			return {
				plot: (width) =>
					segmentShares(
						rows.map((r) => ({
							label: segmentLabel(t, 'seed', r.segment),
							customers: r.customers,
							customerShare: r.customer_share,
							revenueShare: r.revenue_share ?? 0
						})),
						{ t, locale, width }
					)
			};
		}
		case 'value-clusters': {
			const c = v?.clusters;
			if (!c) return null;
			const names = clusterNames(t, c.clusters);
			const features = c.features.map((f) => t(`value.feature.${f}` as MessageKey));
			return {
				plot: (width) =>
					clusterProfile(
						c.clusters.flatMap((x) =>
							features.map((f, j) => ({
								cluster: names[x.cluster] ?? String(x.cluster),
								feature: f,
								z: x.centroid[j] ?? 0
							}))
						),
						c.clusters.map((x) => names[x.cluster] ?? String(x.cluster)),
						features,
						{ t, locale, width }
					)
			};
		}
		case 'emotion-types':
			return e?.summary
				? { plot: (width) => complaintTypeBars(e.summary!.types, { t, locale, width }) }
				: null;
		case 'night-map':
			return d
				? { plot: (width) => provinceTileMap(d.night.provinces, { t, locale, width }) }
				: null;
		case 'sankey':
			return d
				? {
						element: (width) =>
							sankeyChart(d.sankey.data, {
								t,
								locale,
								width,
								badOutcomes: d.sankey.badOutcomes,
								label: t('profile.sankey.title')
							})
					}
				: null;
		case 'bubbles':
			return d
				? {
						plot: (width) =>
							bubbleChart(d.bubbles, { t, locale, width, label: (x) => valueLabel(x.id, t) })
					}
				: null;
		default:
			return null;
	}
}

// Cluster profile heat map: one row per cluster, one column per feature, coloured by the
// standardised centre (blue below the mean of all customers, orange above).

import * as Plot from '@observablehq/plot';
import type { Translate } from '$lib/i18n';
import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n';

export interface ClusterProfileOptions {
	t: Translate;
	locale: Locale;
	width: number;
	document?: Document;
}

export interface ProfileCell {
	cluster: string;
	feature: string;
	z: number;
}

export function clusterProfile(
	cells: readonly ProfileCell[],
	clusters: readonly string[],
	features: readonly string[],
	{ locale, width, document }: ClusterProfileOptions
): Plot.PlotOptions {
	const limit = Math.max(1, ...cells.map((c) => Math.abs(c.z)));
	return {
		document,
		width,
		height: clusters.length * 34 + 110,
		// CJK glyphs are about twice as wide as Latin ones at this size.
		marginLeft: Math.min(
			420,
			Math.max(
				100,
				...clusters.map((c) =>
					[...c].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 6.5), 10)
				)
			)
		),
		marginBottom: 90,
		style: { fontSize: '12px' },
		x: { domain: features, label: null, tickRotate: -35 },
		y: { domain: clusters, label: null },
		color: {
			type: 'diverging',
			scheme: 'BuRd',
			domain: [-limit, limit],
			legend: true,
			label: 'z'
		},
		marks: [
			Plot.cell(cells, {
				x: 'feature',
				y: 'cluster',
				fill: 'z',
				inset: 1,
				tip: { format: { z: false, fill: (v: number) => formatNumber(v, locale, 2) } }
			}),
			Plot.text(cells, {
				x: 'feature',
				y: 'cluster',
				text: (d: ProfileCell) => formatNumber(d.z, locale, 1),
				fill: (d: ProfileCell) => (Math.abs(d.z) > limit * 0.6 ? 'white' : 'black'),
				fontSize: 10
			})
		]
	};
}

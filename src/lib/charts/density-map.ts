// Origin points on a map without a basemap: grid cells (from `densityQuery`) as dots on a Mercator
// projection, sized by parcels and coloured by night share, with province names at their centroids
// for orientation. Everything is in code; nothing is fetched.

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatInteger, formatNumber, formatPercent } from '$lib/i18n/format';
import type { DensityCell } from '$lib/profile2/night';
import { PROVINCES } from '$lib/reference/regions';
import { keyed } from './interaction';
import { heatSteps } from './palette';
import { COLORS } from './theme';

export interface DensityMapOptions {
	t: Translate;
	locale: Locale;
	width: number;
	document?: Document;
}

/** A cell's key: its centre "lng,lat" with two decimals. */
export const cellKey = (c: Pick<DensityCell, 'lng' | 'lat'>) =>
	`${c.lng.toFixed(2)},${c.lat.toFixed(2)}`;

/** The part of the map to show: the cells' bounding box padded by 1°, at least 6° across. */
export function mapExtent(cells: readonly DensityCell[]): [[number, number], [number, number]] {
	if (cells.length === 0)
		return [
			[73, 18],
			[135, 54]
		];
	const lngs = cells.map((c) => c.lng);
	const lats = cells.map((c) => c.lat);
	const grow = (lo: number, hi: number): [number, number] => {
		const pad = Math.max(1, (6 - (hi - lo)) / 2);
		return [lo - pad, hi + pad];
	};
	const [w, e] = grow(Math.min(...lngs), Math.max(...lngs));
	const [s, n] = grow(Math.min(...lats), Math.max(...lats));
	return [
		[w, s],
		[e, n]
	];
}

/** Plot options for the dot map; each dot carries data-key = cellKey. */
export function densityMap(
	cells: readonly DensityCell[],
	{ t, locale, width, document }: DensityMapOptions
): Plot.PlotOptions {
	const [[w, s], [e, n]] = mapExtent(cells);
	const inView = PROVINCES.filter(
		(p) => p.centroid[0] >= w && p.centroid[0] <= e && p.centroid[1] >= s && p.centroid[1] <= n
	);
	const max = Math.max(1, ...cells.map((c) => c.parcels));
	const tip = {
		[t('chart2.parcels')]: (c: DensityCell) => formatInteger(c.parcels, locale),
		[t('chart2.nightParcels')]: (c: DensityCell) => formatInteger(c.night_parcels, locale),
		[t('chart2.nightShare')]: (c: DensityCell) => formatPercent(c.night_share),
		['lng, lat']: (c: DensityCell) =>
			`${formatNumber(c.lng, locale, 2)}, ${formatNumber(c.lat, locale, 2)}`
	};
	const channels = Object.fromEntries(
		Object.entries(tip).map(([name, value]) => [name, { value, label: name }])
	);
	return {
		document,
		width,
		style: { fontSize: '12px' },
		projection: {
			type: 'mercator',
			domain: {
				type: 'MultiPoint',
				coordinates: [
					[w, s],
					[e, n]
				]
			},
			inset: 10
		},
		r: { type: 'sqrt', domain: [0, max], range: [1.5, Math.max(8, width / 60)] },
		color: {
			type: 'quantize',
			domain: [0, Math.max(0.05, ...cells.map((c) => c.night_share))],
			range: heatSteps(5),
			label: t('chart2.nightShare'),
			tickFormat: (v: number) => formatPercent(v, 0),
			legend: true
		},
		marks: [
			Plot.graticule({ stroke: COLORS.muted, strokeOpacity: 0.15 }),
			Plot.frame({ stroke: COLORS.muted, strokeOpacity: 0.3 }),
			Plot.text(inView, {
				x: (p: (typeof PROVINCES)[number]) => p.centroid[0],
				y: (p: (typeof PROVINCES)[number]) => p.centroid[1],
				text: (p: (typeof PROVINCES)[number]) => (locale === 'en' ? p.en : p.short),
				fill: COLORS.muted,
				fontSize: 11,
				pointerEvents: 'none'
			}),
			Plot.dot(cells, {
				x: 'lng',
				y: 'lat',
				r: 'parcels',
				fill: 'night_share',
				fillOpacity: 0.85,
				stroke: COLORS.heatHigh,
				strokeOpacity: 0.4,
				strokeWidth: 0.5,
				channels,
				tip: {
					format: {
						x: false,
						y: false,
						r: false,
						fill: false,
						...Object.fromEntries(Object.keys(channels).map((k) => [k, true]))
					}
				},
				render: keyed(cells, cellKey)
			})
		]
	};
}

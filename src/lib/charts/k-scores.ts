// Choosing k: inertia (the elbow) and mean silhouette against k, side by side.

import * as Plot from '@observablehq/plot';
import type { Translate } from '$lib/i18n';
import type { KScore } from '$lib/value/clusters/quality';
import { COLORS } from './theme';

export function kScores(
	scores: readonly KScore[],
	{ t, width, document }: { t: Translate; width: number; document?: Document }
): Plot.PlotOptions {
	const inertia = t('value.clusters.inertia');
	const silhouette = t('value.clusters.silhouette');
	const max = Math.max(...scores.map((s) => s.inertia), 1);
	// Both series on one 0–1 axis: inertia relative to its largest value.
	const data = scores.flatMap((s) => [
		{ k: s.k, series: inertia, value: s.inertia / max, raw: s.inertia },
		{ k: s.k, series: silhouette, value: s.silhouette, raw: s.silhouette }
	]);
	return {
		document,
		width,
		height: 240,
		style: { fontSize: '12px' },
		x: { label: t('value.clusters.k'), ticks: scores.map((s) => s.k), tickFormat: 'd' },
		y: { label: null, grid: true, domain: [Math.min(0, ...data.map((d) => d.value)), 1] },
		color: { domain: [inertia, silhouette], range: [COLORS.muted, COLORS.primary], legend: true },
		marks: [
			Plot.line(data, { x: 'k', y: 'value', stroke: 'series', marker: 'circle' }),
			Plot.tip(
				data,
				Plot.pointer({
					x: 'k',
					y: 'value',
					title: (d: { series: string; raw: number }) => `${d.series}: ${d.raw.toFixed(3)}`
				})
			)
		]
	};
}

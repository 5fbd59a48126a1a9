// Rows left after each lineage stage, as horizontal bars with the rows removed marked.

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatInteger } from '$lib/i18n/format';
import type { LineageStage } from '$lib/model/lineage';
import { COLORS } from './theme';

export interface LineageBarsOptions {
	t: Translate;
	locale: Locale;
	width: number;
	/** Human name of a stage. */
	label: (stage: LineageStage) => string;
	document?: Document;
}

export function lineageBars(
	stages: readonly LineageStage[],
	{ t, locale, width, label, document }: LineageBarsOptions
): Plot.PlotOptions {
	const data = stages.map((s, i) => ({ ...s, i, name: label(s) }));
	return {
		document,
		width,
		height: 30 + data.length * 26,
		marginLeft: Math.min(260, Math.max(...data.map((d) => d.name.length)) * 13 + 10),
		marginRight: 90,
		style: { fontSize: '12px' },
		x: { axis: null, domain: [0, Math.max(1, ...data.map((d) => d.rows + d.removed))] },
		y: { domain: data.map((d) => d.name), label: null, tickSize: 0 },
		marks: [
			Plot.barX(data, {
				y: 'name',
				x: 'rows',
				fill: COLORS.primary,
				title: (d) => `${d.name}: ${formatInteger(d.rows, locale)}`
			}),
			Plot.barX(
				data.filter((d) => d.removed > 0),
				{
					y: 'name',
					x1: 'rows',
					x2: (d) => d.rows + d.removed,
					fill: COLORS.accent,
					fillOpacity: 0.35,
					title: (d) => `${t('data.lineage.removed')}: ${formatInteger(d.removed, locale)}`
				}
			),
			Plot.text(data, {
				y: 'name',
				x: (d) => d.rows + d.removed,
				text: (d) =>
					formatInteger(d.rows, locale) +
					(d.removed > 0 ? ` (−${formatInteger(d.removed, locale)})` : ''),
				textAnchor: 'start',
				dx: 4
			})
		]
	};
}

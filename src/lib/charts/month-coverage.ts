// Rows per month; months with missing or thin data are drawn in the alert colour.

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatInteger } from '$lib/i18n/format';
import type { MonthCoverage } from '$lib/model/quality';
import { COLORS } from './theme';

export function monthCoverageBars(
	months: readonly MonthCoverage[],
	{
		t,
		locale,
		width,
		document
	}: { t: Translate; locale: Locale; width: number; document?: Document }
): Plot.PlotOptions {
	return {
		document,
		width,
		height: 200,
		marginBottom: 40,
		style: { fontSize: '11px' },
		x: {
			label: t('chart.month'),
			tickRotate: months.length > 14 ? -45 : 0,
			domain: months.map((m) => m.month)
		},
		y: { label: t('chart.rows'), grid: true, tickFormat: (v: number) => formatInteger(v, locale) },
		color: { domain: [false, true], range: [COLORS.primary, COLORS.accent] },
		marks: [
			Plot.barY(months as MonthCoverage[], {
				x: 'month',
				y: 'rows',
				fill: 'gap',
				title: (d: MonthCoverage) => `${d.month}: ${formatInteger(d.rows, locale)}`
			}),
			Plot.ruleY([0])
		]
	};
}

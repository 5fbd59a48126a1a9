// Order hour × weekday heatmap: one cell per hour and weekday, peak windows outlined.

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatInteger, formatYuan } from '$lib/i18n/format';
import type { HourPeak } from '$lib/profile/peaks';
import type { HourWeekdayRow } from '$lib/profile/overview';
import { COLORS } from './theme';

export interface HeatmapOptions {
	t: Translate;
	locale: Locale;
	width: number;
	document?: Document;
}

/** Plot options for the heatmap; weekdays run down (Monday on top), hours across. */
export function hourWeekdayHeatmap(
	rows: readonly HourWeekdayRow[],
	peaks: readonly HourPeak[],
	{ t, locale, width, document }: HeatmapOptions
): Plot.PlotOptions {
	const weekday = (d: number) => t(`weekday.${d}` as 'weekday.1');
	const short = (d: number) => (locale === 'en' ? weekday(d).slice(0, 3) : weekday(d));
	return {
		document,
		width,
		height: 260,
		marginLeft: 48,
		marginBottom: 36,
		style: { fontSize: '12px' },
		x: {
			domain: [0, 24],
			ticks: 12,
			label: t('chart.hour'),
			labelAnchor: 'center',
			labelArrow: 'none'
		},
		y: {
			domain: [7.5, 0.5],
			ticks: [1, 2, 3, 4, 5, 6, 7],
			tickFormat: short,
			label: null
		},
		color: { type: 'linear', range: [COLORS.heatLow, COLORS.heatHigh], label: t('chart.waybills') },
		marks: [
			Plot.rect(rows as HourWeekdayRow[], {
				x1: 'hour',
				x2: (d: HourWeekdayRow) => d.hour + 1,
				y1: (d: HourWeekdayRow) => d.weekday - 0.5,
				y2: (d: HourWeekdayRow) => d.weekday + 0.5,
				fill: 'waybills',
				inset: 0.5,
				channels: {
					[t('chart.weekday')]: { value: (d: HourWeekdayRow) => weekday(d.weekday) },
					[t('chart.hour')]: { value: (d: HourWeekdayRow) => `${d.hour}:00` },
					[t('chart.waybills')]: {
						value: (d: HourWeekdayRow) => formatInteger(d.waybills, locale)
					},
					[t('chart.revenue')]: { value: (d: HourWeekdayRow) => formatYuan(d.revenue, locale) }
				},
				tip: {
					format: {
						x: false,
						y: false,
						fill: false,
						x1: false,
						x2: false,
						y1: false,
						y2: false
					}
				}
			}),
			Plot.rect(peaks as HourPeak[], {
				x1: 'start',
				x2: (p: HourPeak) => p.end + 1,
				y1: 0.5,
				y2: 7.5,
				fill: 'none',
				stroke: COLORS.accent,
				strokeWidth: 2
			})
		]
	};
}

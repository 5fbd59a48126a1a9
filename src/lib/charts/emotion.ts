// Emotion charts: complaint types (from the text against the ticket category) and the share of
// negative sessions per category or channel.

import * as Plot from '@observablehq/plot';
import type { MessageKey, Translate } from '$lib/i18n';
import type { Locale } from '$lib/i18n';
import { formatInteger, formatPercent } from '$lib/i18n/format';
import type { EmotionSummary } from '$lib/emotion/summary';
import { COLORS } from './theme';

interface Options {
	t: Translate;
	locale: Locale;
	width: number;
	document?: Document;
}

export function complaintTypeBars(
	types: EmotionSummary['types'],
	{ t, locale, width, document }: Options
): Plot.PlotOptions {
	const text = t('emotion.types.fromText');
	const cat = t('emotion.types.fromCategory');
	const label = (type: string) => t(`emotion.type.${type}` as MessageKey);
	const data = types.flatMap((r) => [
		{ type: label(r.type), source: text, sessions: r.fromText },
		{ type: label(r.type), source: cat, sessions: r.fromCategory }
	]);
	return {
		document,
		width,
		height: types.length * 40 + 60,
		marginLeft: 60,
		style: { fontSize: '12px' },
		x: { label: t('emotion.types.sessions'), grid: true },
		fy: { domain: types.map((r) => label(r.type)), label: null },
		y: { domain: [text, cat], axis: null },
		color: { domain: [text, cat], range: [COLORS.primary, COLORS.muted], legend: true },
		marks: [
			Plot.barX(data, {
				x: 'sessions',
				y: 'source',
				fy: 'type',
				fill: 'source',
				tip: {
					format: { x: (v: number) => formatInteger(v, locale), y: false, fy: true, fill: true }
				}
			}),
			Plot.ruleX([0])
		]
	};
}

export function negativeShareBars(
	rows: readonly { key: string; sessions: number; negative_share: number | null }[],
	{ t, locale, width, document }: Options
): Plot.PlotOptions {
	const data = rows.filter((r) => r.negative_share !== null);
	return {
		document,
		width,
		height: data.length * 28 + 50,
		marginLeft: 70,
		style: { fontSize: '12px' },
		x: {
			label: t('emotion.col.negative'),
			tickFormat: (v: number) => formatPercent(v, 0),
			grid: true,
			domain: [0, 1]
		},
		y: { domain: data.map((r) => r.key), label: null },
		marks: [
			Plot.barX(data, {
				x: 'negative_share',
				y: 'key',
				fill: COLORS.accent,
				channels: {
					[t('emotion.col.sessions')]: {
						value: (d: { sessions: number }) => formatInteger(d.sessions, locale)
					}
				},
				tip: { format: { x: (v: number) => formatPercent(v), y: true } }
			}),
			Plot.text(data, {
				x: 'negative_share',
				y: 'key',
				text: (d: { negative_share: number }) => formatPercent(d.negative_share, 0),
				dx: 4,
				textAnchor: 'start',
				fontSize: 11
			}),
			Plot.ruleX([0])
		]
	};
}

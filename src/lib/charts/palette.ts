// Colours beyond theme.ts's pair: a categorical range that starts with the theme's own colours
// (so a two-group chart looks like every other chart) and fixed colours for delivery outcomes.

import { COLORS } from './theme';

/** Categorical colours, theme colours first. */
export const CATEGORICAL: readonly string[] = [
	COLORS.primary,
	COLORS.secondary,
	'#3a9d6a',
	'#8e5bb5',
	'#d4a72c',
	'#4aa3c8',
	'#b5527a',
	'#6b7f2a',
	'#5c6bc0',
	COLORS.muted
];

/** Delivered parcels. */
export const GOOD = '#3a9d6a';

/** Tile or bar without data. */
export const EMPTY = '#eef0f4';

/** The outline of the selected mark. */
export const SELECTED = COLORS.accent;

/** Colour of a last-mile outcome: delivered green, unknown grey, anything else the alarm red. */
export function outcomeColor(outcome: string, badOutcomes: readonly string[]): string {
	if (outcome === '已签收') return GOOD;
	if (badOutcomes.includes(outcome)) return COLORS.accent;
	return COLORS.muted;
}

/** The i-th categorical colour (cycling). */
export const categorical = (i: number): string =>
	CATEGORICAL[((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length]!;

/**
 * `n` colours from the theme's heat-low to heat-high, for binned (quantize) colour scales: maps
 * read better with a few steps, and a binned legend is drawn with rects, not a canvas (which
 * jsdom and some export paths lack).
 */
export function heatSteps(n = 5): string[] {
	const from = hex(COLORS.heatLow);
	const to = hex(COLORS.heatHigh);
	return Array.from({ length: n }, (_, i) => {
		const k = n === 1 ? 1 : i / (n - 1);
		return `#${from
			.map((c, j) =>
				Math.round(c + ((to[j] ?? c) - c) * k)
					.toString(16)
					.padStart(2, '0')
			)
			.join('')}`;
	});
}

const hex = (color: string): number[] =>
	[1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));

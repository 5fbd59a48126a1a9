/** The palette shared by every chart, so both languages and all pages look alike. */
export const COLORS = {
	primary: '#2f6db5',
	secondary: '#e08a3c',
	accent: '#c0392b',
	heatLow: '#f1f5fb',
	heatHigh: '#16427a',
	muted: '#8a94a6'
} as const;

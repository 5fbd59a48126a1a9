// The three segment schemes as data: the seed's quadrants with their actions, the R `rfm`
// package's ten named segments (its documented score intervals, first match wins) and the
// Chinese eight-class RFM. Names are ids; labels come from the i18n layer.

export type SchemeId = 'seed' | 'rfm10' | 'cn8';
export const SCHEMES: readonly SchemeId[] = ['seed', 'cn8', 'rfm10'];

/** Seed quadrants: value (high/low) × frequency (high/low), each with the seed's action. */
export const QUADRANTS = [
	'high-value-high-freq',
	'high-value-low-freq',
	'low-value-high-freq',
	'low-value-low-freq'
] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The seed's suggested action per quadrant (专属客服 / 保价服务 / 到付+账期 / AI外呼唤醒). */
export const QUADRANT_ACTIONS: Record<Quadrant, 'dedicated' | 'insurance' | 'credit' | 'ai-call'> =
	{
		'high-value-high-freq': 'dedicated',
		'high-value-low-freq': 'insurance',
		'low-value-high-freq': 'credit',
		'low-value-low-freq': 'ai-call'
	};

export interface RfmSegmentRule {
	id: string;
	r: readonly [number, number];
	f: readonly [number, number];
	m: readonly [number, number];
}

/** The R `rfm` package's segment table (rfm_segment examples), in its order: first match wins. */
export const RFM10_RULES: readonly RfmSegmentRule[] = [
	{ id: 'champions', r: [5, 5], f: [5, 5], m: [5, 5] },
	{ id: 'potential-loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
	{ id: 'loyal-customers', r: [2, 4], f: [2, 4], m: [2, 4] },
	{ id: 'promising', r: [3, 4], f: [1, 3], m: [3, 5] },
	{ id: 'new-customers', r: [4, 5], f: [1, 3], m: [1, 5] },
	{ id: 'cant-lose-them', r: [1, 2], f: [3, 4], m: [4, 5] },
	{ id: 'at-risk', r: [1, 2], f: [2, 5], m: [4, 5] },
	{ id: 'need-attention', r: [1, 3], f: [3, 5], m: [3, 5] },
	{ id: 'about-to-sleep', r: [2, 3], f: [1, 3], m: [1, 4] },
	{ id: 'lost', r: [1, 1], f: [1, 5], m: [1, 5] }
];
export const RFM10_OTHERS = 'others';

/** The R package's segment for scores, or 'others' when no rule matches. */
export function rfm10Segment(r: number, f: number, m: number): string {
	const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
	const hit = RFM10_RULES.find((x) => within(r, x.r) && within(f, x.f) && within(m, x.m));
	return hit ? hit.id : RFM10_OTHERS;
}

/** Chinese 8-class RFM, keyed by R/F/M high (1) or low (0). */
export const CN8: Record<string, string> = {
	'111': 'important-value',
	'101': 'important-develop',
	'011': 'important-keep',
	'001': 'important-retain',
	'110': 'general-value',
	'100': 'general-develop',
	'010': 'general-keep',
	'000': 'general-retain'
};
export const CN8_ORDER = [
	'important-value',
	'important-develop',
	'important-keep',
	'important-retain',
	'general-value',
	'general-develop',
	'general-keep',
	'general-retain'
] as const;

export function cn8Segment(rHigh: boolean, fHigh: boolean, mHigh: boolean): string {
	return CN8[`${+rHigh}${+fHigh}${+mHigh}`] as string;
}

/** Segment ids of a scheme in display order. */
export function schemeSegments(scheme: SchemeId): readonly string[] {
	if (scheme === 'seed') return QUADRANTS;
	if (scheme === 'cn8') return CN8_ORDER;
	return [...RFM10_RULES.map((r) => r.id), RFM10_OTHERS];
}

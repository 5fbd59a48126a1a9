// What the value analysis uses, as the analyst sees and changes it on the value page. Every
// threshold the schemes compute can be overridden by a number typed in the UI.

/** Features k-means can use; each is a column of customer_features (see features.ts). */
export const CLUSTER_FEATURES = [
	'frequency',
	'monetary',
	'recency_days',
	'avg_fee',
	'avg_weight',
	'night_share',
	'cross_province_share',
	'return_share',
	'fresh_share',
	'electronics_share',
	'document_share',
	'monthly_share',
	'ecommerce_share',
	'complaint_rate',
	'active_months',
	'avg_gap_days',
	'avg_sentiment'
] as const;
export type ClusterFeature = (typeof CLUSTER_FEATURES)[number];

/** Heavy-tailed features are log-transformed (log1p) before standardising. */
export const LOG_FEATURES: ReadonlySet<ClusterFeature> = new Set([
	'frequency',
	'monetary',
	'avg_fee',
	'avg_weight',
	'avg_gap_days'
]);

export const DEFAULT_CLUSTER_FEATURES: readonly ClusterFeature[] = [
	'frequency',
	'monetary',
	'recency_days',
	'avg_fee',
	'avg_weight',
	'night_share',
	'cross_province_share',
	'return_share',
	'monthly_share',
	'ecommerce_share',
	'electronics_share',
	'fresh_share'
];

/** Thresholds the analyst may pin; null = computed from the data. */
export interface ThresholdOverrides {
	/** Seed method: revenue (yuan, in the seed window) at or above which a customer is high value. */
	highValueMin: number | null;
	/** Seed method: shipments (in the seed window) at or above which a customer is high frequency. */
	highFrequencyMin: number | null;
	/** Seed method: days without a shipment after which a customer is flagged for churn. */
	recencyAlertDays: number | null;
	/** Chinese 8-class: the R/F/M lines (default: the means). */
	recencyLine: number | null;
	frequencyLine: number | null;
	monetaryLine: number | null;
	/** Quantile RFM scores: four increasing cut points per measure (default: quintiles). */
	recencyCuts: number[] | null;
	frequencyCuts: number[] | null;
	monetaryCuts: number[] | null;
}

export type ScoreRule = 'quantile' | 'r-rfm';

export interface ValueSettings {
	/** Analysis date (YYYY-MM-DD); null = the day after the last order. */
	asOf: string | null;
	/** Months before as_of that RFM counts; null = all data. */
	windowMonths: number | null;
	/** The seed's quadrants look at the last N months (6 in the seed). */
	seedWindowMonths: number;
	/** Share of customers the seed calls high value (top 20% by revenue). */
	topValueShare: number;
	/** Cumulative parcel share that sets the Pareto frequency point (80%). */
	paretoShare: number;
	/** Recency alert = business cycle + sigma × its standard deviation (1.5 in the seed). */
	recencySigma: number;
	/** Which rule makes the 1–5 scores used by the R segments. */
	scoreRule: ScoreRule;
	overrides: ThresholdOverrides;
	/** What-if: share of the waist tier assumed to rise to the top tier's revenue per customer. */
	whatIfUplift: number;
	/** Night hours for the night-share feature: [start, end) wrapping midnight. */
	nightStart: number;
	nightEnd: number;
	clusters: {
		k: number;
		seed: number;
		features: ClusterFeature[];
		/** Customers k-means is fitted on (everyone is then assigned to the nearest centroid). */
		sampleSize: number;
	};
}

export const NO_OVERRIDES: ThresholdOverrides = {
	highValueMin: null,
	highFrequencyMin: null,
	recencyAlertDays: null,
	recencyLine: null,
	frequencyLine: null,
	monetaryLine: null,
	recencyCuts: null,
	frequencyCuts: null,
	monetaryCuts: null
};

export function defaultValueSettings(): ValueSettings {
	return {
		asOf: null,
		windowMonths: null,
		seedWindowMonths: 6,
		topValueShare: 0.2,
		paretoShare: 0.8,
		recencySigma: 1.5,
		scoreRule: 'quantile',
		overrides: { ...NO_OVERRIDES },
		whatIfUplift: 0.1,
		nightStart: 20,
		nightEnd: 6,
		clusters: { k: 8, seed: 42, features: [...DEFAULT_CLUSTER_FEATURES], sampleSize: 20_000 }
	};
}

/** A setting the engine cannot use, named by its path. */
export type ValueProblem =
	| 'asOf'
	| 'windowMonths'
	| 'seedWindowMonths'
	| 'topValueShare'
	| 'paretoShare'
	| 'recencySigma'
	| 'whatIfUplift'
	| 'nightHours'
	| 'k'
	| 'features'
	| 'sampleSize'
	| `overrides.${keyof ThresholdOverrides}`;

const isDate = (s: unknown): s is string =>
	typeof s === 'string' &&
	/^\d{4}-\d{2}-\d{2}$/.test(s) &&
	!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
	new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const share = (n: unknown) => finite(n) && n > 0 && n < 1;
const wholeIn = (n: unknown, lo: number, hi: number) =>
	finite(n) && Number.isInteger(n) && n >= lo && n <= hi;

/** What is wrong with the settings as typed (empty when they can be applied). */
export function valueProblems(s: ValueSettings): ValueProblem[] {
	const out: ValueProblem[] = [];
	if (s.asOf !== null && !isDate(s.asOf)) out.push('asOf');
	if (s.windowMonths !== null && !wholeIn(s.windowMonths, 1, 120)) out.push('windowMonths');
	if (!wholeIn(s.seedWindowMonths, 1, 120)) out.push('seedWindowMonths');
	if (!share(s.topValueShare)) out.push('topValueShare');
	if (!share(s.paretoShare)) out.push('paretoShare');
	if (!finite(s.recencySigma) || s.recencySigma < 0 || s.recencySigma > 10)
		out.push('recencySigma');
	if (!finite(s.whatIfUplift) || s.whatIfUplift <= 0 || s.whatIfUplift > 1)
		out.push('whatIfUplift');
	if (!wholeIn(s.nightStart, 0, 23) || !wholeIn(s.nightEnd, 0, 23) || s.nightStart === s.nightEnd)
		out.push('nightHours');
	if (!wholeIn(s.clusters.k, 2, 20)) out.push('k');
	const known = new Set<string>(CLUSTER_FEATURES);
	if (
		s.clusters.features.length < 2 ||
		s.clusters.features.some((f) => !known.has(f)) ||
		new Set(s.clusters.features).size !== s.clusters.features.length
	)
		out.push('features');
	if (!wholeIn(s.clusters.sampleSize, 1000, 200_000)) out.push('sampleSize');
	const o = s.overrides;
	for (const key of [
		'highValueMin',
		'highFrequencyMin',
		'recencyAlertDays',
		'recencyLine',
		'frequencyLine',
		'monetaryLine'
	] as const) {
		const v = o[key];
		if (v !== null && (!finite(v) || v < 0)) out.push(`overrides.${key}`);
	}
	for (const key of ['recencyCuts', 'frequencyCuts', 'monetaryCuts'] as const) {
		const v = o[key];
		if (v === null) continue;
		if (v.length !== 4 || v.some((x, i) => !finite(x) || (i > 0 && x <= (v[i - 1] as number))))
			out.push(`overrides.${key}`);
	}
	return out;
}

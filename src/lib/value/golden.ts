// The golden number: "占客户总量 X% 的〈群体〉贡献了 Y% 的收入,投诉量仅占 Z%", picked from every
// segment of every scheme (and cluster) plus the top 1–20% of customers by revenue, and a what-if
// for the waist tier with its assumptions spelled out.

import { constant, constantList, queryOne, queryRows, sql, type Db } from '$lib/engine/sql';

export interface GoldenCandidate {
	/** 'seed' | 'cn8' | 'rfm10' | 'cluster' | 'top' */
	source: string;
	/** Segment id, cluster index (as text) or the top share ("0.05"). */
	segment: string;
	customers: number;
	customerShare: number;
	revenueShare: number;
	/** Null when there are no service sessions (the statement then leaves complaints out). */
	complaintShare: number | null;
}

export interface GoldenNumber extends GoldenCandidate {
	/** How far revenue share exceeds customer share (and complaint share), the ranking score. */
	score: number;
	/** Revenue share ÷ customer share. */
	leverage: number;
}

/** Smallest and largest customer share a headline group may have. */
export const GOLDEN_MIN_SHARE = 0.005;
export const GOLDEN_MAX_SHARE = 0.5;

/**
 * Ranks candidates by (Y − X) + ½·(Y − Z): a small group earning much and complaining little.
 * Ties prefer named segments over a bare "top X%" cut, then the smaller group.
 */
export function pickGolden(candidates: readonly GoldenCandidate[]): GoldenNumber | null {
	let best: GoldenNumber | null = null;
	for (const c of candidates) {
		if (c.customerShare < GOLDEN_MIN_SHARE || c.customerShare > GOLDEN_MAX_SHARE) continue;
		if (!(c.revenueShare > c.customerShare)) continue;
		const score =
			c.revenueShare -
			c.customerShare +
			(c.complaintShare === null ? 0 : 0.5 * (c.revenueShare - c.complaintShare));
		const g: GoldenNumber = { ...c, score, leverage: c.revenueShare / c.customerShare };
		const better =
			!best ||
			g.score > best.score + 1e-12 ||
			(Math.abs(g.score - best.score) <= 1e-12 &&
				((best.source === 'top' && g.source !== 'top') ||
					(best.source === g.source && g.customerShare < best.customerShare)));
		if (better) best = g;
	}
	return best;
}

export const TOP_SHARES = [0.01, 0.02, 0.05, 0.1, 0.2] as const;

/** The top 1/2/5/10/20% of customers by revenue as golden candidates. */
export async function topShareCandidates(
	db: Db,
	hasComplaints: boolean
): Promise<GoldenCandidate[]> {
	const rows = await queryRows<{
		share: number;
		customers: number;
		customer_share: number;
		revenue_share: number;
		complaint_share: number | null;
	}>(
		db,
		sql`WITH r AS (
				SELECT monetary, complaints,
					row_number() OVER (ORDER BY monetary DESC, customer_key) AS rank,
					count(*) OVER () AS n
				FROM customer_features
			),
			t AS (SELECT unnest(${constantList(TOP_SHARES)}) AS share)
			SELECT t.share, count(r.rank) AS customers, count(r.rank) / any_value(r.n) AS customer_share,
				sum(r.monetary) / (SELECT nullif(sum(monetary), 0) FROM customer_features) AS revenue_share,
				sum(r.complaints) / (SELECT nullif(sum(complaints), 0) FROM customer_features) AS complaint_share
			FROM t JOIN r ON r.rank <= ceil(t.share * r.n)
			GROUP BY t.share ORDER BY t.share`
	);
	return rows.map((r) => ({
		source: 'top',
		segment: String(r.share),
		customers: r.customers,
		customerShare: r.customer_share,
		revenueShare: r.revenue_share ?? 0,
		complaintShare: hasComplaints ? (r.complaint_share ?? 0) : null
	}));
}

export interface WhatIf {
	/** Customer-share bounds of the tiers: top = ranks ≤ topShare, waist = (topShare, waistUpTo]. */
	topShare: number;
	waistUpTo: number;
	/** Share of waist customers assumed to reach the top tier's revenue per customer. */
	uplift: number;
	topCustomers: number;
	topAvgRevenue: number;
	waistCustomers: number;
	waistAvgRevenue: number;
	totalRevenue: number;
	/** uplift × waistCustomers × (topAvgRevenue − waistAvgRevenue). */
	gain: number;
	gainShare: number;
}

/** "若腰部客户提升到同等水平,收入可增加 N" with every assumption in the result. */
export async function whatIf(
	db: Db,
	topShare: number,
	waistUpTo: number,
	uplift: number
): Promise<WhatIf> {
	// Validated shares (settings.ts), inlined so DuckDB folds them once rather than per row.
	const top = constant(topShare);
	const waist = constant(waistUpTo);
	const r = await queryOne<{
		top_n: number;
		top_avg: number | null;
		waist_n: number;
		waist_avg: number | null;
		total: number | null;
	}>(
		db,
		sql`WITH r AS (
				SELECT monetary, row_number() OVER (ORDER BY monetary DESC, customer_key) AS rank, count(*) OVER () AS n
				FROM customer_features
			)
			SELECT count(*) FILTER (WHERE rank <= ceil(${top} * n)) AS top_n,
				avg(monetary) FILTER (WHERE rank <= ceil(${top} * n)) AS top_avg,
				count(*) FILTER (WHERE rank > ceil(${top} * n) AND rank <= ceil(${waist} * n)) AS waist_n,
				avg(monetary) FILTER (WHERE rank > ceil(${top} * n) AND rank <= ceil(${waist} * n)) AS waist_avg,
				sum(monetary) AS total
			FROM r`
	);
	const topAvg = r.top_avg ?? 0;
	const waistAvg = r.waist_avg ?? 0;
	const gain = uplift * r.waist_n * Math.max(0, topAvg - waistAvg);
	return {
		topShare,
		waistUpTo,
		uplift,
		topCustomers: r.top_n,
		topAvgRevenue: topAvg,
		waistCustomers: r.waist_n,
		waistAvgRevenue: waistAvg,
		totalRevenue: r.total ?? 0,
		gain,
		gainShare: r.total ? gain / r.total : 0
	};
}

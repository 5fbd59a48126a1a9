// Scores every customer under the three schemes at once (one table, so the schemes can be laid
// side by side and exported), then summarises each scheme's segments.

import {
	constant,
	fragment,
	ident,
	join,
	queryRows,
	sql,
	type Db,
	type SqlFragment
} from '$lib/engine/sql';
import { CN8, RFM10_OTHERS, RFM10_RULES, type SchemeId } from './schemes';
import type { ScoreRule } from './settings';
import type { ThresholdSet } from './thresholds';

/** Column of customer_segments holding each scheme's segment id. */
export const SCHEME_COLUMN: Record<SchemeId, string> = {
	seed: 'quadrant',
	rfm10: 'rfm10',
	cn8: 'cn8'
};

// Thresholds are numbers this program computed or validated; inlined as constants (see sql.ts).
const num = (x: number) => constant(Number.isFinite(x) ? x : 0);

/**
 * A 1–5 score from four increasing cuts. 'quantile': intervals (c[k-1], c[k]], so equal values
 * always share a score. 'r-rfm': the R package's [lower, upper) intervals. Recency is reversed:
 * fewer days since the last shipment scores higher.
 */
export function scoreExpr(
	column: string,
	cuts: readonly number[],
	rule: ScoreRule,
	reversed: boolean
): SqlFragment {
	const col = ident(column);
	const above = join(
		cuts.map((c) =>
			rule === 'r-rfm'
				? fragment`(${col} >= ${num(c)})::INTEGER`
				: fragment`(${col} > ${num(c)})::INTEGER`
		),
		' + '
	);
	return reversed ? fragment`(5 - (${above}))` : fragment`(1 + ${above})`;
}

function rfm10Case(): SqlFragment {
	const whens = RFM10_RULES.map(
		(x) =>
			fragment`WHEN r_score BETWEEN ${num(x.r[0])} AND ${num(x.r[1])} AND f_score BETWEEN ${num(x.f[0])} AND ${num(x.f[1])} AND m_score BETWEEN ${num(x.m[0])} AND ${num(x.m[1])} THEN ${constant(x.id)}`
	);
	return fragment`CASE ${join(whens, ' ')} ELSE ${constant(RFM10_OTHERS)} END`;
}

function cn8Case(): SqlFragment {
	const whens = Object.entries(CN8).map(
		([bits, id]) =>
			fragment`WHEN r_high = ${constant(bits[0] === '1')} AND f_high = ${constant(bits[1] === '1')} AND m_high = ${constant(bits[2] === '1')} THEN ${constant(id)}`
	);
	return fragment`CASE ${join(whens, ' ')} END`;
}

/** Builds customer_segments: scores, the three schemes' segments and the churn alert flag. */
export async function buildSegments(db: Db, t: ThresholdSet, rule: ScoreRule): Promise<void> {
	const { cuts, seed, lines } = t;
	const alert =
		seed.recencyAlertDays === null
			? fragment`false`
			: fragment`recency_days > ${num(seed.recencyAlertDays)}`;
	await db.query(sql`
		CREATE OR REPLACE TABLE customer_segments AS
		WITH s AS (
			SELECT customer_key, recency_days, frequency, monetary, frequency_recent, monetary_recent,
				complaints,
				${scoreExpr('recency_days', cuts.recency, rule, true)} AS r_score,
				${scoreExpr('frequency', cuts.frequency, rule, false)} AS f_score,
				${scoreExpr('monetary', cuts.monetary, rule, false)} AS m_score,
				recency_days < ${num(lines.recencyLine)} AS r_high,
				frequency > ${num(lines.frequencyLine)} AS f_high,
				monetary > ${num(lines.monetaryLine)} AS m_high,
				monetary_recent > 0 AND monetary_recent >= ${num(seed.highValueMin)} AS value_high,
				frequency_recent > 0 AND frequency_recent >= ${num(seed.highFrequencyMin)} AS frequency_high,
				${alert} AS churn_alert
			FROM customer_features
		)
		SELECT customer_key, recency_days, frequency, monetary, frequency_recent, monetary_recent,
			complaints, r_score, f_score, m_score, r_score * 100 + f_score * 10 + m_score AS rfm_score,
			r_high, f_high, m_high, value_high, frequency_high, churn_alert,
			CASE WHEN value_high AND frequency_high THEN 'high-value-high-freq'
				WHEN value_high THEN 'high-value-low-freq'
				WHEN frequency_high THEN 'low-value-high-freq'
				ELSE 'low-value-low-freq' END AS quadrant,
			${rfm10Case()} AS rfm10,
			${cn8Case()} AS cn8
		FROM s
		ORDER BY customer_key`);
}

export interface SegmentSummary {
	segment: string;
	customers: number;
	customer_share: number;
	revenue: number;
	revenue_share: number;
	parcels: number;
	parcel_share: number;
	complaints: number;
	complaint_share: number | null;
	avg_recency: number;
	avg_frequency: number;
	avg_monetary: number;
	churn_alerts: number;
}

/** Customers, revenue, parcels and complaints per segment of one scheme, with shares of the total. */
export async function summarizeScheme(db: Db, scheme: SchemeId): Promise<SegmentSummary[]> {
	const col = ident(SCHEME_COLUMN[scheme]);
	return queryRows<SegmentSummary>(
		db,
		sql`SELECT ${col} AS segment, count(*) AS customers,
				count(*) / sum(count(*)) OVER () AS customer_share,
				sum(monetary) AS revenue, sum(monetary) / nullif(sum(sum(monetary)) OVER (), 0) AS revenue_share,
				sum(frequency) AS parcels, sum(frequency) / nullif(sum(sum(frequency)) OVER (), 0) AS parcel_share,
				sum(complaints) AS complaints,
				sum(complaints) / nullif(sum(sum(complaints)) OVER (), 0) AS complaint_share,
				avg(recency_days) AS avg_recency, avg(frequency) AS avg_frequency, avg(monetary) AS avg_monetary,
				count(*) FILTER (WHERE churn_alert) AS churn_alerts
			FROM customer_segments GROUP BY ALL ORDER BY revenue DESC`
	);
}

export interface CrossCell {
	a: string;
	b: string;
	customers: number;
	revenue: number;
}

/** How two schemes map onto each other: customers and revenue in every pair of segments. */
export async function crossSchemes(db: Db, a: SchemeId, b: SchemeId): Promise<CrossCell[]> {
	const ca = ident(SCHEME_COLUMN[a]);
	const cb = ident(SCHEME_COLUMN[b]);
	return queryRows<CrossCell>(
		db,
		sql`SELECT ${ca} AS a, ${cb} AS b, count(*) AS customers, sum(monetary) AS revenue
			FROM customer_segments GROUP BY ALL ORDER BY a, b`
	);
}

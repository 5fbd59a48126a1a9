// One row per unified customer: RFM values and the shipping-mix features segments and clusters
// use. Everything is computed in one pass over the clean waybills (plus sessions when present).

import {
	constant,
	constantTuple,
	fragment,
	queryOne,
	sql,
	tableExists,
	type Db,
	type SqlFragment
} from '$lib/engine/sql';
import type { ValueSettings } from './settings';

/** Service-session categories that count as a complaint (表扬 and 咨询 do not). */
export const COMPLAINT_CATEGORIES = ['延误', '破损', '丢件', '理赔', '态度', '费用'] as const;

export interface AnalysisWindow {
	/** YYYY-MM-DD; shipments strictly before this day count. */
	asOf: string;
	/** First day RFM counts (YYYY-MM-DD), null = all data. */
	windowStart: string | null;
	/** First day the seed method counts. */
	seedStart: string;
	hasSessions: boolean;
}

/** Resolves as_of (default: the day after the last order) and the window edges. */
export async function analysisWindow(db: Db, s: ValueSettings): Promise<AnalysisWindow | null> {
	const r = await queryOne<{
		as_of: string | null;
		window_start: string | null;
		seed_start: string | null;
	}>(
		db,
		sql`WITH a AS (
				SELECT coalesce(${s.asOf}::DATE, max(order_time)::DATE + 1) AS as_of FROM waybills
			)
			SELECT strftime(as_of, '%Y-%m-%d') AS as_of,
				strftime(as_of - to_months(${s.windowMonths ?? 0}::INTEGER), '%Y-%m-%d') AS window_start,
				strftime(as_of - to_months(${s.seedWindowMonths}::INTEGER), '%Y-%m-%d') AS seed_start
			FROM a`
	);
	if (!r.as_of || !r.seed_start) return null;
	return {
		asOf: r.as_of,
		windowStart: s.windowMonths === null ? null : r.window_start,
		seedStart: r.seed_start,
		hasSessions: await tableExists(db, 'service_sessions')
	};
}

/** A shipment counts when it lies in [windowStart, asOf). */
function inWindow(w: AnalysisWindow): SqlFragment {
	// as_of and the window edges are dates this module resolved itself (strftime output), inlined
	// so DuckDB folds them once instead of re-evaluating a parameter per row.
	const end = fragment`order_time < ${constant(w.asOf)}::TIMESTAMP`;
	return w.windowStart
		? fragment`${end} AND order_time >= ${constant(w.windowStart)}::TIMESTAMP`
		: end;
}

function isNight(s: ValueSettings): SqlFragment {
	const start = constant(s.nightStart);
	const end = constant(s.nightEnd);
	return s.nightStart > s.nightEnd
		? fragment`(hour(order_time) >= ${start} OR hour(order_time) < ${end})`
		: fragment`(hour(order_time) >= ${start} AND hour(order_time) < ${end})`;
}

const share = (cond: SqlFragment) => fragment`avg(CASE WHEN ${cond} THEN 1.0 ELSE 0.0 END)`;

/**
 * Builds `customer_features`. Recency counts whole days from the last shipment's date to as_of;
 * frequency counts shipments; monetary sums fees — all in the window (DESIGN.md). Same-day
 * shipments count once for the gap between shipments (the business cycle).
 */
export async function buildCustomerFeatures(
	db: Db,
	s: ValueSettings,
	w: AnalysisWindow
): Promise<void> {
	const seedStart = fragment`${constant(w.seedStart)}::TIMESTAMP`;
	const isComplaint = fragment`category IN ${constantTuple(COMPLAINT_CATEGORIES)}`;
	const complaints = w.hasSessions
		? fragment`LEFT JOIN (
				SELECT customer_key,
					count(*) AS sessions,
					count(*) FILTER (WHERE ${isComplaint}) AS complaints,
					max(created_at) FILTER (WHERE ${isComplaint}) AS last_complaint_at
				FROM service_sessions
				WHERE customer_key IS NOT NULL AND created_at < ${constant(w.asOf)}::TIMESTAMP
				GROUP BY customer_key
			) AS c USING (customer_key)`
		: fragment``;
	const complaintCols = w.hasSessions
		? fragment`coalesce(c.sessions, 0) AS sessions, coalesce(c.complaints, 0) AS complaints,
			coalesce(c.complaints, 0) / a.frequency AS complaint_rate, c.last_complaint_at`
		: fragment`0 AS sessions, 0 AS complaints, 0.0 AS complaint_rate, NULL::TIMESTAMP AS last_complaint_at`;
	await db.query(sql`
		CREATE OR REPLACE TABLE customer_features AS
		WITH w AS (
			SELECT customer_key, order_time, fee, weight_kg, route_type, is_return, item_category,
				payment_method, channel, customer_type
			FROM waybills
			WHERE customer_key IS NOT NULL AND ${inWindow(w)}
		),
		gaps AS (
			SELECT customer_key, avg(gap) AS avg_gap_days, count(gap) AS gap_count,
				sum(gap * gap)::DOUBLE AS gap_sumsq
			FROM (
				SELECT customer_key, day - lag(day) OVER (PARTITION BY customer_key ORDER BY day) AS gap
				FROM (SELECT DISTINCT customer_key, order_time::DATE AS day FROM w)
			)
			WHERE gap IS NOT NULL
			GROUP BY customer_key
		),
		pay AS (
			SELECT customer_key, first(payment_method ORDER BY n DESC, payment_method) AS settlement
			FROM (SELECT customer_key, payment_method, count(*) AS n FROM w WHERE payment_method IS NOT NULL GROUP BY ALL)
			GROUP BY customer_key
		),
		chan AS (
			SELECT customer_key, first(channel ORDER BY n DESC, channel) AS main_channel
			FROM (SELECT customer_key, channel, count(*) AS n FROM w WHERE channel IS NOT NULL GROUP BY ALL)
			GROUP BY customer_key
		),
		ctype AS (
			SELECT customer_key, first(customer_type ORDER BY n DESC, customer_type) AS customer_type
			FROM (SELECT customer_key, customer_type, count(*) AS n FROM w WHERE customer_type IS NOT NULL GROUP BY ALL)
			GROUP BY customer_key
		),
		a AS (
			SELECT customer_key,
				count(*) AS frequency,
				coalesce(sum(fee), 0) AS monetary,
				count(*) FILTER (WHERE order_time >= ${seedStart}) AS frequency_recent,
				coalesce(sum(fee) FILTER (WHERE order_time >= ${seedStart}), 0) AS monetary_recent,
				min(order_time) AS first_order,
				max(order_time) AS last_order,
				avg(fee) AS avg_fee,
				avg(weight_kg) FILTER (WHERE weight_kg > 0) AS avg_weight,
				${share(isNight(s))} AS night_share,
				avg(CASE WHEN route_type IS NULL THEN NULL WHEN route_type = '跨省' THEN 1.0 ELSE 0.0 END) AS cross_province_share,
				${share(fragment`is_return`)} AS return_share,
				${share(fragment`item_category = '生鲜'`)} AS fresh_share,
				${share(fragment`item_category = '3C数码'`)} AS electronics_share,
				${share(fragment`item_category = '文件'`)} AS document_share,
				${share(fragment`payment_method = '月结'`)} AS monthly_share,
				${share(fragment`channel = '电商平台'`)} AS ecommerce_share,
				count(DISTINCT date_trunc('month', order_time)) AS active_months
			FROM w
			GROUP BY customer_key
		)
		SELECT a.customer_key,
			date_diff('day', a.last_order::DATE, ${constant(w.asOf)}::DATE) AS recency_days,
			a.frequency, a.monetary, a.frequency_recent, a.monetary_recent,
			a.first_order, a.last_order, a.avg_fee, a.avg_weight, a.night_share,
			a.cross_province_share, a.return_share, a.fresh_share, a.electronics_share,
			a.document_share, a.monthly_share, a.ecommerce_share, a.active_months,
			g.avg_gap_days, coalesce(g.gap_count, 0) AS gap_count, coalesce(g.gap_sumsq, 0) AS gap_sumsq,
			p.settlement, ch.main_channel, t.customer_type,
			${complaintCols}
		FROM a
		LEFT JOIN gaps AS g USING (customer_key)
		LEFT JOIN pay AS p USING (customer_key)
		LEFT JOIN chan AS ch USING (customer_key)
		LEFT JOIN ctype AS t USING (customer_key)
		${complaints}
		ORDER BY a.customer_key`);
}

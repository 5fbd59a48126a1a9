// Claim response time against churn ("理赔响应超过48小时的客户流失率为 X,是24小时内响应的 N 倍").
//
// - A claim is a session of category 理赔, one the text analysis typed `claim`, or one with a
//   claimed amount (a 破损 or 丢件 complaint asking for compensation).
// - Response time = resolved_at − created_at by default: what a claimant waits for is the
//   outcome. The first response is usually an acknowledgement within minutes (chat, hotline) and
//   says little about how the claim was handled; it is offered as an option (`first_response`).
//   A claim without the end time (unresolved, or no response recorded) gets its own bucket.
// - Churned = the customer shipped nothing in (created_at, created_at + N days]: a shipment exactly
//   N days later still counts as staying. N defaults to the value analysis's recency alert (the
//   business cycle + 1.5σ), passed in by the caller.
// - Only claims whose whole window lies before as_of are judged (created_at + N days ≤ as_of);
//   for later claims we cannot know yet, and they are reported as "too recent".
// - One observation per customer: their latest judgeable claim, the one right before they stayed
//   or left. Counting every claim would count one lost customer once per claim.
// - A cross-filter (`from`) chooses which customers count (those with a waybill in it); their
//   later shipments and as_of always come from all waybills, or a filter on, say, product would
//   call a customer who switched products "churned".

import {
	constant,
	fragment,
	join,
	queryOne,
	queryRows,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery
} from '$lib/engine/sql';
import { MIN_GROUP_PARCELS, WAYBILLS } from '$lib/profile2/common';
import { resolveAsOf, sessionFlags, type SessionTables } from './common';

export const RESPONSE_BUCKETS = ['le24', '24to48', 'gt48', 'none'] as const;
export type ResponseBucket = (typeof RESPONSE_BUCKETS)[number];

/** Which timestamp ends the wait. */
export type ResponseBy = 'first_response' | 'resolved';

export interface ClaimChurnRow {
	bucket: ResponseBucket;
	/** Customers whose latest judgeable claim falls in the bucket. */
	customers: number;
	churned: number;
	churn_rate: number | null;
	avg_response_hours: number | null;
}

export interface ClaimCoverage {
	/** Claim sessions with a customer and a creation time. */
	claims: number;
	/** Claims whose N-day window ends after as_of (not judged). */
	too_recent: number;
	/** Claim sessions without a customer (cannot be followed). */
	no_customer: number;
}

export interface ClaimChurnFinding {
	/** Churn rate after a response slower than 48 h. */
	slowRate: number;
	/** Churn rate after a response within 24 h. */
	fastRate: number;
	/** slowRate / fastRate; null when nobody churned after a fast response. */
	ratio: number | null;
	slowCustomers: number;
	fastCustomers: number;
}

export interface ClaimChurnOptions {
	/** N: days without a shipment after the claim that count as churn (> 0, may be fractional). */
	churnDays: number;
	/** YYYY-MM-DD, exclusive end of the data; default the day after the last order. */
	asOf?: string | null;
	/** Default 'resolved'. */
	responseBy?: ResponseBy;
	from?: SqlFragment;
}

export interface ClaimChurnProfile {
	rows: ClaimChurnRow[];
	coverage: ClaimCoverage;
	finding: ClaimChurnFinding | null;
	churnDays: number;
	responseBy: ResponseBy;
	asOf: string | null;
	minCustomers: number;
}

/** N days in microseconds, validated (the window is an exact duration, not calendar days). */
function windowMicros(days: number): number {
	if (!Number.isFinite(days) || days <= 0 || days > 3660)
		throw new Error(`invalid churn window: ${days}`);
	return Math.round(days * 86_400_000_000);
}

/** The `a` (as_of) and `claims` CTEs shared by the rows and the coverage. */
function claimsSql(sessions: SessionTables, o: ClaimChurnOptions, from: SqlFragment): SqlFragment {
	// One of two column names of our own, never user text.
	const end =
		o.responseBy === 'first_response' ? fragment`first_response_at` : fragment`resolved_at`;
	return fragment`
		a AS (
			SELECT coalesce(${o.asOf ?? null}::DATE,
				(SELECT max(order_time)::DATE + 1 FROM ${WAYBILLS}))::TIMESTAMP AS as_of
		),
		claims AS (
			SELECT session_id, customer_key, created_at,
				-- greatest() would turn a missing response into 0; a response logged before the
				-- session (a clock or entry error) counts as immediate.
				CASE WHEN ${end} < created_at THEN 0.0
					ELSE epoch(${end} - created_at) / 3600.0 END AS response_hours,
				created_at + to_microseconds(${windowMicros(o.churnDays)}::BIGINT) AS window_end
			FROM ${sessionFlags(sessions)}
			WHERE is_claim AND created_at IS NOT NULL
				-- Customers who never shipped (a recipient calling in) are not shipping customers.
				AND (customer_key IS NULL OR customer_key IN (SELECT customer_key FROM ${from}))
		)`;
}

/** Customers per response bucket and how many of them churned. */
export function claimChurnQuery(sessions: SessionTables, o: ClaimChurnOptions): SqlQuery {
	const from = o.from ?? WAYBILLS;
	const buckets = RESPONSE_BUCKETS.map((b, i) => fragment`(${constant(b)}, ${constant(i)})`);
	return sql`
		WITH ${claimsSql(sessions, o, from)},
		latest AS (
			SELECT c.* FROM claims AS c, a
			WHERE c.customer_key IS NOT NULL AND c.window_end <= a.as_of
			QUALIFY row_number() OVER (PARTITION BY c.customer_key
				ORDER BY c.created_at DESC, c.session_id DESC) = 1
		),
		stayed AS (
			SELECT DISTINCT l.session_id
			FROM latest AS l CROSS JOIN a JOIN ${WAYBILLS} AS w ON w.customer_key = l.customer_key
				AND w.order_time > l.created_at AND w.order_time <= l.window_end
				AND w.order_time < a.as_of
		),
		g AS (
			SELECT CASE WHEN l.response_hours IS NULL THEN 'none'
					WHEN l.response_hours <= 24 THEN 'le24'
					WHEN l.response_hours <= 48 THEN '24to48' ELSE 'gt48' END AS bucket,
				count(*) AS customers,
				count(*) FILTER (WHERE s.session_id IS NULL) AS churned,
				avg(l.response_hours) AS avg_response_hours
			FROM latest AS l LEFT JOIN stayed AS s USING (session_id)
			GROUP BY 1
		)
		SELECT b.bucket, coalesce(g.customers, 0) AS customers, coalesce(g.churned, 0) AS churned,
			g.churned / nullif(g.customers, 0) AS churn_rate, g.avg_response_hours
		FROM (VALUES ${join(buckets)}) AS b(bucket, ord)
		LEFT JOIN g USING (bucket)
		ORDER BY b.ord`;
}

/** Claims in total, too recent to judge, and without a customer. */
export function claimCoverageQuery(sessions: SessionTables, o: ClaimChurnOptions): SqlQuery {
	const from = o.from ?? WAYBILLS;
	return sql`
		WITH ${claimsSql(sessions, o, from)}
		SELECT count(*) FILTER (WHERE customer_key IS NOT NULL) AS claims,
			count(*) FILTER (WHERE customer_key IS NOT NULL AND window_end > a.as_of) AS too_recent,
			count(*) FILTER (WHERE customer_key IS NULL) AS no_customer
		FROM claims, a`;
}

/**
 * Slow (> 48 h) against fast (≤ 24 h) responses; null when either bucket has fewer than
 * `minCustomers` customers or nobody churned after a slow response.
 */
export function claimChurnFinding(
	rows: readonly ClaimChurnRow[],
	minCustomers = MIN_GROUP_PARCELS
): ClaimChurnFinding | null {
	const slow = rows.find((r) => r.bucket === 'gt48');
	const fast = rows.find((r) => r.bucket === 'le24');
	if (!slow || !fast || slow.customers < minCustomers || fast.customers < minCustomers) return null;
	const slowRate = slow.churned / slow.customers;
	const fastRate = fast.churned / fast.customers;
	if (slowRate <= 0) return null;
	return {
		slowRate,
		fastRate,
		ratio: fastRate > 0 ? slowRate / fastRate : null,
		slowCustomers: slow.customers,
		fastCustomers: fast.customers
	};
}

/** The claim view; the caller checks that service sessions exist. */
export async function claimChurn(
	db: Db,
	sessions: SessionTables,
	options: ClaimChurnOptions,
	minCustomers = MIN_GROUP_PARCELS
): Promise<ClaimChurnProfile> {
	const o = { ...options, responseBy: options.responseBy ?? 'resolved' };
	const rows = await queryRows<ClaimChurnRow>(db, claimChurnQuery(sessions, o));
	const coverage = await queryOne<ClaimCoverage>(db, claimCoverageQuery(sessions, o));
	const asOf = await resolveAsOf(db, o.asOf, WAYBILLS);
	return {
		rows,
		coverage,
		finding: claimChurnFinding(rows, minCustomers),
		churnDays: o.churnDays,
		responseBy: o.responseBy,
		asOf,
		minCustomers
	};
}

// Per-customer emotion features, for a later step to join into customer_features (LEFT JOIN on
// customer_key; a customer without sessions has none of these rows, i.e. zero sessions).

import {
	fragment,
	join,
	queryOne,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery
} from '$lib/engine/sql';
import { WAYBILLS } from '$lib/profile2/common';
import { sessionFlags, type TouchTables } from './common';

export interface CustomerEmotionOptions {
	/** YYYY-MM-DD: sessions (and counted shipments) strictly before this day; null = all. */
	asOf?: string | null;
	/** YYYY-MM-DD: first day counted; null = all data. */
	windowStart?: string | null;
	from?: SqlFragment;
}

/**
 * `customer_emotion(customer_key, sessions, complaints, complaint_rate, last_complaint_at,
 * avg_sentiment, negative_sessions, unresolved_claims, delay_complaints, damage_complaints,
 * loss_complaints, claim_sessions)`, one row per customer with at least one session in the window:
 * - complaint_rate = complaints / shipments in the window: customer_features.frequency when that
 *   table exists (the caller passes the same window as the value analysis), else the customer's
 *   waybills in the window; NULL for a customer with sessions but no shipments;
 * - avg_sentiment and negative_sessions need `session_emotion` (NULL without it);
 * - unresolved_claims = claim sessions with no resolved_at.
 */
export function customerEmotionQuery(
	tables: Pick<TouchTables, 'emotion' | 'features'> & { claimAmount?: boolean },
	options: CustomerEmotionOptions = {}
): SqlQuery {
	return sql`${customerEmotionSql(tables, options)}`;
}

function customerEmotionSql(
	tables: Pick<TouchTables, 'emotion' | 'features'> & { claimAmount?: boolean },
	options: CustomerEmotionOptions
): SqlFragment {
	const from = options.from ?? WAYBILLS;
	const asOf = options.asOf ?? null;
	const start = options.windowStart ?? null;
	// Only the bounds that are set, so the common "all data" case adds nothing per row.
	const inWindow = (col: SqlFragment) =>
		join(
			[
				fragment`true`,
				...(asOf === null ? [] : [fragment`${col} < ${asOf}::DATE::TIMESTAMP`]),
				...(start === null ? [] : [fragment`${col} >= ${start}::DATE::TIMESTAMP`])
			],
			' AND '
		);
	const shipments = tables.features
		? fragment`(SELECT customer_key, frequency AS shipments FROM customer_features)`
		: fragment`(SELECT customer_key, count(*) AS shipments FROM ${from}
				WHERE customer_key IS NOT NULL AND ${inWindow(fragment`order_time`)}
				GROUP BY customer_key)`;
	const emotion = tables.emotion;
	return fragment`
		WITH s AS (
			SELECT * FROM ${sessionFlags({ present: true, emotion, claimAmount: tables.claimAmount })}
			WHERE customer_key IS NOT NULL AND ${inWindow(fragment`created_at`)}
		),
		g AS (
			SELECT customer_key, count(*) AS sessions,
				count(*) FILTER (WHERE is_complaint) AS complaints,
				max(created_at) FILTER (WHERE is_complaint) AS last_complaint_at,
				avg(sentiment) AS avg_sentiment,
				${emotion ? fragment`count(*) FILTER (WHERE sentiment_label = 'negative')` : fragment`NULL::BIGINT`} AS negative_sessions,
				count(*) FILTER (WHERE is_claim AND resolved_at IS NULL) AS unresolved_claims,
				count(*) FILTER (WHERE is_delay) AS delay_complaints,
				count(*) FILTER (WHERE is_damage) AS damage_complaints,
				count(*) FILTER (WHERE is_loss) AS loss_complaints,
				count(*) FILTER (WHERE is_claim) AS claim_sessions
			FROM s GROUP BY customer_key
		)
		SELECT g.customer_key, g.sessions, g.complaints,
			g.complaints / nullif(sh.shipments, 0) AS complaint_rate,
			g.last_complaint_at, g.avg_sentiment, g.negative_sessions, g.unresolved_claims,
			g.delay_complaints, g.damage_complaints, g.loss_complaints, g.claim_sessions
		FROM g LEFT JOIN ${shipments} AS sh USING (customer_key)
		ORDER BY g.customer_key`;
}

/** Creates `customer_emotion`; returns its row count. Needs `service_sessions`. */
export async function buildCustomerEmotion(
	db: Db,
	tables: Pick<TouchTables, 'emotion' | 'features'> & { claimAmount?: boolean },
	options: CustomerEmotionOptions = {}
): Promise<number> {
	await db.query(
		sql`CREATE OR REPLACE TABLE customer_emotion AS ${customerEmotionSql(tables, options)}`
	);
	const { n } = await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM customer_emotion`);
	return n;
}

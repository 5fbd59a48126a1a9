// How well the tables found their customers, which rows did not, and which customer IDs look
// like test accounts nobody has listed yet.

import { constant, fragment, ident, queryOne, queryRows, sql, type Db } from '$lib/engine/sql';
import { sourceTable, type CanonicalTable } from '$lib/model/schema';
import { testAccount } from './fragments';
import type { MatchStats } from './report';

/** Match counts per clean table (customers match by their own ID). */
export async function matchStats(
	db: Db,
	present: ReadonlySet<CanonicalTable>
): Promise<MatchStats[]> {
	const out: MatchStats[] = [];
	for (const t of ['waybills', 'service_sessions', 'payments', 'customers'] as const) {
		if (!present.has(t)) continue;
		const match = t === 'customers' ? fragment`'id'` : fragment`customer_match`;
		const linked = present.has('waybills')
			? fragment`count(*) FILTER (WHERE customer_key IN (SELECT customer_key FROM waybills))`
			: fragment`0`;
		const r = await queryOne<Omit<MatchStats, 'table'>>(
			db,
			sql`SELECT count(*) AS rows,
				count(*) FILTER (WHERE ${match} = 'id') AS "byId",
				count(*) FILTER (WHERE ${match} = 'waybill') AS "byWaybill",
				count(*) FILTER (WHERE ${match} = 'phone') AS "byPhone",
				count(*) FILTER (WHERE ${match} = 'phone-only') AS "phoneOnly",
				count(*) FILTER (WHERE customer_key IS NULL) AS unmatched,
				${linked} AS linked
			FROM ${ident(t)}`
		);
		out.push({ table: t, ...r });
	}
	return out;
}

/** The first unmatched rows of a table (customer not found by ID, waybill or phone). */
export async function unmatchedRows(db: Db, table: 'service_sessions' | 'payments', limit: number) {
	const key = table === 'service_sessions' ? 'session_id' : 'payment_id';
	const extra =
		table === 'service_sessions'
			? fragment`phone_masked, created_at::VARCHAR AS at`
			: fragment`NULL AS phone_masked, paid_at::VARCHAR AS at`;
	return queryRows<{
		key: string;
		waybill_id: string | null;
		phone_masked: string | null;
		at: string | null;
		_file_id: number | null;
		_line: number | null;
	}>(
		db,
		sql`SELECT ${ident(key)} AS key, waybill_id, ${extra}, _file_id, _line FROM ${ident(table)}
			WHERE customer_key IS NULL ORDER BY _file_id, _line, ${ident(key)}
			LIMIT ${constant(Math.max(1, Math.min(limit, 500)))}`
	);
}

/**
 * Customer IDs named like test or internal accounts (TEST…, demo…, 测试, 内部), or whose sender
 * name says so, that the list does not exclude yet: offered to the analyst, never excluded
 * silently.
 */
export async function suspectTestAccounts(
	db: Db,
	listed: readonly string[]
): Promise<{ customerId: string; rows: number }[]> {
	return queryRows<{ customerId: string; rows: number }>(
		db,
		sql`SELECT customer_id AS "customerId", count(*)::INTEGER AS rows FROM ${ident(sourceTable('waybills'))}
			WHERE customer_id IS NOT NULL
				AND (regexp_matches(customer_id, '^(?i:test|demo)|测试|内部')
					OR regexp_matches(coalesce(sender_name, ''), '测试'))
				AND NOT ${testAccount(fragment`customer_id`, listed)}
			GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${constant(20)}`
	);
}

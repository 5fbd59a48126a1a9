// The tables around the waybills: service sessions, payments, customers and tracking events.
// Each is de-duplicated, test accounts are dropped, and every row gets the customer_key of the
// waybills: by its customer ID, through its waybill number, or by its phone.

import { fragment, ident, queryOne, sql, type Db, type SqlFragment } from '$lib/engine/sql';
import { sourceTable, type CanonicalTable } from '$lib/model/schema';
import { duplicatesTable, findDuplicates, testAccount } from './fragments';
import { buildGeoLookup, geoTable } from './geo';
import { PHONES } from './phones';
import { countBy, samplesOf, type RuleLog } from './report';
import type { CleaningSettings } from './settings';

interface Context {
	db: Db;
	settings: CleaningSettings;
	log: RuleLog;
	/** Whether clean waybills exist to link to. */
	waybills: boolean;
}

/**
 * Waybill number → customer_key, for rows that only know the waybill. With duplicates removed
 * the clean table has one row per number and serves as is; otherwise one row per number is
 * picked (any: copies of a waybill share its customer).
 */
const waybillKeys = (ctx: Context) =>
	!ctx.waybills
		? fragment`(SELECT NULL::VARCHAR AS waybill_id, NULL::VARCHAR AS customer_key WHERE false)`
		: ctx.settings.removeDuplicates
			? fragment`(SELECT waybill_id, customer_key FROM waybills)`
			: fragment`(SELECT waybill_id, any_value(customer_key) AS customer_key FROM waybills GROUP BY waybill_id)`;

/** Customers known only by a phone (no ID on any of their waybills). */
const phoneOnlyKeys = (waybills: boolean) =>
	waybills
		? fragment`(SELECT DISTINCT customer_key FROM waybills WHERE customer_match = 'phone-only')`
		: fragment`(SELECT NULL::VARCHAR AS customer_key WHERE false)`;

/**
 * The exclusion step shared by every table: `_excluded_<table>` holds (rid, rule, key, value)
 * for duplicates and test accounts, and the two rules are logged.
 */
async function exclude(
	ctx: Context,
	table: CanonicalTable,
	keys: readonly string[],
	customer: SqlFragment | null,
	label: { key: string; value: SqlFragment },
	first?: SqlFragment
): Promise<string> {
	const { db, settings, log } = ctx;
	const source = sourceTable(table);
	const excluded = `_excluded_${table}`;
	if (settings.removeDuplicates) await findDuplicates(db, table, source, keys, first);
	const dupJoin = settings.removeDuplicates
		? fragment`LEFT JOIN ${ident(duplicatesTable(source))} AS d ON d.rid = s.rowid`
		: fragment`CROSS JOIN (SELECT NULL::BIGINT AS dup_rank, NULL::VARCHAR AS kept) AS d`;
	const test = customer ? testAccount(customer, settings.testAccounts) : fragment`false`;
	await db.query(sql`
		CREATE OR REPLACE TEMP TABLE ${ident(excluded)} AS
		SELECT * FROM (
			SELECT s.rowid AS rid, s._file_id, s._line, s.${ident(label.key)} AS key,
				CASE WHEN d.dup_rank > 1 THEN 'duplicate' WHEN ${test} THEN 'test-account' END AS rule,
				CASE WHEN d.dup_rank > 1 THEN 'kept ' || coalesce(d.kept, '') ELSE (${label.value})::VARCHAR END AS value
			FROM ${ident(source)} AS s ${dupJoin}
		) WHERE rule IS NOT NULL`);
	const counts = await countBy(db, excluded, 'rule');
	const samples = await samplesOf(db, excluded, 'key', [
		{ rule: 'duplicate', when: fragment`rule = 'duplicate'`, value: fragment`value` },
		{ rule: 'test-account', when: fragment`rule = 'test-account'`, value: fragment`value` }
	]);
	log.add('duplicate', table, {
		enabled: settings.removeDuplicates,
		count: counts.get('duplicate') ?? 0,
		samples: samples.get('duplicate') ?? []
	});
	if (customer) {
		log.add('test-account', table as 'service_sessions' | 'payments' | 'customers', {
			enabled: settings.testAccounts.length > 0,
			count: counts.get('test-account') ?? 0,
			samples: samples.get('test-account') ?? []
		});
	}
	return excluded;
}

const kept = (excluded: string) =>
	fragment`NOT EXISTS (SELECT 1 FROM ${ident(excluded)} AS x WHERE x.rid = s.rowid)`;

async function drop(db: Db, ...tables: string[]): Promise<void> {
	for (const t of tables) await db.query(sql`DROP TABLE IF EXISTS ${ident(t)}`);
}

/** Sessions: the customer by ID, then through the waybill, then by the caller's phone. */
export async function cleanSessions(ctx: Context): Promise<void> {
	const { db, settings } = ctx;
	const table = 'service_sessions';
	const source = ident(sourceTable(table));
	// The key the session resolves to, before exclusion (test accounts are matched on it).
	const resolved = fragment`(SELECT s.rowid AS rid, coalesce(s.customer_id, w.customer_key, ph.owner, pk.customer_key) AS customer_key,
			CASE WHEN s.customer_id IS NOT NULL THEN 'id' WHEN w.customer_key IS NOT NULL THEN 'waybill'
				WHEN ph.owner IS NOT NULL OR pk.customer_key IS NOT NULL THEN 'phone' ELSE 'unmatched' END AS customer_match
		FROM ${source} AS s
		LEFT JOIN ${waybillKeys(ctx)} AS w ON w.waybill_id = s.waybill_id
		LEFT JOIN ${ident(PHONES)} AS ph ON ph.phone = s.phone
		LEFT JOIN ${phoneOnlyKeys(ctx.waybills)} AS pk ON pk.customer_key = 'P:' || ph.hash)`;
	await db.query(sql`CREATE OR REPLACE TEMP TABLE _keys_sessions AS SELECT * FROM ${resolved}`);
	const customer = fragment`(SELECT k.customer_key FROM _keys_sessions AS k WHERE k.rid = s.rowid)`;
	const excluded = await exclude(ctx, table, ['session_id'], customer, {
		key: 'session_id',
		value: customer
	});
	const clear = settings.clearTimesBeforeOrder;
	const fixed = await queryOne<{ n: number }>(
		db,
		sql`SELECT count(*) FILTER (WHERE first_response_at < created_at OR resolved_at < created_at) AS n
			FROM ${source} AS s WHERE ${kept(excluded)}`
	);
	ctx.log.add('time-before-created', table, { enabled: clear, count: clear ? Number(fixed.n) : 0 });
	const keep = settings.keepRawPii;
	await db.query(sql`
		CREATE OR REPLACE TABLE service_sessions AS
		SELECT s.session_id, k.customer_key, s.customer_id,
			${keep ? fragment`s.phone` : fragment`ph.hash`} AS phone, ph.masked AS phone_masked,
			s.waybill_id, s.created_at,
			CASE WHEN ${clear ? fragment`s.first_response_at < s.created_at` : fragment`false`} THEN NULL ELSE s.first_response_at END AS first_response_at,
			CASE WHEN ${clear ? fragment`s.resolved_at < s.created_at` : fragment`false`} THEN NULL ELSE s.resolved_at END AS resolved_at,
			s.channel, s.category, s.text, s.claim_amount, s.satisfaction, k.customer_match, s._file_id, s._line
		FROM ${source} AS s
		JOIN _keys_sessions AS k ON k.rid = s.rowid
		LEFT JOIN ${ident(PHONES)} AS ph ON ph.phone = s.phone
		WHERE ${kept(excluded)}`);
	await drop(db, excluded, '_keys_sessions', duplicatesTable(sourceTable(table)));
}

/** Payments: the customer by ID, then through the waybill. */
export async function cleanPayments(ctx: Context): Promise<void> {
	const { db } = ctx;
	const table = 'payments';
	const source = ident(sourceTable(table));
	const key = fragment`coalesce(s.customer_id, (SELECT w.customer_key FROM ${waybillKeys(ctx)} AS w WHERE w.waybill_id = s.waybill_id))`;
	const excluded = await exclude(ctx, table, ['payment_id'], key, {
		key: 'payment_id',
		value: key
	});
	await db.query(sql`
		CREATE OR REPLACE TABLE payments AS
		SELECT s.payment_id, coalesce(s.customer_id, w.customer_key) AS customer_key, s.customer_id, s.waybill_id,
			s.paid_at, s.amount, s.method, s.coupon_used, s.settlement,
			CASE WHEN s.customer_id IS NOT NULL THEN 'id' WHEN w.customer_key IS NOT NULL THEN 'waybill' ELSE 'unmatched' END AS customer_match,
			s._file_id, s._line
		FROM ${source} AS s LEFT JOIN ${waybillKeys(ctx)} AS w ON w.waybill_id = s.waybill_id
		WHERE ${kept(excluded)}`);
	await drop(db, excluded, duplicatesTable(sourceTable(table)));
}

/** Customers: one row per ID (the latest registration), cities normalised. */
export async function cleanCustomers(ctx: Context): Promise<void> {
	const { db, settings } = ctx;
	const table = 'customers';
	const sourceName = sourceTable(table);
	const source = ident(sourceName);
	const excluded = await exclude(
		ctx,
		table,
		['customer_id'],
		fragment`s.customer_id`,
		{ key: 'customer_id', value: fragment`s.registered_at` },
		fragment`s.registered_at DESC NULLS LAST`
	);
	if (settings.normalizeRegions) await buildGeoLookup(db, sourceName, [[null, 'city']]);
	const geoJoin = settings.normalizeRegions
		? fragment`LEFT JOIN ${ident(geoTable(sourceName))} AS g ON g.raw_province IS NULL AND g.raw_city IS NOT DISTINCT FROM s.city`
		: fragment`CROSS JOIN (SELECT NULL::VARCHAR AS province, NULL::VARCHAR AS city, NULL::VARCHAR AS tier) AS g`;
	const city = settings.normalizeRegions ? fragment`g.city` : fragment`s.city`;
	const normalized = await queryOne<{ n: number }>(
		db,
		sql`SELECT count(*) FILTER (WHERE s.city IS NOT NULL AND ${city} IS DISTINCT FROM s.city) AS n
			FROM ${source} AS s ${geoJoin} WHERE ${kept(excluded)}`
	);
	ctx.log.add('region-normalized', table, {
		enabled: settings.normalizeRegions,
		count: Number(normalized.n)
	});
	const keep = settings.keepRawPii;
	await db.query(sql`
		CREATE OR REPLACE TABLE customers AS
		SELECT s.customer_id, s.customer_id AS customer_key,
			${keep ? fragment`s.phone` : fragment`ph.hash`} AS phone, ph.masked AS phone_masked,
			s.age, s.gender, ${city} AS city, g.province AS province, g.tier AS city_tier,
			s.register_channel, s.registered_at, s.customer_type, s._file_id, s._line
		FROM ${source} AS s
		LEFT JOIN ${ident(PHONES)} AS ph ON ph.phone = s.phone
		${geoJoin}
		WHERE ${kept(excluded)}`);
	await drop(db, excluded, duplicatesTable(sourceName));
}

/** Tracking events: the same event reported twice counts once. */
export async function cleanTrackingEvents(ctx: Context): Promise<void> {
	const { db } = ctx;
	const table = 'tracking_events';
	const source = ident(sourceTable(table));
	const excluded = await exclude(ctx, table, ['waybill_id', 'event_time', 'event', 'node'], null, {
		key: 'waybill_id',
		value: fragment`s.event_time`
	});
	await db.query(sql`
		CREATE OR REPLACE TABLE tracking_events AS
		SELECT s.waybill_id, s.event_time, s.node, s.event, s._file_id, s._line
		FROM ${source} AS s WHERE ${kept(excluded)}`);
	await drop(db, excluded, duplicatesTable(sourceTable(table)));
}

export type { Context as RelatedContext };

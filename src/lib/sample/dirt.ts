// Real exports are never clean, and a trainer demonstrating the data page needs something for
// every rule to catch. After generation, a small, seeded share of rows gets the defects analysts
// meet in courier exports: re-exported duplicates, refunds booked as negative fees, placeholder
// fees, zero weights, 1970 and typo-year dates, sign times before the order, short province
// names, missing customer IDs, internal test accounts, callers who are not customers.
//
// Rows are picked by arithmetic on their IDs (not DuckDB's hash(), whose values may change between
// versions), so the same seed gives the same defects on every machine.

import { constant, fragment, ident, sql, type Db, type SqlFragment } from '$lib/engine/sql';

/** Defects per 10,000 rows, by kind. The ranges below are disjoint, so one row gets one defect. */
export const DIRT_PER_10K = {
	waybills: {
		duplicate: 30,
		negativeFee: 15,
		zeroFee: 5,
		placeholderFee: 1,
		zeroWeight: 10,
		signBeforeOrder: 5,
		shortProvince: 100,
		missingProvince: 50,
		shortDestProvince: 50,
		missingCustomerId: 100,
		missingCustomer: 1,
		epochDate: 1,
		typoYear: 1,
		testAccount: 3
	},
	service_sessions: { duplicate: 20, notACustomer: 50, responseBeforeCreated: 10 },
	payments: { duplicate: 20, unknownWaybill: 20 },
	customers: { duplicate: 10, shortCity: 50 }
} as const;

/** A number in 0..9999 spread evenly over the rows, from the digits of an ID and the seed. */
function bucket(idColumn: string, prefixLength: number, seed: number): SqlFragment {
	const salt = constant(((Math.abs(Math.trunc(seed)) % 10_000) * 7_919) % 10_000);
	return fragment`(((substr(${ident(idColumn)}, ${constant(prefixLength + 1)})::BIGINT % 1000003) * 7919 + ${salt}) % 10000)`;
}

/** Consecutive bucket ranges, one per defect kind. */
function ranges<K extends string>(perTenK: Record<K, number>): Record<K, [number, number]> {
	let lo = 0;
	const out = {} as Record<K, [number, number]>;
	for (const [kind, n] of Object.entries(perTenK) as [K, number][]) {
		out[kind] = [lo, lo + n];
		lo += n;
	}
	return out;
}

const within = (b: SqlFragment, [lo, hi]: [number, number]) =>
	fragment`(${b} >= ${constant(lo)} AND ${b} < ${constant(hi)})`;

const SHORT_PROVINCE = (column: string) =>
	fragment`regexp_replace(${ident(column)}, '(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$', '')`;

/** Applies the defects to the sample tables (named by canonical table). */
export async function addDirt(
	db: Db,
	tables: {
		waybills: string;
		service_sessions: string;
		payments: string;
		customers: string;
	},
	seed: number
): Promise<void> {
	// One UPDATE over the picked rows (joined by rowid, the bucket computed once per row) rather
	// than one scan per defect: at a million waybills that is the difference of seconds.
	const w = ident(tables.waybills);
	const wr = ranges(DIRT_PER_10K.waybills);
	const at = (kind: keyof typeof wr) => within(fragment`x.b`, wr[kind]);
	const total = Object.values(DIRT_PER_10K.waybills).reduce((a, b) => a + b, 0);
	const stray = fragment`(${at('epochDate')} OR ${at('typoYear')})`;
	await db.query(sql`
		UPDATE ${w} SET
			fee = CASE WHEN ${at('negativeFee')} THEN -fee WHEN ${at('zeroFee')} THEN 0
				WHEN ${at('placeholderFee')} THEN 99999 ELSE fee END,
			weight_kg = CASE WHEN ${at('zeroWeight')} THEN 0 ELSE weight_kg END,
			sign_time = CASE WHEN ${at('signBeforeOrder')} AND sign_time IS NOT NULL THEN order_time - INTERVAL 1 DAY
				WHEN ${stray} THEN NULL ELSE sign_time END,
			pickup_time = CASE WHEN ${stray} THEN NULL ELSE pickup_time END,
			order_time = CASE WHEN ${at('epochDate')} THEN TIMESTAMP '1970-01-01 08:00:00'
				WHEN ${at('typoYear')} THEN order_time + INTERVAL 27 YEAR ELSE order_time END,
			origin_province = CASE WHEN ${at('shortProvince')} THEN ${SHORT_PROVINCE('origin_province')}
				WHEN ${at('missingProvince')} THEN NULL ELSE origin_province END,
			dest_province = CASE WHEN ${at('shortDestProvince')} THEN ${SHORT_PROVINCE('dest_province')} ELSE dest_province END,
			customer_id = CASE WHEN ${at('missingCustomerId')} OR ${at('missingCustomer')} THEN NULL
				WHEN ${at('testAccount')} THEN 'TEST' || lpad((x.b % 3 + 1)::VARCHAR, 3, '0') ELSE customer_id END,
			sender_phone = CASE WHEN ${at('missingCustomer')} THEN NULL ELSE sender_phone END,
			sender_name = CASE WHEN ${at('testAccount')} THEN '测试账号' ELSE sender_name END
		FROM (SELECT rowid AS rid, ${bucket('waybill_id', 2, seed)} AS b FROM ${w}) AS x
		WHERE ${w}.rowid = x.rid AND x.b >= ${constant(wr.duplicate[1])} AND x.b < ${constant(total)}`);
	// A re-export of some rows, less complete than the originals (cleaning keeps the originals).
	await db.query(
		sql`INSERT INTO ${w} SELECT * REPLACE (NULL AS remark, NULL AS origin_lat, NULL AS origin_lng)
			FROM ${w} WHERE ${within(bucket('waybill_id', 2, seed), wr.duplicate)}`
	);

	const s = ident(tables.service_sessions);
	const sb = bucket('session_id', 1, seed);
	const sr = ranges(DIRT_PER_10K.service_sessions);
	await db.query(
		sql`UPDATE ${s} SET customer_id = NULL, waybill_id = NULL,
			phone = '170' || lpad((${sb} * 7919 % 100000000)::VARCHAR, 8, '0')
			WHERE ${within(sb, sr.notACustomer)}`
	);
	await db.query(
		sql`UPDATE ${s} SET first_response_at = created_at - INTERVAL 1 HOUR WHERE ${within(sb, sr.responseBeforeCreated)}`
	);
	await db.query(
		sql`INSERT INTO ${s} SELECT * REPLACE (NULL AS satisfaction) FROM ${s} WHERE ${within(sb, sr.duplicate)}`
	);

	const p = ident(tables.payments);
	const pb = bucket('payment_id', 1, seed);
	const pr = ranges(DIRT_PER_10K.payments);
	await db.query(
		sql`UPDATE ${p} SET waybill_id = 'YT9' || lpad((${pb})::VARCHAR, 11, '0'), customer_id = NULL
			WHERE waybill_id IS NOT NULL AND ${within(pb, pr.unknownWaybill)}`
	);
	await db.query(
		sql`INSERT INTO ${p} SELECT * REPLACE (NULL AS method) FROM ${p} WHERE ${within(pb, pr.duplicate)}`
	);

	const c = ident(tables.customers);
	const cb = bucket('customer_id', 1, seed);
	const cr = ranges(DIRT_PER_10K.customers);
	await db.query(
		sql`UPDATE ${c} SET city = regexp_replace(city, '市$', '') WHERE ${within(cb, cr.shortCity)}`
	);
	await db.query(
		sql`INSERT INTO ${c} SELECT * REPLACE (NULL AS register_channel, registered_at - INTERVAL 400 DAY AS registered_at)
			FROM ${c} WHERE ${within(cb, cr.duplicate)}`
	);
}

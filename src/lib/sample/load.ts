// Streams the generator's chunks into DuckDB: each chunk crosses as Arrow IPC into a staging
// table, one INSERT … SELECT turns codes into the canonical values, and the staging rows go.

import { columnsToIpc } from '$lib/engine/arrow';
import { CITIES } from '$lib/reference/regions';
import { createTableSql } from '$lib/model/ddl';
import { CANONICAL_TABLES } from '$lib/model/schema';
import {
	CHANNELS,
	CUSTOMER_TYPES,
	GENDERS,
	ITEM_CATEGORIES,
	PAYMENT_METHODS,
	PAY_INSTRUMENTS,
	PRODUCTS,
	SERVICE_CATEGORIES,
	SERVICE_CHANNELS,
	SETTLEMENTS,
	STATUSES
} from '$lib/model/vocab';
import { fragment, ident, list, sql, type Db } from '$lib/engine/sql';
import { generateSample, type SampleOptions } from './generator';
import { REMARKS } from './texts';

/** Progress of a sample load, in waybills. */
export interface SampleProgress {
	done: number;
	total: number;
}

/** Row counts per canonical table after a sample load, and stage timings in ms. */
export interface SampleLoadReport {
	rows: { waybills: number; customers: number; service_sessions: number; payments: number };
	timings: { generate: number; insert: number; total: number };
}

const STAGING = {
	customers: '_sample_customers',
	waybills: '_sample_waybills',
	sessions: '_sample_sessions',
	payments: '_sample_payments'
} as const;

// The new sample is built beside the current data and swapped in at the end, so a cancelled or
// failed generation leaves the previous dataset untouched.
const NEXT = {
	waybills: '_next_waybills',
	service_sessions: '_next_service_sessions',
	payments: '_next_payments',
	customers: '_next_customers'
} as const;

const CITY_NAMES = CITIES.map((c) => c.name);
const CITY_PROVINCES = CITIES.map((c) => c.province);

// Identifiers look like real ones: waybill numbers are a bijective scramble of the sequence
// (738919 is coprime to 10^12), so they are unique without looking sequential.
const waybillId = (column: string) =>
	fragment`printf('YT%012d', (${ident(column)}::BIGINT * 738919 + 100003) % 1000000000000)`;
const customerId = (column: string) => fragment`printf('C%08d', ${ident(column)} + 1)`;
const timestamp = (column: string) =>
	fragment`CASE WHEN isnan(${ident(column)}) THEN NULL ELSE epoch_ms(${ident(column)}::BIGINT) END`;
const label = (values: readonly string[], column: string) =>
	fragment`${list(values)}[nullif(${ident(column)}, -1) + 1]`;

const INSERT_WAYBILLS = sql`
	INSERT INTO ${ident(NEXT.waybills)} BY NAME
	SELECT
		${waybillId('seq')} AS waybill_id,
		${customerId('cust')} AS customer_id,
		c.phone AS sender_phone,
		c.name AS sender_name,
		${timestamp('order_ms')} AS order_time,
		${timestamp('pickup_ms')} AS pickup_time,
		${timestamp('sign_ms')} AS sign_time,
		${label(CITY_PROVINCES, 'origin_city')} AS origin_province,
		${label(CITY_NAMES, 'origin_city')} AS origin_city,
		w.origin_lat,
		w.origin_lng,
		${label(CITY_PROVINCES, 'dest_city')} AS dest_province,
		${label(CITY_NAMES, 'dest_city')} AS dest_city,
		w.weight_kg,
		w.fee,
		CASE WHEN isnan(w.declared_value) THEN NULL ELSE w.declared_value END AS declared_value,
		w.insured = 1 AS insured,
		${label(PAYMENT_METHODS, 'payment_method')} AS payment_method,
		${label(CHANNELS, 'channel')} AS channel,
		${label(PRODUCTS, 'product')} AS product,
		${label(ITEM_CATEGORIES, 'item_category')} AS item_category,
		w.is_return = 1 AS is_return,
		${label(STATUSES, 'status')} AS status,
		${label(CUSTOMER_TYPES, 'customer_type')} AS customer_type,
		${label(REMARKS, 'remark')} AS remark
	FROM _sample_waybills w JOIN _sample_customers c ON c.idx = w.cust`;

const INSERT_SESSIONS = sql`
	INSERT INTO ${ident(NEXT.service_sessions)} BY NAME
	SELECT
		printf('S%09d', s.seq + 1) AS session_id,
		CASE WHEN s.known_customer = 1 THEN ${customerId('cust')} END AS customer_id,
		c.phone AS phone,
		CASE WHEN s.waybill_seq >= 0 THEN ${waybillId('waybill_seq')} END AS waybill_id,
		${timestamp('created_ms')} AS created_at,
		${timestamp('first_response_ms')} AS first_response_at,
		${timestamp('resolved_ms')} AS resolved_at,
		${label(SERVICE_CHANNELS, 'channel')} AS channel,
		${label(SERVICE_CATEGORIES, 'category')} AS category,
		s.text,
		CASE WHEN isnan(s.claim_amount) THEN NULL ELSE s.claim_amount END AS claim_amount,
		nullif(s.satisfaction, -1) AS satisfaction
	FROM _sample_sessions s JOIN _sample_customers c ON c.idx = s.cust`;

const INSERT_PAYMENTS = sql`
	INSERT INTO ${ident(NEXT.payments)} BY NAME
	SELECT
		printf('P%010d', seq + 1) AS payment_id,
		CASE WHEN waybill_seq >= 0 THEN ${waybillId('waybill_seq')} END AS waybill_id,
		CASE WHEN known_customer = 1 THEN ${customerId('cust')} END AS customer_id,
		${timestamp('paid_ms')} AS paid_at,
		amount,
		${label(PAY_INSTRUMENTS, 'method')} AS method,
		coupon_used = 1 AS coupon_used,
		${label(SETTLEMENTS, 'settlement')} AS settlement
	FROM _sample_payments`;

const INSERT_CUSTOMERS = sql`
	INSERT INTO ${ident(NEXT.customers)} BY NAME
	SELECT
		${customerId('idx')} AS customer_id,
		phone,
		nullif(age, -1) AS age,
		${label(GENDERS, 'gender')} AS gender,
		${label(CITY_NAMES, 'city')} AS city,
		${label(CHANNELS, 'register_channel')} AS register_channel,
		${timestamp('registered_ms')} AS registered_at,
		${label(CUSTOMER_TYPES, 'customer_type')} AS customer_type
	FROM _sample_customers
	ORDER BY idx`;

async function dropStaging(db: Db): Promise<void> {
	for (const t of Object.values(STAGING)) await db.query(sql`DROP TABLE IF EXISTS ${ident(t)}`);
}

/**
 * Generates the sample into the canonical tables (replacing them). Checks `signal` between
 * chunks; on abort the partial tables are dropped and the abort reason is thrown.
 */
export async function loadSample(
	db: Db,
	opts: SampleOptions & { onProgress?: (p: SampleProgress) => void; signal?: AbortSignal }
): Promise<SampleLoadReport> {
	const t0 = performance.now();
	let generateMs = 0;
	let insertMs = 0;
	await dropStaging(db);
	for (const [name, fields] of Object.entries(CANONICAL_TABLES)) {
		await db.query(createTableSql(NEXT[name as keyof typeof NEXT], fields));
	}
	try {
		const chunks = generateSample(opts);
		let first = true;
		for (;;) {
			opts.signal?.throwIfAborted();
			const g0 = performance.now();
			const next = chunks.next();
			if (next.done) break;
			const chunk = next.value;
			const customers = columnsToIpc(chunk.customers);
			const waybills = columnsToIpc(chunk.waybills);
			const sessions = chunk.sessions.seq.length > 0 ? columnsToIpc(chunk.sessions) : null;
			const payments = chunk.payments.seq.length > 0 ? columnsToIpc(chunk.payments) : null;
			const i0 = performance.now();
			generateMs += i0 - g0;

			await db.insertArrow(customers, STAGING.customers, { create: first });
			first = false;
			await db.insertArrow(waybills, STAGING.waybills, { create: true });
			await db.query(INSERT_WAYBILLS);
			if (sessions) {
				await db.insertArrow(sessions, STAGING.sessions, { create: true });
				await db.query(INSERT_SESSIONS);
			}
			if (payments) {
				await db.insertArrow(payments, STAGING.payments, { create: true });
				await db.query(INSERT_PAYMENTS);
			}
			for (const t of [STAGING.waybills, STAGING.sessions, STAGING.payments]) {
				await db.query(sql`DROP TABLE IF EXISTS ${ident(t)}`);
			}
			insertMs += performance.now() - i0;
			opts.onProgress?.({ done: chunk.done, total: chunk.total });
		}
		const c0 = performance.now();
		if (!first) await db.query(INSERT_CUSTOMERS);
		insertMs += performance.now() - c0;
		// A quarantine left by an earlier file import does not belong to the sample.
		await db.query(sql`DROP TABLE IF EXISTS quarantine_waybills`);
		for (const [name, next] of Object.entries(NEXT)) {
			await db.query(sql`DROP TABLE IF EXISTS ${ident(name)}`);
			await db.query(sql`ALTER TABLE ${ident(next)} RENAME TO ${ident(name)}`);
		}
	} catch (e) {
		for (const next of Object.values(NEXT))
			await db.query(sql`DROP TABLE IF EXISTS ${ident(next)}`);
		throw e;
	} finally {
		await dropStaging(db);
	}
	const counts = (
		await db.query(sql`
			SELECT
				(SELECT count(*) FROM waybills) AS waybills,
				(SELECT count(*) FROM customers) AS customers,
				(SELECT count(*) FROM service_sessions) AS service_sessions,
				(SELECT count(*) FROM payments) AS payments`)
	)
		.toArray()[0]
		?.toJSON() as SampleLoadReport['rows'];
	return {
		rows: counts,
		timings: { generate: generateMs, insert: insertMs, total: performance.now() - t0 }
	};
}

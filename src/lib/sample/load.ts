// Streams the generator's chunks into DuckDB: each chunk crosses as Arrow IPC into a staging
// table, one INSERT … SELECT turns codes into the canonical values, and the staging rows go.

import { columnsToIpc, dictionary } from '$lib/engine/arrow';
import { CITIES } from '$lib/reference/regions';
import { createTableSql } from '$lib/model/ddl';
import { CANONICAL_TABLES, sourceTable, type CanonicalTable } from '$lib/model/schema';
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
import { fragment, ident, sql, type Db, type SqlQuery } from '$lib/engine/sql';
import { yieldToEventLoop } from '$lib/engine/yield';
import { addDirt } from './dirt';
import { generateSample, TICK, type SampleChunk, type SampleOptions } from './generator';
import { REMARKS } from './texts';

/** Progress of a sample load, in waybills. */
export interface SampleProgress {
	done: number;
	total: number;
}

/**
 * Row counts per canonical table after a sample load, and timings in ms: `generate` is time spent
 * generating on this thread, `insertWait` time spent waiting for DuckDB beyond that.
 */
export interface SampleLoadReport {
	rows: { waybills: number; customers: number; service_sessions: number; payments: number };
	timings: { generate: number; insertWait: number; total: number };
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
	customers: '_next_customers',
	tracking_events: '_next_tracking_events'
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
const nanToNull = (column: string) =>
	fragment`CASE WHEN isnan(${ident(column)}) THEN NULL ELSE ${ident(column)} END`;

// Codes become labels through Arrow dictionaries (DuckDB reads them as VARCHAR), so the
// INSERTs below only rename, build identifiers and convert times.
const INSERT_WAYBILLS = sql`
	INSERT INTO ${ident(NEXT.waybills)} BY NAME
	SELECT * EXCLUDE (seq, cust, order_ms, pickup_ms, sign_ms, declared_value, insured, is_return),
		${waybillId('seq')} AS waybill_id,
		${customerId('cust')} AS customer_id,
		${timestamp('order_ms')} AS order_time,
		${timestamp('pickup_ms')} AS pickup_time,
		${timestamp('sign_ms')} AS sign_time,
		${nanToNull('declared_value')} AS declared_value,
		insured = 1 AS insured,
		is_return = 1 AS is_return
	FROM ${ident(STAGING.waybills)}`;

const INSERT_SESSIONS = sql`
	INSERT INTO ${ident(NEXT.service_sessions)} BY NAME
	SELECT * EXCLUDE (seq, cust, known_customer, waybill_seq, created_ms, first_response_ms,
			resolved_ms, claim_amount, satisfaction),
		printf('S%09d', seq + 1) AS session_id,
		CASE WHEN known_customer = 1 THEN ${customerId('cust')} END AS customer_id,
		CASE WHEN waybill_seq >= 0 THEN ${waybillId('waybill_seq')} END AS waybill_id,
		${timestamp('created_ms')} AS created_at,
		${timestamp('first_response_ms')} AS first_response_at,
		${timestamp('resolved_ms')} AS resolved_at,
		${nanToNull('claim_amount')} AS claim_amount,
		nullif(satisfaction, -1) AS satisfaction
	FROM ${ident(STAGING.sessions)}`;

const INSERT_PAYMENTS = sql`
	INSERT INTO ${ident(NEXT.payments)} BY NAME
	SELECT * EXCLUDE (seq, waybill_seq, cust, known_customer, paid_ms, coupon_used),
		printf('P%010d', seq + 1) AS payment_id,
		CASE WHEN waybill_seq >= 0 THEN ${waybillId('waybill_seq')} END AS waybill_id,
		CASE WHEN known_customer = 1 THEN ${customerId('cust')} END AS customer_id,
		${timestamp('paid_ms')} AS paid_at,
		coupon_used = 1 AS coupon_used
	FROM ${ident(STAGING.payments)}`;

const INSERT_CUSTOMERS = sql`
	INSERT INTO ${ident(NEXT.customers)} BY NAME
	SELECT * EXCLUDE (idx, registered_ms, age),
		${customerId('idx')} AS customer_id,
		nullif(age, -1) AS age,
		${timestamp('registered_ms')} AS registered_at
	FROM ${ident(STAGING.customers)}`;

/** Per-row codes into this chunk's customers (all of a customer's rows share its chunk). */
function localCodes(cust: Int32Array, first: number): Int32Array {
	return cust.map((c) => c - first);
}

/** Staging columns for one chunk, named as the canonical fields they become. */
function stagingTables(chunk: SampleChunk) {
	const c = chunk.customers;
	const w = chunk.waybills;
	const s = chunk.sessions;
	const p = chunk.payments;
	const first = c.idx[0] ?? 0;
	const phones = c.phone.map((x) => x ?? '');
	const names = c.name.map((x) => x ?? '');
	const wCust = localCodes(w.cust, first);
	return {
		customers: {
			idx: c.idx,
			phone: c.phone,
			age: c.age,
			gender: dictionary(c.gender, GENDERS),
			city: dictionary(c.city, CITY_NAMES),
			register_channel: dictionary(c.register_channel, CHANNELS),
			registered_ms: c.registered_ms,
			customer_type: dictionary(c.customer_type, CUSTOMER_TYPES)
		},
		waybills: {
			seq: w.seq,
			cust: w.cust,
			sender_phone: dictionary(wCust, phones),
			sender_name: dictionary(wCust, names),
			order_ms: w.order_ms,
			pickup_ms: w.pickup_ms,
			sign_ms: w.sign_ms,
			origin_province: dictionary(w.origin_city, CITY_PROVINCES),
			origin_city: dictionary(w.origin_city, CITY_NAMES),
			origin_lat: w.origin_lat,
			origin_lng: w.origin_lng,
			dest_province: dictionary(w.dest_city, CITY_PROVINCES),
			dest_city: dictionary(w.dest_city, CITY_NAMES),
			weight_kg: w.weight_kg,
			fee: w.fee,
			declared_value: w.declared_value,
			insured: w.insured,
			payment_method: dictionary(w.payment_method, PAYMENT_METHODS),
			channel: dictionary(w.channel, CHANNELS),
			product: dictionary(w.product, PRODUCTS),
			item_category: dictionary(w.item_category, ITEM_CATEGORIES),
			is_return: w.is_return,
			status: dictionary(w.status, STATUSES),
			customer_type: dictionary(
				Int8Array.from(wCust, (k) => c.customer_type[k] ?? -1),
				CUSTOMER_TYPES
			),
			remark: dictionary(w.remark, REMARKS)
		},
		sessions: {
			seq: s.seq,
			cust: s.cust,
			known_customer: s.known_customer,
			phone: dictionary(localCodes(s.cust, first), phones),
			waybill_seq: s.waybill_seq,
			created_ms: s.created_ms,
			first_response_ms: s.first_response_ms,
			resolved_ms: s.resolved_ms,
			channel: dictionary(s.channel, SERVICE_CHANNELS),
			category: dictionary(s.category, SERVICE_CATEGORIES),
			text: s.text,
			claim_amount: s.claim_amount,
			satisfaction: s.satisfaction
		},
		payments: {
			seq: p.seq,
			waybill_seq: p.waybill_seq,
			cust: p.cust,
			known_customer: p.known_customer,
			paid_ms: p.paid_ms,
			amount: p.amount,
			method: dictionary(p.method, PAY_INSTRUMENTS),
			coupon_used: p.coupon_used,
			settlement: dictionary(p.settlement, SETTLEMENTS)
		}
	};
}

async function dropStaging(db: Db): Promise<void> {
	for (const t of Object.values(STAGING)) await db.query(sql`DROP TABLE IF EXISTS ${ident(t)}`);
}

/** Sends one chunk's staging tables to DuckDB and turns them into canonical rows. */
async function insertChunk(
	db: Db,
	staged: readonly [string, Uint8Array, SqlQuery][]
): Promise<void> {
	for (const [table, ipc, insert] of staged) {
		await db.insertArrow(ipc, table, { create: true });
		await db.query(insert);
		await db.query(sql`DROP TABLE ${ident(table)}`);
	}
}

/**
 * Generates the sample into the canonical tables (replacing them). Generation (this thread) and
 * the inserts (DuckDB's worker) overlap: while chunk k is inserted, chunk k+1 is generated with
 * regular pauses that let DuckDB's replies through. Checks `signal` between chunks; on abort
 * the partial tables are dropped, the previous data stays, and the abort reason is thrown.
 */
export async function loadSample(
	db: Db,
	opts: SampleOptions & {
		onProgress?: (p: SampleProgress) => void;
		signal?: AbortSignal;
		/** Add the seeded export defects of dirt.ts (default on; off for pristine test data). */
		dirt?: boolean;
	}
): Promise<SampleLoadReport> {
	const t0 = performance.now();
	let generateMs = 0;
	let waitMs = 0;
	await dropStaging(db);
	for (const [name, fields] of Object.entries(CANONICAL_TABLES)) {
		await db.query(createTableSql(NEXT[name as keyof typeof NEXT], fields));
	}
	let inflight: Promise<void> | null = null;
	const settle = async () => {
		if (!inflight) return;
		const w0 = performance.now();
		try {
			await inflight;
		} finally {
			inflight = null;
			waitMs += performance.now() - w0;
		}
	};
	try {
		let g0 = performance.now();
		for (const item of generateSample({ ...opts, tickEvery: opts.tickEvery ?? 4_000 })) {
			if (item === TICK) {
				if (inflight) {
					generateMs += performance.now() - g0;
					await yieldToEventLoop();
					g0 = performance.now();
				}
				opts.signal?.throwIfAborted();
				continue;
			}
			const tables = stagingTables(item);
			const staged: [string, Uint8Array, SqlQuery][] = [
				[STAGING.customers, columnsToIpc(tables.customers), INSERT_CUSTOMERS],
				[STAGING.waybills, columnsToIpc(tables.waybills), INSERT_WAYBILLS]
			];
			if (item.sessions.seq.length > 0) {
				staged.push([STAGING.sessions, columnsToIpc(tables.sessions), INSERT_SESSIONS]);
			}
			if (item.payments.seq.length > 0) {
				staged.push([STAGING.payments, columnsToIpc(tables.payments), INSERT_PAYMENTS]);
			}
			generateMs += performance.now() - g0;
			await settle();
			opts.signal?.throwIfAborted();
			const progress = { done: item.done, total: item.total };
			inflight = insertChunk(db, staged).then(() => opts.onProgress?.(progress));
			// A failure surfaces at the next settle(); until then it must not count as unhandled.
			inflight.catch(() => undefined);
			g0 = performance.now();
		}
		await settle();
		if (opts.dirt !== false) await addDirt(db, NEXT, opts.seed);
		// Quarantines left by an earlier file import do not belong to the sample.
		for (const name of Object.keys(NEXT)) {
			await db.query(sql`DROP TABLE IF EXISTS ${ident(`quarantine_${name}`)}`);
		}
		for (const [name, next] of Object.entries(NEXT)) {
			const target = sourceTable(name as CanonicalTable);
			await db.query(sql`DROP TABLE IF EXISTS ${ident(target)}`);
			await db.query(sql`ALTER TABLE ${ident(next)} RENAME TO ${ident(target)}`);
		}
	} catch (e) {
		await settle().catch(() => undefined);
		for (const next of Object.values(NEXT)) {
			await db.query(sql`DROP TABLE IF EXISTS ${ident(next)}`);
		}
		throw e;
	} finally {
		await dropStaging(db);
	}
	const counts = (
		await db.query(sql`
			SELECT
				(SELECT count(*) FROM src_waybills) AS waybills,
				(SELECT count(*) FROM src_customers) AS customers,
				(SELECT count(*) FROM src_service_sessions) AS service_sessions,
				(SELECT count(*) FROM src_payments) AS payments`)
	)
		.toArray()[0]
		?.toJSON() as SampleLoadReport['rows'];
	return {
		rows: counts,
		timings: { generate: generateMs, insertWait: waitMs, total: performance.now() - t0 }
	};
}

// Cleaning rules, pseudonymisation and customer ID unification on rows with known answers.
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	fragment,
	ident,
	join,
	queryOne,
	queryRows,
	sql,
	type Db,
	type SqlValue
} from '$lib/engine/sql';
import { cleanAll, type CleaningReport } from '$lib/model/clean/clean';
import { defaultCleaningSettings, type CleaningSettings } from '$lib/model/clean/settings';
import { createTableSql } from '$lib/model/ddl';
import { buildLineage } from '$lib/model/lineage';
import { CANONICAL_TABLES, sourceTable, type CanonicalTable } from '$lib/model/schema';
import { suiteDb } from '../../support/duckdb-node';

const db = suiteDb();
const SALT = '00112233445566778899aabbccddeeff';
const settings = (patch: Partial<CleaningSettings> = {}): CleaningSettings => ({
	...defaultCleaningSettings('2026-06-30', SALT),
	testAccounts: ['TEST*'],
	...patch
});

type Row = Record<string, SqlValue>;

async function load(db: Db, table: CanonicalTable, rows: Row[]) {
	await db.query(createTableSql(sourceTable(table), CANONICAL_TABLES[table]));
	for (const r of rows) {
		const cols = Object.keys(r);
		await db.query(
			sql`INSERT INTO ${ident(sourceTable(table))} (${join(cols.map((c) => fragment`${ident(c)}`))})
				VALUES (${join(cols.map((c) => fragment`${r[c] ?? null}`))})`
		);
	}
}

// Most orders fall in March–May 2025; the strays test the window.
const w = (id: string, patch: Row = {}): Row => ({
	waybill_id: id,
	customer_id: 'C2',
	sender_phone: '13700000002',
	order_time: '2025-04-01 10:00:00',
	fee: 12,
	weight_kg: 1,
	_file_id: 1,
	_line: Number(id.replace(/\D/g, '')) + 1,
	...patch
});

const WAYBILLS: Row[] = [
	w('W1', {
		customer_id: 'C1',
		sender_phone: '13800000001',
		sender_name: '张三',
		origin_province: '广东',
		origin_city: '深圳',
		dest_province: '粤',
		dest_city: '广州市',
		sign_time: '2025-04-02 10:00:00'
	}),
	w('W2', { fee: -5 }),
	w('W3', { fee: 0 }),
	w('W4', { fee: 99999 }),
	w('W5', { _file_id: 1, _line: 5, weight_kg: null }),
	w('W5', { _file_id: 2, _line: 3, origin_city: '杭州' }),
	w('W6', { order_time: '2052-01-01 10:00:00' }),
	w('W7', { order_time: '1970-01-01 08:00:00' }),
	w('W8', { customer_id: null, sender_phone: null }),
	w('W9', { customer_id: null, sender_phone: '13800000001' }),
	w('W10', { customer_id: null, sender_phone: '13900000009' }),
	w('W11', { weight_kg: -1 }),
	w('W12', { weight_kg: 500 }),
	w('W13', { sign_time: '2025-03-01 00:00:00' }),
	w('W14', { origin_province: null, origin_city: '杭州' }),
	w('W15', { origin_province: '火星', origin_city: null }),
	w('W16', { customer_id: 'TEST01' }),
	...['2025-03-05', '2025-03-06', '2025-05-05', '2025-05-06'].map((d, i) =>
		w(`W2${i}`, { order_time: `${d} 09:00:00` })
	)
];

const SESSIONS: Row[] = [
	{
		session_id: 'S1',
		customer_id: 'C1',
		created_at: '2025-04-03 10:00:00',
		category: '延误',
		_file_id: 3,
		_line: 2
	},
	{ session_id: 'S1', customer_id: 'C1', created_at: '2025-04-03 10:00:00', _file_id: 3, _line: 9 },
	{ session_id: 'S2', waybill_id: 'W1', created_at: '2025-04-03 11:00:00', _file_id: 3, _line: 3 },
	{
		session_id: 'S3',
		phone: '13800000001',
		created_at: '2025-04-03 12:00:00',
		_file_id: 3,
		_line: 4
	},
	{
		session_id: 'S4',
		phone: '13600000000',
		waybill_id: 'NOPE',
		created_at: '2025-04-03 13:00:00',
		first_response_at: '2025-04-03 12:00:00',
		_file_id: 3,
		_line: 5
	},
	// The phone of W10, whose sender has no customer ID anywhere.
	{
		session_id: 'S5',
		phone: '13900000009',
		created_at: '2025-04-03 14:00:00',
		_file_id: 3,
		_line: 6
	}
];

const PAYMENTS: Row[] = [
	{
		payment_id: 'P1',
		customer_id: 'C2',
		paid_at: '2025-04-01 10:01:00',
		amount: 12,
		_file_id: 4,
		_line: 2
	},
	{
		payment_id: 'P2',
		waybill_id: 'W1',
		paid_at: '2025-04-01 10:02:00',
		amount: 12,
		_file_id: 4,
		_line: 3
	},
	{
		payment_id: 'P3',
		waybill_id: 'W999',
		paid_at: '2025-04-01 10:03:00',
		amount: 12,
		_file_id: 4,
		_line: 4
	}
];

const CUSTOMERS: Row[] = [
	{
		customer_id: 'C1',
		phone: '13800000001',
		city: '深圳',
		registered_at: '2024-01-01 00:00:00',
		_file_id: 5,
		_line: 2
	},
	{
		customer_id: 'C1',
		phone: '13800000001',
		city: '深圳市',
		registered_at: '2023-01-01 00:00:00',
		_file_id: 5,
		_line: 3
	},
	{
		customer_id: 'C5',
		phone: '13500000005',
		city: '北京',
		registered_at: '2024-05-01 00:00:00',
		_file_id: 5,
		_line: 4
	}
];

let report: CleaningReport;
beforeAll(async () => {
	await load(db, 'waybills', WAYBILLS);
	await load(db, 'service_sessions', SESSIONS);
	await load(db, 'payments', PAYMENTS);
	await load(db, 'customers', CUSTOMERS);
	report = await cleanAll(db, settings());
});

const rule = (id: string, table = 'waybills') =>
	report.rules.find((r) => r.id === id && r.table === table)!;
const hash = (phone: string) => 'h' + bytesToHex(sha256(utf8ToBytes(SALT + phone))).slice(0, 15);

describe('cleaning rules on waybills', () => {
	const CASES: [string, number][] = [
		['missing-customer', 1],
		['test-account', 1],
		['duplicate', 1],
		['fee-not-positive', 2],
		['fee-too-high', 1],
		['outside-window', 2],
		['future', 0],
		['weight-cleared', 2],
		['time-before-order', 1],
		['province-from-city', 2],
		['unknown-region', 1]
	];
	for (const [id, count] of CASES) {
		it(`${id}: ${count}`, () => expect(rule(id).count).toBe(count));
	}

	it('derives the window from the months with real volume', () => {
		expect(report.window).toMatchObject({ start: '2025-03-01', end: '2025-05-31', mode: 'auto' });
		expect(
			rule('outside-window')
				.samples.map((s) => s.key)
				.sort()
		).toEqual(['W6', 'W7']);
	});

	it('keeps the most complete duplicate and says which', async () => {
		expect(rule('duplicate').samples).toEqual([
			{ fileId: 1, line: 5, key: 'W5', value: 'kept 2:3' }
		]);
		const kept = await queryOne<{ _file_id: number; origin_city: string }>(
			db,
			sql`SELECT _file_id, origin_city FROM waybills WHERE waybill_id = 'W5'`
		);
		expect(kept).toEqual({ _file_id: 2, origin_city: '杭州市' });
	});

	it('counts rows left after each rule in the lineage', () => {
		// 21 rows (W5 twice); 8 excluded by hand count: W8, W16, W5@1:5, W2, W3, W4, W6, W7.
		expect(report.rows.waybills).toEqual({ before: 21, after: 13 });
		const lineage = buildLineage(report, null).find((l) => l.table === 'waybills')!;
		expect(lineage.stages.map((s) => [s.id, s.rows, s.removed])).toEqual([
			['generated', 21, 0],
			['rule:missing-customer', 20, 1],
			['rule:test-account', 19, 1],
			['rule:duplicate', 18, 1],
			['rule:fee-not-positive', 16, 2],
			['rule:fee-too-high', 15, 1],
			['rule:outside-window', 13, 2],
			['rule:future', 13, 0],
			['final', 13, 0]
		]);
	});

	it('normalises regions, clears bad weights and times, and derives route types', async () => {
		const w1 = await queryOne<Record<string, unknown>>(
			db,
			sql`SELECT origin_province, origin_city, dest_province, dest_city, route_type, origin_city_tier FROM waybills WHERE waybill_id = 'W1'`
		);
		expect(w1).toEqual({
			origin_province: '广东省',
			origin_city: '深圳市',
			dest_province: '广东省',
			dest_city: '广州市',
			route_type: '省内',
			origin_city_tier: '一线'
		});
		const fixed = await queryRows<{
			waybill_id: string;
			weight_kg: number | null;
			sign_time: unknown;
			origin_province: string | null;
		}>(
			db,
			sql`SELECT waybill_id, weight_kg, sign_time, origin_province FROM waybills WHERE waybill_id IN ('W11', 'W12', 'W13', 'W14', 'W15') ORDER BY _line`
		);
		expect(fixed.map((r) => [r.waybill_id, r.weight_kg, r.sign_time, r.origin_province])).toEqual([
			['W11', null, null, null],
			['W12', null, null, null],
			['W13', 1, null, null],
			['W14', 1, null, '浙江省'],
			['W15', 1, null, '火星']
		]);
	});

	it('pseudonymises phones with the salt and masks them for display', async () => {
		const w1 = await queryOne<{
			sender_phone: string;
			sender_phone_masked: string;
			sender_name: string;
		}>(
			db,
			sql`SELECT sender_phone, sender_phone_masked, sender_name FROM waybills WHERE waybill_id = 'W1'`
		);
		expect(w1).toEqual({
			sender_phone: hash('13800000001'),
			sender_phone_masked: '138****0001',
			sender_name: '张*'
		});
		const raw = await queryOne<{ n: number }>(
			db,
			sql`SELECT count(*) AS n FROM waybills WHERE sender_phone LIKE '1%'`
		);
		expect(raw.n).toBe(0);
	});

	it('unifies customers by ID and by phone', async () => {
		const keys = await queryRows<{
			waybill_id: string;
			customer_key: string;
			customer_match: string;
		}>(
			db,
			sql`SELECT waybill_id, customer_key, customer_match FROM waybills WHERE waybill_id IN ('W1', 'W9', 'W10') ORDER BY waybill_id`
		);
		expect(keys).toEqual([
			{ waybill_id: 'W1', customer_key: 'C1', customer_match: 'id' },
			{ waybill_id: 'W10', customer_key: 'P:' + hash('13900000009'), customer_match: 'phone-only' },
			{ waybill_id: 'W9', customer_key: 'C1', customer_match: 'phone' }
		]);
		// C1, C2, the phone-only customer (W10).
		expect(report.customers).toBe(3);
	});
});

describe('the other tables', () => {
	it('matches service sessions by ID, waybill and phone, and de-duplicates them', async () => {
		expect(rule('duplicate', 'service_sessions').count).toBe(1);
		const rows = await queryRows<{
			session_id: string;
			customer_key: string | null;
			customer_match: string;
			first_response_at: unknown;
		}>(
			db,
			sql`SELECT session_id, customer_key, customer_match, first_response_at FROM service_sessions ORDER BY session_id`
		);
		expect(rows.map((r) => [r.session_id, r.customer_key, r.customer_match])).toEqual([
			['S1', 'C1', 'id'],
			['S2', 'C1', 'waybill'],
			['S3', 'C1', 'phone'],
			['S4', null, 'unmatched'],
			['S5', 'P:' + hash('13900000009'), 'phone']
		]);
		expect(rows[3]?.first_response_at).toBeNull();
		expect(rule('time-before-created', 'service_sessions').count).toBe(1);
	});

	it('reports match rates per table', () => {
		const s = report.matches.find((m) => m.table === 'service_sessions')!;
		expect(s).toMatchObject({
			rows: 5,
			byId: 1,
			byWaybill: 1,
			byPhone: 2,
			unmatched: 1,
			linked: 4
		});
		const p = report.matches.find((m) => m.table === 'payments')!;
		expect(p).toMatchObject({ rows: 3, byId: 1, byWaybill: 1, unmatched: 1, linked: 2 });
	});

	it('keeps the latest registration of a customer and normalises cities', async () => {
		const rows = await queryRows<{
			customer_id: string;
			city: string;
			province: string;
			city_tier: string;
			registered_at: number;
		}>(
			db,
			sql`SELECT customer_id, city, province, city_tier, registered_at FROM customers ORDER BY customer_id`
		);
		expect(rows.map((r) => [r.customer_id, r.city, r.province, r.city_tier])).toEqual([
			['C1', '深圳市', '广东省', '一线'],
			['C5', '北京市', '北京市', '一线']
		]);
		expect(new Date(rows[0]!.registered_at).getUTCFullYear()).toBe(2024);
		// 深圳 (the kept C1 row) and 北京 were spelled without 市.
		expect(rule('region-normalized', 'customers').count).toBe(2);
		expect(rule('duplicate', 'customers').samples).toEqual([
			{ fileId: 5, line: 3, key: 'C1', value: 'kept 5:2' }
		]);
	});
});

describe('test accounts', () => {
	it('suggests IDs that look like test accounts and are not listed', async () => {
		// TEST01 is on the list (TEST*); nothing else looks like a test account.
		expect(report.suspectedTestAccounts).toEqual([]);
		const r = await cleanAll(db, settings({ testAccounts: [] }));
		expect(r.suspectedTestAccounts).toEqual([{ customerId: 'TEST01', rows: 1 }]);
		await cleanAll(db, settings());
	});
});

describe('switches and thresholds', () => {
	it('turns rules off and moves thresholds', async () => {
		const r = await cleanAll(
			db,
			settings({
				removeDuplicates: false,
				maxFee: null,
				dateWindow: { mode: 'off' },
				excludeFuture: true,
				today: '2025-12-31',
				testAccounts: []
			})
		);
		const get = (id: string) => r.rules.find((x) => x.id === id && x.table === 'waybills')!;
		expect(get('duplicate')).toMatchObject({ enabled: false, count: 0 });
		expect(get('fee-too-high')).toMatchObject({ enabled: false, count: 0 });
		expect(get('outside-window').count).toBe(0);
		// 2052 is now caught as a date in the future.
		expect(get('future').count).toBe(1);
		expect(r.rows.waybills).toEqual({ before: 21, after: 17 });
		await cleanAll(db, settings());
	});

	it('keeps raw phones only when asked', async () => {
		await cleanAll(db, settings({ keepRawPii: true }));
		const w1 = await queryOne<{ sender_phone: string; sender_name: string }>(
			db,
			sql`SELECT sender_phone, sender_name FROM waybills WHERE waybill_id = 'W1'`
		);
		expect(w1).toEqual({ sender_phone: '13800000001', sender_name: '张三' });
		await cleanAll(db, settings());
	});

	it('hashes deterministically per salt', async () => {
		const phoneOf = async () =>
			(
				await queryOne<{ p: string }>(
					db,
					sql`SELECT sender_phone AS p FROM waybills WHERE waybill_id = 'W1'`
				)
			).p;
		await cleanAll(db, settings());
		const first = await phoneOf();
		await cleanAll(db, settings());
		expect(await phoneOf()).toBe(first);
		await cleanAll(db, settings({ salt: 'ffeeddccbbaa99887766554433221100' }));
		const other = await phoneOf();
		expect(other).not.toBe(first);
		expect(other).toMatch(/^h[0-9a-f]{15}$/);
		await cleanAll(db, settings());
	});
});

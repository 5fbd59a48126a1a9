// Each real-world fixture through the whole import (read → suggest → map → coerce), checked
// against what the fixture generator says must come out.
import { describe, expect, it } from 'vitest';
import { queryRows, sql } from '$lib/engine/sql';
import type { ImportExpected } from '../../fixtures/make-fixtures';
import { suiteDb } from '../../support/duckdb-node';
import { expectedJson, fixtureBytes } from '../../support/fixtures';
import { importFiles } from '../../support/import';

const db = suiteDb();

const CASES: [file: string, expected: string][] = [
	['waybills-zh-gbk.csv', 'waybills-zh-gbk.json'],
	['waybills-title-totals.xlsx', 'waybills-title-totals.json'],
	['waybills.parquet', 'waybills-parquet.json']
];

describe('import of real-world fixtures', () => {
	for (const [file, json] of CASES) {
		it(file, async () => {
			const e = expectedJson<ImportExpected>(json);
			const { state, result } = await importFiles(db, [{ name: file, bytes: fixtureBytes(file) }]);
			const f = state.files[0]!;
			expect(f.issues.filter((i) => i.severity === 'error')).toEqual([]);
			expect({
				format: f.format,
				table: f.assigned,
				headerLine: f.headerLine,
				skipped: f.skipped,
				rows: f.rows
			}).toEqual({
				format: e.format,
				table: e.table,
				headerLine: e.headerLine,
				skipped: e.skipped,
				rows: e.rows
			});
			if (e.encoding) expect(f.encoding).toBe(e.encoding);
			if (e.delimiter) expect(f.delimiter).toBe(e.delimiter);

			const report = result.tables.find((t) => t.table === e.table)!;
			expect({ loaded: report.loaded, quarantined: report.quarantined }).toEqual({
				loaded: e.loaded,
				quarantined: e.quarantined
			});
			for (const [field, kinds] of Object.entries(e.repairs)) {
				const got = Object.fromEntries(
					report.repairs.filter((r) => r.field === field).map((r) => [r.kind, r.count])
				);
				expect(got, field).toEqual(kinds);
			}
			const fields = Object.keys(e.firstRow);
			const [row] = await queryRows<Record<string, unknown>>(
				db,
				sql`SELECT * REPLACE (strftime(order_time, '%Y-%m-%d %H:%M:%S') AS order_time) FROM src_waybills ORDER BY _line LIMIT 1`
			);
			expect(Object.fromEntries(fields.map((k) => [k, row?.[k]]))).toEqual(e.firstRow);
		});
	}

	it('reads Excel "Unicode text" (UTF-16LE, tabs, English headers)', async () => {
		const { state, result } = await importFiles(db, [
			{ name: 'waybills-utf16.txt', bytes: fixtureBytes('waybills-utf16.txt') }
		]);
		expect(state.files[0]).toMatchObject({
			encoding: 'utf-16le',
			delimiter: '\t',
			rows: 2,
			assigned: 'waybills'
		});
		expect(result.rows.waybills).toBe(2);
	});

	it('suggests the other tables from their headers and loads them', async () => {
		const files = [
			'waybills-zh-gbk.csv',
			'service-tickets.json',
			'payments.ndjson',
			'customers.csv'
		];
		const { state, result } = await importFiles(
			db,
			files.map((name) => ({ name, bytes: fixtureBytes(name) }))
		);
		expect(state.files.map((f) => [f.name, f.assigned])).toEqual([
			['waybills-zh-gbk.csv', 'waybills'],
			['service-tickets.json', 'service_sessions'],
			['payments.ndjson', 'payments'],
			['customers.csv', 'customers']
		]);
		expect(result.issues).toEqual([]);
		expect(result.rows).toMatchObject({
			waybills: 5,
			service_sessions: 2,
			payments: 3,
			customers: 2
		});
		const payments = state.files.find((f) => f.name === 'payments.ndjson')!;
		expect(payments.issues.find((i) => i.code === 'malformed-rows')).toMatchObject({
			count: 1,
			line: 3
		});
		const sessions = await queryRows<{
			category: string;
			satisfaction: number | null;
			resolved_at: unknown;
		}>(
			db,
			sql`SELECT category, satisfaction, resolved_at FROM src_service_sessions ORDER BY session_id`
		);
		expect(sessions.map((s) => [s.category, s.satisfaction])).toEqual([
			['延误', 2],
			['破损', null]
		]);
		const customers = await queryRows<{ age: number; gender: string }>(
			db,
			sql`SELECT age, gender FROM src_customers ORDER BY customer_id`
		);
		expect(customers).toEqual([
			{ age: 32, gender: '女' },
			{ age: 45, gender: '男' }
		]);
		const methods = await queryRows<{ method: string }>(
			db,
			sql`SELECT method FROM src_payments ORDER BY payment_id`
		);
		expect(methods.map((m) => m.method)).toEqual(['微信', '支付宝', '现金']);
	});
});

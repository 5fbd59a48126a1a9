import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOne, queryRows, sql, type Db } from '$lib/engine/sql';
import {
	loadCanonicalWaybillCsv,
	recordToLine,
	type CsvLoadReport
} from '$lib/ingest/canonical-csv';
import type { IssueCode } from '$lib/ingest/issues';
import type { MessyExpected } from '../../fixtures/make-fixtures';
import { openNodeDuckDb, type NodeDuckDb } from '../../support/duckdb-node';
import { expectedJson, fixtureBytes } from '../../support/fixtures';

let duck: NodeDuckDb;
let db: Db;
beforeAll(async () => {
	duck = await openNodeDuckDb();
	db = duck.db;
});
afterAll(() => duck.close());

async function load(name: string, bytes = fixtureBytes(name)): Promise<CsvLoadReport> {
	return loadCanonicalWaybillCsv(db, { name, data: bytes, head: bytes.subarray(0, 64 * 1024) });
}

const codes = (r: CsvLoadReport) => r.issues.map((i) => i.code);

describe('canonical CSV import', () => {
	it('loads a clean file completely', async () => {
		const r = await load('waybills-canonical.csv');
		expect(r.ok).toBe(true);
		expect(r.rows).toEqual({ parsed: 60, malformed: 0, quarantined: 0, loaded: 60 });
		// channel, payment_method and origin_province are canonical; nothing is ignored.
		expect(r.issues).toEqual([]);
		const n = await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM waybills`);
		expect(n.n).toBe(60);
	});

	it('counts, locates and quarantines every fault of a messy export', async () => {
		const e = expectedJson<MessyExpected>('waybills-messy.json');
		const r = await load('waybills-messy.csv');
		expect(r.ok).toBe(true);
		expect(r.rows).toEqual({
			parsed: e.parsed,
			malformed: e.malformed,
			quarantined: e.quarantined,
			loaded: e.loaded
		});
		const malformed = r.issues.find((i) => i.code === 'malformed-rows');
		expect(malformed).toMatchObject({ count: e.malformed, line: e.malformedLines[0] });
		expect(malformed?.samples?.map((s) => Number(/^line (\d+)/.exec(s)?.[1]))).toEqual(
			e.malformedLines
		);
		for (const [column, want] of Object.entries(e.unparsable)) {
			const issue = r.issues.find((i) => i.column === column && i.code.startsWith('unparsable'));
			expect(issue, column).toMatchObject({
				count: want.count,
				line: want.line,
				file: 'waybills-messy.csv'
			});
		}
		for (const [column, want] of Object.entries(e.blank)) {
			const issue = r.issues.find(
				(i) => i.column === column && i.code === 'missing-required-values'
			);
			expect(issue, column).toMatchObject({ count: want.count, line: want.line });
		}
		expect(r.issues.find((i) => i.code === 'ignored-columns')?.samples).toEqual(e.ignoredColumns);
		// Required columns say the row was quarantined, optional ones that the value became NULL.
		expect(r.issues.find((i) => i.column === 'fee')?.code).toBe('unparsable-required-values');
		expect(r.issues.find((i) => i.column === 'weight_kg')?.code).toBe('unparsable-values');

		const kept = await queryRows<{ waybill_id: string; weight_kg: number | null }>(
			db,
			sql`SELECT waybill_id, weight_kg FROM waybills ORDER BY waybill_id`
		);
		expect(kept.map((k) => k.waybill_id)).toEqual(['M001', 'M002', 'M008', 'M010']);
		expect(kept.find((k) => k.waybill_id === 'M008')?.weight_kg).toBeNull();
		const slash = await queryOne<{ t: string }>(
			db,
			sql`SELECT strftime(order_time, '%Y-%m-%d %H:%M') AS t FROM waybills WHERE waybill_id = 'M002'`
		);
		expect(slash.t).toBe('2025-03-05 10:22');
		const quarantined = await queryRows<{ waybill_id: string | null }>(
			db,
			sql`SELECT waybill_id FROM quarantine_waybills ORDER BY _record`
		);
		expect(quarantined.map((q) => q.waybill_id)).toEqual(['M003', 'M004', 'M007', 'M009']);
	});

	const REFUSED: [string, IssueCode][] = [
		['empty.csv', 'empty-file'],
		['waybills-gbk.csv', 'not-utf8'],
		['not-a-csv.csv', 'binary-file'],
		['header-only.csv', 'no-rows'],
		['wrong-columns.csv', 'missing-columns']
	];
	for (const [name, code] of REFUSED) {
		it(`refuses ${name} with ${code} and keeps the previous data`, async () => {
			await load('waybills-canonical.csv');
			const r = await load(name);
			expect(r.ok).toBe(false);
			expect(codes(r)).toContain(code);
			expect(r.issues.every((i) => i.file === name)).toBe(true);
			const n = await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM waybills`);
			expect(n.n).toBe(60);
		});
	}

	it('names the missing required columns', async () => {
		const r = await load('wrong-columns.csv');
		expect(r.issues.find((i) => i.code === 'missing-columns')?.samples).toEqual([
			'waybill_id',
			'customer_id',
			'order_time',
			'fee'
		]);
	});

	it('refuses UTF-16 and duplicate columns', async () => {
		const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
		expect(codes(await load('utf16.csv', utf16))).toEqual(['unsupported-encoding']);
		const dup = new TextEncoder().encode(
			'waybill_id,customer_id,order_time,fee,fee\n1,2,2025-01-01,3,4\n'
		);
		expect(codes(await load('dup.csv', dup))).toContain('duplicate-columns');
	});

	it('treats hostile header names as data, never as SQL', async () => {
		const csv =
			'waybill_id,customer_id,order_time,fee,"x"");DROP TABLE waybills;--",__proto__\n1,c,2025-01-01 00:00:00,3,4,5\n';
		const r = await load('hostile.csv', new TextEncoder().encode(csv));
		expect(r.ok).toBe(true);
		expect(r.issues.find((i) => i.code === 'ignored-columns')?.count).toBe(2);
		const n = await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM waybills`);
		expect(n.n).toBe(1);
	});

	it('reads tab- and semicolon-delimited files and a UTF-8 BOM', async () => {
		const tsv = '\uFEFFwaybill_id\tcustomer_id\torder_time\tfee\nA\tB\t2025-01-01 08:00:00\t5\n';
		expect((await load('t.tsv', new TextEncoder().encode(tsv))).rows.loaded).toBe(1);
		const semi =
			'waybill_id;customer_id;order_time;fee\nA;B;2025-01-01 08:00:00;5\nC;D;2025-01-02 08:00:00;6\n';
		expect((await load('s.csv', new TextEncoder().encode(semi))).rows.loaded).toBe(2);
	});
});

describe('recordToLine', () => {
	it('steps over rejected lines', () => {
		expect(recordToLine(1, [])).toBe(2);
		expect(recordToLine(4, [6, 7])).toBe(5);
		expect(recordToLine(5, [6, 7])).toBe(8);
		expect(recordToLine(6, [2, 3])).toBe(9);
	});
});

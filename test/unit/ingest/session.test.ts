// The import workspace: many monthly files into one table, duplicates, reconciled columns,
// per-file units, lineage numbers and refusals.
import { describe, expect, it } from 'vitest';
import { queryRows, sql } from '$lib/engine/sql';
import { ImportSession } from '$lib/ingest/session';
import { suiteDb } from '../../support/duckdb-node';
import { nodeParquetReader } from '../../support/parquet-node';
import { encodeGbk } from '../../fixtures/encoders';

const db = suiteDb();

const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A month of waybills; odd months weigh in grams and order their columns differently. */
function month(m: number): { file: Blob; name: string } {
	const rows = Array.from({ length: 10 }, (_, i) => {
		const id = `M${String(m).padStart(2, '0')}-${i}`;
		const date = `2025-${String(m).padStart(2, '0')}-${String(i + 1).padStart(2, '0')} 10:00:00`;
		return m % 2
			? `${date},${id},C${i % 4},${500 + i},12`
			: `${id},C${i % 4},${date},${0.5 + i / 1000},12`;
	});
	const header =
		m % 2 ? '下单时间,运单号,客户编号,重量(g),运费' : '运单号,客户编号,下单时间,重量(kg),运费';
	const text = [`2025年${m}月运单`, header, ...rows, '合计,,,,120'].join('\r\n');
	return { file: blob(m % 3 ? utf8(text) : encodeGbk(text)), name: `运单-2025-${m}.csv` };
}

describe('import session', () => {
	it('appends 12 monthly exports into one table, reconciling columns and units', async () => {
		const s = new ImportSession({ db, parquet: nodeParquetReader });
		const state = await s.add(Array.from({ length: 12 }, (_, i) => month(i + 1)));
		expect(state.files).toHaveLength(12);
		expect(state.files.every((f) => f.assigned === 'waybills' && f.rows === 10)).toBe(true);
		expect(state.files.filter((f) => f.encoding === 'gbk')).toHaveLength(4);
		const mapping = s.suggest('waybills');
		const result = await s.apply([mapping]);
		expect(result.issues).toEqual([]);
		const report = result.tables[0]!;
		expect(report.loaded).toBe(120);
		expect(report.files.map((f) => f.loaded)).toEqual(new Array(12).fill(10));
		const check = await queryRows<{
			months: number;
			max_weight: number;
			files: number;
			lines: string;
		}>(
			db,
			sql`SELECT count(DISTINCT month(order_time)) AS months, max(weight_kg) AS max_weight,
				count(DISTINCT _file_id) AS files, string_agg(DISTINCT _line::VARCHAR, ',' ORDER BY _line::VARCHAR) AS lines
			FROM src_waybills`
		);
		expect(check[0]).toMatchObject({ months: 12, files: 12 });
		// Grams became kilograms: nothing heavier than 0.51 kg.
		expect(check[0]!.max_weight).toBeLessThan(0.52);
		// Every row remembers its line: 3 to 12 in each file (title and header above).
		expect(check[0]!.lines).toBe('10,11,12,3,4,5,6,7,8,9');
	});

	it('detects the same file dropped twice and does not import it twice', async () => {
		const s = new ImportSession({ db, parquet: nodeParquetReader });
		const jan = month(1);
		const state = await s.add([jan, { file: jan.file, name: 'copy of january.csv' }]);
		const copy = state.files[1]!;
		expect(copy.duplicateOf).toBe(state.files[0]!.fileId);
		expect(copy.assigned).toBeNull();
		expect(copy.issues[0]).toMatchObject({ code: 'duplicate-file', detail: '运单-2025-1.csv' });
		const result = await s.apply([s.suggest('waybills')]);
		expect(result.rows.waybills).toBe(10);
	});

	it('refuses to apply without waybills or with unmapped required fields', async () => {
		const s = new ImportSession({ db, parquet: nodeParquetReader });
		await s.add([{ file: blob(utf8('客户编号,手机号\nC1,13800138000\n')), name: 'customers.csv' }]);
		expect((await s.apply([s.suggest('customers')])).issues[0]?.code).toBe('no-waybills');
		await s.add([month(1)]);
		const waybills = s.suggest('waybills');
		const broken = {
			...waybills,
			fields: waybills.fields.map((f) => (f.field === 'fee' ? { ...f, column: null } : f))
		};
		const result = await s.apply([broken, s.suggest('customers')]);
		expect(result.issues[0]).toMatchObject({
			code: 'unmapped-required',
			column: 'waybills',
			samples: ['fee']
		});
	});

	it('leaves a file out when it is assigned to no table', async () => {
		const s = new ImportSession({ db, parquet: nodeParquetReader });
		const state = await s.add([month(1), month(2)]);
		s.assign(state.files[1]!.fileId, null);
		const result = await s.apply([s.suggest('waybills')]);
		expect(result.rows.waybills).toBe(10);
	});

	it('shows quarantined rows with their reasons', async () => {
		const s = new ImportSession({ db, parquet: nodeParquetReader });
		await s.add([
			{
				file: blob(
					utf8(
						'运单号,客户编号,下单时间,运费\nA,C,2025-01-01 10:00,5\nB,,2025-01-01 10:00,\nC,C,someday,x\n'
					)
				),
				name: 'q.csv'
			}
		]);
		await s.apply([s.suggest('waybills')]);
		const q = await s.quarantine('waybills', 10);
		expect(q.total).toBe(2);
		expect(q.rows.map((r) => [r._line, r.reason])).toEqual([
			[3, 'missing:fee'],
			[4, 'invalid:order_time, invalid:fee']
		]);
	});
});

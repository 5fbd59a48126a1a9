// Column quality and month coverage with hand-counted answers.
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '$lib/engine/sql';
import { columnQuality, monthCoverage } from '$lib/model/quality';
import { suiteDb } from '../../support/duckdb-node';

const db = suiteDb();

beforeAll(async () => {
	await db.query(sql`CREATE TABLE q (
		city VARCHAR, fee DOUBLE, order_time TIMESTAMP, insured BOOLEAN, _file_id INTEGER, _line INTEGER)`);
	// 2025-01: 10 rows, 2025-02: none, 2025-03: 10 rows, 2025-04: 1 row (thin), 2025-05: 10 rows.
	await db.query(sql`INSERT INTO q SELECT
			CASE WHEN i % 3 = 0 THEN '深圳市' WHEN i % 3 = 1 THEN '广州市' ELSE NULL END,
			CASE WHEN i < 30 THEN i * 1.5 END,
			CASE WHEN i < 10 THEN TIMESTAMP '2025-01-05 10:00:00' + INTERVAL (i) HOUR
			     WHEN i < 20 THEN TIMESTAMP '2025-03-05 10:00:00'
			     WHEN i < 21 THEN TIMESTAMP '2025-04-30 23:59:59'
			     ELSE TIMESTAMP '2025-05-01 00:00:00' END,
			i % 2 = 0, 1, i + 2
		FROM range(31) t(i)`);
});

describe('columnQuality', () => {
	it('counts nulls and distinct values exactly, with ranges and top values', async () => {
		const cols = await columnQuality(db, 'q');
		expect(cols.map((c) => c.column)).toEqual(['city', 'fee', 'order_time', 'insured']);
		const [city, fee, time, insured] = cols;
		// i % 3 == 2 for i in 0..30: 2, 5, …, 29 → 10 nulls.
		expect(city).toMatchObject({ rows: 31, nulls: 10, distinct: 2, min: '广州市', max: '深圳市' });
		// i % 3 == 0: 0, 3, …, 30 → 11; i % 3 == 1: 10.
		expect(city!.top).toEqual([
			{ value: '深圳市', count: 11 },
			{ value: '广州市', count: 10 }
		]);
		expect(fee).toMatchObject({ nulls: 1, distinct: 30, min: '0.0', max: '43.5', top: [] });
		expect(time).toMatchObject({ nulls: 0, distinct: 13, min: '2025-01-05 10:00:00' });
		expect(insured).toMatchObject({
			distinct: 2,
			top: [
				{ value: 'true', count: 16 },
				{ value: 'false', count: 15 }
			]
		});
	});
});

describe('monthCoverage', () => {
	it('fills empty months and flags thin ones', async () => {
		const months = await monthCoverage(db, 'q', 'order_time');
		expect(months.map((m) => [m.month, m.rows, m.gap])).toEqual([
			['2025-01', 10, false],
			['2025-02', 0, true],
			['2025-03', 10, false],
			['2025-04', 1, true],
			['2025-05', 10, false]
		]);
	});

	it('lists only months with rows when strays stretch the span over decades', async () => {
		await db.query(sql`INSERT INTO q (order_time) VALUES (TIMESTAMP '1970-01-01 08:00:00')`);
		const months = await monthCoverage(db, 'q', 'order_time');
		expect(months.map((m) => m.month)).toEqual([
			'1970-01',
			'2025-01',
			'2025-03',
			'2025-04',
			'2025-05'
		]);
		await db.query(sql`DELETE FROM q WHERE order_time < TIMESTAMP '2000-01-01'`);
	});
});

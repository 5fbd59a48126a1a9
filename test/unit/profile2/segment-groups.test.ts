// Bubbles and cross-filters by the value analysis' segments and clusters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql, type Db } from '$lib/engine/sql';
import { bubbleRows } from '$lib/profile2/bubble';
import { filterWhere, toggleFilter } from '$lib/profile2/filter';
import { openNodeDuckDb, type NodeDuckDb } from '../../support/duckdb-node';

let duck: NodeDuckDb;
let db: Db;

beforeAll(async () => {
	duck = await openNodeDuckDb();
	db = duck.db;
	await db.run(`CREATE TABLE waybills AS SELECT * FROM (VALUES
		('W1', 'A', TIMESTAMP '2024-01-05 10:00:00', 10.0, 'APP'),
		('W2', 'A', TIMESTAMP '2024-02-05 10:00:00', 30.0, 'APP'),
		('W3', 'B', TIMESTAMP '2024-02-06 10:00:00', 5.0, '官网'),
		('W4', 'C', TIMESTAMP '2024-03-06 10:00:00', 7.0, '官网')
	) AS t(waybill_id, customer_key, order_time, fee, channel)`);
	await db.run(`CREATE TABLE customer_segments AS SELECT * FROM (VALUES
		('A', 'high-value-high-freq', 'important-value', 'champions'),
		('B', 'low-value-low-freq', 'general-retain', 'lost')
	) AS t(customer_key, quadrant, cn8, rfm10)`);
	await db.run(`CREATE TABLE customer_clusters AS SELECT * FROM (VALUES ('A', 0), ('B', 1), ('C', 1))
		AS t(customer_key, cluster)`);
});
afterAll(() => duck.close());

describe('segment and cluster groupings', () => {
	it('groups bubbles by quadrant, customers outside the analysis as 未知', async () => {
		const rows = await bubbleRows(db, 'quadrant');
		const by = Object.fromEntries(rows.map((r) => [r.id, r]));
		// Three months of data: A ships 2 parcels (¥40), B 1 (¥5), C is not in customer_segments.
		expect(by['high-value-high-freq']).toMatchObject({ customers: 1, parcels: 2, revenue: 40 });
		expect(by['high-value-high-freq']!.parcelsPerMonth).toBeCloseTo(2 / 3, 9);
		expect(by['low-value-low-freq']).toMatchObject({ customers: 1, parcels: 1 });
		expect(by['未知']).toMatchObject({ customers: 1, parcels: 1, revenue: 7 });
	});

	it('groups by cluster number', async () => {
		const rows = await bubbleRows(db, 'cluster');
		expect(Object.fromEntries(rows.map((r) => [r.id, r.customers]))).toEqual({ '0': 1, '1': 2 });
	});

	it('filters parcels by segment, cluster and waybill dimensions together', async () => {
		const ids = async (f: Parameters<typeof filterWhere>[0]) =>
			(
				await queryRows<{ waybill_id: string }>(
					db,
					sql`SELECT waybill_id FROM waybills WHERE ${filterWhere(f)} ORDER BY waybill_id`
				)
			).map((r) => r.waybill_id);
		expect(await ids([{ dim: 'cluster', value: '1' }])).toEqual(['W3', 'W4']);
		expect(await ids([{ dim: 'rfm10', value: 'champions' }])).toEqual(['W1', 'W2']);
		expect(
			await ids([
				{ dim: 'cluster', value: '1' },
				{ dim: 'channel', value: '官网' }
			])
		).toEqual(['W3', 'W4']);
		expect(await ids([{ dim: 'quadrant', value: "x' OR 1=1 --" }])).toEqual([]);
	});

	it('toggles filters, one value per dimension', () => {
		let f = toggleFilter([], { dim: 'channel', value: 'APP' });
		f = toggleFilter(f, { dim: 'channel', value: '官网' });
		expect(f).toEqual([{ dim: 'channel', value: '官网' }]);
		f = toggleFilter(f, { dim: 'cluster', value: '1' });
		expect(toggleFilter(f, { dim: 'channel', value: '官网' })).toEqual([
			{ dim: 'cluster', value: '1' }
		]);
	});
});

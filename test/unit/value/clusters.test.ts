// K-means on two groups that differ by design: the same seed gives the same clusters and names,
// everyone is assigned, the names say what sets each group apart, and k diagnostics behave.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '$lib/engine/sql';
import { candidateTags, clusterNoun, nameClusters } from '$lib/value/clusters/naming';
import { scoreKs, silhouette } from '$lib/value/clusters/quality';
import { fitScaling, standardize } from '$lib/value/clusters/transform';
import { defaultValueSettings, type ValueSettings } from '$lib/value/settings';
import { chooseK, runValue } from '$lib/value/value';
import { openNodeDuckDb, type NodeDuckDb } from '../../support/duckdb-node';

let duck: NodeDuckDb;
let db: Db;

const settings = (): ValueSettings => {
	const s = defaultValueSettings();
	return { ...s, asOf: '2024-07-01', clusters: { ...s.clusters, k: 2, sampleSize: 1000 } };
};

beforeAll(async () => {
	duck = await openNodeDuckDb();
	db = duck.db;
	// 60 sellers: 20–40 night parcels a month each, monthly billing, e-commerce, 5–8 kg.
	// 240 individuals: 1–3 daytime parcels in the half year, prepaid, APP, under 1 kg.
	await db.run(`CREATE TABLE waybills AS
		WITH sellers AS (
			SELECT 'S' || lpad(c::VARCHAR, 3, '0') AS customer_key, range AS i
			FROM range(0, 60) AS t(c), range(0, 120 + (c % 5) * 10)
		), people AS (
			SELECT 'P' || lpad(c::VARCHAR, 3, '0') AS customer_key, range AS i
			FROM range(0, 240) AS t(c), range(0, 1 + c % 3)
		)
		SELECT customer_key, TIMESTAMP '2024-01-01 21:00:00' + INTERVAL (i % 180) DAY AS order_time,
			12.0 + (i % 7) AS fee, 5.0 + (i % 4) AS weight_kg, '跨省' AS route_type, false AS is_return,
			'服装' AS item_category, '月结' AS payment_method, '电商平台' AS channel, '企业' AS customer_type
		FROM sellers
		UNION ALL
		SELECT customer_key, TIMESTAMP '2024-03-01 10:00:00' + INTERVAL (i * 37 + hash(customer_key) % 90) DAY,
			8.0 + (i % 3), 0.5, '省内', false, '文件', '寄付现结', 'APP', '个人'
		FROM people`);
});
afterAll(() => duck.close());

describe('k-means clusters', () => {
	it('separates the two groups, numbers them by revenue and names them', async () => {
		const v = (await runValue(db, settings()))!;
		const c = v.clusters!;
		expect(c.k).toBe(2);
		expect(c.clusters.map((x) => x.customers)).toEqual([60, 240]);
		expect(c.clusters[0]!.revenue_share).toBeGreaterThan(c.clusters[1]!.revenue_share);
		const sellers = c.clusters[0]!;
		const tags = sellers.tags.map((t) => `${t.feature}:${t.direction}`);
		expect(tags.length).toBeGreaterThan(0);
		expect(tags.length).toBeLessThanOrEqual(3);
		for (const t of tags)
			expect([
				'frequency:high',
				'monetary:high',
				'avg_weight:high',
				'avg_fee:high',
				'night_share:high',
				'monthly_share:high',
				'ecommerce_share:high',
				'cross_province_share:high',
				'recency_days:low'
			]).toContain(t);
		expect(sellers.noun).toBe('ecommerce-sellers');
		expect(c.clusters[1]!.noun).toBe('individuals');
		const assigned = await queryRows<{ n: number; sellers_in_0: number }>(db, {
			text: `SELECT count(*) AS n, count(*) FILTER (WHERE customer_key LIKE 'S%' AND cluster = 0) AS sellers_in_0 FROM customer_clusters`,
			params: []
		});
		expect(assigned[0]).toEqual({ n: 300, sellers_in_0: 60 });
	});

	it('gives the same clusters and names for the same seed', async () => {
		const a = (await runValue(db, settings()))!.clusters!;
		const b = (await runValue(db, settings()))!.clusters!;
		expect(b.clusters.map((x) => [x.customers, x.tags, x.centroid])).toEqual(
			a.clusters.map((x) => [x.customers, x.tags, x.centroid])
		);
	});

	it('fits on a sample and still assigns everyone', async () => {
		const s = settings();
		s.clusters.sampleSize = 100;
		s.clusters.k = 3;
		const c = (await runValue(db, s))!.clusters!;
		expect(c.sampleSize).toBe(100);
		expect(c.clusters.reduce((n, x) => n + x.customers, 0)).toBe(300);
	});

	it('scores k by elbow and silhouette; two groups peak at k = 2', async () => {
		const ks = await chooseK(db, settings(), 300);
		expect(ks.map((k) => k.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
		for (let i = 1; i < ks.length; i++)
			expect(ks[i]!.inertia).toBeLessThanOrEqual(ks[i - 1]!.inertia * 1.0001);
		const best = ks.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
		expect(best.k).toBe(2);
	});
});

describe('cluster helpers', () => {
	it('standardises with log1p for heavy-tailed features and puts missing values at 0', () => {
		const s = fitScaling(
			['frequency', 'night_share'],
			[
				[0, 0],
				[Math.E - 1, 1],
				[null, null]
			]
		);
		expect(s.mean[0]).toBeCloseTo(0.5, 9);
		expect(s.sd[0]).toBeCloseTo(0.5, 9);
		expect(standardize(s, [[Math.E - 1, null]])).toEqual([[1, 0]]);
	});

	it('computes the silhouette of a perfect split as close to 1', () => {
		const pts = [0, 0.1, 10, 10.1];
		const n = pts.length;
		const dist = new Float64Array(n * n);
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++) dist[i * n + j] = Math.abs(pts[i]! - pts[j]!);
		// a = 0.1; b ≈ 10 → s ≈ 0.99 for each point.
		expect(silhouette(dist, n, [0, 0, 1, 1], 2)).toBeCloseTo(1 - 0.1 / 9.95, 3);
		expect(scoreKs([[0], [0.1], [10], [10.1]], 1, 2, 3)[0]!.silhouette).toBeGreaterThan(0.98);
	});

	it('tags the strongest deviations and keeps names distinct', () => {
		const features = ['frequency', 'night_share', 'return_share'] as const;
		expect(candidateTags([...features], [1.2, -0.9, 0.7]).map((t) => t.feature)).toEqual([
			'frequency',
			'return_share'
		]);
		const tags = nameClusters(
			[...features],
			[
				[1, 0, 0],
				[1, 0, 0.6]
			],
			['customers', 'customers']
		);
		expect(tags[0]!.map((t) => t.feature)).toEqual(['frequency']);
		expect(tags[1]!.map((t) => t.feature)).toEqual(['frequency', 'return_share']);
		expect(clusterNoun({ ecommerceShare: 0.2, businessShare: 0.6, individualShare: 0.4 })).toBe(
			'businesses'
		);
	});
});

describe('cluster trend', () => {
	it('compares each cluster’s parcel share in the last months with the months before', async () => {
		const { clusterTrend } = await import('$lib/value/trend');
		await db.run(`CREATE OR REPLACE TABLE waybills AS SELECT * FROM (VALUES
			('A', TIMESTAMP '2024-05-10 10:00:00'), ('A', TIMESTAMP '2024-06-10 10:00:00'),
			('A', TIMESTAMP '2024-02-10 10:00:00'), ('A', TIMESTAMP '2024-03-10 10:00:00'),
			('A', TIMESTAMP '2024-03-11 10:00:00'), ('B', TIMESTAMP '2024-06-20 10:00:00'),
			('B', TIMESTAMP '2024-06-21 10:00:00'), ('B', TIMESTAMP '2024-03-20 10:00:00'),
			('A', TIMESTAMP '2023-10-01 10:00:00')
		) AS t(customer_key, order_time)`);
		await db.run(`CREATE OR REPLACE TABLE customer_clusters AS SELECT * FROM (VALUES ('A', 0), ('B', 1))
			AS t(customer_key, cluster)`);
		// as_of 2024-07-01, 3 months: recent = Apr–Jun (A 2, B 2), previous = Jan–Mar (A 3, B 1).
		const rows = await clusterTrend(db, '2024-07-01', 3);
		expect(rows).toEqual([
			{ cluster: 0, recentShare: 0.5, previousShare: 0.75, recentParcels: 2, previousParcels: 3 },
			{ cluster: 1, recentShare: 0.5, previousShare: 0.25, recentParcels: 2, previousParcels: 1 }
		]);
		await expect(clusterTrend(db, "2024-07-01'; --", 3)).rejects.toThrow('invalid');
	});
});

// The sample must tell the seed's stories (issue 2): checked in SQL on 100k generated waybills.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOne, queryRows, sql, type Db } from '$lib/engine/sql';
import { loadSample } from '$lib/sample/load';
import { profileOverview } from '$lib/profile/overview';
import { cleanAll, type CleaningReport } from '$lib/model/clean/clean';
import { DIRT_PER_10K } from '$lib/sample/dirt';
import { openNodeDuckDb, type NodeDuckDb } from '../../support/duckdb-node';
import { TEST_CLEANING } from '../../support/import';

let duck: NodeDuckDb;
let db: Db;
let cleaning: CleaningReport;
beforeAll(async () => {
	duck = await openNodeDuckDb();
	db = duck.db;
	const report = await loadSample(db, { seed: 42, waybills: 100_000 });
	// 100k generated, plus the re-exported duplicates the dirt adds (0.3%).
	expect(report.rows.waybills).toBeGreaterThan(100_000);
	expect(report.rows.waybills).toBeLessThan(100_000 * (1 + 2 * 0.003));
	cleaning = await cleanAll(db, { ...TEST_CLEANING, testAccounts: ['TEST*'] });
}, 120_000);
afterAll(() => duck.close());

describe('sample data stories (seed 42, 100k waybills)', () => {
	it('fills every canonical table with consistent keys', async () => {
		// Consistency of what was generated (src_), and of what cleaning made of it.
		const r = await queryOne<Record<string, number>>(
			db,
			sql`SELECT
				(SELECT count(*) FROM customers) AS customers,
				(SELECT count(DISTINCT customer_key) FROM waybills) AS shipping_customers,
				(SELECT count(*) FROM waybills WHERE customer_key NOT IN (SELECT customer_id FROM customers)) AS orphans,
				(SELECT count(DISTINCT waybill_id) FROM waybills) AS distinct_waybills,
				(SELECT count(*) FROM waybills) AS clean_waybills,
				(SELECT count(DISTINCT waybill_id) FROM src_waybills) AS generated_waybills,
				(SELECT count(*) FROM service_sessions) AS sessions,
				(SELECT count(*) FROM src_service_sessions WHERE waybill_id IS NOT NULL
					AND waybill_id NOT IN (SELECT waybill_id FROM src_waybills)) AS dangling_sessions,
				(SELECT count(*) FROM payments) AS payments,
				(SELECT count(*) FROM waybills WHERE sign_time < order_time) AS signed_before_order,
				(SELECT count(*) FROM waybills WHERE year(order_time) <> 2025) AS outside_year`
		);
		expect(r.generated_waybills).toBe(100_000);
		// Waybills without a customer ID found their customer by phone.
		expect(r.orphans).toBe(0);
		expect(r.distinct_waybills).toBe(r.clean_waybills);
		expect(r.dangling_sessions).toBe(0);
		expect(r.signed_before_order).toBe(0);
		expect(r.outside_year).toBe(0);
		expect(r.customers).toBeGreaterThanOrEqual(r.shipping_customers!);
		expect(r.sessions).toBeGreaterThan(1_000);
		expect(r.payments).toBeGreaterThan(30_000);
	});

	it('has export defects for every waybill rule to catch, at the planted rates', () => {
		const d = DIRT_PER_10K.waybills;
		const expected: [string, number][] = [
			['missing-customer', d.missingCustomer],
			['test-account', d.testAccount],
			['duplicate', d.duplicate],
			['fee-not-positive', d.negativeFee + d.zeroFee],
			['fee-too-high', d.placeholderFee],
			['outside-window', d.epochDate + d.typoYear],
			['weight-cleared', d.zeroWeight],
			['province-from-city', d.missingProvince],
			['region-normalized', d.shortProvince + d.shortDestProvince]
		];
		for (const [id, per10k] of expected) {
			const count = cleaning.rules.find((r) => r.id === id && r.table === 'waybills')!.count;
			const want = per10k * 10;
			expect(count, id).toBeGreaterThan(want * 0.6);
			expect(count, id).toBeLessThan(want * 1.4 + 3);
		}
		// Sign times before the order exist only where a sign time does (most waybills).
		const signs = cleaning.rules.find((r) => r.id === 'time-before-order')!.count;
		expect(signs).toBeGreaterThan(d.signBeforeOrder * 10 * 0.5);
		const sessions = cleaning.matches.find((m) => m.table === 'service_sessions')!;
		expect(sessions.unmatched / sessions.rows).toBeGreaterThan(0.003);
		expect(sessions.unmatched / sessions.rows).toBeLessThan(0.008);
		const waybills = cleaning.matches.find((m) => m.table === 'waybills')!;
		expect(waybills.byPhone / waybills.rows).toBeGreaterThan(0.006);
	});

	it('peaks at 10–11 h and 20–22 h', async () => {
		const o = await profileOverview(db);
		expect(o.peaks.map((p) => [p.start, p.end])).toEqual([
			[10, 11],
			[20, 22]
		]);
	});

	it('~65% of parcels weigh ≤ 1 kg while ≥ 3 kg parcels bring ~40% of revenue', async () => {
		const r = await queryOne<{ light: number; heavy_revenue: number }>(
			db,
			sql`SELECT avg((weight_kg <= 1)::INT) AS light,
				sum(fee) FILTER (WHERE weight_kg > 3) / sum(fee) AS heavy_revenue FROM waybills`
		);
		expect(r.light).toBeGreaterThan(0.6);
		expect(r.light).toBeLessThan(0.7);
		expect(r.heavy_revenue).toBeGreaterThan(0.33);
		expect(r.heavy_revenue).toBeLessThan(0.47);
	});

	it('monthly-settled customers ship about 20× as many parcels as prepaid individuals', async () => {
		const r = await queryOne<{ monthly: number; prepaid: number }>(
			db,
			sql`WITH c AS (
				SELECT customer_key, count(*) AS n, bool_and(payment_method = '月结') AS monthly,
					bool_and(payment_method <> '月结') AND any_value(customer_type) = '个人' AS individual
				FROM waybills GROUP BY customer_key)
			SELECT avg(n) FILTER (WHERE monthly) AS monthly, avg(n) FILTER (WHERE individual) AS prepaid FROM c`
		);
		const ratio = r.monthly / r.prepaid;
		expect(ratio).toBeGreaterThan(14);
		expect(ratio).toBeLessThan(30);
	});

	it('a few percent of e-commerce sellers bring close to half of revenue with few complaints', async () => {
		const r = await queryOne<{
			customer_share: number;
			revenue_share: number;
			complaint_share: number;
		}>(
			db,
			sql`WITH sellers AS (
				SELECT customer_key FROM waybills GROUP BY customer_key
				HAVING avg((channel = '电商平台')::INT) > 0.5),
			complaints AS (
				SELECT w.customer_key FROM service_sessions s JOIN waybills w USING (waybill_id)
				WHERE s.category IN ('延误', '破损', '丢件', '理赔', '态度', '费用'))
			SELECT
				(SELECT count(*) FROM sellers) / (SELECT count(DISTINCT customer_key) FROM waybills) AS customer_share,
				(SELECT sum(fee) FROM waybills WHERE customer_key IN (SELECT customer_key FROM sellers))
					/ (SELECT sum(fee) FROM waybills) AS revenue_share,
				(SELECT count(*) FROM complaints WHERE customer_key IN (SELECT customer_key FROM sellers))
					/ (SELECT count(*) FROM complaints) AS complaint_share`
		);
		expect(r.customer_share).toBeLessThan(0.05);
		expect(r.revenue_share).toBeGreaterThan(0.35);
		expect(r.revenue_share).toBeLessThan(0.6);
		expect(r.complaint_share).toBeLessThan(r.revenue_share / 2);
	});

	it('concentrates delays on cross-province routes and damage on valuable electronics', async () => {
		const routes = await queryRows<{ route: string; delay: number }>(
			db,
			sql`SELECT CASE WHEN origin_city = dest_city THEN 'same' WHEN origin_province = dest_province
					THEN 'province' ELSE 'cross' END AS route, avg((status = '延误')::INT) AS delay
				FROM waybills GROUP BY 1`
		);
		const delay = Object.fromEntries(routes.map((r) => [r.route, r.delay]));
		expect(delay.cross).toBeGreaterThan(2 * delay.province!);
		expect(delay.province).toBeGreaterThan(delay.same!);
		const damage = await queryOne<{ valuable: number; overall: number }>(
			db,
			sql`SELECT avg((status = '破损')::INT) FILTER (WHERE item_category = '3C数码' AND declared_value >= 2000) AS valuable,
				avg((status = '破损')::INT) AS overall FROM waybills`
		);
		expect(damage.valuable / damage.overall).toBeGreaterThan(3);
	});

	it('has Chinese complaint and praise texts in every service category', async () => {
		const texts = await queryRows<{ category: string; text: string }>(
			db,
			sql`SELECT category, any_value(text) AS text FROM service_sessions GROUP BY category`
		);
		expect(texts.map((t) => t.category).sort()).toEqual(
			['丢件', '咨询', '延误', '态度', '理赔', '破损', '表扬', '费用'].sort()
		);
		for (const t of texts) expect(t.text).toMatch(/[\u4e00-\u9fa5]{4,}/);
	});

	it('loses more customers after slow claims than after fast ones', async () => {
		const r = await queryRows<{ speed: string; returned: number; claims: number }>(
			db,
			sql`WITH claims AS (
				SELECT w.customer_key, s.created_at,
					CASE WHEN s.resolved_at IS NULL OR s.resolved_at - s.created_at > INTERVAL 48 HOUR THEN 'slow'
						WHEN s.resolved_at - s.created_at <= INTERVAL 24 HOUR THEN 'fast' ELSE 'medium' END AS speed
				FROM service_sessions s JOIN waybills w USING (waybill_id)
				WHERE s.category IN ('破损', '丢件', '理赔') AND s.created_at < TIMESTAMP '2025-10-01')
			SELECT speed, count(*) AS claims,
				avg((EXISTS (SELECT 1 FROM waybills w2 WHERE w2.customer_key = claims.customer_key
					AND w2.order_time > claims.created_at))::INT) AS returned
			FROM claims GROUP BY speed`
		);
		const by = Object.fromEntries(r.map((x) => [x.speed, x.returned]));
		expect(by.slow).toBeLessThan(by.fast! - 0.1);
	});
});

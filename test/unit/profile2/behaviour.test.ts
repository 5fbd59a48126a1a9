// 怎么寄 on the eight-parcel table of ./waybills.ts; every expectation is worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { profileBehaviour, settlementFinding, type SettlementRow } from '$lib/profile2/behaviour';
import { suiteDb } from '../../support/duckdb-node';
import { loadWaybills } from './waybills';

const db = suiteDb();

describe('behaviour', () => {
	beforeAll(() => loadWaybills(db));

	it('compares parcels per customer by payment method', async () => {
		const p = await profileBehaviour(db, 1);
		// 月结: A ships w1–w3 → 3 per customer. 寄付现结: B, C, D one each. 到付: C once. 未知: E once.
		expect(
			p.settlement.map((r) => [r.method, r.customers, r.parcels, r.revenue, r.per_customer])
		).toEqual([
			['月结', 1, 3, 40, 3],
			['到付', 1, 1, 5, 1],
			['寄付现结', 3, 3, 33, 1],
			['未知', 1, 1, 12, 1]
		]);
		expect(p.settlement[0]!.avg_fee).toBeCloseTo(40 / 3, 12);
		expect(p.settlement[0]!.parcel_share).toBeCloseTo(3 / 8, 12);
		expect(p.settlement[0]!.revenue_share).toBeCloseTo(40 / 90, 12);
		expect(p.findings.settlement).toEqual({
			method: '月结',
			perCustomer: 3,
			prepaidPerCustomer: 1,
			ratio: 3
		});
	});

	it('splits routes in 同城 → 省内 → 跨省 order with revenue', async () => {
		const p = await profileBehaviour(db, 1);
		expect(p.routes.map((r) => [r.key, r.parcels, r.revenue])).toEqual([
			['同城', 2, 15],
			['省内', 2, 18],
			['跨省', 3, 45],
			['未知', 1, 12]
		]);
		expect(p.findings.topRoute).toMatchObject({ key: '跨省', share: 3 / 8 });
		// 跨省 pays 15 per parcel against 90 / 8 = 11.25 overall.
		expect(p.findings.premiumRoute).toMatchObject({
			key: '跨省',
			avgFee: 15,
			overallAvgFee: 11.25
		});
		expect(p.findings.premiumRoute!.ratio).toBeCloseTo(15 / 11.25, 12);
	});

	it('mixes products and finds the premium one', async () => {
		const p = await profileBehaviour(db, 1);
		expect(p.products.map((r) => [r.key, r.parcels, r.revenue])).toEqual([
			['标快', 4, 45],
			['同城急送', 1, 5],
			['未知', 1, 12],
			['特快', 1, 20],
			['经济快递', 1, 8]
		]);
		expect(p.findings.topProduct).toMatchObject({ key: '标快', share: 0.5 });
		expect(p.findings.premiumProduct).toMatchObject({ key: '特快', avgFee: 20 });
	});

	it('has no settlement finding when 寄付现结 leads or is missing', () => {
		const r = (method: string, per: number): SettlementRow => ({
			method,
			customers: 10,
			parcels: 100,
			revenue: 1000,
			per_customer: per,
			avg_fee: 10,
			parcel_share: 0.5,
			revenue_share: 0.5
		});
		expect(settlementFinding([r('寄付现结', 5), r('月结', 3)])).toBeNull();
		expect(settlementFinding([r('月结', 5), r('到付', 3)])).toBeNull();
		expect(settlementFinding([r('月结', 6), r('寄付现结', 2)])?.ratio).toBe(3);
	});
});

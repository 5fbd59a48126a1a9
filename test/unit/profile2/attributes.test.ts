// 谁在寄 on the eight-parcel table of ./waybills.ts; every expectation is worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '$lib/engine/sql';
import {
	attributeFindings,
	couponByChannel,
	profileAttributes,
	type AttributeProfile
} from '$lib/profile2/attributes';
import { highestRate, mix, mixQuery, type MixRow } from '$lib/profile2/common';
import { suiteDb } from '../../support/duckdb-node';
import { loadWaybills } from './waybills';

const db = suiteDb();
const pick = (rows: MixRow[]) =>
	rows.map((r) => [r.key, r.customers, r.parcels, r.revenue, r.returns, r.return_known]);

describe('attribute mixes', () => {
	beforeAll(() => loadWaybills(db, { payments: true }));

	it('splits parcels, revenue and returns by origin province', async () => {
		const rows = await mix(db, 'origin_province');
		// 广东 w1–w4 (A, B; returns w3, w4), 浙江 w5–w7 (C, D; w6's return flag unknown), 未知 w8.
		expect(pick(rows)).toEqual([
			['广东省', 2, 4, 50, 2, 4],
			['浙江省', 2, 3, 28, 0, 2],
			['未知', 1, 1, 12, 0, 1]
		]);
		const [gd, zj] = rows;
		expect(gd!.parcel_share).toBeCloseTo(4 / 8, 12);
		expect(gd!.revenue_share).toBeCloseTo(50 / 90, 12);
		expect(gd!.return_share).toBeCloseTo(0.5, 12);
		expect(gd!.avg_fee).toBeCloseTo(12.5, 12);
		expect(zj!.return_share).toBe(0);
	});

	it('puts short and full city names in the same tier and unknown cities in 未知', async () => {
		const p = await profileAttributes(db, 1);
		// 深圳市 ×2 + 深圳 (w3) = 一线; 杭州 新一线; 佛山 二线; 丽水 四线及以下; w8 has no city.
		expect(pick(p.tiers)).toEqual([
			['一线', 1, 3, 40, 1, 3],
			['新一线', 1, 2, 20, 0, 1],
			['二线', 1, 1, 10, 1, 1],
			['四线及以下', 1, 1, 8, 0, 1],
			['未知', 1, 1, 12, 0, 1]
		]);
	});

	it('counts channels and customer types', async () => {
		const p = await profileAttributes(db, 1);
		expect(pick(p.channels)).toEqual([
			['APP', 1, 3, 40, 1, 3],
			['微信小程序', 2, 3, 30, 1, 2],
			['官网', 1, 1, 8, 0, 1],
			['未知', 1, 1, 12, 0, 1]
		]);
		expect(p.customerTypes.map((r) => [r.key, r.parcels, r.revenue])).toEqual([
			['个人', 4, 38],
			['企业', 3, 40],
			['未知', 1, 12]
		]);
	});

	it('derives an age band from age when age_band is empty', async () => {
		const p = await profileAttributes(db, 1);
		// w4 age 30 → 25-34, w5/w6 25-34 given, w7 age 50 → 45-54, the other four unknown.
		expect(p.ageBands?.map((r) => [r.key, r.customers, r.parcels])).toEqual([
			['25-34', 2, 3],
			['45-54', 1, 1],
			['未知', 2, 4] // A (w1–w3) and E (w8)
		]);
		expect(p.genders?.map((r) => [r.key, r.parcels])).toEqual([
			['未知', 4],
			['女', 2],
			['男', 2]
		]);
	});

	it('computes coupon use per channel, one row per paid waybill', async () => {
		// APP: w1 (two payments, one with a coupon) → 1/1. 微信小程序: w4 no, w5 yes, w6 unknown → 1/3.
		// p6 belongs to no waybill and is left out.
		expect(await couponByChannel(db)).toEqual([
			{ channel: '微信小程序', paid: 3, with_coupon: 1, coupon_share: 1 / 3 },
			{ channel: 'APP', paid: 1, with_coupon: 1, coupon_share: 1 }
		]);
	});

	it('derives the key findings', async () => {
		const p = await profileAttributes(db, 1);
		const f = p.findings;
		expect(f.topProvince).toEqual({
			key: '广东省',
			share: 0.5,
			second: '浙江省',
			secondShare: 3 / 8
		});
		expect(f.concentration).toBeNull(); // only two known provinces
		// Known return flags: 一线 1/3, 新一线 0/1, 二线 1/1, 四线 0/1 → average 2/6; 二线 is 3×.
		expect(f.tierReturn).toMatchObject({ key: '二线', rate: 1, count: 1, total: 1 });
		expect(f.tierReturn!.avg).toBeCloseTo(1 / 3, 12);
		expect(f.tierReturn!.ratio).toBeCloseTo(3, 12);
		expect(f.topChannel?.key).toBe('APP'); // ties with 微信小程序 on parcels; code-point order
		expect(f.topCustomerType).toMatchObject({ key: '企业', share: 40 / 90 });
		expect(f.topAgeBand).toMatchObject({ key: '25-34', share: 3 / 8 });
		// Coupons: 2 of 4 paid waybills → average 0.5; APP 1/1 is 2×.
		expect(f.coupon).toMatchObject({ key: 'APP', rate: 1, avg: 0.5, ratio: 2 });
	});

	it('leaves small groups out of the findings', async () => {
		const p = await profileAttributes(db, 2);
		// Only 一线 has two or more parcels with a known return flag: nothing to compare.
		expect(p.findings.tierReturn).toBeNull();
		expect(p.findings.coupon).toBeNull(); // APP has a single paid waybill
		expect(p.minParcels).toBe(2);
	});
});

describe('optional attributes', () => {
	beforeAll(async () => {
		await loadWaybills(db);
		await db.run('UPDATE waybills SET age = NULL, age_band = NULL, gender = NULL');
	});

	it('returns null for age, gender and coupons when there is nothing to show', async () => {
		const p = await profileAttributes(db, 1);
		expect(p.ageBands).toBeNull();
		expect(p.genders).toBeNull();
		expect(p.couponByChannel).toBeNull();
		expect(p.findings.topAgeBand).toBeNull();
		expect(p.findings.coupon).toBeNull();
	});

	it('narrows a mix with a where fragment and reports 未知 consistently', async () => {
		const rows = await queryRows<MixRow>(db, mixQuery('route_type'));
		expect(rows.map((r) => [r.key, r.parcels])).toEqual([
			['跨省', 3],
			['同城', 2],
			['省内', 2],
			['未知', 1]
		]);
	});
});

describe('findings (pure)', () => {
	const row = (key: string, parcels: number, share: number): MixRow => ({
		key,
		customers: 1,
		parcels,
		revenue: parcels,
		returns: 0,
		return_known: parcels,
		parcel_share: share,
		revenue_share: share,
		return_share: 0,
		avg_fee: 1
	});
	it('sums the top three provinces when there are more than three', () => {
		const provinces = [
			row('广东省', 50, 0.5),
			row('浙江省', 20, 0.2),
			row('江苏省', 15, 0.15),
			row('上海市', 10, 0.1),
			row('未知', 5, 0.05)
		];
		const f = attributeFindings({
			provinces,
			tiers: [],
			channels: [],
			customerTypes: [],
			ageBands: null,
			genders: null,
			couponByChannel: null
		} satisfies Omit<AttributeProfile, 'findings' | 'minParcels'>);
		expect(f.concentration?.keys).toEqual(['广东省', '浙江省', '江苏省']);
		expect(f.concentration?.share).toBeCloseTo(0.85, 12);
		expect(f.tierReturn).toBeNull();
	});

	it('needs two eligible groups and a positive average for a rate finding', () => {
		expect(highestRate([{ key: 'a', count: 1, total: 40 }])).toBeNull();
		expect(
			highestRate([
				{ key: 'a', count: 0, total: 40 },
				{ key: 'b', count: 0, total: 40 }
			])
		).toBeNull();
		// Ties on rate go to the larger group.
		expect(
			highestRate([
				{ key: 'a', count: 3, total: 30 },
				{ key: 'b', count: 4, total: 40 },
				{ key: 'c', count: 0, total: 30 }
			])?.key
		).toBe('b');
	});
});

// Bubble rows on the eight-parcel table of ./waybills.ts; every expectation is worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { bubbleQuery, bubbleRows, potentialFinding, type BubbleGroup } from '$lib/profile2/bubble';
import { profilePage2 } from '$lib/profile2';
import { suiteDb } from '../../support/duckdb-node';
import { loadWaybills } from './waybills';

const db = suiteDb();

describe('bubble rows', () => {
	beforeAll(() => loadWaybills(db));

	it('per customer type: fee, parcels per month and the gap to the upper quartile', async () => {
		const rows = await bubbleRows(db, 'customer_type');
		// Data span 2024-01 … 2024-04 = 4 months for every group.
		// 企业: A alone (3 parcels, ¥40) → P75 = 40, no gap.
		// 个人: B ¥10, C ¥20, D ¥8 → P75 of [8, 10, 20] = 10 + 0.5 × 10 = 15 → gaps 7 + 5 + 0 = 12.
		expect(rows.map((r) => [r.id, r.label, r.customers, r.parcels, r.revenue, r.months])).toEqual([
			['企业', '企业', 1, 3, 40, 4],
			['个人', '个人', 3, 4, 38, 4],
			['未知', '未知', 1, 1, 12, 4]
		]);
		const [biz, ind, unknown] = rows;
		expect(biz!.avgFee).toBeCloseTo(40 / 3, 12);
		expect(biz!.parcelsPerMonth).toBe(0.75);
		expect(biz!.potential).toBe(0);
		expect(ind!.avgFee).toBe(9.5);
		expect(ind!.parcelsPerMonth).toBe(1);
		expect(ind!.p75Revenue).toBe(15);
		expect(ind!.meanRevenue).toBeCloseTo(38 / 3, 12);
		expect(ind!.potential).toBe(12);
		expect(unknown!.parcelsPerMonth).toBe(0.25);
		expect(potentialFinding(rows)).toEqual({
			id: '个人',
			potential: 12,
			share: 1,
			perMonth: 3,
			customers: 3
		});
	});

	it('per channel, a customer counts in the channel they used', async () => {
		const rows = await bubbleRows(db, 'channel');
		// 微信小程序: B ¥10 (w4), C ¥20 (w5 + w6) → P75 = 10 + 0.75 × 10 = 17.5 → gap 7.5.
		const wx = rows.find((r) => r.id === '微信小程序')!;
		expect([wx.customers, wx.parcels, wx.revenue, wx.potential]).toEqual([2, 3, 30, 7.5]);
		expect(rows.map((r) => r.id)).toEqual(['APP', '微信小程序', '未知', '官网']);
	});

	it('per city tier, single-customer tiers have no potential', async () => {
		const rows = await bubbleRows(db, 'city_tier');
		expect(rows.map((r) => [r.id, r.revenue, r.potential])).toEqual([
			['一线', 40, 0],
			['新一线', 20, 0],
			['未知', 12, 0],
			['二线', 10, 0],
			['四线及以下', 8, 0]
		]);
		expect(potentialFinding(rows)).toBeNull();
	});

	it('refuses a grouping off the whitelist', () => {
		expect(() => bubbleQuery('remark' as BubbleGroup)).toThrow(/unknown bubble group/);
	});
});

describe('profilePage2', () => {
	beforeAll(() => loadWaybills(db));

	it('runs every panel once, with shared settings and timings', async () => {
		const p = await profilePage2(db, { minParcels: 1, bubbleGroup: 'channel' });
		expect(p.attributes.provinces).toHaveLength(3);
		expect(p.behaviour.findings.settlement?.method).toBe('月结');
		expect(p.night.nightParcels).toBe(4);
		expect(p.sankey.dropOff?.node).toBe('官网');
		expect(p.bubbleGroup).toBe('channel');
		expect(p.potential?.id).toBe('微信小程序');
		expect(Object.keys(p.timings).sort()).toEqual(
			['attributes', 'behaviour', 'bubbles', 'night', 'sankey'].sort()
		);
		await expect(profilePage2(db, { night: { start: 3, end: 3 } })).rejects.toThrow(/must differ/);
	});
});

// Channel → payment → outcome flows on the eight-parcel table of ./waybills.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '$lib/engine/sql';
import {
	biggestDropOff,
	profileSankey,
	sankeyData,
	sankeyQuery,
	type SankeyLinkRow
} from '$lib/profile2/sankey';
import { suiteDb } from '../../support/duckdb-node';
import { loadWaybills } from './waybills';

const db = suiteDb();
let rows: SankeyLinkRow[] = [];

beforeAll(async () => {
	await loadWaybills(db);
	rows = await queryRows<SankeyLinkRow>(db, sankeyQuery());
});

const flat = (stage: number) =>
	rows.filter((r) => r.stage === stage).map((r) => `${r.source}>${r.target}:${r.value}`);

describe('sankey links', () => {
	it('counts each pair of neighbouring stages and the direct channel → outcome pairs', () => {
		expect(flat(1)).toEqual([
			'APP>月结:3',
			'微信小程序>寄付现结:2',
			'官网>寄付现结:1',
			'微信小程序>到付:1',
			'未知>未知:1'
		]);
		expect(flat(2)).toEqual([
			'月结>已签收:2',
			'到付>延误:1',
			'寄付现结>已签收:1',
			'寄付现结>破损:1',
			'寄付现结>退回:1',
			'月结>退回:1',
			'未知>未知:1'
		]);
		expect(flat(0)).toEqual([
			'APP>已签收:2',
			'APP>退回:1',
			'官网>破损:1',
			'微信小程序>已签收:1',
			'微信小程序>延误:1',
			'微信小程序>退回:1',
			'未知>未知:1'
		]);
		expect(rows.find((r) => r.stage === 1 && r.source === 'APP')?.revenue).toBe(40);
	});

	it('builds nodes per column with unknown last and shares of the source outflow', () => {
		const d = sankeyData(rows);
		expect(d.total).toBe(8);
		expect(d.nodes.map((n) => `${n.id}:${n.value}`)).toEqual([
			'channel:APP:3',
			'channel:微信小程序:3',
			'channel:官网:1',
			'channel:未知:1',
			'payment:寄付现结:3',
			'payment:月结:3',
			'payment:到付:1',
			'payment:未知:1',
			'outcome:已签收:3',
			'outcome:退回:2',
			'outcome:延误:1',
			'outcome:破损:1',
			'outcome:未知:1'
		]);
		expect(d.links).toHaveLength(12);
		const link = (s: string, t: string) => d.links.find((l) => l.source === s && l.target === t);
		expect(link('channel:微信小程序', 'payment:寄付现结')?.share).toBeCloseTo(2 / 3, 12);
		expect(link('payment:月结', 'outcome:已签收')?.share).toBeCloseTo(2 / 3, 12);
		expect(link('channel:未知', 'payment:未知')?.share).toBe(1);
	});
});

describe('biggest drop-off', () => {
	it('ranks nodes by bad outcomes beyond the average rate', () => {
		// Known outcomes 7, bad 4 (退回 ×2, 破损, 延误) → average 4/7. Excess: 官网 1 − 4/7 = 3/7 and
		// 到付 1 − 4/7 = 3/7 tie (channel wins), 微信小程序 and 寄付现结 2 − 12/7 = 2/7, APP/月结 < 0.
		const d = biggestDropOff(rows, { minParcels: 1 })!;
		expect(d).toMatchObject({
			stage: 'channel',
			node: '官网',
			parcels: 1,
			bad: 1,
			badShare: 1,
			topOutcome: '破损',
			topOutcomeParcels: 1
		});
		expect(d.avgBadShare).toBeCloseTo(4 / 7, 12);
		expect(d.ratio).toBeCloseTo(7 / 4, 12);
		expect(d.excess).toBeCloseTo(3 / 7, 12);
	});

	it('skips small nodes and names the most frequent bad outcome', () => {
		const d = biggestDropOff(rows, { minParcels: 2 })!;
		expect(d).toMatchObject({ stage: 'channel', node: '微信小程序', parcels: 3, bad: 2 });
		expect(d.excess).toBeCloseTo(2 / 7, 12);
		expect(d.topOutcome).toBe('延误'); // 延误 and 退回 one each; code-point order
	});

	it('honours a custom list of bad outcomes and says nothing when none is lost', () => {
		const d = biggestDropOff(rows, { minParcels: 1, badOutcomes: ['破损'] })!;
		expect(d.node).toBe('官网');
		expect(d.avgBadShare).toBeCloseTo(1 / 7, 12); // every vocabulary status is judged
		expect(biggestDropOff(rows, { badOutcomes: ['丢失'] })).toBeNull();
	});

	it('is returned by profileSankey with its settings', async () => {
		const p = await profileSankey(db, { minParcels: 1 });
		expect(p.data.links).toHaveLength(12);
		expect(p.dropOff?.node).toBe('官网');
		expect(p.badOutcomes).toEqual(['延误', '破损', '丢失', '退回']);
	});
});

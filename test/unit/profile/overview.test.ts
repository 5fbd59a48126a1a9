// The profile SQL against figures computed independently when the fixture was generated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/engine/sql';
import { profileOverview, rowsOf, weightStory, type HourWeekdayRow } from '$lib/profile/overview';
import { findHourPeaks } from '$lib/profile/peaks';
import { weightBandsQuery, type WeightBandRow } from '$lib/profile/weight-bands';
import type { CanonicalExpected } from '../../fixtures/make-fixtures';
import { openNodeDuckDb, type NodeDuckDb } from '../../support/duckdb-node';
import { expectedJson, fixtureBytes } from '../../support/fixtures';
import { importFiles } from '../../support/import';

let duck: NodeDuckDb;
let db: Db;
const expected = expectedJson<CanonicalExpected>('waybills-canonical.json');

beforeAll(async () => {
	duck = await openNodeDuckDb();
	db = duck.db;
	const { result } = await importFiles(db, [
		{ name: 'waybills-canonical.csv', bytes: fixtureBytes('waybills-canonical.csv') }
	]);
	expect(result.rows.waybills).toBe(60);
});
afterAll(() => duck.close());

describe('profile overview on waybills-canonical.csv', () => {
	it('computes the headline figures', async () => {
		const o = await profileOverview(db);
		expect(o.kpis.customers).toBe(expected.customers);
		expect(o.kpis.waybills).toBe(expected.waybills);
		expect(o.kpis.revenue).toBeCloseTo(expected.revenue, 6);
		expect(o.kpis.first_day).toBe(expected.first_day);
		expect(o.kpis.last_day).toBe(expected.last_day);
		expect(o.kpis.default_as_of).toBe(expected.default_as_of);
		expect(o.kpis.months).toBe(expected.months);
	});

	it('fills all 168 hour × weekday cells and matches the hourly and weekday totals', async () => {
		const o = await profileOverview(db);
		const cells = rowsOf<HourWeekdayRow>(o.hourWeekday);
		expect(cells).toHaveLength(168);
		const hourly = new Array<number>(24).fill(0);
		const weekdays = new Array<number>(7).fill(0);
		for (const c of cells) {
			hourly[c.hour]! += c.waybills;
			weekdays[c.weekday - 1]! += c.waybills;
		}
		expect(hourly).toEqual(expected.hourly);
		expect(weekdays).toEqual(expected.weekdays);
		expect(o.peaks).toEqual(findHourPeaks(expected.hourly));
		expect(o.busiestWeekday).toBe(expected.weekdays.indexOf(Math.max(...expected.weekdays)) + 1);
	});

	it('splits parcels and revenue into weight bands with shares of weighed parcels', async () => {
		const o = await profileOverview(db);
		const bands = rowsOf<WeightBandRow>(o.weightBands);
		const weighed = bands.filter((b) => b.band >= 0);
		expect(weighed.map((b) => b.waybills)).toEqual(expected.bands.map((b) => b.waybills));
		weighed.forEach((b, i) => expect(b.revenue).toBeCloseTo(expected.bands[i]!.revenue, 6));
		const totalParcels = expected.bands.reduce((s, b) => s + b.waybills, 0);
		const totalRevenue = expected.bands.reduce((s, b) => s + b.revenue, 0);
		weighed.forEach((b, i) => {
			expect(b.waybill_share).toBeCloseTo(expected.bands[i]!.waybills / totalParcels, 9);
			expect(b.revenue_share).toBeCloseTo(expected.bands[i]!.revenue / totalRevenue, 9);
		});
		expect(o.unweighed).toBe(expected.unweighed);
		expect(weighed.map((b) => [b.lower, b.upper])).toEqual([
			[0, 1],
			[1, 3],
			[3, 5],
			[5, 10],
			[10, null]
		]);
	});

	it('accepts custom band edges and rejects bad ones', async () => {
		const rows = rowsOf<WeightBandRow>(await db.query(weightBandsQuery([2])));
		expect(rows.filter((r) => r.band >= 0)).toHaveLength(2);
		expect(() => weightBandsQuery([3, 1])).toThrow(/must increase/);
		expect(() => weightBandsQuery([0])).toThrow(/invalid weight band edge/);
		expect(() => weightBandsQuery([])).toThrow(/at least one edge/);
	});
});

describe('weightStory', () => {
	const row = (
		band: number,
		lower: number,
		upper: number | null,
		ws: number,
		rs: number
	): WeightBandRow => ({
		band,
		lower,
		upper,
		waybills: 0,
		revenue: 0,
		waybill_share: ws,
		revenue_share: rs
	});
	it('contrasts the first band with everything from the second edge up', () => {
		const s = weightStory([
			row(0, 0, 1, 0.65, 0.35),
			row(1, 1, 3, 0.2, 0.25),
			row(2, 3, 5, 0.1, 0.2),
			row(3, 5, null, 0.05, 0.2)
		]);
		expect(s).toMatchObject({ lightUpper: 1, heavyLower: 3 });
		expect(s?.heavyWaybillShare).toBeCloseTo(0.15, 12);
		expect(s?.heavyRevenueShare).toBeCloseTo(0.4, 12);
	});
	it('says nothing with fewer than three bands', () => {
		expect(weightStory([row(0, 0, 1, 0.5, 0.5), row(1, 1, null, 0.5, 0.5)])).toBeNull();
	});
});

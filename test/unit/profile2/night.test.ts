// Night shipping on the eight-parcel table of ./waybills.ts; every expectation is worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	checkNightHours,
	isNightHour,
	nightCities,
	nightDensity,
	nightHourCount,
	profileNight
} from '$lib/profile2/night';
import { suiteDb } from '../../support/duckdb-node';
import { loadWaybills } from './waybills';

const db = suiteDb();

describe('night shipping', () => {
	beforeAll(() => loadWaybills(db));

	it('counts orders from 20:00 to 05:59 by origin province', async () => {
		const p = await profileNight(db, undefined, 1);
		// Night: w1 21:00, w3 23:30, w4 05:59 (广东); w7 20:00 (浙江). Not: 10:00, 06:00, 19:59, 12:00.
		expect(
			p.provinces.map((r) => [r.key, r.parcels, r.night_parcels, r.revenue, r.night_revenue])
		).toEqual([
			['广东省', 4, 3, 50, 30],
			['浙江省', 3, 1, 28, 8],
			['未知', 1, 0, 12, 0]
		]);
		expect(p.provinces[0]!.night_share).toBe(0.75);
		expect([p.parcels, p.nightParcels, p.nightShare]).toEqual([8, 4, 0.5]);
		// Known provinces: 4 of 7 at night; 广东 0.75 is 1.3125× that.
		expect(p.finding).toMatchObject({ key: '广东省', rate: 0.75, count: 3, total: 4 });
		expect(p.finding!.avg).toBeCloseTo(4 / 7, 12);
		expect(p.finding!.ratio).toBeCloseTo(0.75 / (4 / 7), 12);
		expect(p.hasCoordinates).toBe(true);
		expect(p.hours).toEqual({ start: 20, end: 6 });
	});

	it('accepts a window that does not wrap, end exclusive', async () => {
		const p = await profileNight(db, { start: 9, end: 12 }, 1);
		// Only w2 (10:00); w8 at 12:00 is outside.
		expect(p.provinces.map((r) => [r.key, r.night_parcels])).toEqual([
			['广东省', 1],
			['未知', 0],
			['浙江省', 0]
		]);
	});

	it('drills into the cities of one province (and of 未知)', async () => {
		const rows = await nightCities(db, '广东省');
		expect(rows.map((r) => [r.key, r.parcels, r.night_parcels])).toEqual([
			['佛山市', 1, 1],
			['深圳', 1, 1],
			['深圳市', 2, 1]
		]);
		expect((await nightCities(db, '未知')).map((r) => [r.key, r.parcels])).toEqual([['未知', 1]]);
		expect(await nightCities(db, "广东省' OR 1=1 --")).toEqual([]);
	});

	it('bins coordinates into 0.1° cells and skips points outside China', async () => {
		const cells = await nightDensity(db);
		// w1 and w2 share the cell around (114.05, 22.55); w6 at 0/0 and the rows without a point are out.
		expect(
			cells?.map((c) => [
				Number(c.lng.toFixed(2)),
				Number(c.lat.toFixed(2)),
				c.parcels,
				c.night_parcels
			])
		).toEqual([
			[114.05, 22.55, 2, 1],
			[113.15, 23.05, 1, 1],
			[119.95, 28.45, 1, 1],
			[120.15, 30.25, 1, 0]
		]);
	});

	it('validates the night window', () => {
		expect(() => checkNightHours({ start: 24, end: 6 })).toThrow(/invalid night hour/);
		expect(() => checkNightHours({ start: 20, end: -1 })).toThrow(/invalid night hour/);
		expect(() => checkNightHours({ start: 20.5, end: 6 })).toThrow(/invalid night hour/);
		expect(() => checkNightHours({ start: 5, end: 5 })).toThrow(/must differ/);
		expect(nightHourCount({ start: 20, end: 6 })).toBe(10);
		expect(nightHourCount({ start: 9, end: 12 })).toBe(3);
		expect([19, 20, 23, 0, 5, 6].map((h) => isNightHour(h, { start: 20, end: 6 }))).toEqual([
			false,
			true,
			true,
			true,
			true,
			false
		]);
	});
});

describe('without coordinates', () => {
	beforeAll(async () => {
		await loadWaybills(db);
		await db.run('UPDATE waybills SET origin_lat = NULL, origin_lng = NULL');
	});
	it('offers no dot map', async () => {
		expect(await nightDensity(db)).toBeNull();
		expect((await profileNight(db)).hasCoordinates).toBe(false);
	});
});

// Delay by route and damage by category on the tables of ./fixture.ts; every expectation is
// worked out by hand there, with and without `session_emotion`.
import { describe, expect, it } from 'vitest';
import { detectTouchTables } from '$lib/touchpoints/common';
import { damageByCategory, damageRows } from '$lib/touchpoints/damage';
import { delayByRoute } from '$lib/touchpoints/routes';
import { suiteDb } from '../../support/duckdb-node';
import { loadTouchFixture } from './fixture';

const db = suiteDb();

describe('detecting the optional tables', () => {
	it('sees what exists, with the columns the queries need', async () => {
		await loadTouchFixture(db, { sessions: false, tracking: false });
		expect(await detectTouchTables(db)).toEqual({
			sessions: false,
			emotion: false,
			tracking: false,
			features: false,
			claimAmount: false
		});
		await loadTouchFixture(db, { emotion: true });
		expect(await detectTouchTables(db)).toMatchObject({
			sessions: true,
			emotion: true,
			tracking: true
		});
		// A session_emotion without `types` (an older or half-written one) counts as absent.
		await db.run('CREATE OR REPLACE TABLE session_emotion (session_id VARCHAR, sentiment DOUBLE)');
		expect((await detectTouchTables(db)).emotion).toBe(false);
		// Empty tables (created by the import but never filled) count as absent too.
		await loadTouchFixture(db, { emotion: true });
		await db.run('DELETE FROM tracking_events');
		await db.run('DELETE FROM service_sessions');
		expect(await detectTouchTables(db)).toMatchObject({
			sessions: false,
			emotion: false,
			tracking: false
		});
	});
});

describe('delay complaints by route', () => {
	it('counts from the categories alone', async () => {
		await loadTouchFixture(db);
		const p = await delayByRoute(db, { present: true, emotion: false }, 1);
		expect(
			p.rows.map((r) => [
				r.key,
				r.parcels,
				r.complaints,
				r.delay_complaints,
				r.delay_share,
				r.delay_waybills
			])
		).toEqual([
			// c7 (破损 on w7).
			['同城', 2, 1, 0, 0, 0],
			// c6 (费用 on w6); c5 is a 咨询.
			['省内', 2, 1, 0, 0, 0],
			// c1, c2 on w2; c3, c4 on w4: three delays on two waybills.
			['跨省', 3, 4, 3, 0.75, 2],
			['未知', 1, 0, 0, null, 0]
		]);
		expect(p.rows[2]!.delay_per_1000).toBeCloseTo(2000 / 3, 9);
		// Complaints c1–c4, c6–c9, c12; c8 (w99), c9 and c12 (no waybill) cannot be placed.
		expect(p.coverage).toEqual({ complaints: 9, linked: 6 });
		// Known routes: 2 delayed waybills of 7; 跨省 2/3 = 7/3 of that.
		expect(p.finding).toMatchObject({ key: '跨省', delayShare: 0.75, avgDelayShare: 0.5 });
		expect(p.finding!.per1000).toBeCloseTo(2000 / 3, 9);
		expect(p.finding!.avgPer1000).toBeCloseTo(2000 / 7, 9);
		expect(p.finding!.ratio).toBeCloseTo(7 / 3, 12);
	});

	it('adds the complaint types found in the texts', async () => {
		await loadTouchFixture(db, { emotion: true });
		const p = await delayByRoute(db, { present: true, emotion: true }, 1);
		expect(p.rows.map((r) => [r.key, r.complaints, r.delay_complaints, r.delay_waybills])).toEqual([
			['同城', 1, 0, 0],
			// c5 (咨询, text: delay) joins c6.
			['省内', 2, 1, 1],
			// c11 (咨询 on w3, text: damage) is a complaint but not a delay.
			['跨省', 5, 3, 2],
			['未知', 0, 0, 0]
		]);
		expect(p.rows[1]!.delay_share).toBe(0.5);
		expect(p.rows[2]!.delay_share).toBe(0.6);
		expect(p.coverage).toEqual({ complaints: 11, linked: 8 });
		// 3 delayed waybills of 7 on known routes; delays 4 of 8 linked complaints.
		expect(p.finding!.ratio).toBeCloseTo(2 / 3 / (3 / 7), 12);
		expect(p.finding!.avgDelayShare).toBe(0.5);
	});

	it('names no route below the minimum size', async () => {
		await loadTouchFixture(db);
		expect((await delayByRoute(db, { present: true, emotion: false })).finding).toBeNull();
	});
});

describe('damage by item category', () => {
	it('joins status 破损 and damage complaints', async () => {
		await loadTouchFixture(db);
		const p = await damageByCategory(db, { present: true, emotion: false }, 1);
		expect(
			p.rows.map((r) => [r.key, r.parcels, r.status_damaged, r.complaint_damaged, r.damaged])
		).toEqual([
			// w2 (status and c2), w7 (c7); w3 untouched.
			['3C数码', 3, 1, 2, 2],
			// Equal rates: the larger group first, then code-point order.
			['服装', 2, 0, 0, 0],
			['文件', 1, 0, 0, 0],
			['生鲜', 1, 0, 0, 0],
			// 未知 last whatever its rate.
			['未知', 1, 1, 0, 1]
		]);
		// Known: 2 damaged of 7.
		expect(p.avgRate).toBeCloseTo(2 / 7, 12);
		expect(p.rows[0]!.ratio).toBeCloseTo(7 / 3, 12);
		expect(p.rows[1]!.ratio).toBe(0);
		expect(p.finding).toMatchObject({ key: '3C数码', count: 2, total: 3 });
		expect(p.finding!.ratio).toBeCloseTo(7 / 3, 12);
		expect(p.rows.every((r) => !r.small)).toBe(true);
	});

	it('uses the texts when analysed', async () => {
		await loadTouchFixture(db, { emotion: true });
		const p = await damageByCategory(db, { present: true, emotion: true }, 1);
		// c11 (咨询 on w3) was typed as damage: all three 3C parcels.
		expect(p.rows[0]).toMatchObject({ key: '3C数码', damaged: 3, complaint_damaged: 3, rate: 1 });
		expect(p.avgRate).toBeCloseTo(3 / 7, 12);
	});

	it('falls back to the status without sessions', async () => {
		await loadTouchFixture(db, { sessions: false });
		const p = await damageByCategory(db, { present: false, emotion: false }, 1);
		expect(p.rows.map((r) => [r.key, r.damaged])).toEqual([
			['3C数码', 1],
			['服装', 0],
			['文件', 0],
			['生鲜', 0],
			['未知', 1]
		]);
		expect(p.hasSessions).toBe(false);
		expect(p.avgRate).toBeCloseTo(1 / 7, 12);
	});

	it('marks small groups and names none below the minimum', async () => {
		await loadTouchFixture(db);
		const p = await damageByCategory(db, { present: true, emotion: false });
		expect(p.finding).toBeNull();
		expect(p.rows.every((r) => r.small)).toBe(true);
		const { rows, avgRate } = damageRows(
			[
				{ key: '3C数码', parcels: 100, status_damaged: 3, complaint_damaged: 2, damaged: 4 },
				{ key: '服装', parcels: 300, status_damaged: 2, complaint_damaged: 0, damaged: 2 },
				{ key: '药品', parcels: 0, status_damaged: 0, complaint_damaged: 0, damaged: 0 }
			],
			30
		);
		expect(avgRate).toBe(6 / 400);
		expect(rows.map((r) => [r.key, r.ratio, r.small])).toEqual([
			['3C数码', 0.04 / 0.015, false],
			['服装', 2 / 300 / 0.015, false]
		]);
	});
});

// Transit stays and per-customer emotion features on the tables of ./fixture.ts; every
// expectation is worked out by hand there.
import { describe, expect, it } from 'vitest';
import { fragment, queryRows, sql } from '$lib/engine/sql';
import { buildCustomerEmotion } from '$lib/touchpoints/customer-emotion';
import { stayFinding, transitStays, type StayRow } from '$lib/touchpoints/transit';
import { suiteDb } from '../../support/duckdb-node';
import { loadTouchFixture } from './fixture';

const db = suiteDb();

describe('transit stays', () => {
	it('buckets each waybill by its longest same-node stay', async () => {
		await loadTouchFixture(db);
		const p = await transitStays(db, { present: true, emotion: false }, 1);
		const stays = await queryRows<{ waybill_id: string; longest_hours: number | null }>(
			db,
			sql`SELECT waybill_id, longest_hours FROM waybill_stays ORDER BY waybill_id`
		);
		expect(stays.map((s) => [s.waybill_id, s.longest_hours])).toEqual([
			['w1', 10],
			['w2', 30],
			// 到件 n2 → 发件 n3 is not a stay at one node.
			['w3', 1],
			// 到件 → 派件 at the delivery station is the last mile.
			['w4', 12],
			['w5', null],
			// The 揽收 has no node: still a stay.
			['w6', 13],
			// 揽收 and 发件 at the same time: 揽收 first, a zero stay.
			['w7', 0],
			['w99', 50]
		]);
		expect(
			p.rows.map((r) => [r.bucket, r.waybills, r.delay_waybills, r.delay_rate, r.avg_stay_hours])
		).toEqual([
			['le6', 2, 0, 0, 0.5],
			// 12 h exactly is still 6–12; w4 has delay complaints (c3, c4).
			['6to12', 2, 1, 0.5, 11],
			['12to24', 1, 0, 0, 13],
			// w2 (c1).
			['gt24', 1, 1, 1, 30]
		]);
		// w99 is not a waybill; w5 has no stay.
		expect(p.coverage).toEqual({ tracked: 7, measured: 6 });
		// Over 12 h: w6, w2 → 1 of 2; the rest: w3, w7, w1, w4 → 1 of 4.
		expect(p.finding).toEqual({
			hours: 12,
			longRate: 0.5,
			otherRate: 0.25,
			ratio: 2,
			longWaybills: 2,
			otherWaybills: 4
		});
	});

	it('gives the distribution without sessions', async () => {
		await loadTouchFixture(db, { sessions: false });
		const p = await transitStays(db, { present: false, emotion: false }, 1);
		expect(p.rows.map((r) => [r.bucket, r.waybills, r.delay_waybills, r.delay_rate])).toEqual([
			['le6', 2, null, null],
			['6to12', 2, null, null],
			['12to24', 1, null, null],
			['gt24', 1, null, null]
		]);
		expect(p.finding).toBeNull();
	});

	it('reuses the stays table only when asked', async () => {
		await loadTouchFixture(db);
		const sessions = { present: true, emotion: false };
		await transitStays(db, sessions, 1);
		await db.run(`DELETE FROM tracking_events WHERE waybill_id = 'w2'`);
		// A filter change: the stays of the last build still hold (w2 still counted).
		expect((await transitStays(db, sessions, 1, undefined, true)).coverage.tracked).toBe(7);
		expect((await transitStays(db, sessions, 1)).coverage.tracked).toBe(6);
		// A cross-filtered set of waybills: only w1 and w2 (w2 no longer tracked).
		const p = await transitStays(
			db,
			sessions,
			1,
			fragment`(SELECT * FROM waybills WHERE waybill_id IN ('w1', 'w2'))`,
			true
		);
		expect(p.rows.map((r) => r.waybills)).toEqual([0, 1, 0, 0]);
	});

	it('returns every bucket, even empty, and judges only with enough waybills', async () => {
		await loadTouchFixture(db);
		await db.run(`DELETE FROM tracking_events WHERE waybill_id IN ('w2', 'w6')`);
		const p = await transitStays(db, { present: true, emotion: false }, 1);
		expect(p.rows.map((r) => [r.bucket, r.waybills, r.delay_rate])).toEqual([
			['le6', 2, 0],
			['6to12', 2, 0.5],
			['12to24', 0, null],
			['gt24', 0, null]
		]);
		expect(p.finding).toBeNull();
		const row = (bucket: StayRow['bucket'], waybills: number, delayed: number): StayRow => ({
			bucket,
			waybills,
			delay_waybills: delayed,
			delay_rate: delayed / waybills,
			avg_stay_hours: 1
		});
		const rows = [
			row('le6', 100, 1),
			row('6to12', 50, 1),
			row('12to24', 20, 2),
			row('gt24', 20, 2)
		];
		expect(stayFinding(rows, 30)?.ratio).toBeCloseTo(0.1 / (2 / 150), 12);
		expect(stayFinding(rows, 41)).toBeNull();
		expect(stayFinding([row('le6', 100, 0), row('gt24', 100, 5)], 30)).toBeNull();
	});
});

interface EmotionRow {
	customer_key: string;
	sessions: number;
	complaints: number;
	complaint_rate: number | null;
	last_complaint_at: unknown;
	avg_sentiment: number | null;
	negative_sessions: number | null;
	unresolved_claims: number;
	delay_complaints: number;
	damage_complaints: number;
}

const emotionRows = () =>
	queryRows<EmotionRow>(
		db,
		sql`SELECT *, strftime(last_complaint_at, '%m-%d') AS last FROM customer_emotion`
	);

describe('customer emotion features', () => {
	it('counts sessions and complaints per customer from the categories', async () => {
		await loadTouchFixture(db);
		expect(await buildCustomerEmotion(db, { emotion: false, features: false })).toBe(4);
		const rows = await emotionRows();
		// Two waybills each. A: c1 延误, c2 破损, c10 表扬, c12 理赔 (unresolved); B: c3, c4 延误,
		// c11 咨询; C: c5 咨询, c6 费用; D: c7 破损, c8 延误, c9 态度. c13 has no customer.
		expect(
			rows.map((r) => [
				r.customer_key,
				r.sessions,
				r.complaints,
				r.complaint_rate,
				(r as unknown as { last: string }).last,
				r.avg_sentiment,
				r.negative_sessions,
				r.unresolved_claims,
				r.delay_complaints,
				r.damage_complaints
			])
		).toEqual([
			['A', 4, 3, 1.5, '01-13', null, null, 1, 1, 1],
			['B', 3, 2, 1, '01-05', null, null, 0, 2, 0],
			['C', 2, 1, 0.5, '01-07', null, null, 0, 0, 0],
			['D', 3, 3, 1.5, '01-10', null, null, 0, 1, 1]
		]);
	});

	it('adds sentiment and text-found complaints, and uses customer_features', async () => {
		await loadTouchFixture(db, { emotion: true });
		await db.run(`CREATE TABLE customer_features AS
			SELECT * FROM (VALUES ('A', 10), ('B', 4), ('C', 0)) AS v(customer_key, frequency)`);
		await buildCustomerEmotion(db, { emotion: true, features: true });
		const rows = await emotionRows();
		expect(
			rows.map((r) => [
				r.customer_key,
				r.complaints,
				r.complaint_rate,
				r.negative_sessions,
				r.delay_complaints,
				r.damage_complaints
			])
		).toEqual([
			['A', 3, 0.3, 1, 1, 1],
			// c11 (咨询, text: damage) is a complaint now.
			['B', 3, 0.75, 1, 2, 1],
			// c5 (咨询, text: delay); C has no shipments in customer_features → no rate.
			['C', 2, null, 2, 1, 0],
			// D is not in customer_features.
			['D', 3, null, 0, 1, 1]
		]);
		// A: c1 −0.9 and c10 0.8; B: c11 −0.5; C: −0.6 and −0.3; D: no analysed text.
		expect(rows[0]!.avg_sentiment).toBeCloseTo(-0.05, 12);
		expect(rows[1]!.avg_sentiment).toBe(-0.5);
		expect(rows[2]!.avg_sentiment).toBeCloseTo(-0.45, 12);
		expect(rows[3]!.avg_sentiment).toBeNull();
	});

	it('keeps to the window', async () => {
		await loadTouchFixture(db);
		// Sessions before 01-06 09:00: c1–c4 (c5 is created at 01-06 09:00).
		await buildCustomerEmotion(
			db,
			{ emotion: false, features: false },
			{ asOf: '2024-01-06', windowStart: '2024-01-01' }
		);
		const rows = await emotionRows();
		expect(rows.map((r) => [r.customer_key, r.sessions, r.complaint_rate])).toEqual([
			['A', 2, 1],
			['B', 2, 1]
		]);
		await buildCustomerEmotion(
			db,
			{ emotion: false, features: false },
			{ asOf: '2024-01-06', windowStart: '2024-01-02' }
		);
		// The waybills (01-01) fall before the window: sessions without shipments.
		expect((await emotionRows()).map((r) => r.complaint_rate)).toEqual([null, null]);
	});
});

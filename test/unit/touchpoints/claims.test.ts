// Claim response time against churn, on a hand-built table; churn window N = 30 days, last order
// 2024-06-30 so as_of = 2024-07-01. Each claim (category 理赔 unless noted) with its response time
// and what the customer did next:
//
// claim cust created            first response (h)  resolved (h)  next shipment            → judged as
// k1    P    03-01 10:00        10                  96            03-31 10:00 (exactly +30d) le24, stayed
// k2    Q    03-01 10:00        72                  –             none (only 02-01 before)  gt48, churned
// k3    R    03-01 10:00        34                  –             03-31 10:00:01 (+1 s)     24to48, churned
// k4    S    06-15 10:00        1                   –             –                         too recent
// k5    S    04-01 10:00        2                   3             04-20                     le24, stayed (S's latest judgeable)
// k6a   T    01-10 10:00        5                   –             01-20                     (not T's latest)
// k6b   T    02-10 10:00        60                  –             none                      gt48, churned
// k7    U    04-10 10:00        –                   –             04-10 11:00 (same day)    none, stayed
// k8    –    04-10 10:00        1                   –             –                         no customer
// k9    V    05-01 10:00 (咨询; text: claim) 49     –             05-31 10:00               gt48 with the text analysis
// k10   W    05-31 23:00        25                  –             none                      24to48, churned (window ends 06-30 23:00)
// k11   X    06-01 00:00:01     1                   –             –                         too recent (ends 1 s after as_of)
// k12   Y    06-01 00:00        –                   –             06-30                     none, stayed (ends exactly at as_of)
// k13   Z    04-15 10:00 (破损 with a claimed amount) 1  80            none                      a claim only when amounts count
// k14   N    03-01 10:00        1                   –             (N never shipped at all)  not a shipping customer: left out
//
// The first tests measure to the first response; the default (to resolution) follows.
import { beforeAll, describe, expect, it } from 'vitest';
import { fragment } from '$lib/engine/sql';
import { claimChurn, claimChurnFinding, type ClaimChurnRow } from '$lib/touchpoints/claims';
import { suiteDb } from '../../support/duckdb-node';

const db = suiteDb();

async function load(emotion: boolean): Promise<void> {
	await db.run(`CREATE OR REPLACE TABLE waybills (waybill_id VARCHAR, customer_key VARCHAR,
		order_time TIMESTAMP, fee DOUBLE)`);
	await db.run(`INSERT INTO waybills VALUES
		('p0', 'P', '2024-02-01 10:00', 1), ('p1', 'P', '2024-03-31 10:00', 1),
		('q0', 'Q', '2024-02-01 10:00', 1),
		('r1', 'R', '2024-03-31 10:00:01', 1),
		('s1', 'S', '2024-04-20 10:00', 1),
		('t1', 'T', '2024-01-20 10:00', 1),
		('u1', 'U', '2024-04-10 11:00', 1),
		('v1', 'V', '2024-05-31 10:00', 1),
		('w0', 'W', '2024-05-01 10:00', 1),
		('x0', 'X', '2024-05-01 10:00', 1),
		('z0', 'Z', '2024-04-01 10:00', 1),
		('y1', 'Y', '2024-06-30 10:00', 1)`);
	await db.run(`CREATE OR REPLACE TABLE service_sessions (session_id VARCHAR, customer_key VARCHAR,
		waybill_id VARCHAR, created_at TIMESTAMP, first_response_at TIMESTAMP, resolved_at TIMESTAMP,
		category VARCHAR, claim_amount DOUBLE)`);
	await db.run(`INSERT INTO service_sessions
		SELECT id, cust, NULL, created::TIMESTAMP,
			created::TIMESTAMP + to_hours(first_h), created::TIMESTAMP + to_hours(resolved_h), cat,
			CASE WHEN id = 'k13' THEN 200 END
		FROM (VALUES
			('k1', 'P', '2024-03-01 10:00', 10, 96, '理赔'),
			('k2', 'Q', '2024-03-01 10:00', 72, NULL, '理赔'),
			('k3', 'R', '2024-03-01 10:00', 34, NULL, '理赔'),
			('k4', 'S', '2024-06-15 10:00', 1, NULL, '理赔'),
			('k5', 'S', '2024-04-01 10:00', 2, 3, '理赔'),
			('k6a', 'T', '2024-01-10 10:00', 5, NULL, '理赔'),
			('k6b', 'T', '2024-02-10 10:00', 60, NULL, '理赔'),
			('k7', 'U', '2024-04-10 10:00', NULL, NULL, '理赔'),
			('k8', NULL, '2024-04-10 10:00', 1, NULL, '理赔'),
			('k9', 'V', '2024-05-01 10:00', 49, NULL, '咨询'),
			('k10', 'W', '2024-05-31 23:00', 25, NULL, '理赔'),
			('k11', 'X', '2024-06-01 00:00:01', 1, NULL, '理赔'),
			('k12', 'Y', '2024-06-01 00:00', NULL, NULL, '理赔'),
			('k13', 'Z', '2024-04-15 10:00', 1, 80, '破损'),
			('k14', 'N', '2024-03-01 10:00', 1, NULL, '理赔'),
			('z1', 'Q', '2024-03-02 10:00', 1, NULL, '延误')
		) AS v(id, cust, created, first_h, resolved_h, cat)`);
	await db.run('DROP TABLE IF EXISTS session_emotion');
	if (emotion) {
		await db.run(`CREATE TABLE session_emotion (session_id VARCHAR, sentiment DOUBLE,
			label VARCHAR, types VARCHAR[])`);
		await db.run(`INSERT INTO session_emotion VALUES ('k9', -0.4, 'negative', ['claim']),
			('z1', -0.8, 'negative', ['delay'])`);
	}
}

const CATEGORIES = { present: true, emotion: false };
const AMOUNTS = { present: true, emotion: false, claimAmount: true };
const TEXTS = { present: true, emotion: true };
const FIRST = { responseBy: 'first_response' } as const;

const table = (rows: readonly ClaimChurnRow[]) =>
	rows.map((r) => [r.bucket, r.customers, r.churned, r.churn_rate]);

describe('claim response and churn', () => {
	describe('from the categories', () => {
		beforeAll(() => load(false));

		it('judges each customer by their latest claim with a complete window', async () => {
			const p = await claimChurn(db, CATEGORIES, { churnDays: 30, ...FIRST }, 2);
			expect(p.asOf).toBe('2024-07-01');
			expect(table(p.rows)).toEqual([
				// P (exactly day 30 counts as staying), S (k5; k4 is too recent).
				['le24', 2, 0, 0],
				// R (one second past day 30), W (no shipment after).
				['24to48', 2, 2, 1],
				// Q (no later shipment at all), T (k6b, not k6a).
				['gt48', 2, 2, 1],
				// U (same-day shipment after the claim), Y (window ends exactly at as_of).
				['none', 2, 0, 0]
			]);
			expect(p.rows[0]!.avg_response_hours).toBe(6);
			expect(p.rows[2]!.avg_response_hours).toBe(66);
			expect(p.rows[3]!.avg_response_hours).toBeNull();
			// Claims of shipping customers: all but k8 (no customer), k9 (a 咨询) and k14 (N never
			// shipped); k4 and k11 are too recent.
			expect(p.coverage).toEqual({ claims: 11, too_recent: 2, no_customer: 1 });
			// Everybody answered within 24 h stayed: no ratio.
			expect(p.finding).toEqual({
				slowRate: 1,
				fastRate: 0,
				ratio: null,
				slowCustomers: 2,
				fastCustomers: 2
			});
			expect(p.responseBy).toBe('first_response');
		});

		it('measures to resolution by default', async () => {
			const p = await claimChurn(db, CATEGORIES, { churnDays: 30 }, 1);
			expect(p.responseBy).toBe('resolved');
			// S resolved in 3 h; P in 96 h; everyone else has no resolution time.
			expect(table(p.rows)).toEqual([
				['le24', 1, 0, 0],
				['24to48', 0, 0, null],
				['gt48', 1, 0, 0],
				['none', 6, 4, 4 / 6]
			]);
			expect(p.finding).toBeNull();
		});

		it('counts sessions with a claimed amount as claims', async () => {
			const p = await claimChurn(db, AMOUNTS, { churnDays: 30 }, 1);
			// Z (k13, a 破损 asking 200, resolved in 80 h) never shipped again.
			expect(table(p.rows)[2]).toEqual(['gt48', 2, 1, 0.5]);
			expect(p.coverage.claims).toBe(12);
			expect(p.finding).toMatchObject({ slowRate: 0.5, fastRate: 0, ratio: null });
		});

		it('moves with N: a shorter window turns day-30 shipments into churn', async () => {
			const p = await claimChurn(db, CATEGORIES, { churnDays: 29.5, ...FIRST }, 2);
			// P's shipment is now outside; S (k5, +19 d) still stays; and X's claim (k11) becomes
			// judgeable (its window ends 06-30 12:00:01): no shipment, churned.
			expect(table(p.rows)[0]).toEqual(['le24', 3, 2, 2 / 3]);
			expect(p.finding).toMatchObject({ slowRate: 1, fastRate: 2 / 3, ratio: 1.5 });
			expect(p.coverage.too_recent).toBe(1);
		});

		it('takes an explicit as_of: later claims become too recent', async () => {
			const p = await claimChurn(
				db,
				CATEGORIES,
				{ churnDays: 30, asOf: '2024-05-01', ...FIRST },
				1
			);
			// Judgeable: k1, k2, k3 (end 03-31), k6a/k6b; k5 ends 05-01 10:00, after as_of.
			expect(table(p.rows)).toEqual([
				['le24', 1, 0, 0],
				['24to48', 1, 1, 1],
				['gt48', 2, 2, 1],
				['none', 0, 0, null]
			]);
			expect(p.coverage.too_recent).toBe(6);
		});

		it('lets a cross-filter choose the customers, not their later shipments', async () => {
			const before = fragment`(SELECT * FROM waybills WHERE order_time < '2024-03-01')`;
			const p = await claimChurn(db, CATEGORIES, { churnDays: 30, from: before, ...FIRST }, 1);
			// P, Q and T shipped before March. P's shipment on 03-31 is outside the filter but still
			// shows that P stayed; as_of stays 2024-07-01.
			expect(p.asOf).toBe('2024-07-01');
			expect(table(p.rows)).toEqual([
				['le24', 1, 0, 0],
				['24to48', 0, 0, null],
				['gt48', 2, 2, 1],
				['none', 0, 0, null]
			]);
			expect(p.coverage).toEqual({ claims: 4, too_recent: 0, no_customer: 1 });
		});

		it('rejects a window that is not a positive number of days', async () => {
			for (const days of [0, -3, Number.NaN, Number.POSITIVE_INFINITY])
				await expect(claimChurn(db, CATEGORIES, { churnDays: days })).rejects.toThrow(
					/invalid churn window/
				);
		});
	});

	describe('with the text analysis', () => {
		beforeAll(() => load(true));

		it('adds the claims found in texts', async () => {
			const p = await claimChurn(db, TEXTS, { churnDays: 30, ...FIRST }, 2);
			// V (k9, 49 h) stayed: shipped exactly 30 days later. z1 is a delay, not a claim.
			expect(table(p.rows)[2]).toEqual(['gt48', 3, 2, 2 / 3]);
			expect(p.coverage.claims).toBe(12);
		});
	});

	it('finds nothing with too few customers in a bucket', () => {
		const row = (bucket: ClaimChurnRow['bucket'], customers: number, churned: number) => ({
			bucket,
			customers,
			churned,
			churn_rate: customers ? churned / customers : null,
			avg_response_hours: null
		});
		const rows = [row('le24', 40, 4), row('24to48', 10, 2), row('gt48', 30, 12), row('none', 0, 0)];
		expect(claimChurnFinding(rows, 30)).toEqual({
			slowRate: 0.4,
			fastRate: 0.1,
			ratio: 4,
			slowCustomers: 30,
			fastCustomers: 40
		});
		expect(claimChurnFinding(rows, 31)).toBeNull();
		expect(claimChurnFinding([row('le24', 40, 4), row('gt48', 30, 0)], 30)).toBeNull();
	});
});

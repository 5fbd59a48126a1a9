// RFM values, scores, thresholds, segments, golden number and what-if on six customers whose
// answers were worked out by hand (see fixture.ts; as_of 2024-07-01).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '$lib/engine/sql';
import { defaultValueSettings, type ValueSettings } from '$lib/value/settings';
import { runValue, type ValueResult } from '$lib/value/value';
import { openNodeDuckDb, type NodeDuckDb } from '../../support/duckdb-node';
import { createValueFixture } from './fixture';

let duck: NodeDuckDb;
let db: Db;

const settings = (patch: Partial<ValueSettings> = {}): ValueSettings => {
	const s = defaultValueSettings();
	return { ...s, asOf: '2024-07-01', clusters: { ...s.clusters, k: 2 }, ...patch };
};

async function customers(): Promise<Record<string, Record<string, unknown>>> {
	const rows = await queryRows<Record<string, unknown>>(db, {
		text: `SELECT * FROM customer_segments JOIN customer_features USING (customer_key) ORDER BY customer_key`,
		params: []
	});
	return Object.fromEntries(rows.map((r) => [r.customer_key as string, r]));
}

beforeAll(async () => {
	duck = await openNodeDuckDb();
	db = duck.db;
	await createValueFixture(db);
});
afterAll(() => duck.close());

describe('value analysis on six hand-computed customers', () => {
	let v: ValueResult;
	beforeAll(async () => {
		v = (await runValue(db, settings()))!;
	});

	it('computes recency, frequency and monetary per DESIGN.md', async () => {
		const c = await customers();
		const rfm = Object.fromEntries(
			Object.entries(c).map(([k, r]) => [k, [r.recency_days, r.frequency, r.monetary]])
		);
		expect(rfm).toEqual({
			A: [1, 10, 1000],
			B: [11, 5, 100],
			C: [173, 1, 500],
			D: [112, 2, 20],
			E: [30, 3, 90],
			F: [6, 1, 5]
		});
		expect(c.A!.night_share).toBe(1);
		expect(c.B!.night_share).toBe(0);
		expect(c.A!.monthly_share).toBe(1);
		expect(c.A!.settlement).toBe('月结');
		expect(c.C!.electronics_share).toBe(1);
		expect(c.C!.cross_province_share).toBe(1);
		expect(c.A!.complaints).toBe(1);
		expect(c.C!.complaints).toBe(2);
		// B's complaint is after as_of; D's session is a question, not a complaint.
		expect(c.B!.complaints).toBe(0);
		expect(c.D!.complaints).toBe(0);
		expect(c.E!.avg_gap_days).toBeCloseTo(15.5, 9);
		expect(c.C!.avg_gap_days).toBeNull();
		expect(v.window.asOf).toBe('2024-07-01');
		expect(v.window.seedStart).toBe('2024-01-01');
	});

	it('cuts at quintiles (type 7) and scores equal values equally', async () => {
		expect(v.thresholds.used.cuts).toEqual({
			recency: [6, 11, 30, 112],
			frequency: [1, 2, 3, 5],
			monetary: [20, 90, 100, 500]
		});
		const c = await customers();
		const scores = Object.fromEntries(
			Object.entries(c).map(([k, r]) => [k, [r.r_score, r.f_score, r.m_score, r.rfm_score]])
		);
		expect(scores).toEqual({
			A: [5, 5, 5, 555],
			B: [4, 4, 3, 443],
			C: [1, 1, 4, 114],
			D: [2, 2, 1, 221],
			E: [3, 3, 2, 332],
			F: [5, 1, 1, 511]
		});
	});

	it('names the R rfm segments, first matching rule wins', async () => {
		const c = await customers();
		expect(Object.fromEntries(Object.entries(c).map(([k, r]) => [k, r.rfm10]))).toEqual({
			A: 'champions',
			B: 'potential-loyalist',
			C: 'lost',
			D: 'about-to-sleep',
			E: 'potential-loyalist',
			F: 'new-customers'
		});
	});

	it('splits R, F and M at their means for the Chinese 8 classes', async () => {
		expect(v.thresholds.used.lines.recencyLine).toBeCloseTo(55.5, 9);
		expect(v.thresholds.used.lines.frequencyLine).toBeCloseTo(22 / 6, 9);
		expect(v.thresholds.used.lines.monetaryLine).toBeCloseTo(1715 / 6, 9);
		const c = await customers();
		expect(Object.fromEntries(Object.entries(c).map(([k, r]) => [k, r.cn8]))).toEqual({
			A: 'important-value',
			B: 'general-value',
			C: 'important-retain',
			D: 'general-retain',
			E: 'general-develop',
			F: 'general-develop'
		});
	});

	it('derives the seed thresholds: top 20% revenue, Pareto 80% frequency, cycle + 1.5σ', async () => {
		const seed = v.thresholds.used.seed;
		// ceil(0.2 × 6) = 2nd highest revenue.
		expect(seed.highValueMin).toBe(500);
		// Cumulative parcels A10, B15, E18 ≥ 0.8 × 22 = 17.6 → E's frequency.
		expect(seed.highFrequencyMin).toBe(3);
		// Gaps: A 9×3, B 4×4, D 10, E 14 and 17 → mean 5.25, population sd 4.25.
		expect(seed.cycleMean).toBeCloseTo(5.25, 9);
		expect(seed.cycleSd).toBeCloseTo(4.25, 9);
		expect(seed.recencyAlertDays).toBe(11.6);
		const c = await customers();
		expect(Object.fromEntries(Object.entries(c).map(([k, r]) => [k, r.quadrant]))).toEqual({
			A: 'high-value-high-freq',
			B: 'low-value-high-freq',
			C: 'high-value-low-freq',
			D: 'low-value-low-freq',
			E: 'low-value-high-freq',
			F: 'low-value-low-freq'
		});
		expect(
			Object.entries(c)
				.filter(([, r]) => r.churn_alert)
				.map(([k]) => k)
		).toEqual(['C', 'D', 'E']);
	});

	it('summarises segments with customer, revenue and complaint shares', () => {
		const q = Object.fromEntries(v.schemes.seed.map((r) => [r.segment, r]));
		expect(q['high-value-high-freq']!.customers).toBe(1);
		expect(q['high-value-high-freq']!.revenue_share).toBeCloseTo(1000 / 1715, 9);
		expect(q['high-value-low-freq']!.complaint_share).toBeCloseTo(2 / 3, 9);
		expect(q['low-value-high-freq']!.customer_share).toBeCloseTo(2 / 6, 9);
		const total = v.schemes.rfm10.reduce((s, r) => s + r.customers, 0);
		expect(total).toBe(6);
		const cell = v.cross
			.find((x) => x.a === 'seed' && x.b === 'cn8')!
			.cells.find((x) => x.a === 'low-value-low-freq' && x.b === 'general-develop');
		expect(cell?.customers).toBe(1);
	});

	it('picks the golden number and computes the what-if with its assumptions', () => {
		const g = v.golden!;
		expect(g.source).toBe('seed');
		expect(g.segment).toBe('high-value-high-freq');
		expect(g.customerShare).toBeCloseTo(1 / 6, 9);
		expect(g.revenueShare).toBeCloseTo(1000 / 1715, 9);
		expect(g.complaintShare).toBeCloseTo(1 / 3, 9);
		// Top tier: A and C (avg 750); waist: rank 3 only (B, 100); 10% × 1 × 650.
		expect(v.whatIf.topCustomers).toBe(2);
		expect(v.whatIf.waistCustomers).toBe(1);
		expect(v.whatIf.topAvgRevenue).toBe(750);
		expect(v.whatIf.waistAvgRevenue).toBe(100);
		expect(v.whatIf.gain).toBeCloseTo(65, 9);
		expect(v.whatIf.totalRevenue).toBe(1715);
	});

	it('honours overrides and the R rfm scoring rule', async () => {
		const s = settings({
			scoreRule: 'r-rfm',
			overrides: {
				...settings().overrides,
				highValueMin: 90,
				recencyAlertDays: 100
			}
		});
		const o = (await runValue(db, s))!;
		expect(o.thresholds.computed.cuts.recency).toEqual([7, 12, 31, 113]);
		expect(o.thresholds.used.seed.highValueMin).toBe(90);
		expect(o.thresholds.computed.seed.highValueMin).toBe(500);
		const c = await customers();
		expect(c.E!.quadrant).toBe('high-value-high-freq');
		expect(
			Object.entries(c)
				.filter(([, r]) => r.churn_alert)
				.map(([k]) => k)
		).toEqual(['C', 'D']);
		expect(c.F!.rfm_score).toBe(511);
	});

	it('leaves complaints out of the golden number without service sessions', async () => {
		await createValueFixture(db, false);
		const o = (await runValue(db, settings()))!;
		expect(o.window.hasSessions).toBe(false);
		expect(o.golden!.complaintShare).toBeNull();
		await createValueFixture(db, true);
	});

	it('joins per-customer emotion features once the emotion analysis has run', async () => {
		await db.run(`CREATE OR REPLACE TABLE customer_emotion AS SELECT * FROM (VALUES
			('A', -0.5, 1, 0), ('C', 0.25, 0, 2)) AS t(customer_key, avg_sentiment, negative_sessions, unresolved_claims)`);
		await runValue(db, settings());
		const c = await customers();
		expect([c.A!.avg_sentiment, c.A!.negative_sessions]).toEqual([-0.5, 1]);
		expect([c.C!.avg_sentiment, c.C!.unresolved_claims]).toEqual([0.25, 2]);
		expect([c.B!.avg_sentiment, c.B!.unresolved_claims]).toEqual([null, 0]);
		await db.run('DROP TABLE customer_emotion');
	});

	it('limits RFM to the window when one is set', async () => {
		const o = (await runValue(db, settings({ windowMonths: 1 })))!;
		// Only June 2024 orders: A (10), B (5), E (1: 06-01), F (1).
		expect(o.customers).toBe(4);
		const c = await customers();
		expect(c.E!.frequency).toBe(1);
		expect(c.C).toBeUndefined();
	});
});

describe('R rfm rule against the quantile rule at a boundary', () => {
	it('differs only where the +1 on the cut points matters', async () => {
		const { scoreExpr } = await import('$lib/value/segments');
		const cuts = [20, 90, 100, 500];
		const q = scoreExpr('m', cuts, 'quantile', false);
		const r = scoreExpr('m', [21, 91, 101, 501], 'r-rfm', false);
		const rows = await queryRows<{ m: number; q: number; r: number }>(db, {
			text: `SELECT m, ${q.text} AS q, ${r.text} AS r FROM (VALUES (20.0), (20.5), (21.0), (500.0), (501.0)) AS t(m) ORDER BY m`,
			params: []
		});
		expect(rows.map((x) => [x.m, x.q, x.r])).toEqual([
			[20, 1, 1],
			[20.5, 2, 1],
			[21, 2, 2],
			[500, 4, 4],
			[501, 5, 5]
		]);
	});
});

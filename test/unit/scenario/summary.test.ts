// The scenario summary and its findings on the twelve-parcel table of ./waybills.ts, without
// sessions, with sessions (categories only) and with the text analysis; worked out by hand.
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenarioRules } from '$lib/scenario/rules';
import { profileScenarios, scenarioGrowthFinding } from '$lib/scenario/summary';
import { suiteDb } from '../../support/duckdb-node';
import { loadScenarioSessions, loadScenarioWaybills } from './waybills';

const db = suiteDb();

describe('scenario summary', () => {
	beforeEach(() => loadScenarioWaybills(db));

	it('summarises without sessions', async () => {
		await db.run('DROP TABLE IF EXISTS service_sessions');
		await db.run('DROP TABLE IF EXISTS session_emotion');
		const p = await profileScenarios(db, defaultScenarioRules(), { periodDays: 30, minParcels: 1 });
		expect(p.asOf).toBe('2024-04-09');
		expect(p.hasSessions).toBe(false);
		expect(
			p.rows.map((r) => [r.scenario, r.parcels, r.customers, r.primary_customers, r.revenue])
		).toEqual([
			['ecommerce_return', 3, 3, 2, 59],
			['fresh_gift', 2, 2, 1, 31],
			['contract_invoice', 1, 1, 0, 30],
			['high_value', 2, 2, 0, 51],
			['medicine', 1, 1, 0, 8],
			// s5 15 + s9 11 + s12 18.
			['bulky', 3, 2, 1, 44],
			// s11 has no customer: 3 parcels, 2 customers.
			['daily', 3, 2, 1, 24]
		]);
		const er = p.rows[0]!;
		expect(er.parcel_share).toBe(0.25);
		expect(er.revenue_share).toBeCloseTo(59 / 185, 12);
		expect(er.avg_fee).toBeCloseTo(59 / 3, 12);
		expect(er.primary_share).toBe(0.4);
		expect(er.complaint_parcels).toBeNull();
		expect(er.complaint_rate).toBeNull();
		// Recent = [03-10, 04-09): s3 … s12 (10 parcels); previous = [02-09, 03-10): s2.
		expect(p.totals).toMatchObject({
			parcels: 12,
			revenue: 185,
			customers: 5,
			complaint_rate: null,
			recent_parcels: 10,
			previous_parcels: 1
		});
		expect(p.rows.map((r) => [r.scenario, r.recent_parcels, r.previous_parcels])).toEqual([
			['ecommerce_return', 2, 0],
			['fresh_gift', 1, 1],
			['contract_invoice', 1, 0],
			['high_value', 2, 0],
			['medicine', 1, 0],
			['bulky', 3, 0],
			['daily', 3, 0]
		]);
		expect(p.rows[1]!.previous_share).toBe(1);
		expect(p.rows[1]!.recent_share).toBe(0.1);
		// ecommerce_return and bulky tie on 3 parcels: the earlier rule.
		expect(p.findings.top).toEqual({
			scenario: 'ecommerce_return',
			fallback: 'daily',
			parcelShare: 0.25,
			primaryShare: 0.4,
			revenueShare: 59 / 185
		});
		expect(p.findings.complaint).toBeNull();
		// With at least one parcel in each period, only fresh_gift qualifies, and it shrank.
		expect(p.findings.growth).toBeNull();
		// With no minimum, bulky and daily both rose 30 points; bulky is the earlier rule.
		expect(scenarioGrowthFinding(p.rows, 30, 0)).toEqual({
			scenario: 'bulky',
			recentShare: 0.3,
			previousShare: 0,
			delta: 0.3,
			periodDays: 30
		});
		expect(p.timings).toHaveProperty('tag');
	});

	it('adds complaint rates from the sessions (category only)', async () => {
		await loadScenarioSessions(db);
		const p = await profileScenarios(db, defaultScenarioRules(), { periodDays: 30, minParcels: 1 });
		// Complained waybills: s1 (延误) and s5 (破损); ss2 is a 咨询, ss4 has no waybill.
		expect(p.rows.map((r) => [r.scenario, r.complaint_parcels, r.complaint_rate])).toEqual([
			['ecommerce_return', 1, 1 / 3],
			['fresh_gift', 0, 0],
			['contract_invoice', 0, 0],
			['high_value', 0, 0],
			['medicine', 0, 0],
			['bulky', 1, 1 / 3],
			['daily', 0, 0]
		]);
		expect(p.totals!.complaint_rate).toBeCloseTo(2 / 12, 12);
		// ecommerce_return and bulky tie at 1/3 with 3 parcels each: the earlier rule, 2× of 1/6.
		expect(p.findings.complaint).toMatchObject({ scenario: 'ecommerce_return', parcels: 3 });
		expect(p.findings.complaint!.ratio).toBeCloseTo(2, 12);
	});

	it('adds complaints the text analysis found', async () => {
		await loadScenarioSessions(db, { emotion: true });
		const p = await profileScenarios(db, defaultScenarioRules(), { periodDays: 30, minParcels: 1 });
		// ss2 (咨询 on s4) was typed as damage: s4 is ecommerce_return and high_value.
		expect(p.rows.map((r) => [r.scenario, r.complaint_parcels])).toEqual([
			['ecommerce_return', 2],
			['fresh_gift', 0],
			['contract_invoice', 0],
			['high_value', 1],
			['medicine', 0],
			['bulky', 1],
			['daily', 0]
		]);
		expect(p.totals!.complaint_rate).toBe(0.25);
		expect(p.findings.complaint!.scenario).toBe('ecommerce_return');
		expect(p.findings.complaint!.ratio).toBeCloseTo(2 / 3 / 0.25, 12);
	});

	it('validates the period', async () => {
		await expect(profileScenarios(db, defaultScenarioRules(), { periodDays: 3 })).rejects.toThrow(
			/invalid period/
		);
	});
});

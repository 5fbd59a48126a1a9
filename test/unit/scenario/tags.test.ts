// Scenario tags on the twelve-parcel table of ./waybills.ts; every expectation is worked out by hand.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, sql, type Db } from '$lib/engine/sql';
import { defaultScenarioRules, type ScenarioRule } from '$lib/scenario/rules';
import { profileScenarios } from '$lib/scenario/summary';
import {
	buildCustomerScenarios,
	customerScenarioWideQuery,
	scenarioWaybillQuery
} from '$lib/scenario/tags';
import { suiteDb } from '../../support/duckdb-node';
import { loadScenarioWaybills } from './waybills';

const db = suiteDb();

async function tagsOf(db: Db, rules: ScenarioRule[]): Promise<Record<string, string[]>> {
	const rows = await queryRows<{ waybill_id: string; scenarios: string[] }>(
		db,
		scenarioWaybillQuery(rules)
	);
	return Object.fromEntries(rows.map((r) => [r.waybill_id, r.scenarios]));
}

const remarkRule = (id: string, keywords: string[]): ScenarioRule => ({
	id,
	enabled: true,
	conditions: [{ kind: 'remark', keywords }],
	needs: []
});

describe('scenario tags per waybill', () => {
	beforeAll(() => loadScenarioWaybills(db));

	it('tags with the default rules: several at once, the fallback for the rest', async () => {
		expect(await tagsOf(db, defaultScenarioRules())).toEqual({
			s1: ['ecommerce_return'],
			s2: ['fresh_gift'],
			s3: ['contract_invoice'],
			// is_return, remark 退换; declared 5000 and insured and 3C数码.
			s4: ['ecommerce_return', 'high_value'],
			s5: ['bulky'],
			s6: ['daily'],
			s7: ['medicine'],
			// Remark 退货 (return flag unknown); declared 1999.99 is under 2000.
			s8: ['ecommerce_return'],
			// 食品; declared exactly 2000; weight exactly 20.
			s9: ['fresh_gift', 'high_value', 'bulky'],
			s10: ['daily'],
			s11: ['daily'],
			s12: ['bulky']
		});
	});

	it('leaves unmatched waybills untagged without an enabled fallback', async () => {
		const rules = defaultScenarioRules().map((r) => (r.fallback ? { ...r, enabled: false } : r));
		const tags = await tagsOf(db, rules);
		expect([tags.s6, tags.s10, tags.s11]).toEqual([[], [], []]);
		const none = defaultScenarioRules().map((r) => ({ ...r, enabled: false }));
		expect(Object.values(await tagsOf(db, none)).every((t) => t.length === 0)).toBe(true);
	});

	it('matches keywords literally and case-insensitively', async () => {
		const rules = [
			remarkRule('percent', ['%']),
			remarkRule('underscore', ['_']),
			remarkRule('quote', ["'"]),
			remarkRule('regex', ['a.b*c']),
			remarkRule('dot_star', ['.*']),
			remarkRule('upper', ['promo', 'IPHONE']),
			remarkRule('like_all', ['%%'])
		];
		const tags = await tagsOf(db, rules);
		const matched = (id: string) =>
			Object.entries(tags)
				.filter(([, t]) => t.includes(id))
				.map(([w]) => w)
				.sort();
		// `%` and `_` are not LIKE wildcards; `'` is data; `.` and `*` are not regex.
		expect(matched('percent')).toEqual(['s6']);
		expect(matched('underscore')).toEqual(['s6']);
		expect(matched('quote')).toEqual(['s8']);
		expect(matched('regex')).toEqual(['s9']);
		expect(matched('dot_star')).toEqual([]);
		expect(matched('like_all')).toEqual([]);
		expect(matched('upper')).toEqual(['s4', 's6']);
	});

	it('keeps user text out of the SQL text', () => {
		const evil = "x'); DROP TABLE waybills; --";
		const q = scenarioWaybillQuery([
			{ ...remarkRule('evil', [evil]), label: evil },
			{
				id: 'values',
				enabled: true,
				conditions: [
					{ kind: 'declared_value_min', min: 123.5 },
					{ kind: 'item_category', values: ['生鲜'] }
				],
				needs: []
			}
		]);
		expect(q.text).not.toContain('DROP');
		expect(q.text).not.toContain('123.5');
		expect(q.text).not.toContain('evil');
		expect(q.params).toEqual(expect.arrayContaining([evil, 123.5, 'evil', 'values']));
		// Categories are the vocabulary's own constants.
		expect(q.text).toContain("item_category IN ('生鲜')");
	});

	it('throws on invalid rules instead of building SQL', () => {
		expect(() => scenarioWaybillQuery([remarkRule('Bad Id', ['x'])])).toThrow(/invalid-id/);
		expect(() =>
			scenarioWaybillQuery([
				{
					id: 'a',
					enabled: true,
					conditions: [{ kind: 'item_category', values: ['家电'] }],
					needs: []
				}
			])
		).toThrow(/unknown-category/);
	});
});

describe('customer scenarios', () => {
	beforeEach(async () => {
		await loadScenarioWaybills(db);
		await db.run('DROP TABLE IF EXISTS service_sessions');
		await db.run('DROP TABLE IF EXISTS session_emotion');
	});

	it('builds the long table with shares and one primary per customer', async () => {
		const build = await buildCustomerScenarios(db, defaultScenarioRules());
		// 12 waybills, 15 tags (s4 two, s9 three), all tagged; customers A–E (s11 has none).
		expect(build).toEqual({ waybills: 12, tags: 15, untagged: 0, customers: 5 });
		const rows = await queryRows<{
			customer_key: string;
			scenario: string;
			parcels: number;
			share: number;
			is_primary: boolean;
		}>(
			db,
			sql`SELECT customer_key, scenario, parcels, share, is_primary FROM customer_scenarios
				ORDER BY customer_key, rule_order`
		);
		expect(rows.map((r) => [r.customer_key, r.scenario, r.parcels, r.share, r.is_primary])).toEqual(
			[
				// A: one parcel in each of three scenarios: the tie goes to the first rule.
				['A', 'ecommerce_return', 1, 1 / 3, true],
				['A', 'fresh_gift', 1, 1 / 3, false],
				['A', 'contract_invoice', 1, 1 / 3, false],
				// B: four parcels; bulky (s5, s12) leads; s4 counts in two scenarios.
				['B', 'ecommerce_return', 1, 0.25, false],
				['B', 'high_value', 1, 0.25, false],
				['B', 'bulky', 2, 0.5, true],
				['B', 'daily', 1, 0.25, false],
				// C: 退货 remark (s8) and 药品 (s7) tie; ecommerce_return comes first.
				['C', 'ecommerce_return', 1, 0.5, true],
				['C', 'medicine', 1, 0.5, false],
				// D: s9 alone in three scenarios.
				['D', 'fresh_gift', 1, 1, true],
				['D', 'high_value', 1, 1, false],
				['D', 'bulky', 1, 1, false],
				['E', 'daily', 1, 1, true]
			]
		);
	});

	it('counts untagged waybills when there is no fallback', async () => {
		const rules = defaultScenarioRules().filter((r) => !r.fallback);
		expect(await buildCustomerScenarios(db, rules)).toMatchObject({ tags: 12, untagged: 3 });
	});

	it('works with a single rule, or the fallback alone', async () => {
		const only = defaultScenarioRules().filter((r) => r.id === 'bulky');
		expect(await buildCustomerScenarios(db, only)).toEqual({
			waybills: 12,
			tags: 3,
			untagged: 9,
			customers: 2
		});
		const fallback = defaultScenarioRules().filter((r) => r.fallback);
		expect(await buildCustomerScenarios(db, fallback)).toEqual({
			waybills: 12,
			tags: 12,
			untagged: 0,
			customers: 5
		});
		const primaries = await queryRows<{ n: number }>(
			db,
			sql`SELECT count(*) AS n FROM customer_scenarios WHERE is_primary AND scenario = 'daily'`
		);
		expect(primaries[0]!.n).toBe(5);
		const none = defaultScenarioRules().map((r) => ({ ...r, enabled: false }));
		expect(await buildCustomerScenarios(db, none)).toEqual({
			waybills: 12,
			tags: 0,
			untagged: 12,
			customers: 0
		});
		expect((await profileScenarios(db, none)).rows).toEqual([]);
	});

	it('spreads shares into one column per scenario', async () => {
		const rules = defaultScenarioRules();
		await buildCustomerScenarios(db, rules);
		const rows = await queryRows<Record<string, unknown>>(db, customerScenarioWideQuery(rules));
		expect(
			rows.map((r) => [r.customer_key, r.primary_scenario, r.bulky_share, r.daily_share])
		).toEqual([
			['A', 'ecommerce_return', 0, 0],
			['B', 'bulky', 0.5, 0.25],
			['C', 'ecommerce_return', 0, 0],
			['D', 'fresh_gift', 1, 0],
			['E', 'daily', 0, 1]
		]);
		expect(Object.keys(rows[0]!)).toHaveLength(2 + 7);
	});
});

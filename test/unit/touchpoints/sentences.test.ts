// Key sentences and definitions in both languages, from hand-made findings, and the one-call
// profile's choice of what can run on which tables.
import { describe, expect, it } from 'vitest';
import { en, zh } from '$lib/i18n/messages/areas/touchpoints';
import { defaultScenarioRules } from '$lib/scenario/rules';
import {
	needsSentence,
	problemMessage,
	ruleDescription,
	scenarioDefinitions,
	scenarioName,
	scenarioSentences
} from '$lib/scenario/sentences';
import { validateRules } from '$lib/scenario/rules';
import { profileTouchpoints } from '$lib/touchpoints';
import {
	claimDefinitions,
	claimSentence,
	damageDefinitions,
	damageSentence,
	routeDefinitions,
	routeSentence,
	staySentence
} from '$lib/touchpoints/sentences';
import { suiteDb } from '../../support/duckdb-node';
import { loadTouchFixture } from './fixture';
import { touchT } from './translate';

const zhT = touchT('zh-CN');
const enT = touchT('en');
const db = suiteDb();

describe('messages', () => {
	it('have the same placeholders in both languages', () => {
		const names = (s: string) =>
			[...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
		for (const key of Object.keys(zh) as (keyof typeof zh)[])
			expect([key, names(en[key])]).toEqual([key, names(zh[key])]);
		expect(Object.keys(zh).every((k) => k.startsWith('scenario.') || k.startsWith('touch.'))).toBe(
			true
		);
	});
});

describe('touchpoint sentences', () => {
	it('words the route finding', () => {
		const f = {
			key: '跨省',
			per1000: 4.25,
			avgPer1000: 2.1,
			ratio: 2.02,
			delayShare: 0.58,
			avgDelayShare: 0.4
		};
		expect(routeSentence(f, zhT, 'zh-CN')).toBe(
			'跨省运单每千件有 4.3 件延误投诉,是各线路平均(2.1)的 2 倍;延误占其投诉的 58%(全部线路为 40%)。'
		);
		expect(routeSentence(f, enT, 'en')).toBe(
			'Cross-province parcels draw 4.3 delay complaints per 1,000, 2× the average of all routes (2.1); delay is 58% of their complaints (40% over all routes).'
		);
		expect(routeSentence(null, zhT, 'zh-CN')).toBe('各线路的延误投诉率没有足够突出的差异。');
		expect(routeDefinitions({ complaints: 1200, linked: 1000 }, zhT, 'zh-CN')[1]).toBe(
			'1,200 条投诉会话中 1,000 条能按运单号关联到线路。'
		);
	});

	it('words the stay, damage and claim findings', () => {
		expect(
			staySentence(
				{
					hours: 12,
					longRate: 0.062,
					otherRate: 0.02,
					ratio: 3.1,
					longWaybills: 50,
					otherWaybills: 500
				},
				zhT,
				'zh-CN'
			)
		).toBe('中转停留超 12 小时的运单延误投诉率为 6.2%,是其他运单(2%)的 3.1 倍。');
		expect(
			damageSentence(
				{ key: '3C数码', rate: 0.012, avg: 0.005, ratio: 2.4, count: 12, total: 1000 },
				zhT,
				'zh-CN'
			)
		).toBe('3C数码的破损率为 1.2%,是平均(0.5%)的 2.4 倍。');
		expect(
			damageSentence(
				{ key: '3C数码', rate: 0.012, avg: 0.005, ratio: 2.4, count: 12, total: 1000 },
				enT,
				'en'
			)
		).toBe('Electronics parcels are damaged at 1.2%, 2.4× the average (0.5%).');
		const claim = { slowRate: 0.4, fastRate: 0.1, ratio: 4, slowCustomers: 30, fastCustomers: 40 };
		expect(claimSentence(claim, zhT, 'zh-CN')).toBe(
			'理赔响应超过 48 小时的客户流失率为 40%,是 24 小时内得到响应的客户(10%)的 4 倍。'
		);
		expect(claimSentence({ ...claim, fastRate: 0, ratio: null }, enT, 'en')).toBe(
			'Customers whose claim took over 48 hours to answer churned at 40%; none answered within 24 hours churned.'
		);
		expect(claimSentence(null, zhT, 'zh-CN')).toBe(
			'理赔响应时长与客户流失之间没有足够的数据得出结论。'
		);
	});

	it('states the definitions with their numbers', () => {
		const defs = claimDefinitions(
			{
				churnDays: 37.4,
				responseBy: 'resolved',
				coverage: { claims: 500, too_recent: 40, no_customer: 0 },
				asOf: '2024-07-01',
				minCustomers: 30
			},
			zhT,
			'zh-CN'
		);
		expect(defs[0]).toContain('理赔后 37.4 天内(含第 37.4 天)没有再寄件');
		expect(defs[1]).toBe(
			'500 条理赔中有 40 条发生在截止日(2024-07-01)前不足 37.4 天,尚无法判断是否流失,未计入。'
		);
		expect(defs[2]).toBe('只比较不少于 30 个的组。');
		expect(damageDefinitions(false, 30, enT, 'en')[1]).toBe(
			'Without service sessions, damage is taken from the parcel status only.'
		);
	});
});

describe('scenario sentences', () => {
	const rules = [
		...defaultScenarioRules(),
		{
			id: 'custom_1',
			label: '直播带货',
			enabled: true,
			conditions: [{ kind: 'remark' as const, keywords: ['直播', 'live'] }],
			needs: ['free_pickup']
		}
	];

	it('names built-in and custom scenarios and describes rules', () => {
		expect(scenarioName('fresh_gift', rules, zhT)).toBe('生鲜礼品');
		expect(scenarioName('fresh_gift', rules, enT)).toBe('Fresh food & gifts');
		expect(scenarioName('custom_1', rules, enT)).toBe('直播带货');
		expect(scenarioName('gone', rules, zhT)).toBe('gone');
		expect(ruleDescription(rules[1]!, zhT, 'zh-CN')).toBe(
			'物品类型为 生鲜、食品,或产品为 冷链,或备注含“礼品”“礼盒”“生鲜”“冷链”之一'
		);
		expect(ruleDescription(rules[3]!, zhT, 'zh-CN')).toBe(
			'保价金额 ≥ 2,000 元,或已保价,或物品类型为 3C数码'
		);
		expect(ruleDescription(rules[6]!, enT, 'en')).toBe('none of the scenarios above');
		expect(needsSentence(rules[1]!, rules, zhT)).toBe(
			'生鲜礼品客户需要:冷链、时效保障、专业包装。'
		);
	});

	it('words problems with rule numbers from 1', () => {
		const [p] = validateRules([
			{ id: 'a', enabled: true, conditions: [{ kind: 'weight_min', min: -2 }], needs: [] }
		]);
		expect(problemMessage(p!, zhT)).toBe('第 1 条规则的数值不能为负数(-2)。');
	});

	it('words the findings, or says nothing stands out', () => {
		const f = {
			top: {
				scenario: 'ecommerce_return',
				fallback: 'daily',
				parcelShare: 0.25,
				primaryShare: 0.4,
				revenueShare: 0.3
			},
			complaint: { scenario: 'custom_1', rate: 0.05, avg: 0.02, ratio: 2.5, parcels: 100 },
			growth: {
				scenario: 'fresh_gift',
				recentShare: 0.12,
				previousShare: 0.08,
				delta: 0.04,
				periodDays: 90
			}
		};
		expect(scenarioSentences(f, rules, zhT, 'zh-CN')).toEqual([
			'除日常寄件外,最常见的场景是电商退货,占运单的 25%,40% 的客户以它为主要场景。',
			'直播带货场景的运单投诉率为 5%,是全部运单(2%)的 2.5 倍。',
			'近 90 天,生鲜礼品占运单的 12%,比之前 90 天(8%)高 4 个百分点。'
		]);
		const noFallback = { ...f, top: { ...f.top, fallback: null }, complaint: null, growth: null };
		expect(scenarioSentences(noFallback, rules, enT, 'en')).toEqual([
			'The most common scenario is E-commerce returns: 25% of parcels, and the main scenario of 40% of customers.'
		]);
		expect(
			scenarioSentences({ top: null, complaint: null, growth: null }, rules, enT, 'en')
		).toEqual(['No scenario stands out from the others.']);
		expect(
			scenarioDefinitions(
				{ periodDays: 90, asOf: '2024-07-01', minParcels: 30, hasSessions: false },
				zhT
			)
		).toHaveLength(4);
	});
});

describe('the one-call profile', () => {
	it('runs only what the tables allow', async () => {
		await loadTouchFixture(db, { sessions: false, tracking: false });
		const bare = await profileTouchpoints(db, { churnDays: 30 });
		expect([bare.routes, bare.transit, bare.claims]).toEqual([null, null, null]);
		expect(bare.damage.rows.length).toBeGreaterThan(0);

		await loadTouchFixture(db, { emotion: true });
		const full = await profileTouchpoints(db, { churnDays: 30, minParcels: 1 });
		expect(full.tables).toEqual({
			sessions: true,
			emotion: true,
			tracking: true,
			features: false,
			claimAmount: false
		});
		expect(full.routes?.coverage).toEqual({ complaints: 11, linked: 8 });
		expect(full.transit?.finding?.ratio).toBe(2);
		expect(full.claims?.rows.map((r) => r.customers)).toEqual([0, 0, 0, 0]);
		expect(Object.keys(full.timings).sort()).toEqual(['claims', 'damage', 'routes', 'transit']);

		const noThreshold = await profileTouchpoints(db, { churnDays: null });
		expect(noThreshold.claims).toBeNull();
	});
});

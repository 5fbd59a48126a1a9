// Each insight rule on a fixture built to trigger it (the expected text holds hand-computed
// numbers) and on one that must leave it silent.
import { describe, expect, it } from 'vitest';
import type { EmotionSummary } from '$lib/emotion/summary';
import type { ProfileOverview } from '$lib/profile/overview';
import type { Profile2 } from '$lib/profile2';
import type { ValueResult } from '$lib/value/value';
import {
	draftInsights,
	RULE_THRESHOLDS,
	ruleOf,
	ruleThresholdRows,
	type ClusterFigures,
	type InsightInput,
	type SegmentFigures,
	type TouchpointFinding
} from '$lib/report/insights';
import { draftPlaybook } from '$lib/report/playbook';
import { clusterNames } from '$lib/value/describe';
import { enT, zhT } from './t';

const zh = (input: InsightInput) => draftInsights(input, zhT, 'zh-CN');
const en = (input: InsightInput) => draftInsights(input, enT, 'en');
const ids = (input: InsightInput) => zh(input).map((i) => i.ruleId);

const seg = (segment: string, over: Partial<SegmentFigures> = {}): SegmentFigures => ({
	segment,
	customers: 100,
	customer_share: 0.1,
	revenue_share: 0.1,
	complaints: 0,
	complaint_share: 0,
	churn_alerts: 0,
	...over
});

describe('valuable but unhappy segment', () => {
	const value = (rows: SegmentFigures[], clusters: ClusterFigures[] = []): InsightInput => ({
		value: { schemes: { seed: rows }, clusters: { clusters } }
	});

	it('picks the qualifying segment with the most revenue and fills the shares', () => {
		const input = value([
			seg('high-value-high-freq', {
				customers: 200,
				customer_share: 0.1,
				revenue_share: 0.45,
				complaints: 60,
				complaint_share: 0.4
			}),
			// Also qualifies (0.3 ≥ 0.2 × 0.8) but earns less.
			seg('low-value-low-freq', { revenue_share: 0.2, complaints: 50, complaint_share: 0.3 })
		]);
		const [i] = zh(input);
		expect(i!.ruleId).toBe('unhappy:seed:high-value-high-freq');
		expect(i!.origin).toBe('rule');
		expect(i!.id).toBe('rule:unhappy:seed:high-value-high-freq');
		expect(i!.source).toEqual({ page: 'value', anchor: 'segments' });
		expect(i!.problem).toBe('“高价值高频”占客户的 10%、贡献 45% 的收入,投诉却占 40%。');
		// 0.40 / 0.45 = 0.89 → 0.9
		expect(i!.cause).toContain('投诉占比是收入占比的 0.9 倍(共 60 起投诉)');
		expect(i!.action).toContain('逐单复盘这 60 起投诉');
		expect(en(input)[0]!.problem).toBe(
			'“High value, high frequency” are 10% of customers and bring 45% of revenue, yet raise 40% of complaints.'
		);
	});

	it('stays silent when complaints trail revenue, revenue is small, or there are too few', () => {
		expect(
			ids(
				value([
					// 0.35 < 0.45 × 0.8 = 0.36
					seg('high-value-high-freq', {
						revenue_share: 0.45,
						complaints: 60,
						complaint_share: 0.35
					}),
					// Revenue share 19% < 20%.
					seg('high-value-low-freq', { revenue_share: 0.19, complaints: 80, complaint_share: 0.5 }),
					// Nine complaints only.
					seg('low-value-high-freq', { revenue_share: 0.3, complaints: 9, complaint_share: 0.3 }),
					// No service sessions: complaint share unknown.
					seg('low-value-low-freq', { revenue_share: 0.3, complaints: 0, complaint_share: null })
				])
			)
		).toEqual([]);
	});

	it('considers clusters and names them as the value page does', () => {
		const clusters: ClusterFigures[] = [
			{
				cluster: 0,
				customers: 80,
				customer_share: 0.08,
				revenue_share: 0.5,
				complaints: 30,
				complaint_share: 0.45,
				tags: [{ feature: 'frequency', direction: 'high', z: 1.2 }],
				noun: 'businesses'
			}
		];
		const [i] = zh(value([], clusters));
		expect(i!.ruleId).toBe('unhappy:cluster:0');
		expect(i!.source).toEqual({ page: 'value', anchor: 'clusters' });
		expect(i!.problem).toContain(`“${clusterNames(zhT, clusters)[0]}”占客户的 8%`);
	});
});

describe('high-value churn alerts', () => {
	const input = (alerts: [number, number], days: number | null): InsightInput => ({
		value: {
			schemes: {
				seed: [
					seg('high-value-high-freq', { customers: 200, churn_alerts: alerts[0] }),
					seg('high-value-low-freq', { customers: 300, churn_alerts: alerts[1] }),
					// Low-value alerts are not this rule's business.
					seg('low-value-low-freq', { customers: 5000, churn_alerts: 900 })
				]
			},
			thresholds: { used: { seed: { recencyAlertDays: days } } }
		}
	});

	it('counts alerts of both high-value quadrants against their customers', () => {
		const [i] = zh(input([4, 6], 45.5));
		expect(i!.ruleId).toBe('churn:high-value');
		// 10 of 500 high-value customers = 2%.
		expect(i!.problem).toBe(
			'10 位高价值客户(占高价值客户的 2%)已超过 45.5 天没有寄件,越过了流失预警线。'
		);
		expect(i!.action).toContain('把这 10 位客户的名单');
	});

	it('stays silent with fewer than three alerts or without an alert line', () => {
		expect(ids(input([1, 1], 45.5))).toEqual([]);
		expect(ids(input([40, 60], null))).toEqual([]);
	});
});

describe('cluster with falling volume', () => {
	it('names the cluster that lost most share points among those that fell by a fifth', () => {
		const input: InsightInput = {
			clusterTrend: {
				months: 3,
				clusters: [
					// −6% relative: not enough.
					{ cluster: 0, name: '高频·月结·企业', recentShare: 0.3, previousShare: 0.32 },
					// −40% relative, −4 points.
					{ cluster: 2, name: '夜间·电商卖家', recentShare: 0.06, previousShare: 0.1 },
					// −75% but it was under 5% of parcels.
					{ cluster: 3, name: '低频·个人', recentShare: 0.01, previousShare: 0.04 }
				]
			}
		};
		const [i] = zh(input);
		expect(i!.ruleId).toBe('clusterFalling:2');
		expect(i!.problem).toBe(
			'聚类“夜间·电商卖家”最近 3 个月的运单占比从 10% 降到 6%,相对下降 40%。'
		);
		expect(en(input)[0]!.problem).toBe(
			'Cluster “夜间·电商卖家” fell from 10% to 6% of parcels over the last 3 months, a relative drop of 40%.'
		);
	});

	it('stays silent when no cluster fell enough', () => {
		expect(
			ids({
				clusterTrend: {
					months: 3,
					clusters: [
						{ cluster: 0, name: 'a', recentShare: 0.5, previousShare: 0.55 },
						{ cluster: 1, name: 'b', recentShare: 0.2, previousShare: 0.15 }
					]
				}
			})
		).toEqual([]);
	});
});

describe('Sankey drop-off', () => {
	const dropOff = {
		stage: 'channel' as const,
		node: '电话',
		parcels: 500,
		bad: 75,
		badShare: 0.15,
		avgBadShare: 0.05,
		ratio: 3,
		excess: 50,
		topOutcome: '延误',
		topOutcomeParcels: 40
	};

	it('words the channel with most excess bad outcomes', () => {
		const [i] = zh({ profile: { sankey: { dropOff } } });
		expect(i!.ruleId).toBe('dropOff:channel:电话');
		expect(i!.source).toEqual({ page: 'profile', anchor: 'sankey' });
		expect(i!.problem).toBe(
			'经下单渠道“电话”的运单有 15% 以异常结束(主要是延误),全部运单为 5%,是平均的 3 倍。'
		);
		expect(i!.cause).toContain('多出约 50 件异常运单');
		expect(i!.action).toContain('异常率降到 5% 以内');
		expect(en({ profile: { sankey: { dropOff } } })[0]!.problem).toBe(
			'15% of parcels through ordering channel “Phone” end badly (mostly Delayed), against 5% of all parcels — 3× the average.'
		);
	});

	it('stays silent for a small ratio, a small excess or no drop-off', () => {
		expect(ids({ profile: { sankey: { dropOff: { ...dropOff, ratio: 1.1 } } } })).toEqual([]);
		expect(ids({ profile: { sankey: { dropOff: { ...dropOff, excess: 3 } } } })).toEqual([]);
		expect(ids({ profile: { sankey: { dropOff: null } } })).toEqual([]);
	});
});

describe('night shipping', () => {
	const night = (rate: number, avg: number) => ({
		hours: { start: 20, end: 6 },
		nightShare: avg,
		finding: { key: '广东省', rate, avg, ratio: rate / avg, count: 250, total: 1000 }
	});

	it('names the province with a night share well above the national one', () => {
		const [i] = zh({ profile: { night: night(0.25, 0.12) } });
		expect(i!.ruleId).toBe('night:广东省');
		// 0.25 / 0.12 = 2.08 → 2.1
		expect(i!.problem).toBe('广东有 25% 的运单在夜间(20:00–06:00)下单,是全国 12% 的 2.1 倍。');
		expect(i!.action).toContain('24 小时无人网点');
		expect(en({ profile: { night: night(0.25, 0.12) } })[0]!.problem).toBe(
			'Guangdong orders 25% of its parcels at night (20:00–06:00), 2.1× the national 12%.'
		);
	});

	it('needs both the ratio and the gap', () => {
		// Ratio 1.25 < 1.3.
		expect(ids({ profile: { night: night(0.15, 0.12) } })).toEqual([]);
		// Ratio 1.5 but only 3 points above.
		expect(ids({ profile: { night: night(0.09, 0.06) } })).toEqual([]);
		expect(ids({ profile: { night: { ...night(0.3, 0.1), finding: null } } })).toEqual([]);
	});
});

describe('city tier returns', () => {
	const tier = (ratio: number) => ({
		attributes: {
			findings: {
				tierReturn: { key: '一线', rate: 0.1 * ratio, avg: 0.1, ratio, count: 180, total: 1000 }
			}
		}
	});

	it('offers reverse logistics where returns concentrate', () => {
		const [i] = zh({ profile: tier(1.8) });
		expect(i!.ruleId).toBe('tierReturn:一线');
		expect(i!.problem).toBe('一线城市的运单中退货件占 18%,是各线城市平均 10% 的 1.8 倍。');
		expect(i!.action).toContain('逆向物流');
	});

	it('stays silent below 1.3×', () => {
		expect(ids({ profile: tier(1.2) })).toEqual([]);
	});
});

describe('heavy parcels', () => {
	const story = (parcels: number, revenue: number) => ({
		lightUpper: 1,
		lightWaybillShare: 0.5,
		lightRevenueShare: 0.3,
		heavyLower: 3,
		heavyWaybillShare: parcels,
		heavyRevenueShare: revenue
	});

	it('flags heavy parcels that earn far more than their volume', () => {
		const [i] = zh({ weightStory: story(0.1, 0.3) });
		expect(i!.ruleId).toBe('weight:premium');
		expect(i!.problem).toBe(
			'3 kg 及以上的大件只占运单的 10%,却贡献了 30% 的收入,收入占比是运单占比的 3 倍。'
		);
	});

	it('flags heavy parcels that earn less than their volume', () => {
		const [i] = zh({ weightStory: story(0.2, 0.15) });
		expect(i!.ruleId).toBe('weight:underpriced');
		expect(i!.problem).toBe('3 kg 及以上的大件占运单的 20%,收入却只占 15%。');
	});

	it('stays silent in between or when heavy parcels are rare', () => {
		expect(ids({ weightStory: story(0.2, 0.24) })).toEqual([]);
		expect(ids({ weightStory: story(0.01, 0.1) })).toEqual([]);
		expect(ids({ weightStory: null })).toEqual([]);
	});
});

describe('emotion', () => {
	const types = (delay: number, damage: number) => [
		{ type: 'delay' as const, sessions: delay, fromText: delay, fromCategory: 0 },
		{ type: 'damage' as const, sessions: damage, fromText: 0, fromCategory: damage },
		{ type: 'loss' as const, sessions: 0, fromText: 0, fromCategory: 0 }
	];

	it('drafts the most common complaint type with its own cause and action', () => {
		const input: InsightInput = {
			emotion: { sessions: 400, types: types(120, 60), hiddenComplaints: 0 }
		};
		const [i] = zh(input);
		expect(i!.ruleId).toBe('complaintType:delay');
		expect(i!.problem).toBe(
			'客服会话中与“延误”相关的有 120 次,占全部 400 次会话的 30%,是最多的投诉类型。'
		);
		expect(i!.cause).toBe(zhT('report.rule.complaintType.cause.delay' as never));
		expect(i!.action).toBe(zhT('report.rule.complaintType.action.delay' as never));
		const damage = zh({ emotion: { sessions: 400, types: types(10, 60), hiddenComplaints: 0 } });
		expect(damage[0]!.ruleId).toBe('complaintType:damage');
	});

	it('drafts hidden complaints when they are a visible share', () => {
		const [i] = zh({ emotion: { sessions: 400, types: types(0, 0), hiddenComplaints: 24 } });
		expect(i!.ruleId).toBe('hidden');
		expect(i!.problem).toBe(
			'24 次标为“咨询”“表扬”或未分类的会话里,客户其实在抱怨,占全部会话的 6%。'
		);
	});

	it('stays silent on few complaints', () => {
		expect(ids({ emotion: { sessions: 400, types: types(9, 8), hiddenComplaints: 4 } })).toEqual(
			[]
		);
		// Six hidden of 1,000 = 0.6% < 2%.
		expect(ids({ emotion: { sessions: 1000, types: types(0, 0), hiddenComplaints: 6 } })).toEqual(
			[]
		);
		expect(ids({ emotion: { sessions: 0, types: [], hiddenComplaints: 0 } })).toEqual([]);
	});
});

describe('touchpoint extension point', () => {
	const onTime: TouchpointFinding = {
		kind: 'on-time',
		dimension: 'route',
		key: 'SH-BJ',
		label: '上海→北京',
		rate: 0.82,
		avg: 0.93,
		parcels: 1200
	};
	const damage: TouchpointFinding = {
		kind: 'damage-category',
		category: '3C数码',
		rate: 0.03,
		avg: 0.01,
		parcels: 800
	};
	const claims: TouchpointFinding = {
		kind: 'claim-churn',
		days: 7,
		slowChurn: 0.3,
		fastChurn: 0.1,
		customers: 150
	};

	it('words the known kinds with their numbers', () => {
		const out = zh({ touchpoints: [onTime, damage, claims] });
		expect(out.map((i) => i.ruleId)).toEqual([
			'onTime:route:SH-BJ',
			'damageCategory:3C数码',
			'claimChurn'
		]);
		expect(out[0]!.problem).toBe('线路“上海→北京”的准时率只有 82%,全部运单为 93%(共 1,200 件)。');
		expect(out[1]!.problem).toBe('“3C数码”的破损率为 3%,是全部运单 1% 的 3 倍(共 800 件)。');
		expect(out[2]!.problem).toBe(
			'理赔处理超过 7 天的客户,之后流失了 30%;处理更快的客户只流失 10%(共 150 位理赔客户)。'
		);
		expect(out.every((i) => i.source?.anchor === 'touchpoints')).toBe(true);
	});

	it('judges the known kinds and passes custom findings through', () => {
		expect(
			ids({
				touchpoints: [
					{ ...onTime, rate: 0.9 },
					{ ...onTime, parcels: 20 },
					{ ...damage, rate: 0.014 },
					{ ...claims, customers: 5 },
					{ ...claims, slowChurn: 0.12 }
				]
			})
		).toEqual([]);
		const [custom] = zh({
			touchpoints: [
				{ kind: 'custom', id: 'transit-stay', problem: 'p', cause: 'c', action: 'a' },
				{ kind: 'custom', id: 'transit-stay', problem: 'again', cause: 'c', action: 'a' }
			]
		});
		expect(custom).toEqual({
			id: 'rule:touch:transit-stay',
			problem: 'p',
			cause: 'c',
			action: 'a',
			origin: 'rule',
			ruleId: 'touch:transit-stay',
			source: { page: 'emotion', anchor: 'touchpoints' }
		});
	});
});

describe('draftInsights', () => {
	it('drafts nothing from nothing', () => {
		expect(zh({})).toEqual([]);
		expect(zh({ profile: {}, value: null, emotion: null, touchpoints: [] })).toEqual([]);
	});

	it('orders value first, then losses, then shipping patterns', () => {
		const input: InsightInput = {
			profile: {
				sankey: {
					dropOff: {
						stage: 'payment',
						node: '到付',
						parcels: 300,
						bad: 60,
						badShare: 0.2,
						avgBadShare: 0.05,
						ratio: 4,
						excess: 45,
						topOutcome: '退回',
						topOutcomeParcels: 30
					}
				},
				night: {
					hours: { start: 20, end: 6 },
					nightShare: 0.1,
					finding: { key: '浙江省', rate: 0.2, avg: 0.1, ratio: 2, count: 20, total: 100 }
				}
			},
			weightStory: {
				lightUpper: 1,
				lightWaybillShare: 0.5,
				lightRevenueShare: 0.3,
				heavyLower: 3,
				heavyWaybillShare: 0.1,
				heavyRevenueShare: 0.3
			},
			value: {
				schemes: {
					seed: [
						seg('high-value-high-freq', {
							revenue_share: 0.5,
							complaints: 40,
							complaint_share: 0.5,
							churn_alerts: 5
						})
					]
				},
				thresholds: { used: { seed: { recencyAlertDays: 30 } } }
			},
			emotion: {
				sessions: 100,
				types: [{ type: 'claim', sessions: 30, fromText: 10, fromCategory: 20 }],
				hiddenComplaints: 10
			}
		};
		expect(ids(input).map((id) => ruleOf(id!))).toEqual([
			'unhappy',
			'churn',
			'dropOff',
			'complaintType',
			'hidden',
			'night',
			'weight'
		]);
		// Same input, same drafts: nothing depends on the clock or on randomness.
		expect(zh(input)).toEqual(zh(input));
	});

	it('applies overridden thresholds', () => {
		const night = {
			hours: { start: 20, end: 6 },
			nightShare: 0.1,
			finding: { key: '浙江省', rate: 0.2, avg: 0.1, ratio: 2, count: 20, total: 100 }
		};
		const strict = { ...RULE_THRESHOLDS, night: { minRatio: 2.5, minGap: 0.05 } };
		expect(draftInsights({ profile: { night } }, zhT, 'zh-CN', strict)).toEqual([]);
	});
});

describe('ruleThresholdRows', () => {
	it('states every rule threshold in both languages', () => {
		const rows = ruleThresholdRows(zhT, 'zh-CN');
		expect(rows).toHaveLength(Object.keys(RULE_THRESHOLDS).length);
		expect(rows[0]).toEqual({
			label: '价值高但不满意的客群',
			value: '收入占比 ≥ 20%,且投诉占比 ≥ 收入占比 × 0.8,投诉 ≥ 10 起'
		});
		expect(rows.find((r) => r.label === '夜间寄件集中的省份')!.value).toBe(
			'夜间占比 ≥ 全国的 1.3 倍,且高出 ≥ 5 个百分点'
		);
		for (const r of [...rows, ...ruleThresholdRows(enT, 'en')])
			expect(r.value).not.toMatch(/\{\w+\}|report\./);
	});
});

describe('draftPlaybook', () => {
	it('gives each seed quadrant its action and each cluster the action of its telling tag', () => {
		const clusters: ClusterFigures[] = [
			{
				cluster: 0,
				customers: 50,
				customer_share: 0.05,
				revenue_share: 0.3,
				complaints: 5,
				complaint_share: 0.1,
				// Strongest tag first; complaints are urgent and win anyway.
				tags: [
					{ feature: 'night_share', direction: 'high', z: 2 },
					{ feature: 'complaint_rate', direction: 'high', z: 0.8 }
				],
				noun: 'individuals'
			},
			{
				cluster: 1,
				customers: 70,
				customer_share: 0.07,
				revenue_share: 0.2,
				complaints: 0,
				complaint_share: 0,
				tags: [
					{ feature: 'avg_fee', direction: 'low', z: -1.5 },
					{ feature: 'night_share', direction: 'high', z: 1 }
				],
				noun: 'customers'
			},
			{
				cluster: 2,
				customers: 10,
				customer_share: 0.01,
				revenue_share: 0.01,
				complaints: 0,
				complaint_share: 0,
				tags: [{ feature: 'avg_fee', direction: 'low', z: -1 }],
				noun: 'customers'
			}
		];
		const rows = draftPlaybook(
			{
				value: {
					schemes: {
						seed: [
							seg('low-value-low-freq', { customers: 1200, revenue_share: 0.15 }),
							seg('high-value-high-freq', { customers: 200, revenue_share: 0.45 })
						]
					},
					clusters: { clusters }
				}
			},
			zhT,
			'zh-CN'
		);
		const names = clusterNames(zhT, clusters);
		expect(rows.map((r) => [r.segment, r.size])).toEqual([
			['高价值高频', '200 位客户 · 收入占 45%'],
			['低价值低频', '1,200 位客户 · 收入占 15%'],
			[names[0], '50 位客户 · 收入占 30%'],
			[names[1], '70 位客户 · 收入占 20%'],
			[names[2], '10 位客户 · 收入占 1%']
		]);
		expect(rows[0]!.action).toMatch(/^专属客服/);
		expect(rows[1]!.action).toMatch(/^AI 外呼唤醒/);
		expect(rows[2]!.action).toBe(zhT('report.playbook.cluster.complaint_rate.high' as never));
		expect(rows[3]!.action).toBe(zhT('report.playbook.cluster.night_share.high' as never));
		expect(rows[4]!.action).toBe(zhT('report.playbook.cluster.fallback' as never));
	});

	it('is empty without a value analysis', () => {
		expect(draftPlaybook({}, zhT, 'zh-CN')).toEqual([]);
	});
});

// Compile-time only (svelte-check): the pages' own results fit InsightInput as they are.
export function _fits(
	profile: Profile2,
	value: ValueResult,
	emotion: EmotionSummary,
	overview: ProfileOverview
): InsightInput {
	return { profile, value, emotion, weightStory: overview.weightStory };
}

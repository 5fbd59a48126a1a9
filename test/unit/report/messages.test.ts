// The report's message area: both languages complete and consistent, and every key the rules
// build at run time present, so no draft ever shows a raw key or an unfilled {placeholder}.
import { describe, expect, it } from 'vitest';
import { COMPLAINT_TYPES } from '$lib/emotion/complaints';
import { en, zh } from '$lib/i18n/messages/areas/report';
import { draftInsights, type InsightInput } from '$lib/report/insights';
import { draftPlaybook } from '$lib/report/playbook';
import { QUADRANTS } from '$lib/value/schemes';
import { CLUSTER_FEATURES } from '$lib/value/settings';
import { enT, zhT } from './t';

const placeholders = (s: string) =>
	[...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('report messages', () => {
	it('have the same keys, all prefixed report.', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
		for (const key of Object.keys(zh)) expect(key).toMatch(/^report\./);
	});

	it('use the same placeholders in both languages and are never empty', () => {
		for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
			expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
			expect(zh[key].trim(), key).not.toBe('');
			expect(en[key].trim(), key).not.toBe('');
		}
	});

	it('hold every key the rules and the playbook build at run time', () => {
		const keys = new Set(Object.keys(zh));
		for (const type of COMPLAINT_TYPES) {
			expect(keys.has(`report.rule.complaintType.cause.${type}`), type).toBe(true);
			expect(keys.has(`report.rule.complaintType.action.${type}`), type).toBe(true);
		}
		for (const q of QUADRANTS) expect(keys.has(`report.playbook.seed.${q}`), q).toBe(true);
		// Cluster actions exist only for real features in a taggable direction.
		for (const key of keys) {
			const m = /^report\.playbook\.cluster\.(\w+)\.(high|low)$/.exec(key);
			if (m) expect(CLUSTER_FEATURES as readonly string[]).toContain(m[1]);
		}
	});
});

describe('drafts in both languages', () => {
	const everything: InsightInput = {
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
				hours: { start: 21, end: 5 },
				nightShare: 0.1,
				finding: { key: '浙江省', rate: 0.2, avg: 0.1, ratio: 2, count: 20, total: 100 }
			},
			attributes: {
				findings: {
					tierReturn: { key: '新一线', rate: 0.2, avg: 0.1, ratio: 2, count: 20, total: 100 }
				}
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
				cn8: [
					{
						segment: 'important-value',
						customers: 100,
						customer_share: 0.1,
						revenue_share: 0.5,
						complaints: 40,
						complaint_share: 0.5,
						churn_alerts: 0
					}
				],
				seed: [
					{
						segment: 'high-value-low-freq',
						customers: 100,
						customer_share: 0.1,
						revenue_share: 0.3,
						complaints: 0,
						complaint_share: 0,
						churn_alerts: 5
					}
				]
			},
			thresholds: { used: { seed: { recencyAlertDays: 30 } } }
		},
		clusterTrend: {
			months: 3,
			clusters: [{ cluster: 1, name: 'X', recentShare: 0.05, previousShare: 0.1 }]
		},
		emotion: {
			sessions: 100,
			types: [{ type: 'fee', sessions: 30, fromText: 10, fromCategory: 20 }],
			hiddenComplaints: 10
		},
		touchpoints: [
			{
				kind: 'on-time',
				dimension: 'weekday',
				key: '1',
				label: '周一',
				rate: 0.8,
				avg: 0.9,
				parcels: 500
			},
			{ kind: 'damage-category', category: '生鲜', rate: 0.05, avg: 0.01, parcels: 300 },
			{ kind: 'claim-churn', days: 5, slowChurn: 0.4, fastChurn: 0.1, customers: 50 }
		]
	};

	it('fire every rule and leave no key or placeholder behind', () => {
		for (const [t, locale] of [
			[zhT, 'zh-CN'],
			[enT, 'en']
		] as const) {
			const drafts = draftInsights(everything, t, locale);
			// Every rule once (weight drafts one of its two variants).
			expect(drafts).toHaveLength(12);
			for (const d of drafts)
				for (const text of [d.problem, d.cause, d.action]) {
					expect(text, d.ruleId).not.toMatch(/\{\w+\}|report\.|chart2\.|emotion\.|value\./);
					expect(text.trim(), d.ruleId).not.toBe('');
				}
			for (const row of draftPlaybook(everything, t, locale))
				expect(Object.values(row).join(' ')).not.toMatch(/\{\w+\}|report\./);
		}
	});

	it('word the cn8 segment and translated vocabulary in English', () => {
		const drafts = draftInsights(everything, enT, 'en');
		expect(drafts[0]!.ruleId).toBe('unhappy:cn8:important-value');
		expect(drafts.find((d) => d.ruleId === 'night:浙江省')!.problem).toBe(
			'Zhejiang orders 20% of its parcels at night (21:00–05:00), 2× the national 10%.'
		);
		expect(drafts.find((d) => d.ruleId === 'dropOff:payment:到付')!.problem).toContain(
			'through payment method “'
		);
	});
});

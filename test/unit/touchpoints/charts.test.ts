// @vitest-environment jsdom
// The touchpoint and scenario chart builders rendered under jsdom: keyed bars, labels in both
// languages, reference lines and tooltips.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { keysIn } from '$lib/charts/interaction';
import { scenarioComplaintBars, scenarioMixBars } from '$lib/charts/scenarios';
import { claimChurnBars, damageRatioBars, delayRouteBars, stayBars } from '$lib/charts/touchpoints';
import type { Locale } from '$lib/i18n';
import { defaultScenarioRules } from '$lib/scenario/rules';
import type { ScenarioSummaryRow } from '$lib/scenario/summary';
import type { ClaimChurnRow } from '$lib/touchpoints/claims';
import { damageRows } from '$lib/touchpoints/damage';
import type { DelayRouteRow } from '$lib/touchpoints/routes';
import type { StayRow } from '$lib/touchpoints/transit';
import { touchT } from './translate';

const LOCALES: Locale[] = ['zh-CN', 'en'];

const route = (
	key: string,
	parcels: number,
	complaints: number,
	delays: number,
	waybills: number
): DelayRouteRow => ({
	key,
	parcels,
	complaints,
	delay_complaints: delays,
	delay_share: complaints ? delays / complaints : null,
	delay_waybills: waybills,
	delay_per_1000: (1000 * waybills) / parcels
});

const routes = [
	route('同城', 2000, 40, 10, 9),
	route('省内', 3000, 60, 24, 20),
	route('跨省', 5000, 150, 90, 80),
	route('未知', 100, 0, 0, 0)
];

const stay = (bucket: StayRow['bucket'], waybills: number, delayed: number | null): StayRow => ({
	bucket,
	waybills,
	delay_waybills: delayed,
	delay_rate: delayed === null ? null : delayed / waybills,
	avg_stay_hours: 5
});

const rules = defaultScenarioRules();
const summary = (
	scenario: string,
	order: number,
	parcels: number,
	rate: number | null
): ScenarioSummaryRow => ({
	scenario,
	rule_order: order,
	parcels,
	parcel_share: parcels / 1000,
	customers: parcels / 4,
	primary_customers: parcels / 8,
	primary_share: parcels / 2000,
	revenue: parcels * 12,
	revenue_share: (parcels * 12) / 12000,
	avg_fee: 12,
	complaint_parcels: rate === null ? null : parcels * rate,
	complaint_rate: rate,
	recent_parcels: 0,
	previous_parcels: 0,
	recent_share: null,
	previous_share: null
});

const rules4 = [
	summary('ecommerce_return', 0, 200, 0.03),
	summary('fresh_gift', 1, 100, 0.05),
	summary('bulky', 5, 0, null),
	summary('daily', 6, 700, 0.01)
];

describe('touchpoint charts', () => {
	for (const locale of LOCALES) {
		const t = touchT(locale);
		it(`delay by route, both measures (${locale})`, () => {
			const el = Plot.plot(
				delayRouteBars(routes, { t, locale, width: 640, document, selected: '跨省' })
			);
			expect(keysIn(el)).toEqual(['同城', '省内', '跨省', '未知']);
			expect(el.textContent).toContain(locale === 'en' ? 'Cross-province' : '跨省');
			expect(el.textContent).toContain(t('touch.route.per1000'));
			// The known routes' rate (109 of 10,000 → 10.9 per 1,000) is a dashed line.
			expect(el.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(2);
			const share = Plot.plot(
				delayRouteBars(routes, { t, locale, width: 640, document, metric: 'share' })
			);
			// 未知 has no complaints, so no share.
			expect(keysIn(share)).toEqual(['同城', '省内', '跨省']);
			expect(share.textContent).toContain('60%');
		});

		it(`stay buckets (${locale})`, () => {
			const rows = [
				stay('le6', 600, 6),
				stay('6to12', 300, 6),
				stay('12to24', 80, 5),
				stay('gt24', 20, 3)
			];
			const el = Plot.plot(stayBars(rows, { t, locale, width: 640, document }));
			expect(keysIn(el)).toEqual(['le6', '6to12', '12to24', 'gt24']);
			expect(el.textContent).toContain(locale === 'en' ? '>24 h' : '>24 小时');
			expect(el.textContent).toContain('15%');
			// Without sessions: the distribution of parcels.
			const counts = Plot.plot(
				stayBars(
					rows.map((r) => ({ ...r, delay_waybills: null, delay_rate: null })),
					{ t, locale, width: 640, document }
				)
			);
			expect(counts.textContent).toContain(t('touch.stay.waybills'));
			expect(counts.textContent).toContain('600');
		});

		it(`damage ratio with the 1× line (${locale})`, () => {
			const { rows } = damageRows(
				[
					{ key: '3C数码', parcels: 1000, status_damaged: 10, complaint_damaged: 5, damaged: 12 },
					{ key: '服装', parcels: 3000, status_damaged: 8, complaint_damaged: 2, damaged: 8 },
					{ key: '药品', parcels: 10, status_damaged: 0, complaint_damaged: 0, damaged: 0 }
				],
				30
			);
			const el = Plot.plot(damageRatioBars(rows, { t, locale, width: 640, document }));
			expect(keysIn(el)).toEqual(['3C数码', '服装', '药品']);
			// 12/1000 against 20/4010.
			expect(el.textContent).toContain('2.4×');
			expect(el.textContent).toContain(locale === 'en' ? 'Electronics' : '3C数码');
			const rules = [...el.querySelectorAll('g[aria-label="rule"] line')];
			expect(rules.length).toBeGreaterThanOrEqual(2);
		});

		it(`claim churn by response time (${locale})`, () => {
			const rows: ClaimChurnRow[] = [
				{ bucket: 'le24', customers: 40, churned: 4, churn_rate: 0.1, avg_response_hours: 6 },
				{ bucket: '24to48', customers: 0, churned: 0, churn_rate: null, avg_response_hours: null },
				{ bucket: 'gt48', customers: 30, churned: 12, churn_rate: 0.4, avg_response_hours: 70 },
				{ bucket: 'none', customers: 5, churned: 1, churn_rate: 0.2, avg_response_hours: null }
			];
			const el = Plot.plot(claimChurnBars(rows, { t, locale, width: 640, document }));
			expect(keysIn(el)).toEqual(['le24', 'gt48', 'none']);
			expect(el.textContent).toContain('40%');
			expect(el.textContent).toContain(locale === 'en' ? 'Unresolved' : '未解决');
			const first = Plot.plot(
				claimChurnBars(rows, { t, locale, width: 640, document, responseBy: 'first_response' })
			);
			expect(first.textContent).toContain(locale === 'en' ? 'No response recorded' : '无响应记录');
		});

		it(`scenario mix and complaint bars (${locale})`, () => {
			const el = Plot.plot(
				scenarioMixBars(rules4, rules, { t, locale, width: 720, document, selected: 'fresh_gift' })
			);
			const bars = el.querySelectorAll('g[aria-label="bar"]');
			expect(bars[0]!.querySelectorAll('rect')).toHaveLength(8);
			expect(keysIn(el).filter((k) => k === 'daily')).toHaveLength(2);
			expect(bars[1]!.querySelectorAll('rect')).toHaveLength(2);
			expect(el.textContent).toContain(locale === 'en' ? 'Everyday shipping' : '日常寄件');
			const c = Plot.plot(
				scenarioComplaintBars(rules4, rules, 0.02, { t, locale, width: 640, document })
			);
			// bulky has no parcels: left out.
			expect(keysIn(c)).toEqual(['ecommerce_return', 'fresh_gift', 'daily']);
			expect(c.textContent).toContain('5%');
		});
	}
});

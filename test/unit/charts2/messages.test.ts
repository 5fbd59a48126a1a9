// The charts message area: both languages, same keys and placeholders, and the helpers that use it.
import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '$lib/i18n';
import { en, zh } from '$lib/i18n/messages/areas/charts';
import { provinceLabel, valueLabel } from '$lib/profile2/labels';
import {
	attributeSentences,
	behaviourSentences,
	dropOffDefinition,
	dropOffSentence,
	nightDefinition,
	nightSentence,
	potentialSentence
} from '$lib/profile2/sentences';
import { BAD_OUTCOMES } from '$lib/profile2/sankey';
import {
	CHANNELS,
	CUSTOMER_TYPES,
	ITEM_CATEGORIES,
	PAYMENT_METHODS,
	PRODUCTS,
	ROUTE_TYPES,
	STATUSES
} from '$lib/model/vocab';
import { TIER_BUCKETS } from '$lib/reference/city-tiers';

const t =
	(locale: Locale) =>
	(key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(locale, key, params);
const placeholders = (s: string) =>
	[...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('charts messages', () => {
	it('have the same keys and placeholders in both languages, prefixed profile./profile2./chart2.', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
		for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
			expect(key).toMatch(/^(profile|profile2|chart2)\./);
			expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
			expect(en[key].trim(), key).not.toBe('');
		}
	});

	it('translate every vocabulary value the profile shows', () => {
		const values = [
			...CHANNELS,
			...PAYMENT_METHODS,
			...PRODUCTS,
			...STATUSES,
			...CUSTOMER_TYPES,
			...ROUTE_TYPES,
			...ITEM_CATEGORIES,
			...TIER_BUCKETS,
			'男',
			'女',
			'未知'
		];
		for (const v of values) {
			expect(valueLabel(v, t('zh-CN'))).toBe(v);
			expect(valueLabel(v, t('en')), v).not.toMatch(/[\u4e00-\u9fff]/);
		}
		expect(valueLabel('派送中', t('en'))).toBe('派送中');
		expect(provinceLabel('广东省', t('en'), 'en')).toBe('Guangdong');
		expect(provinceLabel('广东省', t('zh-CN'), 'zh-CN')).toBe('广东');
		expect(provinceLabel('未知', t('en'), 'en')).toBe('Unknown');
	});

	it('word the findings', () => {
		const zhT = t('zh-CN');
		const s = attributeSentences(
			{
				topProvince: { key: '广东省', share: 0.5, second: null, secondShare: null },
				concentration: { keys: ['广东省', '浙江省', '江苏省'], share: 0.85 },
				tierReturn: { key: '二线', rate: 0.3, avg: 0.1, ratio: 3, count: 30, total: 100 },
				topChannel: null,
				topCustomerType: null,
				topAgeBand: { key: '25-34', share: 0.4, second: null, secondShare: null },
				coupon: null
			},
			zhT,
			'zh-CN'
		);
		expect(s).toEqual([
			'广东是最大的寄件来源,占全部运单的 50%。',
			'寄件量前三的省份(广东、浙江、江苏)合计占全部运单的 85%。',
			'二线城市的退货件占比最高,为 30%,是整体水平(10%)的 3 倍。',
			'25-34 岁的寄件人下单最多,占全部运单的 40%。'
		]);
		const b = behaviourSentences(
			{
				settlement: { method: '月结', perCustomer: 30, prepaidPerCustomer: 2, ratio: 15 },
				topRoute: null,
				premiumRoute: null,
				topProduct: null,
				premiumProduct: null
			},
			t('en'),
			'en'
		);
		expect(b).toEqual([
			'Monthly account customers ship 30 parcels each, 15 times as many as prepaid customers (2 each).'
		]);
		expect(nightSentence(null, zhT, 'zh-CN')).toContain('没有');
		expect(nightDefinition({ start: 20, end: 6 }, zhT)).toBe(
			'夜间 = 下单时间在 20:00 至次日 6:00 之前(共 10 小时)。'
		);
		expect(nightDefinition({ start: 0, end: 5 }, t('en'))).toBe(
			'Night = ordered from 0:00 until 5:00 (5 hours).'
		);
		expect(
			dropOffSentence(
				{
					stage: 'payment',
					node: '到付',
					parcels: 100,
					bad: 30,
					badShare: 0.3,
					avgBadShare: 0.1,
					ratio: 3,
					excess: 20,
					topOutcome: '退回',
					topOutcomeParcels: 20
				},
				zhT,
				'zh-CN'
			)
		).toBe(
			'最大的流失点是支付方式“到付”:30% 的运单以异常结束(整体 10%),比按整体水平多出 20 单,最常见的是“退回”。'
		);
		expect(dropOffDefinition(BAD_OUTCOMES, 30, t('en'))).toContain(
			'Delayed, Damaged, Lost, Returned'
		);
		expect(
			potentialSentence(
				{ id: '个人', potential: 120000, share: 0.6, perMonth: 10000, customers: 9 },
				zhT,
				'zh-CN'
			)
		).toContain('¥12万');
	});
});

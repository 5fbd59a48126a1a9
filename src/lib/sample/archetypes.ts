// Hidden customer archetypes behind the sample data. The app never sees them: it has to find the
// same groups from the waybills, which is what makes the demo tell its stories.
//
// Index orders follow src/lib/model/vocab.ts:
//   CHANNELS        微信小程序, APP, 官网, 网点/门店, 电商平台, 电话, 支付宝
//   PRODUCTS        标快, 特快, 次晨达, 次日达, 同城急送, 经济快递, 冷链
//   ITEM_CATEGORIES 文件, 服装, 3C数码, 生鲜, 食品, 化妆品, 药品, 其他
//   ROUTE_TYPES     同城, 省内, 跨省

import type { WeekShape } from './calendar';

export type ArchetypeName = 'individual' | 'merchant' | 'enterprise' | 'ecommerce';

export interface Archetype {
	name: ArchetypeName;
	/** Share of customers. */
	share: number;
	/** 个人 or 企业 as the source system would record it. */
	customerType: 0 | 1;
	/** Annual parcels: log-normal median and sigma. */
	annualMedian: number;
	annualSigma: number;
	/** Probability the customer settles monthly (月结). */
	monthly: number;
	/** Probability a non-monthly parcel is paid on delivery (到付). */
	cashOnDelivery: number;
	/** Channel weights when no age-based preference applies. */
	channels: readonly number[];
	products: readonly number[];
	categories: readonly number[];
	routes: readonly number[];
	/** Hour-of-day weights, 0–23. */
	hours: readonly number[];
	week: WeekShape;
	/** Price multiplier against the list price (contract discounts). */
	discount: [number, number];
	/** Multiplier on the chance that a problem turns into a complaint. */
	complaintPropensity: number;
	/** Multiplier on the chance of leaving after a slow claim. */
	churnSensitivity: number;
	/** Share of customers who stop shipping during the year regardless of service. */
	naturalChurn: number;
	/** Share of customers who start during the year rather than before it. */
	newcomers: number;
}

// Individuals order mid-morning and in the evening (10–11 h and 20–22 h peaks).
const PERSONAL_HOURS = [
	0.35, 0.18, 0.1, 0.06, 0.05, 0.1, 0.35, 0.9, 1.9, 3.4, 5.6, 5.9, 3.7, 2.6, 2.9, 3.0, 2.9, 2.8,
	3.0, 3.9, 5.7, 6.2, 5.6, 1.8
];
// Sellers print labels after the morning order batch and again in the evening.
const SELLER_HOURS = [
	0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.9, 2.2, 4.2, 6.0, 5.8, 3.0, 2.4, 3.0, 3.2, 3.2, 3.0, 2.6,
	3.2, 5.0, 5.6, 4.6, 1.2
];
const OFFICE_HOURS = [
	0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.1, 0.5, 2.6, 5.2, 6.4, 5.8, 2.2, 2.6, 4.6, 5.0, 4.6, 3.4,
	1.6, 0.8, 0.6, 0.5, 0.3, 0.1
];

export const ARCHETYPES: readonly Archetype[] = [
	{
		name: 'individual',
		share: 0.853,
		customerType: 0,
		annualMedian: 3,
		annualSigma: 0.85,
		monthly: 0,
		cashOnDelivery: 0.14,
		channels: [0.4, 0.25, 0.05, 0.18, 0, 0.06, 0.06],
		products: [0.5, 0.2, 0.04, 0.14, 0.06, 0.06, 0],
		categories: [0.16, 0.22, 0.08, 0.05, 0.14, 0.12, 0.03, 0.2],
		routes: [0.22, 0.3, 0.48],
		hours: PERSONAL_HOURS,
		week: 'personal',
		discount: [1, 1],
		complaintPropensity: 1,
		churnSensitivity: 1,
		naturalChurn: 0.22,
		newcomers: 0.3
	},
	{
		name: 'merchant',
		share: 0.075,
		customerType: 0,
		annualMedian: 11,
		annualSigma: 0.7,
		monthly: 0.12,
		cashOnDelivery: 0.1,
		channels: [0.38, 0.3, 0.04, 0.22, 0, 0.03, 0.03],
		products: [0.58, 0.16, 0.02, 0.1, 0.06, 0.08, 0],
		categories: [0.06, 0.26, 0.1, 0.08, 0.2, 0.12, 0.02, 0.16],
		routes: [0.15, 0.3, 0.55],
		hours: PERSONAL_HOURS,
		week: 'business',
		discount: [0.92, 1],
		complaintPropensity: 0.8,
		churnSensitivity: 0.7,
		naturalChurn: 0.15,
		newcomers: 0.25
	},
	{
		name: 'enterprise',
		share: 0.045,
		customerType: 1,
		annualMedian: 22,
		annualSigma: 0.85,
		monthly: 1,
		cashOnDelivery: 0,
		channels: [0.06, 0.2, 0.38, 0.2, 0, 0.16, 0],
		products: [0.3, 0.38, 0.22, 0.08, 0.02, 0, 0],
		categories: [0.62, 0.02, 0.1, 0, 0.02, 0, 0.08, 0.16],
		routes: [0.26, 0.3, 0.44],
		hours: OFFICE_HOURS,
		week: 'office',
		discount: [0.8, 0.92],
		complaintPropensity: 0.6,
		churnSensitivity: 0.4,
		naturalChurn: 0.08,
		newcomers: 0.15
	},
	{
		name: 'ecommerce',
		share: 0.027,
		customerType: 1,
		annualMedian: 170,
		annualSigma: 1.05,
		monthly: 0.92,
		cashOnDelivery: 0,
		channels: [0, 0.14, 0.1, 0, 0.76, 0, 0],
		products: [0.58, 0.06, 0, 0.12, 0, 0.24, 0],
		categories: [0, 0.3, 0.14, 0.08, 0.18, 0.14, 0, 0.16],
		routes: [0.05, 0.2, 0.75],
		hours: SELLER_HOURS,
		week: 'business',
		discount: [0.8, 0.95],
		complaintPropensity: 0.12,
		churnSensitivity: 0.15,
		naturalChurn: 0.05,
		newcomers: 0.2
	}
];

/** Individual channel preference by age band (18-24 … 55+): the young order on phones. */
export const CHANNELS_BY_AGE: readonly (readonly number[])[] = [
	[0.45, 0.35, 0.03, 0.07, 0, 0.02, 0.08],
	[0.42, 0.33, 0.05, 0.1, 0, 0.03, 0.07],
	[0.4, 0.22, 0.06, 0.2, 0, 0.06, 0.06],
	[0.32, 0.12, 0.05, 0.35, 0, 0.12, 0.04],
	[0.22, 0.06, 0.02, 0.48, 0, 0.2, 0.02]
];

/** Age-band shares of individual customers. */
export const AGE_BAND_SHARES = [0.16, 0.35, 0.25, 0.15, 0.09];
export const AGE_BAND_RANGES: readonly (readonly [number, number])[] = [
	[18, 24],
	[25, 34],
	[35, 44],
	[45, 54],
	[55, 72]
];

/** Provinces where online sellers cluster (multiplier on city weight). */
export const SELLER_PROVINCE_BOOST: Record<string, number> = {
	浙江省: 5,
	广东省: 4,
	江苏省: 2.2,
	福建省: 2.2,
	上海市: 2,
	山东省: 1.3
};

/** Weight (kg) by item category: log-normal median and sigma. */
export const CATEGORY_WEIGHT: readonly (readonly [number, number])[] = [
	[0.16, 0.4], // 文件
	[0.45, 0.5], // 服装
	[0.55, 0.95], // 3C数码
	[3.6, 0.5], // 生鲜
	[1.5, 0.95], // 食品
	[0.38, 0.5], // 化妆品
	[0.3, 0.5], // 药品
	[3.2, 1.1] // 其他
];

// Canonical enumerations of the data model (DESIGN.md). Values are stored in Chinese, as the
// source systems write them; the UI translates them through i18n for display.

/** Ordering channels (下单渠道). */
export const CHANNELS = [
	'微信小程序',
	'APP',
	'官网',
	'网点/门店',
	'电商平台',
	'电话',
	'支付宝'
] as const;

/** How a waybill is paid (支付方式). */
export const PAYMENT_METHODS = ['寄付现结', '到付', '月结', '第三方付'] as const;

/** Service products (产品/时效). */
export const PRODUCTS = [
	'标快',
	'特快',
	'次晨达',
	'次日达',
	'同城急送',
	'经济快递',
	'冷链'
] as const;

/** Item categories (物品类型/托寄物). */
export const ITEM_CATEGORIES = [
	'文件',
	'服装',
	'3C数码',
	'生鲜',
	'食品',
	'化妆品',
	'药品',
	'其他'
] as const;

/** Final waybill status (状态). */
export const STATUSES = ['已签收', '延误', '破损', '丢失', '退回'] as const;

/** Customer type (客户类型). */
export const CUSTOMER_TYPES = ['个人', '企业'] as const;

/** Customer-service channels. */
export const SERVICE_CHANNELS = ['电话', '在线', '微信'] as const;

/** Customer-service categories. */
export const SERVICE_CATEGORIES = [
	'延误',
	'破损',
	'丢件',
	'理赔',
	'咨询',
	'态度',
	'费用',
	'表扬'
] as const;

/** Payment instruments (payments.method). */
export const PAY_INSTRUMENTS = ['微信', '支付宝', '现金', '月结', '第三方'] as const;

/** Settlement types (payments.settlement). */
export const SETTLEMENTS = ['现结', '月结'] as const;

export const GENDERS = ['男', '女'] as const;

/** Age bands used across profile and prediction. */
export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55+'] as const;

/** Route types derived from origin and destination. */
export const ROUTE_TYPES = ['同城', '省内', '跨省'] as const;

export type Channel = (typeof CHANNELS)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type Product = (typeof PRODUCTS)[number];
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
export type Status = (typeof STATUSES)[number];
export type RouteType = (typeof ROUTE_TYPES)[number];

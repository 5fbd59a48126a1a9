import type { VocabName } from './schema';

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

/** Tracking event types (物流轨迹). */
export const TRACKING_EVENTS = ['揽收', '到件', '发件', '派件', '签收'] as const;

/**
 * Each vocabulary's canonical values and the other spellings exports use for them. Synonym keys
 * are compared after trimming, lower-casing and removing spaces.
 */
export const VOCABS: Record<
	VocabName,
	{ values: readonly string[]; synonyms: Record<string, string> }
> = {
	channel: {
		values: CHANNELS,
		synonyms: {
			小程序: '微信小程序',
			微信: '微信小程序',
			wechat: '微信小程序',
			miniprogram: '微信小程序',
			app: 'APP',
			手机app: 'APP',
			客户端: 'APP',
			官方网站: '官网',
			网站: '官网',
			pc: '官网',
			web: '官网',
			网点: '网点/门店',
			门店: '网点/门店',
			营业网点: '网点/门店',
			线下: '网点/门店',
			柜台: '网点/门店',
			电商: '电商平台',
			淘宝: '电商平台',
			天猫: '电商平台',
			京东: '电商平台',
			拼多多: '电商平台',
			抖音: '电商平台',
			快手: '电商平台',
			电话下单: '电话',
			客服电话: '电话',
			phone: '电话',
			alipay: '支付宝'
		}
	},
	payment_method: {
		values: PAYMENT_METHODS,
		synonyms: {
			寄付: '寄付现结',
			现付: '寄付现结',
			现结: '寄付现结',
			寄方付: '寄付现结',
			寄件人付款: '寄付现结',
			prepaid: '寄付现结',
			收方付: '到付',
			到付款: '到付',
			收件人付款: '到付',
			cod: '到付',
			月结账户: '月结',
			月付: '月结',
			monthly: '月结',
			第三方: '第三方付',
			第三方支付: '第三方付',
			平台付: '第三方付'
		}
	},
	product: {
		values: PRODUCTS,
		synonyms: {
			标准快递: '标快',
			标准件: '标快',
			standard: '标快',
			特快专递: '特快',
			加急: '特快',
			express: '特快',
			次晨: '次晨达',
			隔日达: '次日达',
			次日: '次日达',
			同城: '同城急送',
			同城配送: '同城急送',
			经济: '经济快递',
			经济件: '经济快递',
			电商件: '经济快递',
			冷运: '冷链',
			冷链快递: '冷链'
		}
	},
	item_category: {
		values: ITEM_CATEGORIES,
		synonyms: {
			文件资料: '文件',
			合同: '文件',
			票据: '文件',
			衣服: '服装',
			服饰: '服装',
			鞋服: '服装',
			数码: '3C数码',
			电子产品: '3C数码',
			手机: '3C数码',
			'3c': '3C数码',
			电子: '3C数码',
			水果: '生鲜',
			海鲜: '生鲜',
			冷冻食品: '生鲜',
			零食: '食品',
			美妆: '化妆品',
			护肤品: '化妆品',
			药: '药品',
			医药: '药品',
			日用品: '其他',
			家居: '其他'
		}
	},
	status: {
		values: STATUSES,
		synonyms: {
			签收: '已签收',
			妥投: '已签收',
			已妥投: '已签收',
			已完成: '已签收',
			正常: '已签收',
			delivered: '已签收',
			超时: '延误',
			延迟: '延误',
			滞留: '延误',
			delayed: '延误',
			损坏: '破损',
			damaged: '破损',
			丢件: '丢失',
			遗失: '丢失',
			lost: '丢失',
			退件: '退回',
			拒收: '退回',
			退回件: '退回',
			returned: '退回'
		}
	},
	customer_type: {
		values: CUSTOMER_TYPES,
		synonyms: {
			个人客户: '个人',
			散客: '个人',
			c端: '个人',
			personal: '个人',
			individual: '个人',
			企业客户: '企业',
			公司: '企业',
			商家: '企业',
			大客户: '企业',
			b端: '企业',
			business: '企业',
			company: '企业'
		}
	},
	gender: {
		values: GENDERS,
		synonyms: {
			男性: '男',
			m: '男',
			male: '男',
			先生: '男',
			女性: '女',
			f: '女',
			female: '女',
			女士: '女'
		}
	},
	service_channel: {
		values: SERVICE_CHANNELS,
		synonyms: {
			热线: '电话',
			'95': '电话',
			语音: '电话',
			phone: '电话',
			网页: '在线',
			在线客服: '在线',
			app: '在线',
			online: '在线',
			公众号: '微信',
			小程序: '微信',
			wechat: '微信'
		}
	},
	service_category: {
		values: SERVICE_CATEGORIES,
		synonyms: {
			时效: '延误',
			延迟: '延误',
			慢: '延误',
			损坏: '破损',
			包装破损: '破损',
			丢失: '丢件',
			遗失: '丢件',
			赔偿: '理赔',
			索赔: '理赔',
			查询: '咨询',
			查件: '咨询',
			服务态度: '态度',
			收费: '费用',
			运费: '费用',
			好评: '表扬',
			感谢: '表扬'
		}
	},
	pay_instrument: {
		values: PAY_INSTRUMENTS,
		synonyms: {
			微信支付: '微信',
			wechat: '微信',
			wechatpay: '微信',
			alipay: '支付宝',
			支付宝支付: '支付宝',
			cash: '现金',
			现金支付: '现金',
			月结账户: '月结',
			挂账: '月结',
			第三方支付: '第三方',
			平台: '第三方'
		}
	},
	settlement: {
		values: SETTLEMENTS,
		synonyms: {
			现付: '现结',
			即结: '现结',
			寄付: '现结',
			月付: '月结',
			账期: '月结',
			月结账户: '月结'
		}
	},
	tracking_event: {
		values: TRACKING_EVENTS,
		synonyms: {
			已揽收: '揽收',
			收件: '揽收',
			到达: '到件',
			到达网点: '到件',
			到达分拨中心: '到件',
			发出: '发件',
			离开: '发件',
			出发: '发件',
			派送中: '派件',
			派送: '派件',
			已签收: '签收',
			妥投: '签收'
		}
	}
};

// Chinese customer-service texts for the sample data: transcripts, tickets and reviews, built from
// phrase pools so they read naturally and vary. Categories follow SERVICE_CATEGORIES.

import type { Rng } from './prng';

const OPENERS = ['你好,', '您好,', '客服你好,', '', '', '麻烦问一下,', '喂,你好,'];

const POOLS: Record<string, readonly string[]> = {
	延误: [
		'我的快递已经{days}天了还没到,物流信息一直不更新',
		'说好的{product},结果到现在还在中转,太慢了',
		'包裹在{city}分拨中心停了两天没动,什么时候能派送?',
		'买家一直催,你们这个时效也太差了,耽误事',
		'物流停滞好几天,打电话也没人接,非常失望',
		'快递延误了{days}天,客户已经要求退款了',
		'为什么显示已到达{city}却迟迟不派送?着急用'
	],
	破损: [
		'收到的包裹外箱破损严重,里面的{item}摔坏了',
		'{item}屏幕碎了,包装明显被压过,要求赔偿',
		'箱子被压扁了,东西漏了一地,太糟糕了',
		'签收时发现破损,快递员说不归他管,态度很差',
		'易碎品贴了标签还是被摔坏,你们怎么运输的'
	],
	丢件: [
		'快递显示已签收但是我根本没收到,东西丢了',
		'包裹丢失了,{item}价值不菲,请尽快处理',
		'物流信息一周没更新,网点说找不到件了',
		'寄出的{item}一直查不到,是不是丢件了'
	],
	理赔: [
		'申请理赔已经{days}天了还没有结果,一直让我等',
		'保价了{value}元,赔偿只给运费的几倍,不合理',
		'理赔流程太复杂,材料交了好几遍还没处理',
		'破损理赔什么时候到账?已经催了很多次',
		'丢件理赔拖了这么久,以后再也不用你们家了'
	],
	咨询: [
		'请问寄{item}到{city}需要几天?',
		'想问一下{product}的价格怎么算',
		'我的快递到哪里了?单号已经发给你了',
		'可以上门取件吗?大概几点能到',
		'月结账户怎么开通?需要什么材料',
		'请问可以开电子发票吗',
		'退货件怎么寄比较便宜?'
	],
	态度: [
		'快递员态度很差,打电话就挂,还让我自己下楼取',
		'派件员不打招呼就放快递柜,问他还凶人',
		'客服一直推脱,说话很不耐烦,非常不满意'
	],
	费用: [
		'运费比之前贵了好多,怎么算的?感觉被多收了',
		'明明是寄付为什么又收了到付的钱',
		'续重费用太高了,{weight}公斤收了这么多'
	],
	表扬: [
		'快递员服务很好,送货很快,点赞',
		'{product}果然快,第二天一早就到了,非常满意',
		'包装很用心,东西完好无损,下次还用你们',
		'客服处理问题很及时,态度也好,谢谢',
		'小哥很负责,下雨天还送上门,辛苦了'
	]
};

const CLOSERS: Record<string, readonly string[]> = {
	延误: ['请尽快处理。', '希望给个说法。', '', '麻烦帮忙催一下。'],
	破损: ['请尽快给我处理赔偿。', '希望尽快解决。', '太让人失望了。'],
	丢件: ['请尽快给我答复。', '要求全额赔偿。', ''],
	理赔: ['希望尽快到账。', '非常失望。', '请给个明确时间。'],
	咨询: ['谢谢。', '', '麻烦了。'],
	态度: ['希望你们好好管理一下。', '', '要投诉这个快递员。'],
	费用: ['请核实一下。', '希望给个解释。', ''],
	表扬: ['', '五星好评!', '谢谢!']
};

const ITEMS: Record<string, readonly string[]> = {
	文件: ['合同', '文件', '发票'],
	服装: ['衣服', '羽绒服', '鞋子'],
	'3C数码': ['手机', '笔记本电脑', '平板', '耳机', '显示器'],
	生鲜: ['水果', '海鲜', '牛排'],
	食品: ['零食', '茶叶', '月饼'],
	化妆品: ['护肤品', '口红', '香水'],
	药品: ['药品', '保健品'],
	其他: ['家居用品', '书', '玩具', '包裹']
};

/** Slots a text may mention; all optional. */
export interface TextSlots {
	days: number;
	city: string;
	product: string;
	category: string;
	value: number;
	weight: number;
}

function pickOf<T>(rng: Rng, xs: readonly T[]): T {
	return xs[rng.int(xs.length)] as T;
}

/** A natural-sounding service text for `category`, filled from `slots`. */
export function serviceText(rng: Rng, category: string, slots: TextSlots): string {
	const pool = POOLS[category] ?? POOLS['咨询']!;
	const body = pickOf(rng, pool)
		.replace('{days}', String(slots.days))
		.replace('{city}', slots.city)
		.replace('{product}', slots.product)
		.replace('{item}', pickOf(rng, ITEMS[slots.category] ?? ITEMS['其他']!))
		.replace('{value}', String(Math.round(slots.value)))
		.replace('{weight}', String(Math.max(1, Math.round(slots.weight))));
	const closer = pickOf(rng, CLOSERS[category] ?? ['']);
	const opener = category === '表扬' ? '' : pickOf(rng, OPENERS);
	return `${opener}${body}${closer ? (/[。!?!?]$/.test(body) ? '' : ',') + closer : ''}`;
}

/** Waybill remarks (备注) the scenario rules can read. */
export const REMARKS = [
	'易碎品,轻拿轻放',
	'请放快递柜',
	'合同原件,请勿折叠',
	'需开具电子发票',
	'生鲜,请尽快派送',
	'退货,请联系商家',
	'礼品,请包装完好',
	'加急',
	'贵重物品,请当面签收',
	'发票随件'
] as const;

const SURNAMES =
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
	'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏辉玲建华飞鑫波宇浩凯健俊帆帅旭宁龙林欣怡梓涵子轩一诺雨桐';
const SHOP_WORDS = ['优品', '鲜生', '数码', '服饰', '美妆', '家居', '臻选', '好物', '严选', '食品'];
const COMPANY_WORDS = [
	'科技',
	'贸易',
	'实业',
	'电子',
	'咨询',
	'制造',
	'医药',
	'律师事务所',
	'会计师事务所'
];

/** A plausible Chinese personal name. */
export function personName(rng: Rng): string {
	const given =
		GIVEN[rng.int(GIVEN.length)]! + (rng.chance(0.6) ? GIVEN[rng.int(GIVEN.length)]! : '');
	return SURNAMES[rng.int(SURNAMES.length)]! + given;
}

/** A plausible shop or company name based in `cityShort`. */
export function businessName(rng: Rng, cityShort: string, kind: 'shop' | 'company'): string {
	const brand = SURNAMES[rng.int(SURNAMES.length)]! + GIVEN[rng.int(GIVEN.length)]!;
	return kind === 'shop'
		? `${brand}${pickOf(rng, SHOP_WORDS)}旗舰店`
		: `${cityShort}${brand}${pickOf(rng, COMPANY_WORDS)}有限公司`;
}

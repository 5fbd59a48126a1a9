// Header names analysts' exports use for each canonical field, in Chinese and English. Headers
// are compared after normalizeHeader (full-width → half-width, case, spaces, units removed).

import type { CanonicalTable } from '$lib/model/schema';

/** Units a header can carry: weight kg/g/t, money in 元 or 分. */
export type Unit = 'kg' | 'g' | 't' | 'yuan' | 'fen';

const UNIT_WORDS: [RegExp, Unit][] = [
	[/^(kg|公斤|千克|kgs)$/, 'kg'],
	[/^(g|克|gram|grams)$/, 'g'],
	[/^(t|吨)$/, 't'],
	[/^(元|rmb|cny|¥|yuan|人民币)$/, 'yuan'],
	[/^(分|fen|cent|cents)$/, 'fen']
];

/** A header reduced for matching, and the unit it names ("重量(g)" → 重量, g). */
export function normalizeHeader(header: string): { key: string; unit: Unit | null } {
	let h = header.normalize('NFKC').toLowerCase().trim();
	let unit: Unit | null = null;
	h = h.replace(/[([{]([^)\]}]*)[)\]}]/g, (_, inner: string) => {
		const word = inner.trim();
		const u = UNIT_WORDS.find(([re]) => re.test(word));
		if (u) {
			unit = u[1];
			return '';
		}
		return word;
	});
	const suffix = /(?<=[^\d])(kg|公斤|千克|克|元)$/.exec(h);
	if (!unit && suffix) {
		unit = UNIT_WORDS.find(([re]) => re.test(suffix[1]!))?.[1] ?? null;
		h = h.slice(0, -suffix[1]!.length);
	}
	const key = h.replace(/[\s_\-*:./\\#]+/g, '');
	return { key, unit };
}

/** Synonyms per canonical table and field (the field name itself always matches too). */
export const FIELD_SYNONYMS: Record<CanonicalTable, Record<string, readonly string[]>> = {
	waybills: {
		waybill_id: [
			'运单号',
			'快递单号',
			'单号',
			'运单编号',
			'面单号',
			'快递单',
			'运单',
			'waybillno',
			'waybill',
			'trackingnumber',
			'trackingno',
			'awb',
			'mailno'
		],
		customer_id: [
			'客户编号',
			'寄件客户',
			'会员id',
			'月结账号',
			'客户id',
			'客户代码',
			'客户号',
			'寄件人id',
			'客户',
			'customerid',
			'customer',
			'accountno',
			'memberid'
		],
		sender_phone: [
			'寄件人手机',
			'寄件电话',
			'寄件人电话',
			'寄件手机',
			'手机号',
			'手机',
			'联系电话',
			'电话',
			'senderphone',
			'mobile',
			'phone'
		],
		sender_name: ['寄件人', '寄件人姓名', '寄件人名称', '寄件方', 'sendername', 'sender'],
		order_time: [
			'下单时间',
			'寄件时间',
			'创建时间',
			'下单日期',
			'订单时间',
			'寄件日期',
			'开单时间',
			'ordertime',
			'orderdate',
			'createtime',
			'createdat',
			'shipdate'
		],
		pickup_time: ['揽收时间', '揽件时间', '收件时间', 'pickuptime', 'collecttime'],
		sign_time: [
			'签收时间',
			'妥投时间',
			'派送完成时间',
			'签收日期',
			'signtime',
			'deliverytime',
			'deliveredat'
		],
		origin_province: [
			'寄件省',
			'始发省',
			'寄件省份',
			'发件省',
			'始发省份',
			'originprovince',
			'fromprovince'
		],
		origin_city: ['寄件城市', '始发城市', '寄件市', '发件城市', '始发地', 'origincity', 'fromcity'],
		origin_district: ['寄件区县', '始发区县', '寄件区', 'origindistrict'],
		origin_lat: ['寄件纬度', '纬度', 'lat', 'latitude', 'originlat'],
		origin_lng: ['寄件经度', '经度', 'lng', 'lon', 'longitude', 'originlng'],
		dest_province: [
			'收件省',
			'目的省',
			'收件省份',
			'目的省份',
			'到达省',
			'destprovince',
			'toprovince'
		],
		dest_city: ['收件城市', '目的城市', '收件市', '目的地', '到达城市', 'destcity', 'tocity'],
		weight_kg: [
			'重量',
			'计费重量',
			'实际重量',
			'重量kg',
			'货物重量',
			'包裹重量',
			'weight',
			'chargeableweight',
			'weightkg'
		],
		fee: [
			'运费',
			'金额',
			'应收',
			'实收',
			'运费金额',
			'快递费',
			'费用',
			'应收金额',
			'实收金额',
			'fee',
			'freight',
			'amount',
			'charge',
			'cost'
		],
		declared_value: [
			'保价金额',
			'声明价值',
			'保价价值',
			'货值',
			'物品价值',
			'declaredvalue',
			'insuredvalue'
		],
		insured: ['是否保价', '保价', '保价服务', 'insured', 'insurance'],
		payment_method: [
			'支付方式',
			'付款方式',
			'结算方式',
			'付费方式',
			'paymentmethod',
			'paymenttype',
			'payment'
		],
		channel: [
			'下单渠道',
			'来源',
			'渠道',
			'订单来源',
			'下单方式',
			'channel',
			'source',
			'orderchannel'
		],
		product: [
			'产品',
			'时效',
			'产品类型',
			'服务类型',
			'快递类型',
			'产品名称',
			'product',
			'service',
			'servicetype'
		],
		item_category: [
			'物品类型',
			'托寄物',
			'物品类别',
			'货物类型',
			'品类',
			'寄件物品',
			'内件',
			'itemcategory',
			'category',
			'goodstype',
			'item'
		],
		is_return: ['退货件', '逆向件', '是否退货', '退货', '逆向', 'isreturn', 'return', 'reverse'],
		status: ['状态', '运单状态', '快递状态', '物流状态', 'status', 'state'],
		customer_type: ['客户类型', '客户类别', '客户性质', 'customertype'],
		age: ['年龄', 'age'],
		age_band: ['年龄段', '年龄区间', '年龄层', 'ageband', 'agegroup'],
		gender: ['性别', 'gender', 'sex'],
		remark: ['备注', '说明', '附言', 'remark', 'remarks', 'note', 'notes', 'comment']
	},
	service_sessions: {
		session_id: [
			'会话id',
			'工单号',
			'会话编号',
			'工单编号',
			'工单id',
			'服务单号',
			'sessionid',
			'ticketid',
			'ticketno',
			'caseid'
		],
		customer_id: ['客户编号', '客户id', '会员id', '客户', 'customerid', 'customer'],
		phone: ['手机号', '手机', '来电号码', '联系电话', '电话', 'phone', 'mobile', 'caller'],
		waybill_id: [
			'运单号',
			'快递单号',
			'单号',
			'关联运单',
			'waybillno',
			'waybill',
			'trackingnumber'
		],
		created_at: [
			'创建时间',
			'进线时间',
			'来电时间',
			'发起时间',
			'工单时间',
			'提交时间',
			'createdat',
			'createtime',
			'starttime'
		],
		first_response_at: [
			'首次响应时间',
			'首响时间',
			'响应时间',
			'firstresponseat',
			'firstresponsetime'
		],
		resolved_at: [
			'解决时间',
			'完结时间',
			'关闭时间',
			'处理完成时间',
			'结案时间',
			'resolvedat',
			'closedat',
			'resolvetime'
		],
		channel: ['渠道', '来源渠道', '服务渠道', '进线渠道', 'channel'],
		category: [
			'类型',
			'问题类型',
			'工单类型',
			'投诉类型',
			'分类',
			'诉求类型',
			'category',
			'type',
			'issuetype'
		],
		text: [
			'内容',
			'会话内容',
			'工单内容',
			'问题描述',
			'评价',
			'评论',
			'文本',
			'对话记录',
			'描述',
			'text',
			'content',
			'transcript',
			'review',
			'description'
		],
		claim_amount: ['理赔金额', '赔付金额', '赔偿金额', 'claimamount', 'compensation'],
		satisfaction: [
			'满意度',
			'评分',
			'满意度评分',
			'星级',
			'satisfaction',
			'rating',
			'score',
			'csat'
		]
	},
	payments: {
		payment_id: [
			'支付单号',
			'交易号',
			'流水号',
			'支付流水号',
			'交易流水号',
			'支付id',
			'paymentid',
			'transactionid',
			'tradeno'
		],
		waybill_id: ['运单号', '快递单号', '单号', '关联运单', 'waybillno', 'waybill'],
		customer_id: ['客户编号', '客户id', '付款客户', '会员id', 'customerid', 'customer'],
		paid_at: ['支付时间', '付款时间', '交易时间', '到账时间', 'paidat', 'paytime', 'paymenttime'],
		amount: ['支付金额', '金额', '实付金额', '交易金额', '付款金额', 'amount', 'paidamount'],
		method: ['支付方式', '付款方式', '支付渠道', 'method', 'paymethod', 'paymentmethod'],
		coupon_used: ['是否用券', '优惠券', '使用优惠券', '用券', 'couponused', 'coupon'],
		settlement: ['结算方式', '结算类型', 'settlement', 'settlementtype']
	},
	customers: {
		customer_id: [
			'客户编号',
			'客户id',
			'会员id',
			'用户id',
			'客户号',
			'customerid',
			'userid',
			'memberid'
		],
		phone: ['手机号', '手机', '联系电话', '电话', '注册手机', 'phone', 'mobile'],
		age: ['年龄', 'age'],
		gender: ['性别', 'gender', 'sex'],
		city: ['城市', '所在城市', '常住城市', '注册城市', 'city'],
		register_channel: ['注册渠道', '注册来源', '来源渠道', 'registerchannel', 'signupchannel'],
		registered_at: [
			'注册时间',
			'注册日期',
			'开户时间',
			'创建时间',
			'registeredat',
			'signupdate',
			'createdat'
		],
		customer_type: ['客户类型', '客户类别', '客户性质', 'customertype']
	},
	tracking_events: {
		waybill_id: ['运单号', '快递单号', '单号', 'waybillno', 'waybill', 'trackingnumber'],
		event_time: [
			'操作时间',
			'扫描时间',
			'轨迹时间',
			'时间',
			'发生时间',
			'eventtime',
			'scantime',
			'time'
		],
		node: [
			'网点',
			'操作网点',
			'分拨中心',
			'站点',
			'中转站',
			'所在网点',
			'node',
			'site',
			'station',
			'location'
		],
		event: ['操作', '轨迹', '操作类型', '扫描类型', '事件', '状态', 'event', 'action', 'scantype']
	}
};

// 场景偏好 (src/lib/scenario) and 情绪触点 analytics (src/lib/touchpoints): scenario names, service
// needs, rule-editor problems, key-sentence templates and the definitions shown next to charts.
export const zh = {
	'scenario.name.ecommerce_return': '电商退货',
	'scenario.name.fresh_gift': '生鲜礼品',
	'scenario.name.contract_invoice': '合同发票',
	'scenario.name.high_value': '高价值保价',
	'scenario.name.medicine': '医药',
	'scenario.name.bulky': '大件搬运',
	'scenario.name.daily': '日常寄件',

	'scenario.need.free_pickup': '免费上门取件',
	'scenario.need.cold_chain': '冷链',
	'scenario.need.time_definite': '时效保障',
	'scenario.need.packaging': '专业包装',
	'scenario.need.e_receipt': '电子回单',
	'scenario.need.proof_of_delivery': '签收凭证',
	'scenario.need.compliance': '合规优先',
	'scenario.need.insurance': '保价服务',
	'scenario.need.careful_handling': '轻拿轻放',
	'scenario.need.heavy_handling': '大件搬运',
	'scenario.need.price': '价格实惠',
	'scenario.need.convenience': '就近便捷',

	'scenario.cond.item_category': '物品类型为 {values}',
	'scenario.cond.product': '产品为 {values}',
	'scenario.cond.is_return': '退货件',
	'scenario.cond.insured': '已保价',
	'scenario.cond.declared_value_min': '保价金额 ≥ {min} 元',
	'scenario.cond.weight_min': '重量 ≥ {min} kg',
	'scenario.cond.remark': '备注含“{keywords}”之一',
	'scenario.cond.or': ',或',
	'scenario.cond.fallback': '不属于以上任何场景',
	'scenario.cond.keywordSeparator': '”“',

	'scenario.problem.not-a-list': '场景规则应是一个列表。',
	'scenario.problem.too-many-rules': '场景规则最多 {detail} 条。',
	'scenario.problem.not-an-object': '第 {rule} 条规则格式不正确。',
	'scenario.problem.invalid-id':
		'第 {rule} 条规则的编号“{detail}”无效:只能用小写字母、数字和下划线,并以字母开头。',
	'scenario.problem.duplicate-id': '第 {rule} 条规则的编号“{detail}”与前面的规则重复。',
	'scenario.problem.invalid-enabled': '第 {rule} 条规则缺少“启用”开关。',
	'scenario.problem.invalid-label': '第 {rule} 条规则的名称不能为空,最多 {detail} 个字。',
	'scenario.problem.invalid-conditions': '第 {rule} 条规则的条件格式不正确。',
	'scenario.problem.no-conditions': '第 {rule} 条规则没有任何条件。',
	'scenario.problem.fallback-with-conditions': '兜底场景(第 {rule} 条)不能有条件。',
	'scenario.problem.multiple-fallbacks': '只能有一个兜底场景(第 {rule} 条重复)。',
	'scenario.problem.unknown-condition': '第 {rule} 条规则有未知的条件类型。',
	'scenario.problem.unknown-category': '第 {rule} 条规则的物品类型“{detail}”不在词表中。',
	'scenario.problem.unknown-product': '第 {rule} 条规则的产品“{detail}”不在词表中。',
	'scenario.problem.empty-values': '第 {rule} 条规则有一个条件没有选择任何值。',
	'scenario.problem.empty-keywords': '第 {rule} 条规则的备注条件没有关键词。',
	'scenario.problem.blank-keyword': '第 {rule} 条规则有空白的关键词。',
	'scenario.problem.keyword-too-long': '第 {rule} 条规则的关键词“{detail}…”太长。',
	'scenario.problem.too-many-keywords': '第 {rule} 条规则的关键词超过 {detail} 个。',
	'scenario.problem.invalid-number': '第 {rule} 条规则的数值无效。',
	'scenario.problem.negative-number': '第 {rule} 条规则的数值不能为负数({detail})。',
	'scenario.problem.invalid-needs': '第 {rule} 条规则的服务需求格式不正确。',
	'scenario.problem.unknown-need': '第 {rule} 条规则的服务需求“{detail}”未知。',
	'scenario.problem.no-enabled-rules': '没有启用任何场景,所有运单都不会被打上场景标签。',

	'scenario.finding.top':
		'除{fallback}外,最常见的场景是{scenario},占运单的 {share},{primary} 的客户以它为主要场景。',
	'scenario.finding.topAll':
		'最常见的场景是{scenario},占运单的 {share},{primary} 的客户以它为主要场景。',
	'scenario.finding.complaint':
		'{scenario}场景的运单投诉率为 {rate},是全部运单({avg})的 {ratio} 倍。',
	'scenario.finding.growth':
		'近 {days} 天,{scenario}占运单的 {recent},比之前 {days} 天({previous})高 {delta} 个百分点。',
	'scenario.finding.none': '各场景之间没有足够突出的差异。',
	'scenario.finding.needs': '{scenario}客户需要:{needs}。',

	'scenario.def.rules':
		'每张运单按场景规则打标签,规则之间是“或”的关系;一张运单可以同时属于多个场景,所以各场景的占比相加可能超过 100%。',
	'scenario.def.primary': '客户的主要场景 = 其运单最多的场景;数量相同时取规则列表中靠前的一个。',
	'scenario.def.complaint':
		'投诉率 = 有投诉会话(按运单号关联)的运单 / 该场景运单。没有运单号的会话无法归入场景。',
	'scenario.def.growth': '增长 = 近 {days} 天的运单占比 − 之前 {days} 天的运单占比(截至 {asOf})。',
	'scenario.def.minParcels': '只比较运单数不少于 {min} 的场景。',

	'scenario.chart.scenario': '场景',
	'scenario.chart.parcelShare': '运单占比',
	'scenario.chart.revenueShare': '收入占比',
	'scenario.chart.primaryShare': '主要场景客户占比',
	'scenario.chart.complaintRate': '投诉率',
	'scenario.chart.parcels': '运单数',
	'scenario.chart.customers': '客户数',
	'scenario.chart.primaryCustomers': '以此为主要场景的客户',
	'scenario.chart.avgFee': '单均运费',
	'scenario.chart.revenue': '收入',
	'scenario.chart.needs': '服务需求',
	'scenario.chart.average': '全部运单',

	'touch.needs.sessions': '导入客服会话数据后可查看此项。',
	'touch.needs.tracking': '导入物流轨迹数据后可查看此项。',
	'touch.needs.threshold': '先在价值分层页计算流失预警阈值,再查看理赔与流失。',
	'touch.minGroup': '只比较不少于 {min} 个的组。',

	'touch.route.title': '延误投诉与线路',
	'touch.route.delayShare': '延误占投诉比例',
	'touch.route.per1000': '每千件延误投诉',
	'touch.route.parcels': '运单数',
	'touch.route.complaints': '投诉会话',
	'touch.route.delayComplaints': '延误投诉会话',
	'touch.route.delayWaybills': '有延误投诉的运单',
	'touch.finding.route':
		'{route}运单每千件有 {rate} 件延误投诉,是各线路平均({avg})的 {ratio} 倍;延误占其投诉的 {share}(全部线路为 {avgShare})。',
	'touch.finding.routeShareNone': '—',
	'touch.finding.routeNone': '各线路的延误投诉率没有足够突出的差异。',
	'touch.def.route':
		'延误占投诉比例 = 该线路运单的延误投诉会话 / 该线路运单的全部投诉会话;每千件延误投诉 = 有延误投诉的运单数 / 该线路运单数 × 1000。后者不受各线路投诉总量多少的影响,比较更公平。',
	'touch.def.routeCoverage': '{total} 条投诉会话中 {linked} 条能按运单号关联到线路。',

	'touch.stay.title': '中转停留与延误投诉',
	'touch.stay.bucket.le6': '≤6 小时',
	'touch.stay.bucket.6to12': '6–12 小时',
	'touch.stay.bucket.12to24': '12–24 小时',
	'touch.stay.bucket.gt24': '>24 小时',
	'touch.stay.rate': '延误投诉率',
	'touch.stay.waybills': '运单数',
	'touch.stay.avgHours': '平均最长停留(小时)',
	'touch.finding.stay':
		'中转停留超 {hours} 小时的运单延误投诉率为 {longRate},是其他运单({otherRate})的 {ratio} 倍。',
	'touch.finding.stayNone': '中转停留时长与延误投诉之间没有足够的数据得出结论。',
	'touch.def.stay':
		'停留 = 包裹在同一网点从“揽收/到件”到紧接着的“发件”之间的时间;网点之间的运输和到达派送网点后的时间不计。每张运单取最长的一次停留。延误投诉率 = 有延误投诉的运单 / 该组运单。',
	'touch.def.stayCoverage': '{tracked} 张有轨迹的运单中,{measured} 张能算出停留时长。',

	'touch.damage.title': '破损率与物品类型',
	'touch.damage.rate': '破损率',
	'touch.damage.ratio': '相对平均',
	'touch.damage.average': '平均 1×',
	'touch.damage.parcels': '运单数',
	'touch.damage.damaged': '破损运单',
	'touch.damage.statusDamaged': '状态为破损',
	'touch.damage.complaintDamaged': '有破损投诉',
	'touch.damage.small': '样本较少',
	'touch.finding.damage': '{category}的破损率为 {rate},是平均({avg})的 {ratio} 倍。',
	'touch.finding.damageNone': '各物品类型的破损率没有足够突出的差异。',
	'touch.def.damage':
		'破损 = 运单状态为“破损”,或该运单有破损投诉(客服类别为破损,或文本分析识别出破损)。平均 = 所有已知物品类型合计的破损率。',
	'touch.def.damageNoSessions': '没有客服会话数据,只按运单状态计算破损。',

	'touch.claim.title': '理赔响应与客户流失',
	'touch.claim.bucket.le24': '≤24 小时',
	'touch.claim.bucket.24to48': '24–48 小时',
	'touch.claim.bucket.gt48': '>48 小时',
	'touch.claim.bucket.none': '无响应记录',
	'touch.claim.bucket.unresolved': '未解决',
	'touch.claim.churnRate': '流失率',
	'touch.claim.customers': '客户数',
	'touch.claim.churned': '流失客户',
	'touch.claim.avgHours': '平均响应(小时)',
	'touch.claim.overall': '全部理赔客户',
	'touch.finding.claim':
		'理赔响应超过 48 小时的客户流失率为 {slowRate},是 24 小时内得到响应的客户({fastRate})的 {ratio} 倍。',
	'touch.finding.claimNoFastChurn':
		'理赔响应超过 48 小时的客户流失率为 {slowRate},而 24 小时内响应的客户无一流失。',
	'touch.finding.claimNone': '理赔响应时长与客户流失之间没有足够的数据得出结论。',
	'touch.def.claimResolved':
		'理赔 = 客服类别为理赔、文本分析识别出理赔,或填写了理赔金额的会话。响应时长 = 解决时间 − 会话创建时间(客户等的是理赔结果;首次响应多为几分钟内的受理回复);没有解决时间的单列为“未解决”。流失 = 理赔后 {days} 天内(含第 {days} 天)没有再寄件;{days} 天来自价值分层的流失预警阈值。每位客户只看其最近一次可判断的理赔。',
	'touch.def.claimFirstResponse':
		'理赔 = 客服类别为理赔、文本分析识别出理赔,或填写了理赔金额的会话。响应时长 = 首次响应时间 − 会话创建时间;没有首次响应时间的单列。流失 = 理赔后 {days} 天内(含第 {days} 天)没有再寄件;{days} 天来自价值分层的流失预警阈值。每位客户只看其最近一次可判断的理赔。',
	'touch.def.claimCoverage':
		'{claims} 条理赔中有 {recent} 条发生在截止日({asOf})前不足 {days} 天,尚无法判断是否流失,未计入。',

	'touch.emotion.def':
		'客户情绪特征:会话数、投诉数、投诉率(投诉 / 寄件数)、最近一次投诉时间、平均情感得分、负面会话数、未解决理赔数。'
} satisfies Record<string, string>;

export const en: Record<keyof typeof zh, string> = {
	'scenario.name.ecommerce_return': 'E-commerce returns',
	'scenario.name.fresh_gift': 'Fresh food & gifts',
	'scenario.name.contract_invoice': 'Contracts & invoices',
	'scenario.name.high_value': 'High value, insured',
	'scenario.name.medicine': 'Medicine',
	'scenario.name.bulky': 'Bulky items',
	'scenario.name.daily': 'Everyday shipping',

	'scenario.need.free_pickup': 'Free door-to-door pickup',
	'scenario.need.cold_chain': 'Cold chain',
	'scenario.need.time_definite': 'Guaranteed delivery time',
	'scenario.need.packaging': 'Professional packaging',
	'scenario.need.e_receipt': 'Electronic receipt',
	'scenario.need.proof_of_delivery': 'Proof of delivery',
	'scenario.need.compliance': 'Compliance first',
	'scenario.need.insurance': 'Insurance',
	'scenario.need.careful_handling': 'Careful handling',
	'scenario.need.heavy_handling': 'Heavy-item handling',
	'scenario.need.price': 'Low price',
	'scenario.need.convenience': 'Nearby and convenient',

	'scenario.cond.item_category': 'item category is {values}',
	'scenario.cond.product': 'product is {values}',
	'scenario.cond.is_return': 'a return',
	'scenario.cond.insured': 'insured',
	'scenario.cond.declared_value_min': 'declared value ≥ ¥{min}',
	'scenario.cond.weight_min': 'weight ≥ {min} kg',
	'scenario.cond.remark': 'remark contains any of “{keywords}”',
	'scenario.cond.or': ', or ',
	'scenario.cond.fallback': 'none of the scenarios above',
	'scenario.cond.keywordSeparator': '”, “',

	'scenario.problem.not-a-list': 'Scenario rules must be a list.',
	'scenario.problem.too-many-rules': 'At most {detail} scenario rules.',
	'scenario.problem.not-an-object': 'Rule {rule} is malformed.',
	'scenario.problem.invalid-id':
		'Rule {rule}: the id “{detail}” is invalid — use lower-case letters, digits and underscores, starting with a letter.',
	'scenario.problem.duplicate-id':
		'Rule {rule}: the id “{detail}” is already used by an earlier rule.',
	'scenario.problem.invalid-enabled': 'Rule {rule} has no on/off switch.',
	'scenario.problem.invalid-label':
		'Rule {rule}: the name must not be blank and at most {detail} characters.',
	'scenario.problem.invalid-conditions': 'Rule {rule}: the conditions are malformed.',
	'scenario.problem.no-conditions': 'Rule {rule} has no condition.',
	'scenario.problem.fallback-with-conditions':
		'The fallback scenario (rule {rule}) cannot have conditions.',
	'scenario.problem.multiple-fallbacks':
		'Only one fallback scenario is allowed (rule {rule} is another).',
	'scenario.problem.unknown-condition': 'Rule {rule} has an unknown kind of condition.',
	'scenario.problem.unknown-category':
		'Rule {rule}: the item category “{detail}” is not in the vocabulary.',
	'scenario.problem.unknown-product':
		'Rule {rule}: the product “{detail}” is not in the vocabulary.',
	'scenario.problem.empty-values': 'Rule {rule} has a condition with no values selected.',
	'scenario.problem.empty-keywords': 'Rule {rule}: the remark condition has no keywords.',
	'scenario.problem.blank-keyword': 'Rule {rule} has a blank keyword.',
	'scenario.problem.keyword-too-long': 'Rule {rule}: the keyword “{detail}…” is too long.',
	'scenario.problem.too-many-keywords': 'Rule {rule} has more than {detail} keywords.',
	'scenario.problem.invalid-number': 'Rule {rule}: a number is invalid.',
	'scenario.problem.negative-number': 'Rule {rule}: numbers cannot be negative ({detail}).',
	'scenario.problem.invalid-needs': 'Rule {rule}: the service needs are malformed.',
	'scenario.problem.unknown-need': 'Rule {rule}: the service need “{detail}” is unknown.',
	'scenario.problem.no-enabled-rules': 'No scenario is enabled: no waybill will be tagged.',

	'scenario.finding.top':
		'Apart from {fallback}, the most common scenario is {scenario}: {share} of parcels, and the main scenario of {primary} of customers.',
	'scenario.finding.topAll':
		'The most common scenario is {scenario}: {share} of parcels, and the main scenario of {primary} of customers.',
	'scenario.finding.complaint':
		'Parcels in the {scenario} scenario draw complaints at {rate}, {ratio}× the rate of all parcels ({avg}).',
	'scenario.finding.growth':
		'In the last {days} days {scenario} made up {recent} of parcels, {delta} percentage points more than in the {days} days before ({previous}).',
	'scenario.finding.none': 'No scenario stands out from the others.',
	'scenario.finding.needs': '{scenario} customers need: {needs}.',

	'scenario.def.rules':
		'Each parcel is tagged by the scenario rules; a rule matches when any of its conditions holds. A parcel can belong to several scenarios, so the shares can add up to more than 100%.',
	'scenario.def.primary':
		"A customer's main scenario is the one with most of their parcels; on a tie, the one earlier in the rule list.",
	'scenario.def.complaint':
		'Complaint rate = parcels with a complaint session (linked by waybill number) / parcels of the scenario. Sessions without a waybill number cannot be placed in a scenario.',
	'scenario.def.growth':
		'Growth = share of parcels in the last {days} days − share in the {days} days before (up to {asOf}).',
	'scenario.def.minParcels': 'Only scenarios with at least {min} parcels are compared.',

	'scenario.chart.scenario': 'Scenario',
	'scenario.chart.parcelShare': 'Share of parcels',
	'scenario.chart.revenueShare': 'Share of revenue',
	'scenario.chart.primaryShare': 'Share of customers (main scenario)',
	'scenario.chart.complaintRate': 'Complaint rate',
	'scenario.chart.parcels': 'Parcels',
	'scenario.chart.customers': 'Customers',
	'scenario.chart.primaryCustomers': 'Customers with this main scenario',
	'scenario.chart.avgFee': 'Average fee',
	'scenario.chart.revenue': 'Revenue',
	'scenario.chart.needs': 'Service needs',
	'scenario.chart.average': 'All parcels',

	'touch.needs.sessions': 'Import customer-service sessions to see this.',
	'touch.needs.tracking': 'Import tracking events to see this.',
	'touch.needs.threshold':
		'Compute the churn alert threshold on the value page first to see claims and churn.',
	'touch.minGroup': 'Only groups of at least {min} are compared.',

	'touch.route.title': 'Delay complaints by route',
	'touch.route.delayShare': 'Delay share of complaints',
	'touch.route.per1000': 'Delay complaints per 1,000 parcels',
	'touch.route.parcels': 'Parcels',
	'touch.route.complaints': 'Complaint sessions',
	'touch.route.delayComplaints': 'Delay complaint sessions',
	'touch.route.delayWaybills': 'Parcels with a delay complaint',
	'touch.finding.route':
		'{route} parcels draw {rate} delay complaints per 1,000, {ratio}× the average of all routes ({avg}); delay is {share} of their complaints ({avgShare} over all routes).',
	'touch.finding.routeShareNone': '—',
	'touch.finding.routeNone': 'No route stands out in delay complaints.',
	'touch.def.route':
		'Delay share = delay complaint sessions / all complaint sessions about parcels of the route. Delay per 1,000 = parcels with a delay complaint / parcels of the route × 1,000; it does not depend on how much customers of a route complain overall, so it compares routes more fairly.',
	'touch.def.routeCoverage':
		'{linked} of {total} complaint sessions could be linked to a route by waybill number.',

	'touch.stay.title': 'Transit stays and delay complaints',
	'touch.stay.bucket.le6': '≤6 h',
	'touch.stay.bucket.6to12': '6–12 h',
	'touch.stay.bucket.12to24': '12–24 h',
	'touch.stay.bucket.gt24': '>24 h',
	'touch.stay.rate': 'Delay complaint rate',
	'touch.stay.waybills': 'Parcels',
	'touch.stay.avgHours': 'Average longest stay (h)',
	'touch.finding.stay':
		'Parcels that stayed over {hours} hours at a transit node draw delay complaints at {longRate}, {ratio}× the rate of other parcels ({otherRate}).',
	'touch.finding.stayNone': 'There is not enough data to relate transit stays to delay complaints.',
	'touch.def.stay':
		'Stay = time a parcel spent at one node, from “picked up/arrived” to the very next “departed” there; travel between nodes and time at the delivery station do not count. Each parcel counts with its longest stay. Delay complaint rate = parcels with a delay complaint / parcels in the group.',
	'touch.def.stayCoverage': '{measured} of {tracked} tracked parcels have a measurable stay.',

	'touch.damage.title': 'Damage by item category',
	'touch.damage.rate': 'Damage rate',
	'touch.damage.ratio': 'Relative to average',
	'touch.damage.average': 'Average 1×',
	'touch.damage.parcels': 'Parcels',
	'touch.damage.damaged': 'Damaged parcels',
	'touch.damage.statusDamaged': 'Status damaged',
	'touch.damage.complaintDamaged': 'With a damage complaint',
	'touch.damage.small': 'Small sample',
	'touch.finding.damage': '{category} parcels are damaged at {rate}, {ratio}× the average ({avg}).',
	'touch.finding.damageNone': 'No item category stands out in damage.',
	'touch.def.damage':
		'Damaged = status “damaged”, or a damage complaint about the parcel (service category damage, or damage found in the text). Average = damage rate of all known categories together.',
	'touch.def.damageNoSessions':
		'Without service sessions, damage is taken from the parcel status only.',

	'touch.claim.title': 'Claim response and churn',
	'touch.claim.bucket.le24': '≤24 h',
	'touch.claim.bucket.24to48': '24–48 h',
	'touch.claim.bucket.gt48': '>48 h',
	'touch.claim.bucket.none': 'No response recorded',
	'touch.claim.bucket.unresolved': 'Unresolved',
	'touch.claim.churnRate': 'Churn rate',
	'touch.claim.customers': 'Customers',
	'touch.claim.churned': 'Churned customers',
	'touch.claim.avgHours': 'Average response (h)',
	'touch.claim.overall': 'All claim customers',
	'touch.finding.claim':
		'Customers whose claim took over 48 hours to answer churned at {slowRate}, {ratio}× the rate of those answered within 24 hours ({fastRate}).',
	'touch.finding.claimNoFastChurn':
		'Customers whose claim took over 48 hours to answer churned at {slowRate}; none answered within 24 hours churned.',
	'touch.finding.claimNone': 'There is not enough data to relate claim response times to churn.',
	'touch.def.claimResolved':
		'Claim = a session of category claim, a claim found in the text, or a session with a claimed amount. Response time = resolved − session created (a claimant waits for the outcome; the first response is mostly an acknowledgement within minutes); claims without a resolution time are shown as “Unresolved”. Churned = no shipment within {days} days after the claim (day {days} included); {days} days is the churn alert threshold of the value analysis. Each customer counts once, with their latest claim that can be judged.',
	'touch.def.claimFirstResponse':
		'Claim = a session of category claim, a claim found in the text, or a session with a claimed amount. Response time = first response − session created; claims without a first response are shown apart. Churned = no shipment within {days} days after the claim (day {days} included); {days} days is the churn alert threshold of the value analysis. Each customer counts once, with their latest claim that can be judged.',
	'touch.def.claimCoverage':
		'{recent} of {claims} claims were filed less than {days} days before the cut-off ({asOf}); whether those customers churned is not known yet, so they are left out.',

	'touch.emotion.def':
		'Customer emotion features: sessions, complaints, complaint rate (complaints / shipments), last complaint, average sentiment, negative sessions, unresolved claims.'
};

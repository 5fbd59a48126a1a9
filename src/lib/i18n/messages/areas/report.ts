// 分析报告: the fixed words of the exported report and the templates of the insight rules
// (src/lib/report). Rule templates come in problem / cause / action triples; causes are worded as
// hypotheses because a rule sees a pattern, not its reason — the analyst confirms or rewrites them.
export const zh = {
	// Fixed words of the exported document.
	'report.label.problem': '问题',
	'report.label.cause': '原因',
	'report.label.action': '动作',
	'report.label.insights': '洞察与行动',
	'report.label.playbook': '客户运营手册',
	'report.label.segment': '客群',
	'report.label.size': '规模',
	'report.label.playbookAction': '建议动作',
	'report.label.golden': '黄金数字',
	'report.label.whatIf': '如果腰部客户提升',
	'report.label.assumptions': '假设',
	'report.label.reproduce': '可复现信息',
	'report.label.asOf': '数据截止日(as_of)',
	'report.label.window': '分析窗口',
	'report.label.generatedAt': '生成时间',
	'report.label.thresholds': '阈值',
	'report.label.threshold': '阈值',
	'report.label.value': '取值',
	'report.label.files': '数据文件',
	'report.label.fileName': '文件',
	'report.label.fingerprint': '指纹',
	'report.label.rows': '行数',
	'report.label.app': '生成工具',
	'report.label.contents': '目录',
	'report.label.source': '来源',
	'report.label.none': '(无)',
	'report.page.data': '数据质量',
	'report.page.profile': '客户画像',
	'report.page.value': '价值分层',
	'report.page.emotion': '情绪触点',

	// 价值高但不满意的客群.
	'report.rule.unhappy.problem':
		'“{segment}”占客户的 {customers}、贡献 {revenue} 的收入,投诉却占 {complaints}。',
	'report.rule.unhappy.cause':
		'投诉占比是收入占比的 {ratio} 倍(共 {count} 起投诉):这群客户寄得多,对时效和赔付更敏感,标准服务没有跟上他们的价值(请结合投诉类型核实)。',
	'report.rule.unhappy.action':
		'为“{segment}”设专属客服和投诉快速通道;逐单复盘这 {count} 起投诉的根因(延误、破损、理赔),按月跟踪其投诉占比,直到低于收入占比。',

	// 高价值客户的流失预警.
	'report.rule.churn.problem':
		'{alerts} 位高价值客户(占高价值客户的 {share})已超过 {days} 天没有寄件,越过了流失预警线。',
	'report.rule.churn.cause':
		'预警线 {days} 天由客户的平均寄件间隔推算,超过它说明客户已偏离自己的寄件周期;常见原因是转投其他快递、业务淡季或一次不满意的经历。',
	'report.rule.churn.action':
		'把这 {alerts} 位客户的名单(价值分层页可导出)交给客户经理,一周内逐一回访问明原因,并给出挽回方案:专属价格、时效承诺或理赔加急。',

	// 运单量下滑的聚类.
	'report.rule.clusterFalling.problem':
		'聚类“{cluster}”最近 {months} 个月的运单占比从 {previous} 降到 {recent},相对下降 {drop}。',
	'report.rule.clusterFalling.cause':
		'这群客户的寄件比其他客户减少得更快(按占比比较,已排除整体淡旺季);可能是部分客户转投竞争对手、业务收缩或对近期服务不满。',
	'report.rule.clusterFalling.action':
		'抽样回访“{cluster}”中寄件减少最多的客户,核对近期时效、价格和投诉的变化;对仍在寄件的客户给出保量优惠。',

	// 桑基图:异常最多的渠道 / 支付方式.
	'report.rule.dropOff.problem':
		'经{stage}“{node}”的运单有 {share} 以异常结束(主要是{outcome}),全部运单为 {avg},是平均的 {ratio} 倍。',
	'report.rule.dropOff.cause':
		'按平均异常率推算,它多出约 {excess} 件异常运单;该{stage}的订单在揽收、时效承诺或末端派送上与其他订单有所不同,需核实是哪一环。',
	'report.rule.dropOff.action':
		'对“{node}”的运单做专项排查:抽查{outcome}运单的轨迹,与该{stage}的运营方定下整改目标(异常率降到 {avg} 以内),按周跟踪。',

	// 夜间寄件集中的省份.
	'report.rule.night.problem':
		'{province}有 {share} 的运单在夜间({start}–{end})下单,是全国 {avg} 的 {ratio} 倍。',
	'report.rule.night.cause':
		'当地夜间寄件需求集中(如电商卖家晚间打包、上班族下班后寄件),白天营业的网点接不住这部分需求。',
	'report.rule.night.action':
		'在{province}夜间下单集中的城市试点 24 小时无人网点或智能寄件柜,并评估增开夜间揽收班次。',

	// 退货件占比最高的城市线级.
	'report.rule.tierReturn.problem':
		'{tier}城市的运单中退货件占 {share},是各线城市平均 {avg} 的 {ratio} 倍。',
	'report.rule.tierReturn.cause':
		'这些城市的网购和退换货更活跃,退货件往往集中在少数电商卖家和平台上(请结合客户与品类核实)。',
	'report.rule.tierReturn.action':
		'面向{tier}城市推出逆向物流产品:上门取退、退货运费险、电商退货一口价,并与退货量大的卖家签订退货协议。',

	// 重量段:大件的收入占比与运单占比.
	'report.rule.weightPremium.problem':
		'{lower} kg 及以上的大件只占运单的 {parcels},却贡献了 {revenue} 的收入,收入占比是运单占比的 {ratio} 倍。',
	'report.rule.weightPremium.cause':
		'大件按重量计费,单票收入高;寄大件的客户(批发、家居、3C 等)数量少但价值集中。',
	'report.rule.weightPremium.action':
		'把大件客户列为销售重点:设大件阶梯价和月结协议,保障大件的揽收车辆和中转能力,避免因时效或破损流失。',
	'report.rule.weightUnderpriced.problem':
		'{lower} kg 及以上的大件占运单的 {parcels},收入却只占 {revenue}。',
	'report.rule.weightUnderpriced.cause':
		'大件的单票收入偏低,可能是协议价折扣过深或按件而非按重量计费,而大件的操作成本更高。',
	'report.rule.weightUnderpriced.action':
		'复核大件客户的协议价与计费方式(按实际重量或体积重计费),对低于成本的协议重新议价。',

	// 情绪触点:最多的投诉类型.
	'report.rule.complaintType.problem':
		'客服会话中与“{type}”相关的有 {sessions} 次,占全部 {total} 次会话的 {share},是最多的投诉类型。',
	'report.rule.complaintType.cause.delay':
		'延误多发生在中转停留过长和末端派送积压时;物流信息不更新时客户最容易投诉。',
	'report.rule.complaintType.cause.damage':
		'破损多与包装不足和分拣时的粗暴操作有关,易碎品和生鲜尤甚。',
	'report.rule.complaintType.cause.loss':
		'丢件多发生在交接环节(中转、驿站、冒领),缺少可追溯的签收凭证。',
	'report.rule.complaintType.cause.claim': '理赔流程长、材料多、进度不透明,客户只能反复催问。',
	'report.rule.complaintType.cause.attitude':
		'快递员和客服的服务规范执行不到位,如不送货上门、推诿、不接电话。',
	'report.rule.complaintType.cause.fee': '计费规则不透明,客户对计费重量、附加费或多收费有疑问。',
	'report.rule.complaintType.cause.other':
		'这些负面会话没有落入具体的投诉类型,需要人工阅读样本再归类。',
	'report.rule.complaintType.action.delay':
		'对预计延误的运单主动推送通知和新的预计送达时间;排查延误集中的线路和中转场。',
	'report.rule.complaintType.action.damage':
		'为易碎品和生鲜提供标准包装与保价,抽查破损集中的分拨中心的分拣操作。',
	'report.rule.complaintType.action.loss':
		'关键交接节点扫描留痕,高价值件当面签收或验证码签收,丢件先行赔付。',
	'report.rule.complaintType.action.claim':
		'简化理赔材料,承诺理赔时限(如 3 个工作日)并主动告知进度;小额理赔先行赔付。',
	'report.rule.complaintType.action.attitude':
		'把态度类投诉纳入网点考核,复盘投诉集中的网点和人员并做服务培训。',
	'report.rule.complaintType.action.fee':
		'下单时展示计费明细(计费重量、附加费),多收费的投诉快速退差。',
	'report.rule.complaintType.action.other': '抽样阅读这些会话,补充投诉分类和词典。',

	// 情绪触点:被归为咨询/表扬的投诉.
	'report.rule.hidden.problem':
		'{hidden} 次标为“咨询”“表扬”或未分类的会话里,客户其实在抱怨,占全部会话的 {share}。',
	'report.rule.hidden.cause':
		'会话类别按开头选定,客户常在对话中途才提出问题;这些投诉既没进投诉统计,也没人跟进。',
	'report.rule.hidden.action':
		'对所有会话自动识别投诉词,命中即转为投诉工单并分派处理;每周抽查分流是否准确。',

	// 触点分析的扩展点.
	'report.rule.onTime.problem':
		'{dimension}“{label}”的准时率只有 {rate},全部运单为 {avg}(共 {parcels} 件)。',
	'report.rule.onTime.cause':
		'准时率偏低集中在这一{dimension},通常与中转衔接、班次或运力不足有关(请结合物流轨迹核实)。',
	'report.rule.onTime.action':
		'排查“{label}”的中转停留和派送班次,定下准时率整改目标(不低于 {avg}),按周跟踪,并主动告知受影响的客户。',
	'report.rule.damageCategory.problem':
		'“{category}”的破损率为 {rate},是全部运单 {avg} 的 {ratio} 倍(共 {parcels} 件)。',
	'report.rule.damageCategory.cause': '这类物品对包装和分拣更敏感,标准包装和常规分拣保护不够。',
	'report.rule.damageCategory.action':
		'为“{category}”制定包装标准并推荐保价,在分拣环节标识易碎件,按月跟踪破损率。',
	'report.rule.claimChurn.problem':
		'理赔处理超过 {days} 天的客户,之后流失了 {slow};处理更快的客户只流失 {fast}(共 {customers} 位理赔客户)。',
	'report.rule.claimChurn.cause': '理赔拖得越久,客户越可能转投其他快递:慢理赔本身就是流失的原因。',
	'report.rule.claimChurn.action':
		'承诺 {days} 天内结案,超时自动升级;对已超时的客户主动致歉并回访。',
	'report.touch.dimension.route': '线路',
	'report.touch.dimension.weekday': '星期',
	'report.touch.dimension.province': '省份',
	'report.touch.dimension.node': '网点',
	'report.touch.dimension.product': '产品',

	// The playbook: per seed quadrant and per cluster.
	'report.playbook.size': '{customers} 位客户 · 收入占 {revenue}',
	'report.playbook.seed.high-value-high-freq': '专属客服:指定客户经理,投诉 2 小时内响应,季度回访。',
	'report.playbook.seed.high-value-low-freq':
		'保价服务:贵重件默认推荐保价,理赔加急,用专属价格提高寄件频次。',
	'report.playbook.seed.low-value-high-freq':
		'到付 + 账期:开通到付和月结账期,降低每次寄件的付款门槛,引导升级为协议客户。',
	'report.playbook.seed.low-value-low-freq': 'AI 外呼唤醒:低成本触达,发放首单优惠,观察回流。',
	'report.playbook.cluster.frequency.high': '指定客户经理,签订月结协议锁定运量。',
	'report.playbook.cluster.recency_days.high': 'AI 外呼或短信唤醒,附回流优惠。',
	'report.playbook.cluster.monetary.high': '专属客服和时效保障,按季度回顾服务质量。',
	'report.playbook.cluster.avg_weight.high': '大件阶梯价和上门揽收车辆保障。',
	'report.playbook.cluster.night_share.high': '夜间揽收班次,或推荐附近的 24 小时智能寄件柜。',
	'report.playbook.cluster.return_share.high': '逆向物流套餐:上门取退、退货运费险。',
	'report.playbook.cluster.fresh_share.high': '冷链与次晨达产品,生鲜专用包装。',
	'report.playbook.cluster.electronics_share.high': '3C 数码默认保价,防震包装。',
	'report.playbook.cluster.document_share.high': '文件类特快和电子回单,企业月结。',
	'report.playbook.cluster.monthly_share.low': '推荐月结协议和账期,提升黏性。',
	'report.playbook.cluster.ecommerce_share.high': '电商平台对接和批量下单,退货一口价。',
	'report.playbook.cluster.complaint_rate.high': '投诉逐单复盘,专人跟进直至结案。',
	'report.playbook.cluster.cross_province_share.high': '跨省特快和时效承诺。',
	'report.playbook.cluster.fallback': '保持标准服务,按季度复查这群客户的变化。',

	// The rule thresholds, stated in the report so its insights can be reproduced.
	'report.thr.unhappy': '价值高但不满意的客群',
	'report.thr.unhappy.value':
		'收入占比 ≥ {revenue},且投诉占比 ≥ 收入占比 × {factor},投诉 ≥ {count} 起',
	'report.thr.churn': '高价值客户流失预警',
	'report.thr.churn.value': '越过预警线的高价值客户 ≥ {count} 位',
	'report.thr.clusterFalling': '运单量下滑的聚类',
	'report.thr.clusterFalling.value': '此前运单占比 ≥ {share},相对下降 ≥ {drop}',
	'report.thr.dropOff': '异常最多的渠道 / 支付方式',
	'report.thr.dropOff.value': '异常率 ≥ 平均的 {ratio} 倍,且多出 ≥ {excess} 件',
	'report.thr.night': '夜间寄件集中的省份',
	'report.thr.night.value': '夜间占比 ≥ 全国的 {ratio} 倍,且高出 ≥ {gap} 个百分点',
	'report.thr.tierReturn': '退货集中的城市线级',
	'report.thr.tierReturn.value': '退货占比 ≥ 平均的 {ratio} 倍',
	'report.thr.weight': '大件的收入与运量',
	'report.thr.weight.value':
		'收入占比 ≥ 运单占比 × {premium}(重点)或 ≤ 运单占比 × {under}(偏低),大件运单 ≥ {share}',
	'report.thr.complaintType': '最多的投诉类型',
	'report.thr.complaintType.value': '相关会话 ≥ {count} 次',
	'report.thr.hidden': '被归为咨询 / 表扬的投诉',
	'report.thr.hidden.value': '≥ {count} 次,且占会话 ≥ {share}',
	'report.thr.onTime': '准时率偏低(触点)',
	'report.thr.onTime.value': '比平均低 ≥ {gap} 个百分点,运单 ≥ {parcels} 件',
	'report.thr.damageCategory': '破损集中的品类(触点)',
	'report.thr.damageCategory.value': '破损率 ≥ 平均的 {ratio} 倍,运单 ≥ {parcels} 件',
	'report.thr.claimChurn': '慢理赔与流失(触点)',
	'report.thr.claimChurn.value':
		'流失率 ≥ 快理赔的 {ratio} 倍且高出 ≥ {gap} 个百分点,理赔客户 ≥ {customers} 位'
} satisfies Record<string, string>;

export const en: Record<keyof typeof zh, string> = {
	'report.label.problem': 'Problem',
	'report.label.cause': 'Cause',
	'report.label.action': 'Action',
	'report.label.insights': 'Insights and actions',
	'report.label.playbook': 'Customer operations handbook',
	'report.label.segment': 'Segment',
	'report.label.size': 'Size',
	'report.label.playbookAction': 'Suggested action',
	'report.label.golden': 'The golden number',
	'report.label.whatIf': 'If the waist tier moved up',
	'report.label.assumptions': 'Assumptions',
	'report.label.reproduce': 'Reproducibility',
	'report.label.asOf': 'Data as of (as_of)',
	'report.label.window': 'Analysis window',
	'report.label.generatedAt': 'Generated',
	'report.label.thresholds': 'Thresholds',
	'report.label.threshold': 'Threshold',
	'report.label.value': 'Value',
	'report.label.files': 'Data files',
	'report.label.fileName': 'File',
	'report.label.fingerprint': 'Fingerprint',
	'report.label.rows': 'Rows',
	'report.label.app': 'Generated by',
	'report.label.contents': 'Contents',
	'report.label.source': 'Source',
	'report.label.none': '(none)',
	'report.page.data': 'Data quality',
	'report.page.profile': 'Customer profile',
	'report.page.value': 'Value segments',
	'report.page.emotion': 'Emotion touchpoints',

	'report.rule.unhappy.problem':
		'“{segment}” are {customers} of customers and bring {revenue} of revenue, yet raise {complaints} of complaints.',
	'report.rule.unhappy.cause':
		'Their complaint share is {ratio}× their revenue share ({count} complaints): they ship a lot and are more sensitive to speed and claims, and the standard service has not kept up with their value (check against the complaint types).',
	'report.rule.unhappy.action':
		'Give “{segment}” a dedicated service desk and a fast complaint lane; review the root cause of each of the {count} complaints (delay, damage, claims) and track their complaint share monthly until it falls below their revenue share.',

	'report.rule.churn.problem':
		'{alerts} high-value customers ({share} of high-value customers) have not shipped for more than {days} days, past the churn alert line.',
	'report.rule.churn.cause':
		'The alert line of {days} days comes from the customers’ average gap between shipments; past it, a customer has left their own rhythm — often a switch to another courier, a slow season, or one bad experience.',
	'report.rule.churn.action':
		'Hand the list of these {alerts} customers (exportable on the value page) to account managers, call each within a week to learn why, and offer a win-back: a dedicated price, a delivery-time promise or fast-tracked claims.',

	'report.rule.clusterFalling.problem':
		'Cluster “{cluster}” fell from {previous} to {recent} of parcels over the last {months} months, a relative drop of {drop}.',
	'report.rule.clusterFalling.cause':
		'These customers are shipping less faster than everyone else (shares, so the overall season is taken out); some may have moved to a competitor, shrunk their business, or be unhappy with recent service.',
	'report.rule.clusterFalling.action':
		'Call a sample of the “{cluster}” customers whose shipping fell most, and check recent delivery times, prices and complaints; offer volume-retention deals to those still shipping.',

	'report.rule.dropOff.problem':
		'{share} of parcels through {stage} “{node}” end badly (mostly {outcome}), against {avg} of all parcels — {ratio}× the average.',
	'report.rule.dropOff.cause':
		'It loses about {excess} more parcels than the average rate predicts; orders from this {stage} differ in pickup, promised speed or last-mile delivery — find out which step.',
	'report.rule.dropOff.action':
		'Audit the parcels of “{node}”: trace a sample of the {outcome} ones, agree a target with whoever runs this {stage} (bad outcomes at or below {avg}) and follow it weekly.',

	'report.rule.night.problem':
		'{province} orders {share} of its parcels at night ({start}–{end}), {ratio}× the national {avg}.',
	'report.rule.night.cause':
		'Night demand is concentrated there (e-commerce sellers packing in the evening, commuters shipping after work), and outlets open in the daytime cannot take it.',
	'report.rule.night.action':
		'Pilot 24-hour unmanned outlets or smart parcel lockers in the cities of {province} with most night orders, and consider an extra evening pickup run.',

	'report.rule.tierReturn.problem':
		'In {tier} cities returns are {share} of parcels, {ratio}× the average {avg} across city tiers.',
	'report.rule.tierReturn.cause':
		'Online shopping and returns are more active there, and returns usually concentrate on a few e-commerce sellers and platforms (check against customers and categories).',
	'report.rule.tierReturn.action':
		'Offer reverse logistics in {tier} cities: doorstep return pickup, return-shipping insurance, a flat e-commerce return price, and return agreements with the sellers who return most.',

	'report.rule.weightPremium.problem':
		'Parcels of {lower} kg and more are only {parcels} of parcels but bring {revenue} of revenue — {ratio}× their parcel share.',
	'report.rule.weightPremium.cause':
		'Heavy parcels are priced by weight and earn more per parcel; the customers sending them (wholesale, furniture, electronics…) are few but valuable.',
	'report.rule.weightPremium.action':
		'Make heavy-parcel customers a sales focus: tiered heavy-parcel prices and monthly contracts, pickup vehicles and hub capacity to match, so they are not lost to delays or damage.',
	'report.rule.weightUnderpriced.problem':
		'Parcels of {lower} kg and more are {parcels} of parcels but only {revenue} of revenue.',
	'report.rule.weightUnderpriced.cause':
		'Heavy parcels earn little per parcel — perhaps deep contract discounts or per-parcel rather than per-weight pricing — while they cost more to handle.',
	'report.rule.weightUnderpriced.action':
		'Review the contract prices and billing basis (actual or volumetric weight) of heavy-parcel customers and renegotiate contracts priced below cost.',

	'report.rule.complaintType.problem':
		'{sessions} service sessions concern “{type}”, {share} of all {total} sessions — the most common complaint type.',
	'report.rule.complaintType.cause.delay':
		'Delays build up in long transit stays and last-mile backlogs; customers complain most when tracking stops updating.',
	'report.rule.complaintType.cause.damage':
		'Damage comes with thin packaging and rough sorting, fragile goods and fresh food most of all.',
	'report.rule.complaintType.cause.loss':
		'Losses happen at hand-overs (hubs, pickup stations, wrong collection) without a traceable signature.',
	'report.rule.complaintType.cause.claim':
		'Claims take long, need many documents and show no progress, so customers keep chasing.',
	'report.rule.complaintType.cause.attitude':
		'Couriers and agents do not follow service rules: no doorstep delivery, passing the buck, unanswered calls.',
	'report.rule.complaintType.cause.fee':
		'Pricing is opaque: customers question the billed weight, surcharges or overcharging.',
	'report.rule.complaintType.cause.other':
		'These negative sessions fit no specific complaint type; read a sample to classify them.',
	'report.rule.complaintType.action.delay':
		'Notify customers of likely delays with a new expected delivery time; investigate the routes and hubs where delays concentrate.',
	'report.rule.complaintType.action.damage':
		'Offer standard packaging and insurance for fragile and fresh goods; audit sorting at the hubs where damage concentrates.',
	'report.rule.complaintType.action.loss':
		'Scan at every key hand-over, require in-person or code-verified signatures for valuable parcels, and pay lost-parcel claims first.',
	'report.rule.complaintType.action.claim':
		'Simplify claim documents, promise a claim deadline (e.g. 3 working days) with progress updates, and pay small claims first.',
	'report.rule.complaintType.action.attitude':
		'Count attitude complaints in outlet reviews, go through the outlets and staff with most complaints, and train them.',
	'report.rule.complaintType.action.fee':
		'Show the price breakdown (billed weight, surcharges) at ordering and refund overcharges quickly.',
	'report.rule.complaintType.action.other':
		'Read a sample of these sessions and extend the complaint types and dictionary.',

	'report.rule.hidden.problem':
		'In {hidden} sessions filed as inquiry, praise or nothing, the customer was in fact complaining — {share} of all sessions.',
	'report.rule.hidden.cause':
		'The category is chosen at the start of a session and customers often raise the problem later; these complaints are neither counted nor followed up.',
	'report.rule.hidden.action':
		'Detect complaint words in every session and turn hits into complaint tickets with an owner; check the routing weekly.',

	'report.rule.onTime.problem':
		'{dimension} “{label}” delivers only {rate} on time, against {avg} of all parcels ({parcels} parcels).',
	'report.rule.onTime.cause':
		'Late deliveries concentrate in this {dimension}, usually from poor transfer timing, schedules or capacity (check against tracking events).',
	'report.rule.onTime.action':
		'Investigate transit stays and delivery runs of “{label}”, set an on-time target (at least {avg}), follow it weekly and tell the affected customers first.',
	'report.rule.damageCategory.problem':
		'“{category}” is damaged in {rate} of parcels, {ratio}× the {avg} of all parcels ({parcels} parcels).',
	'report.rule.damageCategory.cause':
		'These goods are more sensitive to packaging and sorting; standard packaging and sorting do not protect them enough.',
	'report.rule.damageCategory.action':
		'Set a packaging standard for “{category}”, recommend insurance, mark fragile parcels for sorting and follow the damage rate monthly.',
	'report.rule.claimChurn.problem':
		'Customers whose claim took more than {days} days churned at {slow}, against {fast} for faster claims ({customers} customers with claims).',
	'report.rule.claimChurn.cause':
		'The longer a claim drags on, the likelier the customer leaves for another courier: slow claims are a cause of churn in themselves.',
	'report.rule.claimChurn.action':
		'Promise to close claims within {days} days with automatic escalation; apologise to and call back customers whose claims ran over.',
	'report.touch.dimension.route': 'Route',
	'report.touch.dimension.weekday': 'Weekday',
	'report.touch.dimension.province': 'Province',
	'report.touch.dimension.node': 'Outlet',
	'report.touch.dimension.product': 'Product',

	'report.playbook.size': '{customers} customers · {revenue} of revenue',
	'report.playbook.seed.high-value-high-freq':
		'Dedicated service: a named account manager, complaints answered within 2 hours, quarterly reviews.',
	'report.playbook.seed.high-value-low-freq':
		'Insurance: recommend declared-value insurance for valuable parcels, fast-track claims, dedicated prices to lift frequency.',
	'report.playbook.seed.low-value-high-freq':
		'Cash on delivery + credit: offer COD and monthly credit terms to lower the barrier per shipment, then move them to a contract.',
	'report.playbook.seed.low-value-low-freq':
		'AI call wake-up: reach them cheaply with a first-order offer and watch who comes back.',
	'report.playbook.cluster.frequency.high':
		'A named account manager and a monthly contract that secures the volume.',
	'report.playbook.cluster.recency_days.high':
		'Wake them with AI calls or texts and a come-back offer.',
	'report.playbook.cluster.monetary.high':
		'Dedicated service and delivery-time guarantees, reviewed quarterly.',
	'report.playbook.cluster.avg_weight.high':
		'Tiered heavy-parcel prices and pickup vehicles to match.',
	'report.playbook.cluster.night_share.high':
		'An evening pickup run, or the nearest 24-hour smart locker.',
	'report.playbook.cluster.return_share.high':
		'A reverse-logistics bundle: doorstep return pickup, return-shipping insurance.',
	'report.playbook.cluster.fresh_share.high':
		'Cold-chain and next-morning products with fresh-food packaging.',
	'report.playbook.cluster.electronics_share.high':
		'Insurance by default for electronics, shock-proof packaging.',
	'report.playbook.cluster.document_share.high':
		'Express documents with electronic receipts on a business contract.',
	'report.playbook.cluster.monthly_share.low':
		'Offer a monthly contract with credit terms to make them stick.',
	'report.playbook.cluster.ecommerce_share.high':
		'Platform integration, bulk ordering and a flat return price.',
	'report.playbook.cluster.complaint_rate.high':
		'Review every complaint with one owner until it is closed.',
	'report.playbook.cluster.cross_province_share.high':
		'Inter-province express with a delivery-time promise.',
	'report.playbook.cluster.fallback': 'Keep the standard service and review this group quarterly.',

	'report.thr.unhappy': 'Valuable but unhappy segment',
	'report.thr.unhappy.value':
		'revenue share ≥ {revenue}, complaint share ≥ revenue share × {factor}, ≥ {count} complaints',
	'report.thr.churn': 'High-value churn alerts',
	'report.thr.churn.value': '≥ {count} high-value customers past the alert line',
	'report.thr.clusterFalling': 'Cluster with falling volume',
	'report.thr.clusterFalling.value': 'earlier parcel share ≥ {share}, relative drop ≥ {drop}',
	'report.thr.dropOff': 'Channel or payment method losing most parcels',
	'report.thr.dropOff.value':
		'bad-outcome share ≥ {ratio}× the average and ≥ {excess} excess parcels',
	'report.thr.night': 'Province with concentrated night shipping',
	'report.thr.night.value': 'night share ≥ {ratio}× national and ≥ {gap} points above it',
	'report.thr.tierReturn': 'City tier with concentrated returns',
	'report.thr.tierReturn.value': 'return share ≥ {ratio}× the average',
	'report.thr.weight': 'Heavy parcels: revenue against volume',
	'report.thr.weight.value':
		'revenue share ≥ parcel share × {premium} (focus) or ≤ parcel share × {under} (underpriced), heavy parcels ≥ {share}',
	'report.thr.complaintType': 'Most common complaint type',
	'report.thr.complaintType.value': '≥ {count} sessions',
	'report.thr.hidden': 'Complaints filed as inquiry or praise',
	'report.thr.hidden.value': '≥ {count} sessions and ≥ {share} of sessions',
	'report.thr.onTime': 'Low on-time rate (touchpoints)',
	'report.thr.onTime.value': '≥ {gap} points below the average, ≥ {parcels} parcels',
	'report.thr.damageCategory': 'Category with concentrated damage (touchpoints)',
	'report.thr.damageCategory.value': 'damage rate ≥ {ratio}× the average, ≥ {parcels} parcels',
	'report.thr.claimChurn': 'Slow claims and churn (touchpoints)',
	'report.thr.claimChurn.value':
		'churn ≥ {ratio}× that of fast claims and ≥ {gap} points above it, ≥ {customers} customers with claims'
};

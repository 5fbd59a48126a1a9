// 情绪触点: sentiment of service texts and complaint types (src/lib/emotion).
export const zh = {
	'touch.title': '情绪触点:哪里会流失',
	'scenario.title': '场景偏好:为什么寄',
	'scenario.editor.title': '场景规则(可编辑,随项目保存)',
	'scenario.editor.hint':
		'一条运单满足某场景的任一条件即打上该场景标签,可同时属于多个场景;客户的主场景是其运单最多的场景。关键词按字面匹配备注,不区分大小写。',
	'scenario.editor.enabled': '启用',
	'scenario.editor.conditions': '条件',
	'scenario.editor.keywords': '备注关键词',
	'scenario.editor.values': '取值',
	'scenario.editor.min': '下限',
	'scenario.editor.needs': '服务需求',
	'scenario.editor.apply': '应用规则',
	'scenario.editor.reset': '撤销修改',
	'scenario.editor.invalid': '规则有问题:',
	'scenario.col.scenario': '场景',
	'scenario.col.parcels': '运单',
	'scenario.col.primary': '主场景客户',
	'nav.emotion': '情绪触点',
	'emotion.title': '情绪触点与场景',
	'emotion.intro':
		'每条客服文本(通话记录、工单、评价)在本机的分析引擎里打出情感得分并识别投诉类型;再与运单、线路、理赔时效和之后是否继续寄件关联起来。',
	'emotion.loading': '正在分析客服文本…',
	'emotion.progress': '已分析 {done} / {total} 条不同文本',
	'emotion.none': '当前数据没有客服会话表,无法做情绪分析。导入客服会话后这里会显示结果。',
	'emotion.headline':
		'{sessions} 条客服会话,其中 {scored} 条有文本;平均情感得分 {avg},负面占 {negative}。',
	'emotion.speed': '分析 {texts} 条不同文本用时 {ms}(约 {rate} 条/秒)。',
	'emotion.labels.title': '情感分布',
	'emotion.types.title': '投诉类型',
	'emotion.types.fromText': '文本识别',
	'emotion.types.fromCategory': '工单分类',
	'emotion.types.sessions': '会话数',
	'emotion.types.note':
		'同一会话可同时属于多个类型;“工单分类”来自导出里的问题类别,“文本识别”来自对文本本身的分析。',
	'emotion.hidden': '有 {count} 条会话被归类为“咨询”或“表扬”,但文本里其实是投诉。',
	'emotion.byCategory.title': '各问题类别的情感',
	'emotion.byChannel.title': '各客服渠道的情感',
	'emotion.col.category': '问题类别',
	'emotion.col.channel': '客服渠道',
	'emotion.col.sessions': '会话数',
	'emotion.col.avg': '平均情感',
	'emotion.col.negative': '负面占比',
	'emotion.examples.title': '最负面的文本(号码已脱敏)',
	'emotion.col.text': '文本',
	'emotion.col.types': '投诉类型',
	'emotion.col.score': '得分',
	'emotion.type.delay': '延误',
	'emotion.type.damage': '破损',
	'emotion.type.loss': '丢件',
	'emotion.type.claim': '理赔',
	'emotion.type.attitude': '态度',
	'emotion.type.fee': '费用',
	'emotion.type.other': '其他',
	'emotion.type.delay.hint': '未按时送达:延误、迟迟不派送、物流不更新、还没收到、才送到',
	'emotion.type.damage.hint': '物品或包装受损:破损、摔坏、压扁、漏液、变形',
	'emotion.type.loss.hint': '包裹丢失或少件:丢件、找不到、冒领、显示签收却没收到',
	'emotion.type.claim.hint': '赔偿与保价:申请理赔、赔偿金额、拒赔、理赔进度慢',
	'emotion.type.attitude.hint':
		'服务态度与服务行为:态度差、不耐烦、推诿、不接电话、不送货上门、暴力分拣',
	'emotion.type.fee.hint': '收费问题:运费贵、多收、乱收费、重复收费',
	'emotion.type.other.hint': '负面但不属于以上任何一类',
	'emotion.sentiment.positive': '正面',
	'emotion.sentiment.neutral': '中性',
	'emotion.sentiment.negative': '负面',
	'emotion.sentiment.score': '情感得分',
	'emotion.sentiment.inquiry': '咨询(提问且无抱怨词,按中性处理)',
	'emotion.method.title': '情感与投诉类型是怎么算的',
	'emotion.method.tokens': '分词:jieba(含快递领域词,如 快递员、丢件、保价、签收)。',
	'emotion.method.model':
		'统计模型:逻辑回归,特征为词、否定词后的词和相邻词对,离线训练于 {texts} 条公开标注的中文网购评论,保留权重最大的 {features} 个特征。',
	'emotion.method.lexicon':
		'快递领域词典:褒贬词带权重;否定词(不、没有、未…)翻转或减弱其后的词,程度副词(非常、很、有点…)放大或减弱;“没收到”“不更新”这类本该发生却没发生的事计为负面;“如果”“以免”之后的词不计分。',
	'emotion.method.score':
		'情感得分 = tanh((模型得分 + {lexiconWeight} × 词典得分) / 2),取值 -1 到 1;绝对值小于 {band} 记为中性。',
	'emotion.method.types':
		'投诉类型:按词典在分句中匹配;被否定的词不算(“没有破损”不是破损投诉);“态度”“运费”这类话题词只在负面分句中才算;负面但无匹配的记为“其他”。一条文本可有多个类型。',
	'emotion.method.accuracy':
		'在模型从未见过的 {heldOut} 条评论上:准确率 {accuracy},负面 F1 {negativeF1},正面 F1 {positiveF1}。'
} satisfies Record<string, string>;

export const en: Record<keyof typeof zh, string> = {
	'touch.title': 'Emotion touchpoints: where customers are lost',
	'scenario.title': 'Scenarios: why they ship',
	'scenario.editor.title': 'Scenario rules (editable, saved with the project)',
	'scenario.editor.hint':
		'A waybill gets a scenario when it meets any of its conditions, and can have several; a customer’s primary scenario is the one with most of their waybills. Keywords match the remark literally, ignoring case.',
	'scenario.editor.enabled': 'On',
	'scenario.editor.conditions': 'Conditions',
	'scenario.editor.keywords': 'Remark keywords',
	'scenario.editor.values': 'Values',
	'scenario.editor.min': 'Minimum',
	'scenario.editor.needs': 'Service needs',
	'scenario.editor.apply': 'Apply rules',
	'scenario.editor.reset': 'Undo changes',
	'scenario.editor.invalid': 'The rules have problems:',
	'scenario.col.scenario': 'Scenario',
	'scenario.col.parcels': 'Waybills',
	'scenario.col.primary': 'Primary for customers',
	'nav.emotion': 'Emotion',
	'emotion.title': 'Emotion touchpoints and scenarios',
	'emotion.intro':
		'Every customer-service text (call transcript, ticket, review) gets a sentiment score and complaint types in this browser’s analysis engine, then is linked to waybills, routes, claim handling times and whether the customer kept shipping.',
	'emotion.loading': 'Analysing service texts…',
	'emotion.progress': 'Analysed {done} of {total} distinct texts',
	'emotion.none':
		'This data has no customer-service sessions, so there is nothing to analyse yet. Import service sessions to see results here.',
	'emotion.headline':
		'{sessions} service sessions, {scored} with text; average sentiment {avg}, {negative} negative.',
	'emotion.speed': 'Analysing {texts} distinct texts took {ms} (about {rate} texts/s).',
	'emotion.labels.title': 'Sentiment',
	'emotion.types.title': 'Complaint types',
	'emotion.types.fromText': 'From the text',
	'emotion.types.fromCategory': 'From the ticket category',
	'emotion.types.sessions': 'Sessions',
	'emotion.types.note':
		'A session can have several types. “Ticket category” is the category in the export; “from the text” is what the words say.',
	'emotion.hidden':
		'{count} sessions filed as enquiries or praise are complaints in their own words.',
	'emotion.byCategory.title': 'Sentiment by ticket category',
	'emotion.byChannel.title': 'Sentiment by service channel',
	'emotion.col.category': 'Category',
	'emotion.col.channel': 'Channel',
	'emotion.col.sessions': 'Sessions',
	'emotion.col.avg': 'Avg sentiment',
	'emotion.col.negative': 'Negative share',
	'emotion.examples.title': 'Most negative texts (numbers masked)',
	'emotion.col.text': 'Text',
	'emotion.col.types': 'Complaint types',
	'emotion.col.score': 'Score',
	'emotion.type.delay': 'Delay',
	'emotion.type.damage': 'Damage',
	'emotion.type.loss': 'Loss',
	'emotion.type.claim': 'Claim',
	'emotion.type.attitude': 'Attitude',
	'emotion.type.fee': 'Fee',
	'emotion.type.other': 'Other',
	'emotion.type.delay.hint':
		'Not delivered on time: delays, no delivery attempt, tracking not updated, not received yet, arrived late',
	'emotion.type.damage.hint': 'Item or packaging damaged: broken, crushed, leaking, deformed',
	'emotion.type.loss.hint':
		'Parcel lost or incomplete: lost, cannot be found, collected by someone else, shown as signed but not received',
	'emotion.type.claim.hint':
		'Compensation and insurance: claim filed, amount, refusal, slow claim handling',
	'emotion.type.attitude.hint':
		'Service attitude and conduct: rude, impatient, shifting blame, not answering, no door delivery, rough handling',
	'emotion.type.fee.hint': 'Charges: expensive, overcharged, arbitrary or duplicate fees',
	'emotion.type.other.hint': 'Negative but none of the above',
	'emotion.sentiment.positive': 'Positive',
	'emotion.sentiment.neutral': 'Neutral',
	'emotion.sentiment.negative': 'Negative',
	'emotion.sentiment.score': 'Sentiment score',
	'emotion.sentiment.inquiry': 'Inquiry (a question without complaint words, treated as neutral)',
	'emotion.method.title': 'How sentiment and complaint types are computed',
	'emotion.method.tokens':
		'Word segmentation: jieba, with courier words added (快递员, 丢件, 保价, 签收, …).',
	'emotion.method.model':
		'Statistical model: logistic regression over words, words after a negator and adjacent word pairs, trained offline on {texts} public labelled Chinese shopping reviews; the {features} largest weights are kept.',
	'emotion.method.lexicon':
		'Courier lexicon: weighted positive and negative words; negators (不, 没有, 未, …) flip or soften the word after them, degree adverbs (非常, 很, 有点, …) strengthen or soften it; expected events that did not happen ("没收到", "不更新") count as negative; words after "如果" or "以免" are not scored.',
	'emotion.method.score':
		'Sentiment score = tanh((model score + {lexiconWeight} × lexicon score) / 2), from -1 to 1; below {band} in absolute value it is neutral.',
	'emotion.method.types':
		'Complaint types: dictionary words matched per clause; negated words do not count ("没有破损" is not a damage complaint); topic words such as 态度 or 运费 count only in a negative clause; a negative text with no match is "Other". A text can have several types.',
	'emotion.method.accuracy':
		'On {heldOut} reviews the model never saw: accuracy {accuracy}, negative F1 {negativeF1}, positive F1 {positiveF1}.'
};

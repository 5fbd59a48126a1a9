// Complaint types of a customer-service text, from word dictionaries read on annotated clauses
// (terms.ts): a negated cue reports nothing ("没有破损"), a negated expectation reports a problem
// ("没收到", "一直不更新"), and a topic counts only in a clause that is negative ("态度很差").
// The dictionaries are plain data so the UI can show which words define each type.

import { termValue } from './lexicon';
import type { Clause, Term } from './terms';

export const COMPLAINT_TYPES = [
	'delay',
	'damage',
	'loss',
	'claim',
	'attitude',
	'fee',
	'other'
] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

/** How a type is recognised. */
export interface ComplaintDictionary {
	/** Words that report the problem, unless negated or hypothetical. */
	cues: readonly string[];
	/** Expectations whose negation reports the problem ("没|到", "不|通知"). */
	whenNegated: readonly string[];
	/** Subjects that report the problem when their clause is negative ("运费" + "太贵了"). */
	topics: readonly string[];
	/** Words that report the problem next to one of the topics only ("费用" + "太高"). */
	withTopic: readonly string[];
}

export const COMPLAINT_DICTIONARIES: Readonly<
	Record<Exclude<ComplaintType, 'other'>, ComplaintDictionary>
> = {
	delay: {
		cues: [
			'延误',
			'延迟',
			'慢',
			'缓慢',
			'龟速',
			'拖',
			'拖延',
			'拖拉',
			'磨蹭',
			'迟迟',
			'超时',
			'耽误',
			'停滞',
			'滞留',
			'卡住',
			'晚到',
			'迟到',
			'催件',
			'躺'
		],
		whenNegated: [
			'到',
			'送到',
			'送达',
			'到货',
			'派送',
			'送',
			'送过来',
			'送来',
			'配送',
			'更新',
			'动',
			'发货',
			'揽收',
			'取件'
		],
		topics: ['时效', '速度'],
		withTopic: []
	},
	damage: {
		cues: [
			'破损',
			'损坏',
			'坏',
			'摔坏',
			'压坏',
			'碰坏',
			'碎',
			'破',
			'变形',
			'受潮',
			'划痕',
			'压扁',
			'漏',
			'裂',
			'烂'
		],
		whenNegated: [],
		topics: ['包装', '外包装', '外箱', '箱子'],
		withTopic: []
	},
	loss: {
		cues: [
			'丢',
			'丢件',
			'丢失',
			'弄丢',
			'不见',
			'找不到',
			'查不到',
			'冒领',
			'虚假签收',
			'少件',
			'漏件',
			'错件',
			'送错',
			'少'
		],
		whenNegated: [],
		topics: [],
		withTopic: []
	},
	claim: {
		cues: ['理赔', '索赔', '赔偿', '赔付', '赔', '赔钱', '报损', '补偿'],
		// "不赔", "拒绝赔偿" are claim complaints too: claim words count negated or not.
		whenNegated: ['理赔', '索赔', '赔偿', '赔付', '赔', '赔钱', '补偿'],
		topics: ['保价'],
		withTopic: []
	},
	attitude: {
		cues: [
			'不耐烦',
			'敷衍',
			'推卸',
			'推卸责任',
			'推脱',
			'推诿',
			'推三阻四',
			'爱答不理',
			'不理不睬',
			'踢皮球',
			'凶',
			'骂',
			'骂人',
			'吼',
			'粗暴',
			'野蛮',
			'暴力分拣',
			'乱扔',
			'扔',
			'挂',
			'挂电话',
			'联系不上',
			'打不通',
			'态度恶劣',
			'不负责任',
			'刁难',
			'威胁'
		],
		whenNegated: [
			'接',
			'接电话',
			'回复',
			'回应',
			'理',
			'理会',
			'通知',
			'联系',
			'打电话',
			'告知',
			'上门',
			'送上门',
			'送货上门',
			'负责',
			'尽责',
			'耐心',
			'热情',
			'礼貌',
			'有礼貌',
			'客气',
			'友好',
			'周到',
			'专业'
		],
		topics: ['态度', '服务', '语气', '说话', '素质'],
		withTopic: []
	},
	fee: {
		cues: [
			'贵',
			'多收',
			'乱收费',
			'乱收',
			'乱扣',
			'多扣',
			'扣',
			'扣费',
			'扣钱',
			'加价',
			'宰',
			'重复收费'
		],
		whenNegated: [],
		topics: [
			'运费',
			'费用',
			'收费',
			'价格',
			'价钱',
			'钱',
			'费',
			'续重',
			'首重',
			'保价费',
			'计费',
			'扣款',
			'到付',
			// The verb: "3公斤收了这么多".
			'收'
		],
		withTopic: ['高', '涨', '上涨', '翻倍', '多', '两次', '重复', '又']
	}
};

/**
 * Words that make 没收到 a loss rather than a delay: the parcel shows as delivered ("显示已签收
 * 但是没收到").
 */
const DELIVERED_WORDS: ReadonlySet<string> = new Set(['签收', '已签收', '妥投', '代签收']);

/** Slowness words that belong to a claim or a service process when one is named in the clause. */
const SLOW_WORDS: ReadonlySet<string> = new Set([
	'慢',
	'缓慢',
	'拖',
	'拖延',
	'拖拉',
	'磨蹭',
	'迟迟',
	'超时'
]);
const PROCESS_WORDS: ReadonlyMap<string, 'claim' | 'attitude'> = new Map([
	['理赔', 'claim'],
	['索赔', 'claim'],
	['赔偿', 'claim'],
	['赔付', 'claim'],
	['赔', 'claim'],
	['客服', 'attitude'],
	['回复', 'attitude'],
	['处理', 'attitude']
]);

type Rule = { type: Exclude<ComplaintType, 'other'>; kind: keyof ComplaintDictionary };
const RULES = new Map<string, Rule[]>();
for (const [type, dictionary] of Object.entries(COMPLAINT_DICTIONARIES)) {
	for (const kind of ['cues', 'whenNegated', 'topics', 'withTopic'] as const) {
		for (const word of dictionary[kind]) {
			const rules = RULES.get(word) ?? [];
			rules.push({ type: type as Rule['type'], kind });
			RULES.set(word, rules);
		}
	}
}

/** Whether a complaint dictionary mentions `word` (for splitting glued prefixes). */
export function isComplaintWord(word: string): boolean {
	return RULES.has(word);
}

/** Arrivals that are late when 才 comes right before ("第三天才到"). */
const ARRIVALS: ReadonlySet<string> = new Set(['到', '送到', '送达', '到货', '收到', '送来']);
/** Not received: a delay, or a loss when the parcel shows as delivered. */
const RECEIVE: ReadonlySet<string> = new Set(['收到', '收']);

/** The types a clause reports, given whether the whole text says the parcel was delivered. */
function clauseTypes(clause: Clause, delivered: boolean, into: Set<ComplaintType>): void {
	const sum = clause.reduce((total, t) => total + termValue(t), 0);
	const negativeClause = sum < 0;
	// Praise that names a subject is not a complaint about it ("理赔很快就到账了").
	const positiveClause = sum > 0;
	const counts = (t: Term) => !t.modifier && !t.hypothetical;
	const topicsHere = new Set<ComplaintType>();
	for (const term of clause) {
		if (!counts(term) || term.negated) continue;
		for (const rule of RULES.get(term.word) ?? [])
			if (rule.kind === 'topics') topicsHere.add(rule.type);
	}
	const process = clause.map((t) => PROCESS_WORDS.get(t.word)).find((p) => p !== undefined);
	clause.forEach((term, i) => {
		if (!counts(term)) return;
		for (const { type, kind } of RULES.get(term.word) ?? []) {
			const fires =
				kind === 'cues'
					? !term.negated && !positiveClause
					: kind === 'whenNegated'
						? term.negated
						: kind === 'topics'
							? !term.negated && negativeClause
							: !term.negated && topicsHere.has(type);
			if (!fires) continue;
			if (type === 'delay' && process && SLOW_WORDS.has(term.word)) into.add(process);
			else into.add(type);
		}
		if ((RECEIVE.has(term.word) && term.negated) || term.word === '收不到') {
			into.add(delivered ? 'loss' : 'delay');
		}
		if (ARRIVALS.has(term.word) && clause[i - 1]?.word === '才') into.add('delay');
	});
}

/**
 * The specific complaint types of a text's annotated clauses, in COMPLAINT_TYPES order (never
 * 'other': that needs the sentiment, see withOther).
 */
export function complaintTypes(clauses: readonly Clause[]): ComplaintType[] {
	const delivered = clauses.some((c) => c.some((t) => DELIVERED_WORDS.has(t.word) && !t.negated));
	const found = new Set<ComplaintType>();
	for (const clause of clauses) clauseTypes(clause, delivered, found);
	return COMPLAINT_TYPES.filter((t) => found.has(t));
}

/** A negative text that matches no dictionary is a complaint of type 'other'. */
export function withOther(types: readonly ComplaintType[], negative: boolean): ComplaintType[] {
	return types.length === 0 && negative ? ['other'] : [...types];
}

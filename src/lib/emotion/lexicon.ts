// The courier-domain sentiment lexicon. The statistical model learns from e-commerce reviews and
// has seen few words like 丢件, 冒领 or 暴力分拣; these weights carry that domain knowledge, and
// negation and degree adverbs (terms.ts) adjust them per occurrence.

import type { Clause, Term } from './terms';

/**
 * Polar words and their weights (±0.3 mild … ±2.5 strong). Forms jieba keeps whole with a
 * prefix ("不满意", "态度恶劣") are listed as such; others are split off by terms.decompose.
 */
export const POLAR_WORDS: Readonly<Record<string, number>> = {
	// Praise, general and for the courier.
	好: 1,
	不错: 1.2,
	满意: 1.2,
	棒: 1.5,
	赞: 1.5,
	点赞: 1.5,
	好评: 1.5,
	五星: 1.5,
	满分: 1.5,
	推荐: 1,
	喜欢: 1,
	感谢: 1,
	谢谢: 0.3,
	辛苦: 0.8,
	惊喜: 1.2,
	开心: 1,
	高兴: 1,
	一流: 1.5,
	优秀: 1.2,
	优质: 1.2,
	值得: 1,
	靠谱: 1.2,
	给力: 1.5,
	放心: 1,
	安心: 1,
	省心: 1,
	方便: 0.8,
	便捷: 0.8,
	顺利: 0.8,
	稳妥: 0.8,
	准确: 0.8,
	// Speed.
	快: 1,
	快速: 1,
	快捷: 1,
	迅速: 1.2,
	飞快: 1.5,
	神速: 1.5,
	及时: 1,
	准时: 1,
	高效: 1.2,
	// Packaging and handling.
	完好: 1,
	完好无损: 1.5,
	完整: 0.8,
	结实: 0.8,
	仔细: 0.8,
	// Service and attitude.
	负责: 1.2,
	尽责: 1.2,
	认真: 1,
	细心: 1,
	用心: 1,
	热情: 1.2,
	耐心: 1.2,
	礼貌: 1,
	有礼貌: 1,
	客气: 0.8,
	友好: 1,
	周到: 1.2,
	贴心: 1.2,
	专业: 1,
	主动: 0.8,
	// Price.
	实惠: 1,
	划算: 1,
	便宜: 0.8,
	合理: 0.8,

	// General displeasure.
	差: -1.5,
	差劲: -1.8,
	垃圾: -2,
	糟糕: -1.8,
	恶劣: -2,
	失望: -1.8,
	不满: -1.5,
	不满意: -1.5,
	差评: -2,
	投诉: -1.5,
	坑: -1.5,
	坑人: -2,
	坑爹: -2,
	骗: -1.5,
	骗子: -2,
	欺骗: -2,
	忽悠: -1.5,
	黑心: -2,
	无语: -1.5,
	郁闷: -1.2,
	生气: -1.5,
	气愤: -1.8,
	愤怒: -2,
	崩溃: -1.5,
	后悔: -1.5,
	无奈: -1,
	着急: -0.6,
	焦急: -0.8,
	离谱: -1.5,
	过分: -1.5,
	不像话: -1.5,
	问题: -0.5,
	毛病: -1,
	错: -1,
	错误: -1,
	失误: -1,
	呵呵: -1,
	// Counter-expectation and rhetorical questions are how complaints are phrased ("明明是寄付
	// 为什么又收钱"); a plain inquiry rarely uses them.
	明明: -0.8,
	说好: -0.6,
	为什么: -0.4,
	凭什么: -1.2,
	再也不用: -2,
	再也不会: -2,
	// A request to hurry is how most delay complaints end.
	尽快: -0.3,
	催: -0.5,
	// Kept whole so it is not read as 没 + 收 "not received".
	没收: -0.8,
	// Speed.
	慢: -1.2,
	缓慢: -1.2,
	龟速: -1.8,
	拖: -1,
	拖延: -1.2,
	拖拉: -1.2,
	磨蹭: -1,
	迟迟: -1,
	超时: -1,
	延误: -1.5,
	延迟: -1.2,
	耽误: -1.5,
	停滞: -1.2,
	滞留: -1.2,
	卡住: -1,
	躺: -0.8,
	晚到: -1,
	迟到: -1,
	催件: -0.8,
	// Damage.
	破损: -1.5,
	损坏: -1.5,
	坏: -1.2,
	摔坏: -1.8,
	压坏: -1.8,
	碎: -1.5,
	变形: -1.2,
	受潮: -1,
	划痕: -1,
	压扁: -1.5,
	碰坏: -1.5,
	破: -1,
	漏: -1,
	裂: -1.2,
	烂: -1.5,
	// Loss.
	丢: -1.5,
	丢件: -2,
	丢失: -2,
	弄丢: -2,
	不见: -1.2,
	找不到: -1.2,
	冒领: -2,
	虚假签收: -2,
	少件: -1.5,
	漏件: -1.5,
	错件: -1.5,
	查不到: -1.2,
	收不到: -1.2,
	送错: -1.5,
	// Attitude.
	不耐烦: -1.8,
	敷衍: -1.8,
	推卸: -1.8,
	推卸责任: -2,
	推脱: -1.5,
	推诿: -1.5,
	推三阻四: -1.8,
	爱答不理: -1.8,
	不理不睬: -1.8,
	踢皮球: -1.8,
	凶: -1.5,
	骂: -1.8,
	骂人: -2,
	粗暴: -1.8,
	野蛮: -1.8,
	暴力: -1.5,
	暴力分拣: -2,
	乱扔: -1.8,
	扔: -1,
	吼: -1.5,
	挂: -0.8,
	挂电话: -1.2,
	联系不上: -1.2,
	打不通: -1,
	刁难: -1.8,
	威胁: -1.8,
	态度恶劣: -2.5,
	不负责任: -1.8,
	// Fees.
	贵: -1,
	多收: -1.5,
	乱收费: -2,
	乱扣: -1.5,
	加价: -1,
	宰: -1.5,
	乱收: -1.5,
	多扣: -1.5,
	重复收费: -1.8
};

/**
 * Things a customer expects to happen; saying they did not ("没收到", "一直不更新", "没人接")
 * is a complaint, saying they did is not praise.
 */
export const EXPECTED_EVENTS: Readonly<Record<string, number>> = {
	收到: 1.2,
	到: 1,
	送到: 1.2,
	送达: 1.2,
	到货: 1,
	派送: 1,
	送: 0.8,
	配送: 0.8,
	送货: 0.8,
	送过来: 1,
	送来: 1,
	收: 0.8,
	上门: 1,
	送上门: 1,
	送货上门: 1,
	更新: 1,
	动: 1,
	发货: 1,
	揽收: 1,
	取件: 1,
	处理: 1,
	解决: 1.2,
	回复: 1,
	回应: 1,
	理: 1,
	理会: 1,
	接: 1,
	接电话: 1,
	联系: 0.8,
	通知: 1,
	打电话: 0.8,
	告知: 0.8,
	赔: 1
};

/**
 * Negated praise flips fully ("不满意"); negated blame only leans positive ("没有破损", "不贵"):
 * the absence of a fault is not enthusiasm.
 */
const NEGATED_BLAME_SHIFT = 0.3;
/** "不太好", "不是很满意": a negated degree softens rather than flips fully. */
const SOFTENED_NEGATION = 0.5;
/** Verdicts after a contrast ("快是快，但是破损了") outweigh what came before… */
const AFTER_CONTRAST = 1.5;
/** …and a concession ("虽然有点慢") weighs less than an unqualified remark. */
const CONCEDED = 0.5;

// Maps, so inherited names such as "constructor" are never words.
const POLAR = new Map(Object.entries(POLAR_WORDS));
const EXPECTED = new Map(Object.entries(EXPECTED_EVENTS));

/** Whether the lexicon scores `word`. */
export function isLexiconWord(word: string): boolean {
	return POLAR.has(word) || EXPECTED.has(word);
}

/** One scored occurrence, for explaining a score. */
export interface LexiconHit {
	word: string;
	value: number;
}

/** The signed value of one annotated term (0 when the lexicon has nothing to say). */
export function termValue(term: Term): number {
	if (term.modifier || term.hypothetical) return 0;
	let value = 0;
	const polar = POLAR.get(term.word);
	if (polar !== undefined) {
		if (!term.negated) value = polar * term.degree;
		else if (term.negatedBeforeDegree) value = -polar * SOFTENED_NEGATION;
		else if (polar > 0) value = -polar * term.degree;
		else value = -polar * NEGATED_BLAME_SHIFT;
	} else {
		const expected = EXPECTED.get(term.word);
		if (expected !== undefined && term.negated) value = -expected * term.degree;
	}
	if (term.afterContrast) value *= AFTER_CONTRAST;
	if (term.conceded) value *= CONCEDED;
	return value;
}

/** Sum of the lexicon values of the clauses, with the hits that made it. */
export function lexiconScore(clauses: readonly Clause[]): { score: number; hits: LexiconHit[] } {
	let score = 0;
	const hits: LexiconHit[] = [];
	for (const clause of clauses) {
		for (const term of clause) {
			const value = termValue(term);
			if (value === 0) continue;
			score += value;
			hits.push({ word: term.word, value });
		}
	}
	return { score, hits };
}

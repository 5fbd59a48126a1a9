// Tokens → clauses of annotated terms: which words are negated, intensified or only hypothetical.
// The sentiment lexicon and the complaint dictionaries both read these annotations, so "没有破损"
// is neither a damage complaint nor negative, and "非常不满意" weighs more than "不满意".

/** Negators; each one flips the polarity of what follows within its scope. */
export const NEGATORS: ReadonlySet<string> = new Set([
	'不',
	'没',
	'没有',
	'没人',
	'没有人',
	'无人',
	'未',
	'无',
	'别',
	'莫',
	'勿',
	'非',
	'并不',
	'并没有',
	'并未',
	'不是',
	'没什么',
	'毫无',
	'从不',
	'从没',
	'从未',
	'从来不',
	'从来没有',
	'绝不',
	'决不',
	'不会',
	'不能',
	'不用',
	'不要',
	'不必',
	'不够',
	'不再',
	'尚未',
	'还未',
	'还没',
	'还没有',
	'一直没',
	'一直没有',
	'始终没有',
	'木有'
]);

/** Degree adverbs and their multipliers; below 1 softens ("有点慢"), above 1 strengthens. */
export const DEGREE_WORDS: ReadonlyMap<string, number> = new Map([
	['极其', 2],
	['极度', 2],
	['极', 2],
	['最', 2],
	['超级', 2],
	['超', 1.8],
	['太', 1.8],
	['非常', 1.8],
	['特别', 1.8],
	['十分', 1.8],
	['相当', 1.6],
	['格外', 1.6],
	['实在', 1.6],
	['简直', 1.6],
	['完全', 1.6],
	['严重', 1.6],
	['巨', 1.8],
	['贼', 1.6],
	['真', 1.4],
	['真的', 1.4],
	['真是', 1.4],
	['很', 1.4],
	['挺', 1.3],
	['蛮', 1.3],
	['更', 1.3],
	['更加', 1.3],
	['越来越', 1.3],
	['这么', 1.3],
	['那么', 1.3],
	['如此', 1.3],
	['比较', 1],
	['较', 1],
	['还算', 0.8],
	['有点', 0.6],
	['有点儿', 0.6],
	['有些', 0.6],
	['一点', 0.6],
	['稍微', 0.5],
	['稍', 0.5],
	['略', 0.5],
	['略微', 0.5]
]);

/** Words that are degree adverbs only right before a scored word ("好慢"), else themselves. */
const ADVERB_BEFORE_SCORED: ReadonlyMap<string, number> = new Map([['好', 1.4]]);

/**
 * Words that turn what follows into a condition, a question or a precaution: "如果丢件怎么赔",
 * "请轻放以免破损" mention damage and loss without reporting either.
 */
export const HYPOTHETICAL_MARKERS: ReadonlySet<string> = new Set([
	'如果',
	'假如',
	'假设',
	'万一',
	'要是',
	'若',
	'若是',
	'倘若',
	'如若',
	'是否',
	'会不会',
	'以免',
	'以防',
	'防止',
	'避免',
	'谨防',
	'预防',
	'担心'
]);

/** Conjunctions that end a negation's scope inside a clause ("没有破损也没有延误"). */
const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
	'但',
	'但是',
	'可是',
	'可',
	'不过',
	'然而',
	'却',
	'而',
	'而且',
	'并且',
	'还',
	'又',
	'也',
	'就是',
	'只是',
	'结果',
	'然后'
]);

/** Coordinators that carry a negation over to the next word ("没有破损和延误"). */
const COORDINATORS: ReadonlySet<string> = new Set(['和', '或', '与', '及', '或者', '、']);

/** Conjunctions after which the rest of the sentence carries the speaker's verdict. */
export const CONTRAST_MARKERS: ReadonlySet<string> = new Set([
	'但',
	'但是',
	'可是',
	'不过',
	'然而',
	'却',
	'结果'
]);

/** Concessions ("虽然有点慢，但是…"): what they introduce counts less than the verdict after. */
export const CONCESSIVE_MARKERS: ReadonlySet<string> = new Set([
	'虽然',
	'虽',
	'虽说',
	'尽管',
	'固然'
]);

/** Tokens that end a clause; those with a full stop also end a sentence. */
const CLAUSE_END = /^[\s,.!?;:。…~·]+$/;
const SENTENCE_END = /[.!?。]/;

/** How many unscored words a negator reaches across ("没有人接" negates 接). */
const NEGATION_REACH = 3;
/** How many unscored words a degree adverb may skip ("太让人失望" still intensifies 失望). */
const DEGREE_REACH = 2;

/** Directional complements jieba glues to verbs ("扔下来", "摔下去"). */
const COMPLEMENTS = ['下来', '下去', '出来', '过来', '进去', '上来', '掉', '下', '走'];

/** One word of a clause with what governs it. */
export interface Term {
	word: string;
	/** Inside the scope of an odd number of negators. */
	negated: boolean;
	/** Product of the degree adverbs right before it (1 when none). */
	degree: number;
	/** A negator came before the degree adverb ("不太好"): softens rather than flips fully. */
	negatedBeforeDegree: boolean;
	/** After a condition, question or precaution marker in its clause. */
	hypothetical: boolean;
	/** The clause comes after a contrast ("…但是破损了"). */
	afterContrast: boolean;
	/** Inside a concession not yet answered by a contrast ("虽然有点慢"). */
	conceded: boolean;
	/** A negator or degree adverb itself: it governs other words and scores nothing. */
	modifier: boolean;
}

export type Clause = Term[];

/**
 * Splits a token glued from a negator or degree prefix and a known word ("没到" → 没|到,
 * "不太好" → 不|太|好) so the prefix can govern the word, and a known verb from its complement;
 * jieba keeps many such forms whole. Tokens that are themselves known ("不满", "不耐烦") stay.
 */
export function decompose(token: string, isKnown: (word: string) => boolean): string[] {
	if (token.length < 2 || isKnown(token)) return [token];
	// A directional complement after a known verb: "扔下来" → 扔|下来.
	for (const suffix of COMPLEMENTS) {
		const stem = token.slice(0, -suffix.length);
		if (token.endsWith(suffix) && stem && isKnown(stem)) return [stem, suffix];
	}
	for (const prefixLength of [2, 1]) {
		const prefix = token.slice(0, prefixLength);
		if (prefix.length === token.length) continue;
		if (!NEGATORS.has(prefix) && !DEGREE_WORDS.has(prefix)) continue;
		const rest = decompose(token.slice(prefixLength), isKnown);
		const last = rest[rest.length - 1]!;
		if (isKnown(last)) return [prefix, ...rest];
	}
	return [token];
}

/**
 * Groups tokens into clauses and annotates each word. `isKnown` tells which words the caller
 * scores: glued prefixes are split only in front of them, and a negation or degree adverb is
 * used up by the first of them it reaches ("没有破损速度很快" negates 破损, not 快).
 */
export function annotate(tokens: readonly string[], isKnown: (word: string) => boolean): Clause[] {
	const clauses: Clause[] = [];
	let clause: Clause = [];
	let negations = 0;
	let reach = 0;
	let degree = 1;
	let degreeReach = 0;
	let negatedBeforeDegree = false;
	let hypothetical = false;
	let afterContrast = false;
	let conceded = false;
	/** The negation just used up by a scored word, kept in case a coordinator follows. */
	let spentNegations = 0;

	const resetModifiers = () => {
		negations = 0;
		reach = 0;
		degree = 1;
		degreeReach = 0;
		negatedBeforeDegree = false;
		spentNegations = 0;
	};

	// Flatten first so a word can look at the next one.
	const words: string[] = [];
	for (const token of tokens) {
		if (CLAUSE_END.test(token)) words.push(token);
		else words.push(...decompose(token, isKnown));
	}
	const isScored = (w: string | undefined) =>
		w !== undefined && !NEGATORS.has(w) && !DEGREE_WORDS.has(w) && isKnown(w);

	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		if (CLAUSE_END.test(word)) {
			if (clause.length) clauses.push(clause);
			clause = [];
			resetModifiers();
			hypothetical = false;
			if (SENTENCE_END.test(word)) {
				afterContrast = false;
				conceded = false;
			}
			continue;
		}
		if (CONCESSIVE_MARKERS.has(word)) conceded = true;
		if (CONTRAST_MARKERS.has(word)) {
			afterContrast = true;
			conceded = false;
		}
		if (HYPOTHETICAL_MARKERS.has(word)) hypothetical = true;
		if (SCOPE_BREAKERS.has(word)) resetModifiers();
		if (COORDINATORS.has(word) && spentNegations > 0) {
			negations = spentNegations;
			reach = 1;
		}
		const isNegator = NEGATORS.has(word);
		// "好慢": 好 right before a scored word is an adverb, not praise.
		const adverb = ADVERB_BEFORE_SCORED.get(word);
		const degreeHere =
			DEGREE_WORDS.get(word) ?? (adverb !== undefined && isScored(words[i + 1]) ? adverb : null);
		const scored = !isNegator && degreeHere === null && isKnown(word);
		clause.push({
			word,
			negated: reach > 0 && negations % 2 === 1,
			degree: degreeHere === null ? degree : 1,
			negatedBeforeDegree,
			hypothetical,
			afterContrast,
			conceded,
			modifier: isNegator || degreeHere !== null
		});
		if (isNegator) {
			// A second negator inside the first one's reach cancels it ("不是不好").
			negations = reach > 0 ? negations + 1 : 1;
			reach = NEGATION_REACH;
			spentNegations = 0;
		} else if (degreeHere !== null) {
			if (reach > 0 && negations % 2 === 1 && degree === 1) negatedBeforeDegree = true;
			degree *= degreeHere;
			degreeReach = DEGREE_REACH + 1;
		} else if (scored) {
			spentNegations = reach > 0 ? negations : 0;
			negations = 0;
			reach = 0;
			degree = 1;
			degreeReach = 0;
			negatedBeforeDegree = false;
		} else if (!COORDINATORS.has(word) && !SCOPE_BREAKERS.has(word)) {
			if (reach > 0) reach--;
			if (degreeReach > 0 && --degreeReach === 0) {
				degree = 1;
				negatedBeforeDegree = false;
			}
			spentNegations = 0;
		}
	}
	if (clause.length) clauses.push(clause);
	return clauses;
}

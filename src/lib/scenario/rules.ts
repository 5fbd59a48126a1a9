// Scenario preference (场景偏好): why a customer ships. The rules are DATA, not code, so the analyst
// can edit them in the UI and they are saved with the project: plain JSON, checked by
// `validateRules` whenever they come from storage or from the editor. SQL is built from them in
// tags.ts, with every user-typed value (keywords, thresholds) travelling as a parameter.

import { ITEM_CATEGORIES, PRODUCTS } from '$lib/model/vocab';

/** One test on a waybill; a rule matches when ANY of its conditions holds. */
export type ScenarioCondition =
	| { kind: 'item_category'; values: string[] }
	| { kind: 'product'; values: string[] }
	| { kind: 'is_return' }
	| { kind: 'insured' }
	| { kind: 'declared_value_min'; min: number }
	| { kind: 'weight_min'; min: number }
	/** `remark` contains any keyword, case-insensitively and literally (no wildcards, no regex). */
	| { kind: 'remark'; keywords: string[] };

export type ConditionKind = ScenarioCondition['kind'];

export const CONDITION_KINDS: readonly ConditionKind[] = [
	'item_category',
	'product',
	'is_return',
	'insured',
	'declared_value_min',
	'weight_min',
	'remark'
];

/** What a customer in a scenario needs from the courier; labels in i18n (scenario.need.<id>). */
export const SERVICE_NEEDS = [
	'free_pickup',
	'cold_chain',
	'time_definite',
	'packaging',
	'e_receipt',
	'proof_of_delivery',
	'compliance',
	'insurance',
	'careful_handling',
	'heavy_handling',
	'price',
	'convenience'
] as const;

export type ServiceNeed = (typeof SERVICE_NEEDS)[number];

export interface ScenarioRule {
	/** Stable id: lower-case letters, digits and `_`, starting with a letter (≤ 40 characters). */
	id: string;
	enabled: boolean;
	/** Display name of a rule the analyst added; built-in rules are named by i18n (scenario.name.<id>). */
	label?: string;
	/**
	 * The catch-all: matches exactly the waybills no other enabled rule matched. At most one rule
	 * may be the fallback, and it has no conditions.
	 */
	fallback?: boolean;
	conditions: ScenarioCondition[];
	needs: string[];
}

/** Limits that keep the generated SQL small and the editor usable. */
export const MAX_RULES = 30;
export const MAX_KEYWORDS_PER_RULE = 50;
export const MAX_KEYWORD_LENGTH = 40;
export const MAX_LABEL_LENGTH = 40;
export const ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** Ids of the built-in scenarios, in rule order (ties for the primary scenario go to the earlier). */
export const DEFAULT_SCENARIO_IDS = [
	'ecommerce_return',
	'fresh_gift',
	'contract_invoice',
	'high_value',
	'medicine',
	'bulky',
	'daily'
] as const;

/** A fresh copy of the built-in rules (callers may edit it freely). */
export function defaultScenarioRules(): ScenarioRule[] {
	return [
		{
			id: 'ecommerce_return',
			enabled: true,
			conditions: [{ kind: 'is_return' }, { kind: 'remark', keywords: ['退货', '退换'] }],
			needs: ['free_pickup']
		},
		{
			id: 'fresh_gift',
			enabled: true,
			conditions: [
				{ kind: 'item_category', values: ['生鲜', '食品'] },
				{ kind: 'product', values: ['冷链'] },
				{ kind: 'remark', keywords: ['礼品', '礼盒', '生鲜', '冷链'] }
			],
			needs: ['cold_chain', 'time_definite', 'packaging']
		},
		{
			id: 'contract_invoice',
			enabled: true,
			conditions: [
				{ kind: 'item_category', values: ['文件'] },
				{ kind: 'remark', keywords: ['合同', '发票', '标书', '证件'] }
			],
			needs: ['e_receipt', 'proof_of_delivery', 'compliance']
		},
		{
			id: 'high_value',
			enabled: true,
			conditions: [
				{ kind: 'declared_value_min', min: 2000 },
				{ kind: 'insured' },
				{ kind: 'item_category', values: ['3C数码'] }
			],
			needs: ['insurance', 'careful_handling']
		},
		{
			id: 'medicine',
			enabled: true,
			conditions: [{ kind: 'item_category', values: ['药品'] }],
			needs: ['compliance', 'time_definite', 'cold_chain']
		},
		{
			id: 'bulky',
			enabled: true,
			conditions: [{ kind: 'weight_min', min: 20 }],
			needs: ['heavy_handling', 'free_pickup']
		},
		{ id: 'daily', enabled: true, fallback: true, conditions: [], needs: ['price', 'convenience'] }
	];
}

export type ProblemCode =
	| 'not-a-list'
	| 'too-many-rules'
	| 'not-an-object'
	| 'invalid-id'
	| 'duplicate-id'
	| 'invalid-enabled'
	| 'invalid-label'
	| 'invalid-conditions'
	| 'no-conditions'
	| 'fallback-with-conditions'
	| 'multiple-fallbacks'
	| 'unknown-condition'
	| 'unknown-category'
	| 'unknown-product'
	| 'empty-values'
	| 'empty-keywords'
	| 'blank-keyword'
	| 'keyword-too-long'
	| 'too-many-keywords'
	| 'invalid-number'
	| 'negative-number'
	| 'invalid-needs'
	| 'unknown-need'
	| 'no-enabled-rules';

/** One thing wrong with a rule set; `rule` and `condition` are indexes (for the editor). */
export interface ScenarioProblem {
	code: ProblemCode;
	/** Errors stop the rules from running; warnings are shown but allowed. */
	severity: 'error' | 'warning';
	rule: number | null;
	condition?: number;
	/** The offending value (an unknown category, the duplicate id, the limit…). */
	detail?: string | number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const isStringList = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Every problem of a rule set loaded from anywhere (the editor, a saved project, an imported
 * file). An empty list, or warnings only, means `rules` is a valid `ScenarioRule[]`.
 */
export function validateRules(rules: unknown): ScenarioProblem[] {
	const out: ScenarioProblem[] = [];
	const err = (code: ProblemCode, rule: number | null, extra: Partial<ScenarioProblem> = {}) =>
		out.push({ code, severity: 'error', rule, ...extra });
	if (!Array.isArray(rules)) {
		err('not-a-list', null);
		return out;
	}
	if (rules.length > MAX_RULES) err('too-many-rules', null, { detail: MAX_RULES });
	const ids = new Set<string>();
	let fallbacks = 0;
	let enabled = 0;
	rules.forEach((rule: unknown, i) => {
		if (!isObject(rule)) return err('not-an-object', i);
		const id = rule.id;
		if (typeof id !== 'string' || !ID_PATTERN.test(id))
			err('invalid-id', i, { detail: typeof id === 'string' ? id : String(id) });
		else if (ids.has(id)) err('duplicate-id', i, { detail: id });
		else ids.add(id);
		if (typeof rule.enabled !== 'boolean') err('invalid-enabled', i);
		else if (rule.enabled) enabled++;
		if (
			rule.label !== undefined &&
			(typeof rule.label !== 'string' ||
				rule.label.trim() === '' ||
				rule.label.length > MAX_LABEL_LENGTH)
		)
			err('invalid-label', i, { detail: MAX_LABEL_LENGTH });
		if (rule.fallback !== undefined && typeof rule.fallback !== 'boolean')
			err('invalid-conditions', i);
		const fallback = rule.fallback === true;
		if (fallback && ++fallbacks > 1) err('multiple-fallbacks', i);
		if (!Array.isArray(rule.conditions)) err('invalid-conditions', i);
		else if (fallback && rule.conditions.length > 0) err('fallback-with-conditions', i);
		else if (!fallback && rule.conditions.length === 0) err('no-conditions', i);
		else validateConditions(rule.conditions, i, out);
		if (!isStringList(rule.needs)) err('invalid-needs', i);
		else
			for (const need of rule.needs)
				if (!(SERVICE_NEEDS as readonly string[]).includes(need))
					err('unknown-need', i, { detail: need });
	});
	if (rules.length > 0 && enabled === 0)
		out.push({ code: 'no-enabled-rules', severity: 'warning', rule: null });
	return out;
}

function validateConditions(conditions: unknown[], i: number, out: ScenarioProblem[]): void {
	const err = (code: ProblemCode, condition: number, detail?: string | number) =>
		out.push({
			code,
			severity: 'error',
			rule: i,
			condition,
			...(detail === undefined ? {} : { detail })
		});
	let keywords = 0;
	conditions.forEach((c: unknown, j) => {
		if (!isObject(c)) return err('unknown-condition', j);
		switch (c.kind) {
			case 'item_category':
			case 'product': {
				const vocab: readonly string[] = c.kind === 'product' ? PRODUCTS : ITEM_CATEGORIES;
				if (!isStringList(c.values)) return err('invalid-conditions', j);
				if (c.values.length === 0) return err('empty-values', j);
				for (const v of c.values)
					if (!vocab.includes(v))
						err(c.kind === 'product' ? 'unknown-product' : 'unknown-category', j, v);
				return;
			}
			case 'is_return':
			case 'insured':
				return;
			case 'declared_value_min':
			case 'weight_min':
				if (typeof c.min !== 'number' || !Number.isFinite(c.min))
					return err('invalid-number', j, String(c.min));
				if (c.min < 0) err('negative-number', j, c.min);
				return;
			case 'remark': {
				if (!isStringList(c.keywords)) return err('invalid-conditions', j);
				if (c.keywords.length === 0) return err('empty-keywords', j);
				keywords += c.keywords.length;
				for (const k of c.keywords) {
					if (k.trim() === '') err('blank-keyword', j);
					else if (k.length > MAX_KEYWORD_LENGTH) err('keyword-too-long', j, k.slice(0, 20));
					else if (k.includes('\0')) err('blank-keyword', j);
				}
				return;
			}
			default:
				return err('unknown-condition', j, String(c.kind));
		}
	});
	if (keywords > MAX_KEYWORDS_PER_RULE)
		out.push({
			code: 'too-many-keywords',
			severity: 'error',
			rule: i,
			detail: MAX_KEYWORDS_PER_RULE
		});
}

/** The rules, if they have no errors; throws otherwise (SQL is never built from invalid rules). */
export function checkRules(rules: unknown): ScenarioRule[] {
	const errors = validateRules(rules).filter((p) => p.severity === 'error');
	if (errors.length > 0)
		throw new Error(
			`invalid scenario rules: ${errors.map((e) => `${e.code}@${e.rule ?? '-'}`).join(', ')}`
		);
	return rules as ScenarioRule[];
}

/**
 * A clean copy of rules read from storage: unknown properties dropped, keywords trimmed, so what
 * is saved back is exactly what the model knows. Returns null with the problems when invalid.
 */
export function parseRules(value: unknown): {
	rules: ScenarioRule[] | null;
	problems: ScenarioProblem[];
} {
	const problems = validateRules(value);
	if (problems.some((p) => p.severity === 'error')) return { rules: null, problems };
	const rules = (value as ScenarioRule[]).map((r): ScenarioRule => ({
		id: r.id,
		enabled: r.enabled,
		...(r.label !== undefined ? { label: r.label.trim() } : {}),
		...(r.fallback ? { fallback: true } : {}),
		conditions: r.conditions.map(cleanCondition),
		needs: [...new Set(r.needs)]
	}));
	return { rules, problems };
}

function cleanCondition(c: ScenarioCondition): ScenarioCondition {
	switch (c.kind) {
		case 'item_category':
		case 'product':
			return { kind: c.kind, values: [...new Set(c.values)] };
		case 'is_return':
		case 'insured':
			return { kind: c.kind };
		case 'declared_value_min':
		case 'weight_min':
			return { kind: c.kind, min: c.min };
		case 'remark':
			return { kind: 'remark', keywords: [...new Set(c.keywords.map((k) => k.trim()))] };
	}
}

/** The fallback rule, if one is enabled. */
export function fallbackRule(rules: readonly ScenarioRule[]): ScenarioRule | null {
	return rules.find((r) => r.enabled && r.fallback) ?? null;
}

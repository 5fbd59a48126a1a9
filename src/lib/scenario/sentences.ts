// The scenario tab in words: names of built-in and custom scenarios, rule descriptions for the
// editor, problem messages and the key sentences, all through i18n templates.

import type { Locale } from '$lib/i18n';
import { formatNumber, formatPercent } from '$lib/i18n/format';
import { valueLabel } from '$lib/profile2/labels';
import type { TouchKey, TouchTranslate } from '$lib/touchpoints/common';
import type { ScenarioCondition, ScenarioProblem, ScenarioRule } from './rules';
import type { ScenarioFindings } from './summary';

/** A translation, or null when the catalogue has no such key (translate answers the key). */
function maybe(t: TouchTranslate, key: string): string | null {
	const text = t(key as TouchKey);
	return text === key ? null : text;
}

/** The display name of a scenario: the analyst's label, else the built-in name, else the id. */
export function scenarioName(
	id: string,
	rules: readonly ScenarioRule[],
	t: TouchTranslate
): string {
	const rule = rules.find((r) => r.id === id);
	return rule?.label ?? maybe(t, `scenario.name.${id}`) ?? id;
}

/** A service need's label (unknown ids shown as they are). */
export function needLabel(need: string, t: TouchTranslate): string {
	return maybe(t, `scenario.need.${need}`) ?? need;
}

/** One condition in words ("物品类型为 生鲜、食品"). */
export function conditionText(c: ScenarioCondition, t: TouchTranslate, locale: Locale): string {
	const list = (values: readonly string[]) =>
		values.map((v) => valueLabel(v, t)).join(t('list.separator'));
	switch (c.kind) {
		case 'item_category':
		case 'product':
			return t(`scenario.cond.${c.kind}`, { values: list(c.values) });
		case 'is_return':
		case 'insured':
			return t(`scenario.cond.${c.kind}`);
		case 'declared_value_min':
		case 'weight_min':
			return t(`scenario.cond.${c.kind}`, { min: formatNumber(c.min, locale, 2) });
		case 'remark':
			return t('scenario.cond.remark', {
				keywords: c.keywords.join(t('scenario.cond.keywordSeparator'))
			});
	}
}

/** A rule's conditions in words, joined by "或" (the fallback says what it catches). */
export function ruleDescription(rule: ScenarioRule, t: TouchTranslate, locale: Locale): string {
	if (rule.fallback) return t('scenario.cond.fallback');
	return rule.conditions.map((c) => conditionText(c, t, locale)).join(t('scenario.cond.or'));
}

/** A validation problem for the editor (rule numbers count from 1). */
export function problemMessage(p: ScenarioProblem, t: TouchTranslate): string {
	return t(`scenario.problem.${p.code}`, {
		rule: p.rule === null ? '' : p.rule + 1,
		detail: p.detail ?? ''
	});
}

/** The tab's key sentences, in reading order; "no difference" when none exists. */
export function scenarioSentences(
	f: ScenarioFindings,
	rules: readonly ScenarioRule[],
	t: TouchTranslate,
	locale: Locale
): string[] {
	const name = (id: string) => scenarioName(id, rules, t);
	const ratio = (r: number) => formatNumber(r, locale, 1);
	const out: string[] = [];
	if (f.top)
		out.push(
			t(f.top.fallback ? 'scenario.finding.top' : 'scenario.finding.topAll', {
				fallback: f.top.fallback ? name(f.top.fallback) : '',
				scenario: name(f.top.scenario),
				share: formatPercent(f.top.parcelShare),
				primary: formatPercent(f.top.primaryShare)
			})
		);
	if (f.complaint)
		out.push(
			t('scenario.finding.complaint', {
				scenario: name(f.complaint.scenario),
				rate: formatPercent(f.complaint.rate),
				avg: formatPercent(f.complaint.avg),
				ratio: ratio(f.complaint.ratio)
			})
		);
	if (f.growth)
		out.push(
			t('scenario.finding.growth', {
				scenario: name(f.growth.scenario),
				days: f.growth.periodDays,
				recent: formatPercent(f.growth.recentShare),
				previous: formatPercent(f.growth.previousShare),
				delta: formatNumber(f.growth.delta * 100, locale, 1)
			})
		);
	if (out.length === 0) out.push(t('scenario.finding.none'));
	return out;
}

/** "生鲜礼品客户需要:冷链、时效保障、专业包装。" for one scenario; null without needs. */
export function needsSentence(
	rule: ScenarioRule,
	rules: readonly ScenarioRule[],
	t: TouchTranslate
): string | null {
	if (rule.needs.length === 0) return null;
	return t('scenario.finding.needs', {
		scenario: scenarioName(rule.id, rules, t),
		needs: rule.needs.map((n) => needLabel(n, t)).join(t('list.separator'))
	});
}

/** The definitions shown under the scenario charts. */
export function scenarioDefinitions(
	o: { periodDays: number; asOf: string | null; minParcels: number; hasSessions: boolean },
	t: TouchTranslate
): string[] {
	return [
		t('scenario.def.rules'),
		t('scenario.def.primary'),
		...(o.hasSessions ? [t('scenario.def.complaint')] : []),
		...(o.asOf ? [t('scenario.def.growth', { days: o.periodDays, asOf: o.asOf })] : []),
		t('scenario.def.minParcels', { min: o.minParcels })
	];
}

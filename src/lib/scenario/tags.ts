// Scenario tags on waybills and customers, built from the rules of rules.ts. Categories and
// products are checked against the vocabulary and written as the vocabulary's own constants;
// keywords, thresholds and rule ids are user data and travel as parameters. Keywords match with
// `contains` on the remark (lower-cased, with the keyword, when some keyword has letter case):
// literal, so `%`, `_`, `'` and regex characters mean themselves. A parameterised
// `regexp_matches` was measured ~30× slower: DuckDB compiles a non-constant pattern per row.

import {
	constant,
	constantTuple,
	fragment,
	ident,
	join,
	queryRows,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery
} from '$lib/engine/sql';
import { ITEM_CATEGORIES, PRODUCTS } from '$lib/model/vocab';
import { WAYBILLS } from '$lib/profile2/common';
import { checkRules, type ScenarioCondition, type ScenarioRule } from './rules';

/** The vocabulary's own spelling of validated values (so only program constants reach SQL). */
function vocabConstants(vocab: readonly string[], values: readonly string[]): SqlFragment {
	const known = vocab.filter((v) => values.includes(v));
	if (known.length === 0) throw new Error('no known values');
	return constantTuple(known);
}

/** True when a keyword has letters with case (Latin, full-width Latin, Greek…); 退货 has none. */
const hasCase = (k: string) => k.toLowerCase() !== k.toUpperCase();

/**
 * One condition over a row whose `_remark` is the remark, lower-cased when some keyword has
 * case (`lowered`); NULLs never match.
 */
function conditionSql(c: ScenarioCondition, lowered: boolean): SqlFragment {
	switch (c.kind) {
		case 'item_category':
			return fragment`item_category IN ${vocabConstants(ITEM_CATEGORIES, c.values)}`;
		case 'product':
			return fragment`product IN ${vocabConstants(PRODUCTS, c.values)}`;
		case 'is_return':
			return fragment`is_return`;
		case 'insured':
			return fragment`insured`;
		case 'declared_value_min':
			return fragment`declared_value >= ${c.min}::DOUBLE`;
		case 'weight_min':
			return fragment`weight_kg >= ${c.min}::DOUBLE`;
		case 'remark':
			return join(
				c.keywords.map((k) =>
					lowered
						? fragment`contains(_remark, lower(${k}::VARCHAR))`
						: fragment`contains(_remark, ${k}::VARCHAR)`
				),
				' OR '
			);
	}
}

/** An enabled rule with its place in the rule list and its bit in the mask. */
export interface ActiveRule {
	rule: ScenarioRule;
	order: number;
	bit: number;
}

export function activeRules(rules: readonly ScenarioRule[]): ActiveRule[] {
	// MAX_RULES (30) keeps every bit below 2^30.
	return rules.flatMap((rule, order) => (rule.enabled ? [{ rule, order, bit: 2 ** order }] : []));
}

/**
 * The scenario mask of each waybill of `from`: bit 2^i set when enabled rule i matches; the
 * fallback's bit alone when no other rule does. Columns: waybill_id, customer_key, order_time,
 * fee, mask. One integer per waybill instead of a list keeps a million waybills fast (a list and
 * its unnest were measured ~4× slower).
 */
function maskSql(rules: readonly ScenarioRule[], from: SqlFragment): SqlFragment {
	const active = activeRules(rules);
	const matching = active.filter((a) => !a.rule.fallback);
	const fallback = active.find((a) => a.rule.fallback);
	const lowered = matching.some((a) =>
		a.rule.conditions.some((c) => c.kind === 'remark' && c.keywords.some(hasCase))
	);
	const terms = matching.map(
		(a) =>
			fragment`CASE WHEN ${join(
				a.rule.conditions.map((c) => conditionSql(c, lowered)),
				' OR '
			)} THEN ${constant(a.bit)} ELSE 0 END`
	);
	const m = terms.length > 0 ? join(terms, ' + ') : fragment`0`;
	const mask = fallback
		? fragment`m + CASE WHEN m = 0 THEN ${constant(fallback.bit)} ELSE 0 END`
		: fragment`m`;
	return fragment`
		SELECT waybill_id, customer_key, order_time, fee, (${mask})::BIGINT AS mask
		FROM (
			SELECT waybill_id, customer_key, order_time, fee, ${m} AS m
			FROM (SELECT *, ${lowered ? fragment`lower(remark)` : fragment`remark`} AS _remark
				FROM ${from})
		)`;
}

/**
 * Per waybill: waybill_id, customer_key, order_time, fee, mask and `scenarios` — the ids of
 * every enabled rule it matches, in rule order; the fallback's id alone when it matches none (an
 * empty list without an enabled fallback). For inspection and export; the tables below are built
 * from the mask. Throws on invalid rules.
 */
export function scenarioWaybillQuery(
	rules: readonly ScenarioRule[],
	from: SqlFragment = WAYBILLS
): SqlQuery {
	const valid = checkRules(rules);
	const ids = activeRules(valid).map(
		(a) => fragment`CASE WHEN mask & ${constant(a.bit)} <> 0 THEN ${a.rule.id}::VARCHAR END`
	);
	const scenarios =
		ids.length > 0
			? fragment`list_filter([${join(ids)}], x -> x IS NOT NULL)`
			: fragment`[]::VARCHAR[]`;
	return sql`SELECT *, ${scenarios} AS scenarios FROM (${maskSql(valid, from)})`;
}

/** `scenario_rules(rule_order, scenario, bit, fallback)` rows of the enabled rules, ids as parameters. */
function ruleRows(rules: readonly ScenarioRule[]): SqlFragment {
	const rows = activeRules(rules).map(
		(a) =>
			fragment`(${constant(a.order)}, ${a.rule.id}::VARCHAR, ${constant(a.bit)}::BIGINT, ${constant(a.rule.fallback === true)})`
	);
	return rows.length === 0
		? fragment`(SELECT NULL::INTEGER AS rule_order, NULL::VARCHAR AS scenario, NULL::BIGINT AS bit,
				NULL::BOOLEAN AS fallback WHERE false)`
		: fragment`(SELECT * FROM (VALUES ${join(rows)}) AS v(rule_order, scenario, bit, fallback))`;
}

/** Column names of per-rule aggregates: our own prefix and the rule's position. */
export const col = (prefix: string, order: number) => ident(`${prefix}${order}`);

export interface ScenarioBuild {
	/** Waybills read. */
	waybills: number;
	/** (waybill, scenario) pairs: more than waybills when rules overlap. */
	tags: number;
	/** Waybills no enabled rule (nor the fallback) matched. */
	untagged: number;
	/** Customers with at least one tagged waybill. */
	customers: number;
}

/**
 * Builds the scenario tables:
 * - `scenario_rules(rule_order, scenario, bit, fallback)`: the enabled rules;
 * - `waybill_scenarios(waybill_id, customer_key, order_time, fee, mask)`: one row per waybill;
 *   it has scenario s when `mask & s.bit <> 0` (join scenario_rules ON that for a long form);
 * - `customer_scenarios(customer_key, scenario, rule_order, parcels, share, revenue, is_primary)`:
 *   one row per customer and scenario with parcels; `share` = the customer's parcels in the
 *   scenario / all the customer's parcels (a customer's shares can add up to more than 1 when
 *   rules overlap); the primary scenario has the most parcels, ties going to the earlier rule.
 * Join `customer_scenarios WHERE is_primary` into customer_features for one label per customer.
 */
export async function buildCustomerScenarios(
	db: Db,
	rules: readonly ScenarioRule[],
	from: SqlFragment = WAYBILLS
): Promise<ScenarioBuild> {
	const valid = checkRules(rules);
	const active = activeRules(valid);
	await db.query(sql`CREATE OR REPLACE TABLE scenario_rules AS SELECT * FROM ${ruleRows(valid)}`);
	await db.query(sql`CREATE OR REPLACE TABLE waybill_scenarios AS ${maskSql(valid, from)}`);
	const has = (a: ActiveRule) => fragment`mask & ${constant(a.bit)} <> 0`;
	const perRule = active.map(
		(a) => fragment`count(*) FILTER (WHERE ${has(a)}) AS ${col('n', a.order)},
			coalesce(sum(fee) FILTER (WHERE ${has(a)}), 0) AS ${col('r', a.order)}`
	);
	// The primary rule in the same pass: the largest of parcels × 64 + (63 − order) wins on parcels
	// and, on a tie, on the earlier rule (orders stay below 30); a window over the long table was
	// measured ~2× slower.
	const best = join(
		active.map((a) => fragment`${col('n', a.order)} * 64 + ${constant(63 - a.order)}`)
	);
	const long = active.map(
		(a) => fragment`SELECT customer_key, ${constant(a.order)} AS rule_order,
			${col('n', a.order)} AS parcels, ${col('r', a.order)} AS revenue, total,
			${constant(a.order)} = primary_order AS is_primary
			FROM c WHERE ${col('n', a.order)} > 0`
	);
	await db.query(
		active.length === 0
			? sql`CREATE OR REPLACE TABLE customer_scenarios (customer_key VARCHAR, scenario VARCHAR,
					rule_order INTEGER, parcels BIGINT, share DOUBLE, revenue DOUBLE, is_primary BOOLEAN)`
			: sql`
				CREATE OR REPLACE TABLE customer_scenarios AS
				WITH c AS (
					SELECT *, 63 - greatest(${best}) % 64 AS primary_order
					FROM (
						SELECT customer_key, count(*) AS total, ${join(perRule)}
						FROM waybill_scenarios WHERE customer_key IS NOT NULL
						GROUP BY customer_key
					)
				),
				l AS (${join(long, ' UNION ALL ')})
				SELECT l.customer_key, r.scenario, l.rule_order, l.parcels,
					l.parcels / l.total AS share, l.revenue, l.is_primary
				FROM l JOIN scenario_rules AS r USING (rule_order)`
	);
	const [counts] = await queryRows<ScenarioBuild>(
		db,
		sql`SELECT count(*) AS waybills, coalesce(sum(bit_count(mask)), 0) AS tags,
				count(*) FILTER (WHERE mask = 0) AS untagged,
				(SELECT count(DISTINCT customer_key) FROM customer_scenarios) AS customers
			FROM waybill_scenarios`
	);
	return counts!;
}

/**
 * customer_key, primary_scenario and one `<id>_share` column per enabled rule (0 when none), for
 * the features table and clustering. Reads customer_scenarios.
 */
export function customerScenarioWideQuery(rules: readonly ScenarioRule[]): SqlQuery {
	const valid = checkRules(rules).filter((r) => r.enabled);
	const shares = valid.map(
		(r) =>
			// ids match ID_PATTERN (checked by checkRules); ident() quotes them anyway.
			fragment`coalesce(max(share) FILTER (WHERE scenario = ${r.id}::VARCHAR), 0) AS ${ident(`${r.id}_share`)}`
	);
	return sql`
		SELECT customer_key,
			max(scenario) FILTER (WHERE is_primary) AS primary_scenario
			${shares.length > 0 ? fragment`, ${join(shares)}` : fragment``}
		FROM customer_scenarios
		GROUP BY customer_key
		ORDER BY customer_key`;
}

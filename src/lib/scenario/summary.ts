// The scenario summary: per scenario parcels, customers, revenue, complaints and growth, read
// from the tables of tags.ts in one pass, and the pure findings behind the key sentences.

import { stopwatch } from '$lib/engine/stopwatch';
import {
	constant,
	fragment,
	join,
	queryRows,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery
} from '$lib/engine/sql';
import { MIN_GROUP_PARCELS, WAYBILLS } from '$lib/profile2/common';
import {
	detectTouchTables,
	resolveAsOf,
	sessionFlags,
	sessionTables,
	type SessionTables
} from '$lib/touchpoints/common';
import { checkRules, type ScenarioRule } from './rules';
import { activeRules, buildCustomerScenarios, col, type ScenarioBuild } from './tags';

/** One scenario across all customers. */
export interface ScenarioSummaryRow {
	scenario: string;
	rule_order: number;
	parcels: number;
	/** Of all waybills (shares add up to more than 1 when rules overlap). */
	parcel_share: number;
	customers: number;
	/** Customers whose primary scenario this is. */
	primary_customers: number;
	/** Of all customers with a primary scenario. */
	primary_share: number;
	revenue: number;
	revenue_share: number;
	avg_fee: number | null;
	/** Waybills with at least one complaint session; null without service sessions. */
	complaint_parcels: number | null;
	complaint_rate: number | null;
	/** Parcels in the last `periodDays` before as_of, and in the period before that. */
	recent_parcels: number;
	previous_parcels: number;
	/** Of all waybills in the same period; null when the period has none. */
	recent_share: number | null;
	previous_share: number | null;
}

export interface ScenarioTotals {
	parcels: number;
	revenue: number;
	customers: number;
	/** Share of all waybills with a complaint; null without sessions. */
	complaint_rate: number | null;
	recent_parcels: number;
	previous_parcels: number;
}

/** Options of the summary. */
export interface SummaryOptions {
	/** YYYY-MM-DD, exclusive; default the day after the last order. */
	asOf?: string | null;
	/** Length of the two periods compared for growth (days, 7–366; default 90). */
	periodDays?: number;
	from?: SqlFragment;
}

function checkPeriod(days: number): number {
	if (!Number.isInteger(days) || days < 7 || days > 366) throw new Error(`invalid period: ${days}`);
	return days;
}

/** The recent and previous periods before as_of (`b`), and the complained waybills (`c`). */
function periodsAndComplaints(asOf: string, days: number, sessions: SessionTables): SqlFragment {
	const complained = sessions.present
		? fragment`(SELECT DISTINCT waybill_id FROM ${sessionFlags(sessions)}
				WHERE is_complaint AND waybill_id IS NOT NULL)`
		: fragment`(SELECT NULL::VARCHAR AS waybill_id WHERE false)`;
	return fragment`
		b AS (
			SELECT ${asOf}::DATE::TIMESTAMP AS as_of,
				${asOf}::DATE::TIMESTAMP - to_days(${constant(days)}) AS recent_start,
				${asOf}::DATE::TIMESTAMP - to_days(${constant(2 * days)}) AS previous_start
		),
		c AS ${complained},
		w AS (
			SELECT ws.mask, ws.fee, ws.customer_key, c.waybill_id IS NOT NULL AS complained,
				ws.order_time >= b.recent_start AND ws.order_time < b.as_of AS recent,
				ws.order_time >= b.previous_start AND ws.order_time < b.recent_start AS previous
			FROM waybill_scenarios AS ws CROSS JOIN b LEFT JOIN c USING (waybill_id)
		)`;
}

/**
 * Per scenario (every enabled rule, in rule order): parcels, customers, primary customers,
 * revenue, complaint rate (when `sessions`) and parcels in the two latest periods, in one pass
 * over `waybill_scenarios`. Reads the tables of buildCustomerScenarios, built from the same rules.
 */
export function scenarioSummaryQuery(
	rules: readonly ScenarioRule[],
	asOf: string,
	sessions: SessionTables,
	options: { periodDays?: number } = {}
): SqlQuery {
	const active = activeRules(checkRules(rules));
	const days = checkPeriod(options.periodDays ?? 90);
	if (active.length === 0) return sql`SELECT NULL AS scenario WHERE false`;
	const aggs = active.map((a) => {
		const has = fragment`mask & ${constant(a.bit)} <> 0`;
		return fragment`count(*) FILTER (WHERE ${has}) AS ${col('p', a.order)},
			coalesce(sum(fee) FILTER (WHERE ${has}), 0) AS ${col('r', a.order)},
			avg(fee) FILTER (WHERE ${has}) AS ${col('f', a.order)},
			count(*) FILTER (WHERE ${has} AND complained) AS ${col('k', a.order)},
			count(*) FILTER (WHERE ${has} AND recent) AS ${col('rc', a.order)},
			count(*) FILTER (WHERE ${has} AND previous) AS ${col('pv', a.order)}`;
	});
	const per = active.map(
		(a) => fragment`SELECT ${constant(a.order)} AS rule_order, ${col('p', a.order)} AS parcels,
			${col('r', a.order)} AS revenue, ${col('f', a.order)} AS avg_fee,
			${col('k', a.order)} AS complaints, ${col('rc', a.order)} AS recent,
			${col('pv', a.order)} AS previous, all_parcels, all_revenue, all_recent, all_previous
			FROM agg`
	);
	const complaintParcels = sessions.present ? fragment`per.complaints` : fragment`NULL::BIGINT`;
	const complaintRate = sessions.present
		? fragment`per.complaints / nullif(per.parcels, 0)`
		: fragment`NULL::DOUBLE`;
	return sql`
		WITH ${periodsAndComplaints(asOf, days, sessions)},
		agg AS (
			SELECT count(*) AS all_parcels, coalesce(sum(fee), 0) AS all_revenue,
				count(*) FILTER (WHERE recent) AS all_recent,
				count(*) FILTER (WHERE previous) AS all_previous,
				${join(aggs)}
			FROM w
		),
		per AS (${join(per, ' UNION ALL ')}),
		cust AS (
			SELECT scenario, count(*) AS customers, count(*) FILTER (WHERE is_primary) AS primary_customers
			FROM customer_scenarios GROUP BY scenario
		),
		all_primary AS (SELECT count(*) FILTER (WHERE is_primary) AS n FROM customer_scenarios)
		SELECT r.scenario, per.rule_order, per.parcels,
			per.parcels / nullif(per.all_parcels, 0) AS parcel_share,
			coalesce(cust.customers, 0) AS customers,
			coalesce(cust.primary_customers, 0) AS primary_customers,
			coalesce(cust.primary_customers, 0) / nullif(ap.n, 0) AS primary_share,
			per.revenue,
			coalesce(per.revenue / nullif(per.all_revenue, 0), 0) AS revenue_share,
			per.avg_fee,
			${complaintParcels} AS complaint_parcels,
			${complaintRate} AS complaint_rate,
			per.recent AS recent_parcels, per.previous AS previous_parcels,
			per.recent / nullif(per.all_recent, 0) AS recent_share,
			per.previous / nullif(per.all_previous, 0) AS previous_share
		FROM per JOIN scenario_rules AS r USING (rule_order)
		CROSS JOIN all_primary AS ap
		LEFT JOIN cust USING (scenario)
		ORDER BY per.rule_order`;
}

/** Totals the summary's shares are of (reads `waybill_scenarios`: every waybill once). */
export function scenarioTotalsQuery(
	asOf: string,
	sessions: SessionTables,
	options: { periodDays?: number } = {}
): SqlQuery {
	const days = checkPeriod(options.periodDays ?? 90);
	return sql`
		WITH ${periodsAndComplaints(asOf, days, sessions)}
		SELECT count(*) AS parcels, coalesce(sum(fee), 0) AS revenue,
			count(DISTINCT customer_key) AS customers,
			${sessions.present ? fragment`count(*) FILTER (WHERE complained) / nullif(count(*), 0)` : fragment`NULL::DOUBLE`} AS complaint_rate,
			count(*) FILTER (WHERE recent) AS recent_parcels,
			count(*) FILTER (WHERE previous) AS previous_parcels
		FROM w`;
}

/** The scenario (not the fallback) with the largest parcel share. */
export interface TopScenarioFinding {
	scenario: string;
	/** The fallback left out of the comparison (named in the sentence), if any. */
	fallback: string | null;
	parcelShare: number;
	primaryShare: number;
	revenueShare: number;
}

/** The scenario whose complaint rate stands out against the rate of all waybills. */
export interface ScenarioComplaintFinding {
	scenario: string;
	rate: number;
	avg: number;
	ratio: number;
	parcels: number;
}

/** The scenario whose share of parcels grew most between the two periods. */
export interface ScenarioGrowthFinding {
	scenario: string;
	recentShare: number;
	previousShare: number;
	/** recentShare − previousShare (a share, e.g. 0.04 = 4 percentage points). */
	delta: number;
	periodDays: number;
}

export interface ScenarioFindings {
	top: TopScenarioFinding | null;
	complaint: ScenarioComplaintFinding | null;
	growth: ScenarioGrowthFinding | null;
}

const byOrder = (a: ScenarioSummaryRow, b: ScenarioSummaryRow) => a.rule_order - b.rule_order;

/** The largest scenario other than the fallback; null when none has parcels. */
export function topScenario(
	rows: readonly ScenarioSummaryRow[],
	fallbackId: string | null
): TopScenarioFinding | null {
	const best = rows
		.filter((r) => r.scenario !== fallbackId && r.parcels > 0)
		.sort((a, b) => b.parcels - a.parcels || byOrder(a, b))[0];
	if (!best) return null;
	return {
		scenario: best.scenario,
		fallback: fallbackId,
		parcelShare: best.parcel_share,
		primaryShare: best.primary_share,
		revenueShare: best.revenue_share
	};
}

/**
 * The scenario with the highest complaint rate among those with at least `minParcels`, when it
 * is above the rate of all waybills; null without sessions, with fewer than two eligible
 * scenarios or without complaints.
 */
export function scenarioComplaintFinding(
	rows: readonly ScenarioSummaryRow[],
	overallRate: number | null,
	minParcels = MIN_GROUP_PARCELS
): ScenarioComplaintFinding | null {
	if (overallRate === null || overallRate <= 0) return null;
	const eligible = rows.filter((r) => r.complaint_rate !== null && r.parcels >= minParcels);
	if (eligible.length < 2) return null;
	const best = [...eligible].sort(
		(a, b) => b.complaint_rate! - a.complaint_rate! || b.parcels - a.parcels || byOrder(a, b)
	)[0]!;
	if (best.complaint_rate! <= overallRate) return null;
	return {
		scenario: best.scenario,
		rate: best.complaint_rate!,
		avg: overallRate,
		ratio: best.complaint_rate! / overallRate,
		parcels: best.parcels
	};
}

/**
 * The scenario whose share of parcels rose most from the previous period to the recent one,
 * among scenarios with at least `minParcels` in each period; null when none rose.
 */
export function scenarioGrowthFinding(
	rows: readonly ScenarioSummaryRow[],
	periodDays: number,
	minParcels = MIN_GROUP_PARCELS
): ScenarioGrowthFinding | null {
	const eligible = rows.filter(
		(r) =>
			r.recent_share !== null &&
			r.previous_share !== null &&
			r.recent_parcels >= minParcels &&
			r.previous_parcels >= minParcels
	);
	const best = eligible
		.map((r) => ({ r, delta: r.recent_share! - r.previous_share! }))
		.sort((a, b) => b.delta - a.delta || byOrder(a.r, b.r))[0];
	// Below a tenth of a percentage point the "growth" is rounding noise.
	if (!best || best.delta < 0.001) return null;
	return {
		scenario: best.r.scenario,
		recentShare: best.r.recent_share!,
		previousShare: best.r.previous_share!,
		delta: best.delta,
		periodDays
	};
}

export interface ScenarioProfile {
	rules: ScenarioRule[];
	build: ScenarioBuild;
	asOf: string | null;
	periodDays: number;
	rows: ScenarioSummaryRow[];
	totals: ScenarioTotals | null;
	findings: ScenarioFindings;
	hasSessions: boolean;
	minParcels: number;
	timings: Record<string, number>;
}

/**
 * Tags waybills and customers, then summarises: the one call the worker makes for the 场景偏好
 * tab (again whenever the rules change). Throws on invalid rules (validate in the editor first).
 */
export async function profileScenarios(
	db: Db,
	rules: readonly ScenarioRule[],
	options: SummaryOptions & { minParcels?: number } = {}
): Promise<ScenarioProfile> {
	const valid = checkRules(rules);
	const from = options.from ?? WAYBILLS;
	const periodDays = checkPeriod(options.periodDays ?? 90);
	const minParcels = options.minParcels ?? MIN_GROUP_PARCELS;
	const { timings, timed } = stopwatch();
	const tables = await detectTouchTables(db);
	const sessions = sessionTables(tables);
	const build = await timed('tag', () => buildCustomerScenarios(db, valid, from));
	const asOf = await resolveAsOf(db, options.asOf, from);
	const fallbackId = valid.find((r) => r.enabled && r.fallback)?.id ?? null;
	if (!asOf)
		return {
			rules: valid,
			build,
			asOf,
			periodDays,
			rows: [],
			totals: null,
			findings: { top: null, complaint: null, growth: null },
			hasSessions: sessions.present,
			minParcels,
			timings
		};
	const rows = await timed('summary', () =>
		queryRows<ScenarioSummaryRow>(db, scenarioSummaryQuery(valid, asOf, sessions, { periodDays }))
	);
	const [totals] = await timed('totals', () =>
		queryRows<ScenarioTotals>(db, scenarioTotalsQuery(asOf, sessions, { periodDays }))
	);
	return {
		rules: valid,
		build,
		asOf,
		periodDays,
		rows,
		totals: totals ?? null,
		findings: {
			top: topScenario(rows, fallbackId),
			complaint: scenarioComplaintFinding(rows, totals?.complaint_rate ?? null, minParcels),
			growth: scenarioGrowthFinding(rows, periodDays, minParcels)
		},
		hasSessions: sessions.present,
		minParcels,
		timings
	};
}

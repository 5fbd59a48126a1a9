// Every threshold the schemes use, computed from customer_features and shown in the UI next to
// the analyst's override. `computed` is what the data says; `used` is what the schemes apply.

import { constant, queryOne, queryRows, sql, type Db } from '$lib/engine/sql';
import type { ScoreRule, ThresholdOverrides, ValueSettings } from './settings';

export interface Cuts {
	recency: number[];
	frequency: number[];
	monetary: number[];
}

export interface RevenueDecile {
	decile: number;
	customers: number;
	revenue: number;
	revenue_share: number;
	min_revenue: number;
	max_revenue: number;
}

export interface SeedThresholds {
	highValueMin: number;
	highFrequencyMin: number;
	/** Mean days between shipment days (the business cycle) and its standard deviation. */
	cycleMean: number | null;
	cycleSd: number | null;
	recencyAlertDays: number | null;
}

export interface Lines {
	recencyLine: number;
	frequencyLine: number;
	monetaryLine: number;
}

export interface ThresholdSet {
	cuts: Cuts;
	seed: SeedThresholds;
	lines: Lines;
}

export interface Thresholds {
	customers: number;
	computed: ThresholdSet;
	used: ThresholdSet;
	deciles: RevenueDecile[];
	rule: ScoreRule;
}

const PROBS = '[0.2, 0.4, 0.6, 0.8]';

/**
 * Quintile cut points. 'quantile': DuckDB's quantile_cont (linear interpolation, R's type 7).
 * 'r-rfm': the R rfm package's bins(): the same quantiles plus one.
 */
export async function quantileCuts(db: Db, rule: ScoreRule): Promise<Cuts> {
	const r = await queryOne<{ r: number[]; f: number[]; m: number[] }>(db, {
		text: `SELECT quantile_cont(recency_days, ${PROBS}) AS r,
			quantile_cont(frequency, ${PROBS}) AS f,
			quantile_cont(monetary, ${PROBS}) AS m
		FROM customer_features`,
		params: []
	});
	const plus = rule === 'r-rfm' ? 1 : 0;
	const fix = (xs: number[] | null) => (xs ?? [0, 0, 0, 0]).map((x) => x + plus);
	return { recency: fix(r.r), frequency: fix(r.f), monetary: fix(r.m) };
}

async function seedThresholds(db: Db, s: ValueSettings): Promise<SeedThresholds> {
	const top = await queryOne<{ v: number | null }>(
		db,
		sql`SELECT monetary_recent AS v FROM customer_features
			ORDER BY monetary_recent DESC, customer_key
			LIMIT 1 OFFSET (SELECT greatest(ceil(${s.topValueShare} * count(*))::BIGINT - 1, 0) FROM customer_features)`
	).catch(() => ({ v: null }));
	const pareto = await queryRows<{ f: number }>(
		db,
		sql`WITH s AS (
				SELECT frequency_recent AS f,
					sum(frequency_recent) OVER (ORDER BY frequency_recent DESC, customer_key ROWS UNBOUNDED PRECEDING) AS cum,
					sum(frequency_recent) OVER () AS total
				FROM customer_features WHERE frequency_recent > 0
			)
			SELECT f FROM s WHERE cum >= ${constant(s.paretoShare)} * total ORDER BY cum LIMIT 1`
	);
	const cycle = await queryOne<{ mean: number | null; sd: number | null }>(
		db,
		sql`SELECT sum(avg_gap_days * gap_count) / nullif(sum(gap_count), 0) AS mean,
				sqrt(greatest(sum(gap_sumsq) / nullif(sum(gap_count), 0)
					- pow(sum(avg_gap_days * gap_count) / nullif(sum(gap_count), 0), 2), 0)) AS sd
			FROM customer_features WHERE gap_count > 0`
	);
	const alert =
		cycle.mean === null || cycle.sd === null ? null : cycle.mean + s.recencySigma * cycle.sd;
	return {
		highValueMin: top.v ?? 0,
		highFrequencyMin: pareto[0]?.f ?? 1,
		cycleMean: cycle.mean,
		cycleSd: cycle.sd,
		recencyAlertDays: alert === null ? null : Math.round(alert * 10) / 10
	};
}

async function means(db: Db): Promise<Lines> {
	const r = await queryOne<{ r: number | null; f: number | null; m: number | null }>(
		db,
		sql`SELECT avg(recency_days) AS r, avg(frequency) AS f, avg(monetary) AS m FROM customer_features`
	);
	return { recencyLine: r.r ?? 0, frequencyLine: r.f ?? 0, monetaryLine: r.m ?? 0 };
}

/** Revenue deciles of the seed window: decile 1 holds the top 10% of customers by revenue. */
export async function revenueDeciles(db: Db): Promise<RevenueDecile[]> {
	return queryRows<RevenueDecile>(
		db,
		sql`WITH d AS (
				SELECT monetary_recent AS m, ntile(10) OVER (ORDER BY monetary_recent DESC, customer_key) AS decile
				FROM customer_features
			)
			SELECT decile::INTEGER AS decile, count(*) AS customers, sum(m) AS revenue,
				sum(m) / nullif(sum(sum(m)) OVER (), 0) AS revenue_share,
				min(m) AS min_revenue, max(m) AS max_revenue
			FROM d GROUP BY decile ORDER BY decile`
	);
}

/** Applies the analyst's overrides on top of what the data says. */
export function applyOverrides(c: ThresholdSet, o: ThresholdOverrides): ThresholdSet {
	return {
		cuts: {
			recency: o.recencyCuts ?? c.cuts.recency,
			frequency: o.frequencyCuts ?? c.cuts.frequency,
			monetary: o.monetaryCuts ?? c.cuts.monetary
		},
		seed: {
			...c.seed,
			highValueMin: o.highValueMin ?? c.seed.highValueMin,
			highFrequencyMin: o.highFrequencyMin ?? c.seed.highFrequencyMin,
			recencyAlertDays: o.recencyAlertDays ?? c.seed.recencyAlertDays
		},
		lines: {
			recencyLine: o.recencyLine ?? c.lines.recencyLine,
			frequencyLine: o.frequencyLine ?? c.lines.frequencyLine,
			monetaryLine: o.monetaryLine ?? c.lines.monetaryLine
		}
	};
}

export async function computeThresholds(db: Db, s: ValueSettings): Promise<Thresholds> {
	const { n } = await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM customer_features`);
	const computed: ThresholdSet = {
		cuts: await quantileCuts(db, s.scoreRule),
		seed: await seedThresholds(db, s),
		lines: await means(db)
	};
	return {
		customers: n,
		computed,
		used: applyOverrides(computed, s.overrides),
		deciles: await revenueDeciles(db),
		rule: s.scoreRule
	};
}

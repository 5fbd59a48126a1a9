// Pieces shared by the second profile page's aggregates: the group-by dimensions (a whitelist of
// SQL expressions written here, never user text), the per-group mix query and the generic
// "highest rate against the average" finding behind most key sentences.

import {
	constant,
	fragment,
	ident,
	queryOne,
	queryRows,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery
} from '$lib/engine/sql';
import { cityTierExpression } from '$lib/reference/city-tiers';

/**
 * The parcels a profile reads: the clean `waybills`, or a cross-filtered copy of them (the worker
 * passes its own table name; never user text).
 */
export const WAYBILLS: SqlFragment = fragment`waybills`;

/** Group label of rows whose value is missing. */
export const UNKNOWN = '未知';

/**
 * Smallest group (in parcels) a key sentence may single out, so that a province with three
 * parcels, one of them a return, is not announced as "the highest return share". Shown in the UI.
 */
export const MIN_GROUP_PARCELS = 30;

/**
 * Code-point order of two labels, the same as DuckDB's default ORDER BY; localeCompare would
 * depend on the ICU data and default locale of the machine.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Columns of `table` (lower-case names); empty when the table does not exist. */
export async function columnsOf(db: Db, table: string): Promise<Set<string>> {
	const rows = await queryRows<{ name: string }>(
		db,
		sql`SELECT column_name AS name FROM duckdb_columns() WHERE table_name = ${table}`
	);
	return new Set(rows.map((r) => r.name.toLowerCase()));
}

/** True when `column` of `table` holds at least one non-null value. */
export async function hasData(db: Db, table: string, column: string): Promise<boolean> {
	if (!(await columnsOf(db, table)).has(column)) return false;
	const { ok } = await queryOne<{ ok: boolean }>(
		db,
		// The identifier is checked against the table's own column list above.
		sql`SELECT EXISTS (SELECT 1 FROM ${ident(table)} WHERE ${ident(column)} IS NOT NULL) AS ok`
	);
	return ok;
}

/** A text column as a group label: trimmed, blank and NULL → 未知. */
export function labelOf(column: string): SqlFragment {
	return fragment`coalesce(nullif(trim(${ident(column)}::VARCHAR), ''), ${constant(UNKNOWN)})`;
}

/**
 * Age band from `age_band`, else derived from `age` with the bands of the vocabulary
 * (18-24 … 55+); ages under 18 or above 120 stay unknown (more likely typos than senders).
 */
const AGE_BAND = fragment`coalesce(nullif(trim(age_band::VARCHAR), ''),
	CASE WHEN age BETWEEN 18 AND 24 THEN '18-24' WHEN age BETWEEN 25 AND 34 THEN '25-34'
		WHEN age BETWEEN 35 AND 44 THEN '35-44' WHEN age BETWEEN 45 AND 54 THEN '45-54'
		WHEN age BETWEEN 55 AND 120 THEN '55+' END, ${constant(UNKNOWN)})`;

/** Dimensions a mix (and the bubble chart) can be grouped by. */
export type Dimension =
	| 'origin_province'
	| 'city_tier'
	| 'channel'
	| 'customer_type'
	| 'payment_method'
	| 'route_type'
	| 'product'
	| 'item_category'
	| 'age_band'
	| 'gender';

export const DIMENSIONS: readonly Dimension[] = [
	'origin_province',
	'city_tier',
	'channel',
	'customer_type',
	'payment_method',
	'route_type',
	'product',
	'item_category',
	'age_band',
	'gender'
];

/** The SQL expression of a dimension over `waybills`; throws for anything off the whitelist. */
export function dimensionExpression(dim: Dimension): SqlFragment {
	switch (dim) {
		case 'city_tier':
			return cityTierExpression(fragment`origin_city`);
		case 'age_band':
			return AGE_BAND;
		case 'origin_province':
		case 'channel':
		case 'customer_type':
		case 'payment_method':
		case 'route_type':
		case 'product':
		case 'item_category':
		case 'gender':
			return labelOf(dim);
		default:
			throw new Error(`unknown dimension: ${String(dim)}`);
	}
}

/** Parcels, revenue and returns of one group; shares are of all parcels / revenue. */
export interface MixRow {
	key: string;
	customers: number;
	parcels: number;
	revenue: number;
	/** Parcels flagged `is_return`. */
	returns: number;
	/** Parcels whose return flag is known (the base of return_share). */
	return_known: number;
	parcel_share: number;
	revenue_share: number;
	/** Returns among parcels whose return flag is known; null when none is known. */
	return_share: number | null;
	/** Revenue per parcel; null without fees. */
	avg_fee: number | null;
}

/**
 * One row per value of `dim` (NULL → 未知), largest first. `where` narrows the parcels (a fragment
 * of our own code, e.g. a province parameter for a drill-down).
 */
export function mixQuery(
	dim: Dimension,
	where: SqlFragment = fragment`true`,
	from: SqlFragment = WAYBILLS
): SqlQuery {
	return sql`
		WITH g AS (
			SELECT ${dimensionExpression(dim)} AS key,
				count(DISTINCT customer_key) AS customers,
				count(*) AS parcels,
				coalesce(sum(fee), 0) AS revenue,
				count(*) FILTER (WHERE is_return) AS returns,
				count(is_return) AS return_known,
				avg(fee) AS avg_fee
			FROM ${from}
			WHERE ${where}
			GROUP BY 1
		)
		SELECT key, customers, parcels, revenue, returns, return_known,
			parcels / nullif(sum(parcels) OVER (), 0) AS parcel_share,
			coalesce(revenue / nullif(sum(revenue) OVER (), 0), 0) AS revenue_share,
			returns / nullif(return_known, 0) AS return_share,
			avg_fee
		FROM g
		ORDER BY parcels DESC, key`;
}

/** Runs `mixQuery` and returns plain rows (one per group, a few dozen at most). */
export async function mix(
	db: Db,
	dim: Dimension,
	where?: SqlFragment,
	from: SqlFragment = WAYBILLS
): Promise<MixRow[]> {
	return queryRows<MixRow>(db, mixQuery(dim, where, from));
}

/** A group measured by a count out of a total (returns of parcels, night parcels of parcels…). */
export interface RateGroup {
	key: string;
	count: number;
	total: number;
}

/** The group whose rate stands out most, against the rate of all groups together. */
export interface RateFinding {
	key: string;
	/** The group's rate, count / total. */
	rate: number;
	/** The rate of all groups considered together (Σcount / Σtotal). */
	avg: number;
	/** rate / avg. */
	ratio: number;
	count: number;
	total: number;
}

/**
 * The group with the highest rate among groups with at least `minTotal` in their denominator
 * (and excluding 未知); null when fewer than two groups qualify or the average rate is zero.
 * The average covers every known group, small ones included, so it is the business's own rate.
 * Ties go to the larger group, then to the key, so the answer is reproducible.
 */
export function highestRate(
	groups: readonly RateGroup[],
	minTotal = MIN_GROUP_PARCELS
): RateFinding | null {
	const known = groups.filter((g) => g.key !== UNKNOWN && g.total > 0);
	const sumCount = known.reduce((s, g) => s + g.count, 0);
	const sumTotal = known.reduce((s, g) => s + g.total, 0);
	const avg = sumTotal > 0 ? sumCount / sumTotal : 0;
	const eligible = known.filter((g) => g.total >= minTotal);
	if (eligible.length < 2 || avg <= 0) return null;
	const best = [...eligible].sort(
		(a, b) =>
			b.count / b.total - a.count / a.total || b.total - a.total || compareText(a.key, b.key)
	)[0]!;
	const rate = best.count / best.total;
	return { key: best.key, rate, avg, ratio: rate / avg, count: best.count, total: best.total };
}

/** The largest group by a measure, with its share and the runner-up. */
export interface TopFinding {
	key: string;
	share: number;
	second: string | null;
	secondShare: number | null;
}

/** The group with the largest share (ignoring 未知); null without known groups. */
export function topShare(
	rows: readonly MixRow[],
	measure: 'parcel_share' | 'revenue_share' = 'parcel_share'
): TopFinding | null {
	const known = rows
		.filter((r) => r.key !== UNKNOWN)
		.sort((a, b) => b[measure] - a[measure] || compareText(a.key, b.key));
	const [first, second] = known;
	if (!first || first[measure] <= 0) return null;
	return {
		key: first.key,
		share: first[measure],
		second: second?.key ?? null,
		secondShare: second ? second[measure] : null
	};
}

/** A group whose revenue share outruns its parcel share: it pays more per parcel than the rest. */
export interface PremiumFinding {
	key: string;
	parcelShare: number;
	revenueShare: number;
	avgFee: number;
	/** Revenue per parcel over all groups. */
	overallAvgFee: number;
	/** avgFee / overallAvgFee. */
	ratio: number;
}

/**
 * The group with the highest revenue per parcel among groups with at least `minParcels`;
 * null when fewer than two groups qualify or nothing was charged.
 */
export function premiumGroup(
	rows: readonly MixRow[],
	minParcels = MIN_GROUP_PARCELS
): PremiumFinding | null {
	const parcels = rows.reduce((s, r) => s + r.parcels, 0);
	const revenue = rows.reduce((s, r) => s + r.revenue, 0);
	const eligible = rows.filter((r) => r.key !== UNKNOWN && r.parcels >= minParcels);
	if (eligible.length < 2 || parcels === 0 || revenue <= 0) return null;
	const fee = (r: MixRow) => r.revenue / r.parcels;
	const best = [...eligible].sort(
		(a, b) => fee(b) - fee(a) || b.parcels - a.parcels || compareText(a.key, b.key)
	)[0]!;
	const overallAvgFee = revenue / parcels;
	return {
		key: best.key,
		parcelShare: best.parcel_share,
		revenueShare: best.revenue_share,
		avgFee: fee(best),
		overallAvgFee,
		ratio: fee(best) / overallAvgFee
	};
}

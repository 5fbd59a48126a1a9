// Value × frequency bubbles: one bubble per group of customers (customer type, channel, payment
// method or city tier — later RFM segments and clusters go through the same chart), placed by
// average fee (x) and parcels per month (y), sized by the revenue still on the table.

import {
	constant,
	fragment,
	ident,
	queryRows,
	sql,
	type Db,
	type SqlQuery,
	type SqlFragment
} from '$lib/engine/sql';
import { compareText, dimensionExpression, UNKNOWN, type Dimension, WAYBILLS } from './common';

/** The groupings offered for the bubble chart (a whitelist: each maps to SQL written here). */
export type BubbleGroup =
	Extract<Dimension, 'customer_type' | 'channel' | 'payment_method' | 'city_tier'> | SegmentGroup;
/** Groupings by the value analysis (its customer_segments / customer_clusters tables). */
export type SegmentGroup = 'quadrant' | 'cn8' | 'rfm10' | 'cluster';
export const SEGMENT_GROUPS: readonly SegmentGroup[] = ['quadrant', 'cn8', 'rfm10', 'cluster'];
export const BUBBLE_GROUPS: readonly BubbleGroup[] = [
	'customer_type',
	'channel',
	'payment_method',
	'city_tier',
	...SEGMENT_GROUPS
];

export const isSegmentGroup = (g: BubbleGroup): g is SegmentGroup =>
	(SEGMENT_GROUPS as readonly string[]).includes(g);

/**
 * The group of a parcel: a waybill dimension, or the customer's segment or cluster joined from
 * the value analysis (a customer outside it — e.g. outside the RFM window — is 未知).
 */
function groupSource(
	group: BubbleGroup,
	from: SqlFragment
): { key: SqlFragment; from: SqlFragment } {
	if (!isSegmentGroup(group)) return { key: dimensionExpression(group), from };
	const key =
		group === 'cluster'
			? fragment`coalesce((c.cluster)::VARCHAR, ${constant(UNKNOWN)})`
			: fragment`coalesce(s.${ident(group)}, ${constant(UNKNOWN)})`;
	const joined =
		group === 'cluster'
			? fragment`${from} AS w LEFT JOIN customer_clusters AS c USING (customer_key)`
			: fragment`${from} AS w LEFT JOIN customer_segments AS s USING (customer_key)`;
	return { key, from: joined };
}

/** One bubble: the chart's generic input (segments and clusters will produce the same shape). */
export interface BubbleDatum {
	/** Stable key (the raw group value), used for selection. */
	id: string;
	/** Display text; the raw value until the page translates it. */
	label: string;
	customers: number;
	/** Revenue per parcel. */
	avgFee: number;
	parcelsPerMonth: number;
	/** Potential revenue, see `bubbleQuery`. */
	potential: number;
}

/** A bubble row with the figures behind it (for tooltips and "where does this come from"). */
export interface BubbleRow extends BubbleDatum {
	parcels: number;
	revenue: number;
	/** Calendar months from the first to the last order month (inclusive) of the whole data. */
	months: number;
	/** Mean and 75th percentile of revenue per customer within the group. */
	meanRevenue: number;
	p75Revenue: number;
}

/**
 * Per group: customers, parcels, revenue, average fee, parcels per month and potential revenue.
 *
 * - A customer belongs to every group they shipped in (a customer ordering by APP and 官网 is in
 *   both); their revenue in a group is what they paid there.
 * - parcelsPerMonth = parcels / months, months = calendar months spanned by the data
 *   (first order month to last, inclusive), the same for every group so bubbles compare.
 * - potential = Σ over the group's customers of max(0, P75 − revenue_i), P75 being the 75th
 *   percentile (continuous) of revenue per customer within the group: the revenue gained if every
 *   customer below the group's upper quartile rose to it, in the data window. It is ≥ 0, needs no
 *   outside benchmark, and unlike customers × (P75 − mean) stays meaningful in skewed groups where
 *   a few large accounts push the mean above the 75th percentile.
 */
export function bubbleQuery(group: BubbleGroup, from: SqlFragment = WAYBILLS): SqlQuery {
	if (!BUBBLE_GROUPS.includes(group)) throw new Error(`unknown bubble group: ${String(group)}`);
	const source = groupSource(group, from);
	return sql`
		WITH span AS (
			SELECT date_diff('month', min(order_time), max(order_time)) + 1 AS months
			FROM ${from} WHERE order_time IS NOT NULL
		),
		per AS (
			SELECT ${source.key} AS id, customer_key,
				count(*) AS parcels, coalesce(sum(fee), 0) AS revenue
			FROM ${source.from}
			GROUP BY 1, 2
		),
		g AS (
			SELECT id, count(*) AS customers, sum(parcels) AS parcels, sum(revenue) AS revenue,
				avg(revenue) AS mean_revenue, quantile_cont(revenue, 0.75) AS p75_revenue
			FROM per GROUP BY id
		),
		gap AS (
			SELECT id, sum(greatest(g.p75_revenue - per.revenue, 0)) AS potential
			FROM per JOIN g USING (id) GROUP BY id
		)
		SELECT g.id, g.id AS label, g.customers, g.parcels, g.revenue,
			g.revenue / g.parcels AS "avgFee",
			g.parcels / span.months AS "parcelsPerMonth",
			gap.potential,
			span.months,
			g.mean_revenue AS "meanRevenue",
			g.p75_revenue AS "p75Revenue"
		FROM g JOIN gap USING (id) CROSS JOIN span
		ORDER BY g.revenue DESC, g.id`;
}

/** Bubble rows for a grouping (groups without order dates have no per-month rate and are dropped). */
export async function bubbleRows(
	db: Db,
	group: BubbleGroup,
	from: SqlFragment = WAYBILLS
): Promise<BubbleRow[]> {
	const rows = await queryRows<BubbleRow>(db, bubbleQuery(group, from));
	return rows.filter((r) => r.parcelsPerMonth != null);
}

/** The group with the largest potential. */
export interface PotentialFinding {
	id: string;
	potential: number;
	/** Of the potential of all groups. */
	share: number;
	/** potential / months. */
	perMonth: number;
	customers: number;
}

/** The known group with the most potential revenue; null when no group has any. */
export function potentialFinding(rows: readonly BubbleRow[]): PotentialFinding | null {
	const known = rows.filter((r) => r.id !== UNKNOWN);
	const total = known.reduce((s, r) => s + r.potential, 0);
	const best = [...known].sort((a, b) => b.potential - a.potential || compareText(a.id, b.id))[0];
	if (!best || total <= 0 || best.potential <= 0) return null;
	return {
		id: best.id,
		potential: best.potential,
		share: best.potential / total,
		perMonth: best.potential / best.months,
		customers: best.customers
	};
}

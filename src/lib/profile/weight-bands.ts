import { fragment, join, sql, type SqlFragment, type SqlQuery } from '$lib/engine/sql';

/** Upper edges (kg) of the default weight bands: 0–1, 1–3, 3–5, 5–10, 10+ kg. */
export const DEFAULT_WEIGHT_EDGES: readonly number[] = [1, 3, 5, 10];

/** One weight band: parcels with lower < weight ≤ upper (upper null = open). */
export interface WeightBandRow {
	band: number;
	lower: number;
	upper: number | null;
	waybills: number;
	revenue: number;
	waybill_share: number;
	revenue_share: number;
}

/** Validates band edges: finite, positive, strictly increasing. */
export function checkWeightEdges(edges: readonly number[]): number[] {
	if (edges.length === 0) throw new Error('weight bands need at least one edge');
	edges.forEach((e, i) => {
		if (!Number.isFinite(e) || e <= 0) throw new Error(`invalid weight band edge: ${e}`);
		if (i > 0 && e <= (edges[i - 1] ?? 0)) throw new Error(`weight band edges must increase: ${e}`);
	});
	return [...edges];
}

/**
 * Parcels and revenue per weight band, with shares of the parcels that have a positive weight.
 * Parcels without a usable weight are reported in the band -1 row (shares null there).
 */
export function weightBandsQuery(
	edges: readonly number[],
	from: SqlFragment = fragment`waybills`
): SqlQuery {
	const e = checkWeightEdges(edges);
	const whens = join(
		e.map((edge, i) => fragment`WHEN weight_kg <= ${edge} THEN ${i}`),
		' '
	);
	const bounds = join(
		[0, ...e].map((lower, i) => fragment`(${i}, ${lower}::DOUBLE, ${e[i] ?? null}::DOUBLE)`)
	);
	return sql`
		WITH banded AS (
			SELECT
				CASE WHEN weight_kg IS NULL OR weight_kg <= 0 THEN -1 ${whens} ELSE ${e.length} END AS band,
				fee
			FROM ${from}
		),
		agg AS (
			SELECT band, count(*) AS waybills, coalesce(sum(fee), 0) AS revenue FROM banded GROUP BY band
		),
		bounds AS (SELECT * FROM (VALUES ${bounds}) AS b(band, lower, upper))
		SELECT
			b.band::INTEGER AS band,
			b.lower,
			b.upper,
			coalesce(a.waybills, 0) AS waybills,
			coalesce(a.revenue, 0) AS revenue,
			coalesce(a.waybills, 0) / nullif(sum(coalesce(a.waybills, 0)) OVER (), 0) AS waybill_share,
			coalesce(a.revenue, 0) / nullif(sum(coalesce(a.revenue, 0)) OVER (), 0) AS revenue_share
		FROM bounds AS b LEFT JOIN agg AS a USING (band)
		UNION ALL
		SELECT -1, NULL, NULL, waybills, revenue, NULL, NULL FROM agg WHERE band = -1
		ORDER BY band`;
}

// Which clusters are shrinking: each cluster's share of all parcels in the last `months` months
// before as_of against the `months` before that. Shares, not counts, so a slow season does not
// make every cluster look like it is falling.

import { constant, queryRows, sql, type Db } from '$lib/engine/sql';

export interface ClusterShareTrend {
	cluster: number;
	recentShare: number;
	previousShare: number;
	recentParcels: number;
	previousParcels: number;
}

export async function clusterTrend(
	db: Db,
	asOf: string,
	months: number
): Promise<ClusterShareTrend[]> {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !Number.isInteger(months) || months < 1 || months > 24)
		throw new Error('invalid trend window');
	// as_of and months are validated just above; inlined so DuckDB folds them once.
	const end = constant(asOf);
	const n = constant(months);
	return queryRows<ClusterShareTrend>(
		db,
		sql`WITH p AS (
				SELECT c.cluster,
					CASE WHEN w.order_time >= ${end}::DATE - to_months(${n}) THEN 'recent' ELSE 'previous' END AS period
				FROM waybills AS w JOIN customer_clusters AS c USING (customer_key)
				WHERE w.order_time < ${end}::DATE AND w.order_time >= ${end}::DATE - to_months(2 * ${n})
			),
			g AS (
				SELECT cluster,
					count(*) FILTER (WHERE period = 'recent') AS recent,
					count(*) FILTER (WHERE period = 'previous') AS previous
				FROM p GROUP BY cluster
			)
			SELECT cluster::INTEGER AS cluster,
				coalesce(recent / nullif(sum(recent) OVER (), 0), 0) AS "recentShare",
				coalesce(previous / nullif(sum(previous) OVER (), 0), 0) AS "previousShare",
				recent AS "recentParcels", previous AS "previousParcels"
			FROM g ORDER BY cluster`
	);
}

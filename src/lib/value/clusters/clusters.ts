// K-means on a seeded sample of customers, everyone assigned to the nearest centroid in SQL,
// clusters ordered by revenue, profiled and named. Same seed, same data → same clusters and names.

import { kmeans } from 'ml-kmeans';
import { constant, fragment, ident, join, queryRows, sql, type Db } from '$lib/engine/sql';
import type { ClusterFeature, ValueSettings } from '../settings';
import { scoreKs, type KScore } from './quality';
import { clusterNoun, nameClusters, type ClusterNoun, type ClusterTag } from './naming';
import { distanceListSql, fitScaling, standardize, type Scaling } from './transform';

export interface ClusterProfile {
	cluster: number;
	customers: number;
	customer_share: number;
	revenue: number;
	revenue_share: number;
	parcels: number;
	complaints: number;
	complaint_share: number | null;
	/** Mean of each raw feature, keyed by feature. */
	means: Record<string, number | null>;
	/** Standardised centroid (the space k-means ran in), one per feature. */
	centroid: number[];
	tags: ClusterTag[];
	noun: ClusterNoun;
}

export interface ClusterResult {
	k: number;
	seed: number;
	features: ClusterFeature[];
	scaling: Scaling;
	sampleSize: number;
	iterations: number;
	converged: boolean;
	clusters: ClusterProfile[];
}

/** The rows k-means sees: a seeded, repeatable sample of customers (all of them when fewer). */
async function sampleRows(db: Db, s: ValueSettings, size: number): Promise<(number | null)[][]> {
	const cols = join(s.clusters.features.map((f) => fragment`${ident(f)}::DOUBLE AS ${ident(f)}`));
	const rows = await queryRows<Record<string, number | null>>(
		db,
		sql`SELECT ${cols} FROM customer_features
			ORDER BY hash(customer_key, ${constant(s.clusters.seed)}), customer_key
			LIMIT ${constant(size)}`
	);
	return rows.map((r) => s.clusters.features.map((f) => r[f] ?? null));
}

export async function runClusters(db: Db, s: ValueSettings): Promise<ClusterResult | null> {
	const features = s.clusters.features;
	const raw = await sampleRows(db, s, s.clusters.sampleSize);
	if (raw.length < 2) return null;
	const scaling = fitScaling(features, raw);
	const z = standardize(scaling, raw);
	const k = Math.min(s.clusters.k, raw.length);
	const fit = kmeans(z, k, {
		seed: s.clusters.seed,
		initialization: 'kmeans++',
		maxIterations: 200
	});

	// Assign everyone; number the clusters by revenue, biggest first, so "cluster 1" means something.
	await db.query(sql`
		CREATE OR REPLACE TABLE _cluster_raw AS
		SELECT customer_key, list_position(d, list_min(d)) - 1 AS raw
		FROM (SELECT customer_key, ${distanceListSql(scaling, fit.centroids)} AS d FROM customer_features)`);
	const order = await queryRows<{ raw: number }>(
		db,
		sql`SELECT r.raw FROM _cluster_raw AS r JOIN customer_features AS f USING (customer_key)
			GROUP BY r.raw ORDER BY sum(f.monetary) DESC, count(*) DESC, r.raw`
	);
	const rank = new Map(order.map((o, i) => [o.raw, i]));
	// Centroids nobody is nearest to (possible after assigning the full population) go last.
	for (let c = 0; c < k; c++) if (!rank.has(c)) rank.set(c, rank.size);
	const mapping = join(
		[...rank].map(([r, i]) => fragment`WHEN ${constant(r)} THEN ${constant(i)}`),
		' '
	);
	await db.query(sql`
		CREATE OR REPLACE TABLE customer_clusters AS
		SELECT customer_key, (CASE raw ${mapping} END)::INTEGER AS cluster FROM _cluster_raw`);
	await db.run('DROP TABLE IF EXISTS _cluster_raw');

	const means = join(features.map((f) => fragment`avg(f.${ident(f)}) AS ${ident(f)}`));
	const rows = await queryRows<Record<string, number | null> & { cluster: number }>(
		db,
		sql`SELECT c.cluster, count(*) AS customers, count(*) / sum(count(*)) OVER () AS customer_share,
				sum(f.monetary) AS revenue, sum(f.monetary) / nullif(sum(sum(f.monetary)) OVER (), 0) AS revenue_share,
				sum(f.frequency) AS parcels, sum(f.complaints) AS complaints,
				sum(f.complaints) / nullif(sum(sum(f.complaints)) OVER (), 0) AS complaint_share,
				avg(CASE WHEN f.main_channel = '电商平台' THEN 1.0 ELSE 0.0 END) AS _ecommerce,
				avg(CASE WHEN f.customer_type = '企业' THEN 1.0 ELSE 0.0 END) AS _business,
				avg(CASE WHEN f.customer_type = '个人' THEN 1.0 ELSE 0.0 END) AS _individual,
				${means}
			FROM customer_clusters AS c JOIN customer_features AS f USING (customer_key)
			GROUP BY c.cluster ORDER BY c.cluster`
	);
	const byRank = [...rank].sort((a, b) => a[1] - b[1]).map(([r]) => fit.centroids[r] as number[]);
	const present = rows.map((r) => r.cluster);
	const nouns = present.map((c) => {
		const r = rows.find((x) => x.cluster === c)!;
		return clusterNoun({
			ecommerceShare: r._ecommerce ?? 0,
			businessShare: r._business ?? 0,
			individualShare: r._individual ?? 0
		});
	});
	const tags = nameClusters(
		features,
		present.map((c) => byRank[c] as number[]),
		nouns
	);
	return {
		k,
		seed: s.clusters.seed,
		features: [...features],
		scaling,
		sampleSize: raw.length,
		iterations: fit.iterations,
		converged: fit.converged,
		clusters: rows.map((r, i) => ({
			cluster: r.cluster,
			customers: r.customers as number,
			customer_share: r.customer_share as number,
			revenue: r.revenue as number,
			revenue_share: (r.revenue_share ?? 0) as number,
			parcels: r.parcels as number,
			complaints: r.complaints as number,
			complaint_share: r.complaint_share ?? null,
			means: Object.fromEntries(features.map((f) => [f, r[f] ?? null])),
			centroid: byRank[r.cluster] as number[],
			tags: tags[i] as ClusterTag[],
			noun: nouns[i] as ClusterNoun
		}))
	};
}

/** Elbow and silhouette for k = 2…10 on a seeded sample of at most `size` customers. */
export async function chooseK(db: Db, s: ValueSettings, size = 1500): Promise<KScore[]> {
	const raw = await sampleRows(db, s, size);
	const scaling = fitScaling(s.clusters.features, raw);
	return scoreKs(standardize(scaling, raw), s.clusters.seed);
}

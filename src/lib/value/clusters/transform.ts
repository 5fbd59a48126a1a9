// Features → the space k-means works in: log1p for heavy tails, missing values at the mean (z = 0),
// then z-scores with the sample's mean and standard deviation. The same transform runs in SQL to
// assign every customer, so fitting on a sample and assigning everyone agree.

import { constant, fragment, ident, join, type SqlFragment } from '$lib/engine/sql';
import { LOG_FEATURES, type ClusterFeature } from '../settings';

export interface Scaling {
	features: ClusterFeature[];
	mean: number[];
	sd: number[];
}

const transformOne = (f: ClusterFeature, x: number | null): number | null =>
	x === null || !Number.isFinite(x) ? null : LOG_FEATURES.has(f) ? Math.log1p(Math.max(0, x)) : x;

/** Mean and standard deviation (population) of each transformed feature over the rows. */
export function fitScaling(
	features: ClusterFeature[],
	rows: readonly (number | null)[][]
): Scaling {
	const mean: number[] = [];
	const sd: number[] = [];
	features.forEach((f, j) => {
		let n = 0;
		let sum = 0;
		let sumsq = 0;
		for (const row of rows) {
			const v = transformOne(f, row[j] ?? null);
			if (v === null) continue;
			n += 1;
			sum += v;
			sumsq += v * v;
		}
		const m = n > 0 ? sum / n : 0;
		const variance = n > 0 ? Math.max(0, sumsq / n - m * m) : 0;
		mean.push(m);
		// A constant feature carries no information; a unit sd keeps it at z = 0 instead of NaN.
		sd.push(variance > 1e-12 ? Math.sqrt(variance) : 1);
	});
	return { features, mean, sd };
}

/** Standardised rows (missing → 0). */
export function standardize(s: Scaling, rows: readonly (number | null)[][]): number[][] {
	return rows.map((row) =>
		s.features.map((f, j) => {
			const v = transformOne(f, row[j] ?? null);
			return v === null ? 0 : (v - (s.mean[j] as number)) / (s.sd[j] as number);
		})
	);
}

/** The same standardisation as a SQL expression per feature, over customer_features columns. */
export function standardizedSql(s: Scaling): SqlFragment[] {
	return s.features.map((f, j) => {
		const col = ident(f);
		const x = LOG_FEATURES.has(f) ? fragment`ln(1 + greatest(${col}, 0))` : fragment`${col}`;
		return fragment`coalesce((${x} - ${constant(s.mean[j] as number)}) / ${constant(s.sd[j] as number)}, 0)`;
	});
}

/**
 * The squared Euclidean distance to every centroid as one SQL list; the caller takes
 * `list_position(d, list_min(d)) - 1` of it (in an outer query, so it is computed once per row).
 */
export function distanceListSql(s: Scaling, centroids: readonly number[][]): SqlFragment {
	const z = standardizedSql(s);
	const distances = centroids.map((c) =>
		join(
			z.map((zj, j) => fragment`pow(${zj} - ${constant(c[j] as number)}, 2)`),
			' + '
		)
	);
	return fragment`[${join(distances)}]`;
}

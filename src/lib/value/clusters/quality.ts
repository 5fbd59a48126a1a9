// Helps choose k: inertia (the elbow) and mean silhouette for k = 2…10 on a seeded sample.

import { kmeans } from 'ml-kmeans';

export interface KScore {
	k: number;
	inertia: number;
	silhouette: number;
}

function squared(a: readonly number[], b: readonly number[]): number {
	let s = 0;
	for (let j = 0; j < a.length; j++) {
		const d = (a[j] as number) - (b[j] as number);
		s += d * d;
	}
	return s;
}

/** Mean silhouette (Euclidean) of a labelling, with a precomputed distance matrix. */
export function silhouette(
	dist: Float64Array,
	n: number,
	labels: readonly number[],
	k: number
): number {
	let total = 0;
	const sums = new Float64Array(k);
	const counts = new Int32Array(k);
	for (const l of labels) counts[l] = (counts[l] ?? 0) + 1;
	for (let i = 0; i < n; i++) {
		sums.fill(0);
		for (let j = 0; j < n; j++)
			if (j !== i) {
				const l = labels[j] as number;
				sums[l] = (sums[l] as number) + (dist[i * n + j] as number);
			}
		const own = labels[i] as number;
		const ownCount = (counts[own] as number) - 1;
		if (ownCount === 0) continue; // a singleton's silhouette is 0 by convention
		const a = (sums[own] as number) / ownCount;
		let b = Infinity;
		for (let c = 0; c < k; c++) {
			if (c === own || counts[c] === 0) continue;
			b = Math.min(b, (sums[c] as number) / (counts[c] as number));
		}
		if (b === Infinity) continue;
		total += (b - a) / Math.max(a, b);
	}
	return n > 0 ? total / n : 0;
}

/** Elbow and silhouette for each k in [kMin, kMax] on standardised rows. */
export function scoreKs(rows: number[][], seed: number, kMin = 2, kMax = 10): KScore[] {
	const n = rows.length;
	const dist = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) {
			const d = Math.sqrt(squared(rows[i] as number[], rows[j] as number[]));
			dist[i * n + j] = d;
			dist[j * n + i] = d;
		}
	const out: KScore[] = [];
	for (let k = kMin; k <= Math.min(kMax, n - 1); k++) {
		const r = kmeans(rows, k, { seed, initialization: 'kmeans++', maxIterations: 100 });
		let inertia = 0;
		rows.forEach(
			(row, i) => (inertia += squared(row, r.centroids[r.clusters[i] as number] as number[]))
		);
		out.push({ k, inertia, silhouette: silhouette(dist, n, r.clusters, k) });
	}
	return out;
}

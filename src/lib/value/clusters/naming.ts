// Names a cluster from what sets its centroid apart: the features whose standardised centroid is
// furthest from zero, each turned into a short tag (高频, 月结, 大件…), plus who the customers are.

import type { ClusterFeature } from '../settings';

export type Direction = 'high' | 'low';

/** Which directions of a feature make a tag; a missing direction says nothing worth a name. */
export const TAGGABLE: Record<ClusterFeature, readonly Direction[]> = {
	frequency: ['high', 'low'],
	monetary: ['high', 'low'],
	recency_days: ['high', 'low'],
	avg_fee: ['high', 'low'],
	avg_weight: ['high', 'low'],
	night_share: ['high'],
	cross_province_share: ['high', 'low'],
	return_share: ['high'],
	fresh_share: ['high'],
	electronics_share: ['high'],
	document_share: ['high'],
	monthly_share: ['high', 'low'],
	ecommerce_share: ['high'],
	complaint_rate: ['high'],
	active_months: ['high', 'low'],
	avg_gap_days: ['high', 'low'],
	avg_sentiment: ['high', 'low']
};

/** A tag needs the centroid at least this many standard deviations from the mean. */
export const TAG_MIN_Z = 0.5;
export const MAX_TAGS = 3;

export interface ClusterTag {
	feature: ClusterFeature;
	direction: Direction;
	z: number;
}

export type ClusterNoun = 'ecommerce-sellers' | 'businesses' | 'individuals' | 'customers';

export interface ClusterComposition {
	ecommerceShare: number;
	businessShare: number;
	individualShare: number;
}

/** Who the customers mostly are: e-commerce sellers, businesses or individuals (> 50%). */
export function clusterNoun(c: ClusterComposition): ClusterNoun {
	if (c.ecommerceShare > 0.5) return 'ecommerce-sellers';
	if (c.businessShare > 0.5) return 'businesses';
	if (c.individualShare > 0.5) return 'individuals';
	return 'customers';
}

/** Tags the noun already says ("e-commerce … e-commerce sellers"). */
const SAID_BY_NOUN: Partial<Record<ClusterNoun, string>> = {
	'ecommerce-sellers': 'ecommerce_share:high'
};

/** Candidate tags of a centroid, strongest first. */
export function candidateTags(
	features: readonly ClusterFeature[],
	centroid: readonly number[],
	noun?: ClusterNoun
): ClusterTag[] {
	const said = noun ? SAID_BY_NOUN[noun] : undefined;
	return features
		.map((feature, j) => {
			const z = centroid[j] ?? 0;
			return { feature, direction: (z >= 0 ? 'high' : 'low') as Direction, z };
		})
		.filter(
			(t) =>
				Math.abs(t.z) >= TAG_MIN_Z &&
				TAGGABLE[t.feature].includes(t.direction) &&
				`${t.feature}:${t.direction}` !== said
		)
		.sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature));
}

/**
 * Tags for every cluster: up to MAX_TAGS each; when two clusters would read the same, the later
 * (smaller) one takes more of its candidate tags until the names differ.
 */
export function nameClusters(
	features: readonly ClusterFeature[],
	centroids: readonly number[][],
	nouns: readonly ClusterNoun[]
): ClusterTag[][] {
	const taken = new Set<string>();
	return centroids.map((c, i) => {
		const all = candidateTags(features, c, nouns[i]);
		let n = Math.min(MAX_TAGS, all.length);
		const key = (k: number) =>
			`${all
				.slice(0, k)
				.map((t) => `${t.feature}:${t.direction}`)
				.join('|')}/${nouns[i]}`;
		while (taken.has(key(n)) && n < all.length) n += 1;
		taken.add(key(n));
		return all.slice(0, n);
	});
}

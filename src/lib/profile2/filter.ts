// Cross-filter: a click on a bar, tile, Sankey node or bubble narrows every chart on the page to
// the parcels with that value. Filters combine with AND; each value travels as a parameter.

import { fragment, ident, join, type SqlFragment } from '$lib/engine/sql';
import type { SegmentGroup } from './bubble';
import { dimensionExpression, labelOf, type Dimension } from './common';

/**
 * What a filter can hold: any mix dimension, the delivery outcome (the Sankey's last stage), or
 * the customer's segment or cluster from the value analysis (bubbles grouped that way).
 */
export type FilterDimension = Dimension | 'status' | SegmentGroup;

export interface ProfileFilter {
	dim: FilterDimension;
	value: string;
}

const FILTER_DIMENSIONS: ReadonlySet<string> = new Set<string>([
	'origin_province',
	'city_tier',
	'channel',
	'customer_type',
	'payment_method',
	'route_type',
	'product',
	'item_category',
	'age_band',
	'gender',
	'status',
	'quadrant',
	'cn8',
	'rfm10',
	'cluster'
]);

export function isFilterDimension(d: unknown): d is FilterDimension {
	return typeof d === 'string' && FILTER_DIMENSIONS.has(d);
}

/** The WHERE condition of a filter list (true when empty); unknown dimensions throw. */
export function filterWhere(filters: readonly ProfileFilter[]): SqlFragment {
	if (filters.length === 0) return fragment`true`;
	return join(
		filters.map((f) => {
			if (!isFilterDimension(f.dim)) throw new Error(`unknown filter dimension: ${String(f.dim)}`);
			if (f.dim === 'cluster')
				return fragment`customer_key IN (SELECT customer_key FROM customer_clusters WHERE cluster::VARCHAR = ${f.value})`;
			if (f.dim === 'quadrant' || f.dim === 'cn8' || f.dim === 'rfm10')
				return fragment`customer_key IN (SELECT customer_key FROM customer_segments WHERE ${ident(f.dim)} = ${f.value})`;
			const expr = f.dim === 'status' ? labelOf('status') : dimensionExpression(f.dim);
			return fragment`${expr} = ${f.value}`;
		}),
		' AND '
	);
}

/** Adds, or removes when present, one filter (a second click on the same mark clears it). */
export function toggleFilter(
	filters: readonly ProfileFilter[],
	next: ProfileFilter
): ProfileFilter[] {
	const same = (f: ProfileFilter) => f.dim === next.dim && f.value === next.value;
	if (filters.some(same)) return filters.filter((f) => !same(f));
	// One value per dimension: clicking another province replaces the first.
	return [...filters.filter((f) => f.dim !== next.dim), next];
}

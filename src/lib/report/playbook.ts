// A first 客户运营手册 (customer operations handbook): who to treat how, one row per seed quadrant
// and per cluster, with the size of each group. Drafted from the value analysis like the
// insights; the analyst's wording goes into the report model.

import type { Locale, Translate } from '$lib/i18n';
import { formatInteger, formatPercent } from '$lib/i18n/format';
import { segmentLabel } from '$lib/value/describe';
import { QUADRANTS } from '$lib/value/schemes';
import { clusterLabels, type ClusterFigures, type InsightInput } from './insights';
import { say, type PlaybookRow } from './model';

/** Cluster tags (feature.direction) with a playbook action of their own. */
const CLUSTER_ACTIONS = [
	'complaint_rate.high',
	'recency_days.high',
	'frequency.high',
	'monetary.high',
	'return_share.high',
	'fresh_share.high',
	'electronics_share.high',
	'night_share.high',
	'avg_weight.high',
	'document_share.high',
	'ecommerce_share.high',
	'cross_province_share.high',
	'monthly_share.low'
] as const;
type ClusterAction = (typeof CLUSTER_ACTIONS)[number];

/** Tags that call for action before anything else the cluster is known for. */
const URGENT: readonly ClusterAction[] = ['complaint_rate.high', 'recency_days.high'];

/** The action tag of a cluster: an urgent one, else its strongest tag that has an action. */
function clusterAction(cl: ClusterFigures): ClusterAction | null {
	const tags = cl.tags.map((x) => `${x.feature}.${x.direction}`);
	const known = (tag: string): tag is ClusterAction =>
		(CLUSTER_ACTIONS as readonly string[]).includes(tag);
	return URGENT.find((u) => tags.includes(u)) ?? tags.find(known) ?? null;
}

/**
 * A first 客户运营手册: one row per seed quadrant (with the seed's action) and one per cluster
 * (see clusterAction), sizes from the value analysis.
 */
export function draftPlaybook(input: InsightInput, t: Translate, locale: Locale): PlaybookRow[] {
	const rows: PlaybookRow[] = [];
	const size = (customers: number, revenueShare: number) =>
		say(t, 'report.playbook.size', {
			customers: formatInteger(customers, locale),
			revenue: formatPercent(revenueShare)
		});
	const seed = input.value?.schemes.seed ?? [];
	for (const q of QUADRANTS) {
		const r = seed.find((x) => x.segment === q);
		if (!r || r.customers === 0) continue;
		rows.push({
			segment: segmentLabel(t, 'seed', q),
			size: size(r.customers, r.revenue_share),
			action: say(t, `report.playbook.seed.${q}`),
			source: { page: 'value', anchor: 'segments' }
		});
	}
	const clusters = input.value?.clusters?.clusters ?? [];
	const names = clusterLabels(t, clusters);
	for (const cl of clusters) {
		if (cl.customers === 0) continue;
		const hit = clusterAction(cl);
		rows.push({
			segment: names.get(cl.cluster) ?? String(cl.cluster + 1),
			size: size(cl.customers, cl.revenue_share),
			action: say(t, hit ? `report.playbook.cluster.${hit}` : 'report.playbook.cluster.fallback'),
			source: { page: 'value', anchor: 'clusters' }
		});
	}
	return rows;
}

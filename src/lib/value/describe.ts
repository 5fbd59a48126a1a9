// Words for the value results: segment labels, cluster names, the golden-number sentence. Pure,
// so the worker (exports) and the page (and later the report) say the same thing.

import type { Locale, MessageKey, Translate } from '$lib/i18n';
import { formatPercent, formatYuan } from '$lib/i18n/format';
import type { ClusterNoun, ClusterTag } from './clusters/naming';
import type { GoldenNumber, WhatIf } from './golden';
import type { SchemeId } from './schemes';

/** Label of a scheme's segment id. */
export function segmentLabel(t: Translate, scheme: SchemeId, id: string): string {
	return t(`value.seg.${scheme}.${id}` as MessageKey);
}

/** "高频·月结·大件电商卖家" / "frequent · monthly-billed · heavy-parcel e-commerce sellers". */
export function clusterName(t: Translate, tags: readonly ClusterTag[], noun: ClusterNoun): string {
	const words = tags.map((x) => t(`value.tag.${x.feature}.${x.direction}` as MessageKey));
	return t('value.name.compose', {
		tags: words.length > 0 ? words.join(t('value.name.join')) : t('value.clusters.typical'),
		noun: t(`value.noun.${noun}` as MessageKey)
	}).trim();
}

/** Names of all clusters; a name two clusters share gets its cluster number appended. */
export function clusterNames(
	t: Translate,
	clusters: readonly { cluster: number; tags: ClusterTag[]; noun: ClusterNoun }[]
): string[] {
	const names = clusters.map((c) => clusterName(t, c.tags, c.noun));
	return names.map((n, i) =>
		names.indexOf(n) !== names.lastIndexOf(n)
			? `${n} (${t('value.clusters.index', { n: (clusters[i]?.cluster ?? i) + 1 })})`
			: n
	);
}

/** The group a golden number is about, in words. */
export function goldenGroup(
	t: Translate,
	g: GoldenNumber,
	clusterLabels: readonly string[]
): string {
	if (g.source === 'top')
		return t('value.golden.top', { share: formatPercent(Number(g.segment), 0) });
	if (g.source === 'cluster') return `“${clusterLabels[Number(g.segment)] ?? g.segment}”`;
	return `“${segmentLabel(t, g.source as SchemeId, g.segment)}”`;
}

export function goldenSentence(
	t: Translate,
	g: GoldenNumber,
	clusterLabels: readonly string[]
): string {
	const params = {
		x: formatPercent(g.customerShare),
		y: formatPercent(g.revenueShare),
		z: g.complaintShare === null ? '' : formatPercent(g.complaintShare),
		group: goldenGroup(t, g, clusterLabels)
	};
	if (g.complaintShare === null) return t('value.golden.sentenceNoComplaints', params);
	return t(
		// "仅占" only where complaints trail what the group earns.
		g.complaintShare < g.revenueShare ? 'value.golden.sentence' : 'value.golden.sentenceHigh',
		params
	);
}

export function whatIfSentence(t: Translate, w: WhatIf, locale: Locale): string {
	return t('value.whatif.sentence', {
		uplift: formatPercent(w.uplift, 0),
		gain: formatYuan(w.gain, locale),
		share: formatPercent(w.gainShare)
	});
}

export function whatIfAssumptions(t: Translate, w: WhatIf, locale: Locale): string {
	return t('value.whatif.assumptions', {
		top: formatPercent(w.topShare, 0),
		waist: formatPercent(w.waistUpTo, 0),
		topCustomers: w.topCustomers.toLocaleString(locale),
		waistCustomers: w.waistCustomers.toLocaleString(locale),
		topAvg: formatYuan(w.topAvgRevenue, locale),
		waistAvg: formatYuan(w.waistAvgRevenue, locale)
	});
}

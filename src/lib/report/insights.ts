// Insight rules: each looks at one finding the analysis already computed and, only when the
// pattern is notable (thresholds below, stated in the report), drafts a 问题 → 原因 → 动作 triplet
// with the numbers filled in through i18n templates. Drafts are a starting point: the analyst
// edits, reorders, removes and adds (model.ts mergeInsights keeps that work across refreshes).
//
// Every rule is pure and reads an optional piece of InsightInput; a missing piece silences the
// rules that need it, so the report grows with the data that was imported.

import type { Locale, MessageKey, Translate } from '$lib/i18n';
import { formatInteger, formatNumber, formatPercent } from '$lib/i18n/format';
import type { ComplaintType } from '$lib/emotion/complaints';
import type { EmotionSummary } from '$lib/emotion/summary';
import type { WeightStory } from '$lib/profile/overview';
import type { RateFinding } from '$lib/profile2/common';
import { provinceLabel, valueLabel } from '$lib/profile2/labels';
import type { NightHours } from '$lib/profile2/night';
import type { DropOff } from '$lib/profile2/sankey';
import type { ClusterProfile } from '$lib/value/clusters/clusters';
import { clusterNames, segmentLabel } from '$lib/value/describe';
import { SCHEMES, type SchemeId } from '$lib/value/schemes';
import type { SegmentSummary } from '$lib/value/segments';
import { say, type ReportInsight, type ReportKey, type ReportSource } from './model';

/** The segment figures the value rules read (a SegmentSummary has them all). */
export type SegmentFigures = Pick<
	SegmentSummary,
	| 'segment'
	| 'customers'
	| 'customer_share'
	| 'revenue_share'
	| 'complaints'
	| 'complaint_share'
	| 'churn_alerts'
>;

/** The cluster figures the value rules and the playbook read (a ClusterProfile has them all). */
export type ClusterFigures = Pick<
	ClusterProfile,
	| 'cluster'
	| 'customers'
	| 'customer_share'
	| 'revenue_share'
	| 'complaints'
	| 'complaint_share'
	| 'tags'
	| 'noun'
>;

/**
 * One cluster's share of all parcels in two periods of equal length: `recentShare` in the last
 * `months` months before as_of, `previousShare` in the `months` months before those. Shares, not
 * counts, so a season that lowers everyone's volume does not make every cluster "fall".
 * ValueResult does not carry a per-cluster time split (its cluster means are over the whole
 * window), so the caller computes this from customer_clusters × waybills.
 */
export interface ClusterTrend {
	cluster: number;
	/** Display name in the report's language (value/describe.ts clusterNames). */
	name: string;
	recentShare: number;
	previousShare: number;
}

export interface ClusterTrendInput {
	/** Length of each period in months (3 is a good default). */
	months: number;
	clusters: readonly ClusterTrend[];
}

/**
 * Findings of the touchpoint analyses (delay, damage, claims), an extension point: the known
 * kinds are worded and judged here; `custom` carries text the touchpoint module already wrote
 * (and already judged notable), so a new analysis needs no change here.
 */
export type TouchpointFinding =
	| {
			kind: 'on-time';
			dimension: 'route' | 'weekday' | 'province' | 'node' | 'product';
			/** Raw group value (stable, goes into the rule id). */
			key: string;
			/** Display text of the group in the report's language. */
			label: string;
			/** On-time share of the group's parcels, and of all parcels. */
			rate: number;
			avg: number;
			parcels: number;
	  }
	| {
			kind: 'damage-category';
			/** Raw item_category value (translated here). */
			category: string;
			/** Damaged share of the category's parcels, and of all parcels. */
			rate: number;
			avg: number;
			parcels: number;
	  }
	| {
			kind: 'claim-churn';
			/** Claims taking longer than this many days count as slow. */
			days: number;
			/** Churned share of customers with a slow claim, and with a fast one. */
			slowChurn: number;
			fastChurn: number;
			/** Customers with a claim. */
			customers: number;
	  }
	| {
			kind: 'custom';
			id: string;
			problem: string;
			cause: string;
			action: string;
			source?: ReportSource;
	  };

/**
 * What the rules read. Every piece is optional; the shapes are structural subsets of what the
 * pages already hold, so `profile` takes a Profile2, `value` a ValueResult, `weightStory`
 * ProfileOverview.weightStory and `emotion` an EmotionSummary as they are.
 */
export interface InsightInput {
	profile?: {
		sankey?: { dropOff: DropOff | null } | null;
		night?: { hours: NightHours; nightShare: number; finding: RateFinding | null } | null;
		attributes?: { findings: { tierReturn: RateFinding | null } } | null;
	} | null;
	weightStory?: WeightStory | null;
	value?: {
		schemes: Partial<Record<SchemeId, readonly SegmentFigures[]>>;
		clusters?: { clusters: readonly ClusterFigures[] } | null;
		thresholds?: { used: { seed: { recencyAlertDays: number | null } } } | null;
	} | null;
	clusterTrend?: ClusterTrendInput | null;
	emotion?: Pick<EmotionSummary, 'sessions' | 'types' | 'hiddenComplaints'> | null;
	touchpoints?: readonly TouchpointFinding[] | null;
}

/** When each rule fires. Stated in the report (ruleThresholdRows) so insights can be checked. */
export const RULE_THRESHOLDS = {
	/** Valuable and unhappy: a big earner whose complaints nearly match or exceed its earnings. */
	unhappy: { minRevenueShare: 0.2, complaintFactor: 0.8, minComplaints: 10 },
	/** A handful of alerts among the top customers is already worth a call list. */
	churn: { minAlerts: 3 },
	/** Only clusters that mattered (5% of parcels) and lost a fifth of their share. */
	clusterFalling: { minPreviousShare: 0.05, minRelativeDrop: 0.2 },
	/** biggestDropOff already ranks by excess; this keeps noise-level differences out. */
	dropOff: { minRatio: 1.2, minExcess: 5 },
	/** Both relative and absolute, so 2% vs 1% night share is not "double". */
	night: { minRatio: 1.3, minGap: 0.05 },
	tierReturn: { minRatio: 1.3 },
	/** Heavy parcels earning 1.5× their volume share, or less than 0.9× of it. */
	weight: { premiumFactor: 1.5, underFactor: 0.9, minParcelShare: 0.02 },
	complaintType: { minSessions: 10 },
	hidden: { minSessions: 5, minShare: 0.02 },
	onTime: { minGap: 0.05, minParcels: 30 },
	damageCategory: { minRatio: 1.5, minParcels: 30 },
	claimChurn: { minRatio: 1.5, minGap: 0.05, minCustomers: 10 }
} as const;

type Widen<T> = { [R in keyof T]: { [K in keyof T[R]]: number } };
export type RuleThresholds = Widen<typeof RULE_THRESHOLDS>;

/** Rule names, the first part of every rule id ('night:广东省' → 'night'). */
export type RuleName = keyof typeof RULE_THRESHOLDS | 'touch';

export const ruleOf = (ruleId: string): string => ruleId.split(':')[0] ?? ruleId;

/** Everything a rule needs besides its input. */
interface Ctx {
	t: Translate;
	locale: Locale;
	th: RuleThresholds;
}

const pct = (x: number) => formatPercent(x);
const times = (x: number, c: Ctx) => formatNumber(x, c.locale, 1);
const int = (x: number, c: Ctx) => formatInteger(x, c.locale);

/** A drafted insight from a rule's three templates. */
function draft(
	c: Ctx,
	ruleId: string,
	keys: { problem: ReportKey; cause: ReportKey; action: ReportKey },
	params: Record<string, string | number>,
	source: ReportSource
): ReportInsight {
	return {
		id: `rule:${ruleId}`,
		problem: say(c.t, keys.problem, params),
		cause: say(c.t, keys.cause, params),
		action: say(c.t, keys.action, params),
		origin: 'rule',
		ruleId,
		source
	};
}

type Part<K, P extends string> = K extends `report.rule.${infer N}.${P}` ? N : never;
/** Templates that have all three parts under one name (complaintType varies its cause/action). */
type TripleName = Part<ReportKey, 'problem'> & Part<ReportKey, 'cause'> & Part<ReportKey, 'action'>;

/** The standard key triple of a rule. */
const triple = (name: TripleName) =>
	({
		problem: `report.rule.${name}.problem`,
		cause: `report.rule.${name}.cause`,
		action: `report.rule.${name}.action`
	}) as const;

/** Cluster number → display name, as the value page names them. */
export function clusterLabels(
	t: Translate,
	clusters: readonly ClusterFigures[]
): Map<number, string> {
	const names = clusterNames(t, clusters);
	return new Map(clusters.map((x, i) => [x.cluster, names[i] ?? String(x.cluster + 1)]));
}

// ---- value -------------------------------------------------------------------------------

function unhappyRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const v = input.value;
	if (!v) return null;
	const th = c.th.unhappy;
	type Candidate = { id: string; label: string; row: Omit<SegmentFigures, 'churn_alerts'> };
	const candidates: Candidate[] = [];
	for (const scheme of SCHEMES)
		for (const row of v.schemes[scheme] ?? [])
			candidates.push({
				id: `${scheme}:${row.segment}`,
				label: segmentLabel(c.t, scheme, row.segment),
				row
			});
	const clusters = v.clusters?.clusters ?? [];
	const names = clusterLabels(c.t, clusters);
	for (const row of clusters)
		candidates.push({
			id: `cluster:${row.cluster}`,
			label: names.get(row.cluster) ?? String(row.cluster + 1),
			row: { ...row, segment: String(row.cluster) }
		});
	// One insight: the qualifying group with the most revenue. Schemes overlap (the seed's top
	// quadrant and cn8's 重要价值 are mostly the same customers), so more would repeat itself.
	let best: Candidate | null = null;
	for (const x of candidates) {
		const { revenue_share: rev, complaint_share: comp, complaints } = x.row;
		if (comp === null || rev < th.minRevenueShare || complaints < th.minComplaints) continue;
		if (comp < rev * th.complaintFactor) continue;
		if (
			!best ||
			rev > best.row.revenue_share ||
			(rev === best.row.revenue_share && comp > (best.row.complaint_share ?? 0))
		)
			best = x;
	}
	if (!best) return null;
	const r = best.row;
	return draft(
		c,
		`unhappy:${best.id}`,
		triple('unhappy'),
		{
			segment: best.label,
			customers: pct(r.customer_share),
			revenue: pct(r.revenue_share),
			complaints: pct(r.complaint_share ?? 0),
			ratio: times((r.complaint_share ?? 0) / r.revenue_share, c),
			count: int(r.complaints, c)
		},
		{ page: 'value', anchor: best.id.startsWith('cluster:') ? 'clusters' : 'segments' }
	);
}

const HIGH_VALUE = ['high-value-high-freq', 'high-value-low-freq'];

function churnRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const days = input.value?.thresholds?.used.seed.recencyAlertDays ?? null;
	const rows = (input.value?.schemes.seed ?? []).filter((r) => HIGH_VALUE.includes(r.segment));
	const alerts = rows.reduce((s, r) => s + r.churn_alerts, 0);
	const customers = rows.reduce((s, r) => s + r.customers, 0);
	if (days === null || customers === 0 || alerts < c.th.churn.minAlerts) return null;
	return draft(
		c,
		'churn:high-value',
		triple('churn'),
		{
			alerts: int(alerts, c),
			share: pct(alerts / customers),
			days: formatNumber(days, c.locale, 1)
		},
		{ page: 'value', anchor: 'churn' }
	);
}

function clusterFallingRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const trend = input.clusterTrend;
	if (!trend) return null;
	const th = c.th.clusterFalling;
	const falling = trend.clusters.filter(
		(x) =>
			x.previousShare >= th.minPreviousShare &&
			(x.previousShare - x.recentShare) / x.previousShare >= th.minRelativeDrop
	);
	// The one that lost most share points: the most parcels gone.
	const best = [...falling].sort(
		(a, b) =>
			b.previousShare - b.recentShare - (a.previousShare - a.recentShare) || a.cluster - b.cluster
	)[0];
	if (!best) return null;
	return draft(
		c,
		`clusterFalling:${best.cluster}`,
		triple('clusterFalling'),
		{
			cluster: best.name,
			months: int(trend.months, c),
			previous: pct(best.previousShare),
			recent: pct(best.recentShare),
			drop: pct((best.previousShare - best.recentShare) / best.previousShare)
		},
		{ page: 'value', anchor: 'clusters' }
	);
}

// ---- profile -----------------------------------------------------------------------------

function dropOffRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const d = input.profile?.sankey?.dropOff;
	if (!d || d.ratio < c.th.dropOff.minRatio || d.excess < c.th.dropOff.minExcess) return null;
	return draft(
		c,
		`dropOff:${d.stage}:${d.node}`,
		triple('dropOff'),
		{
			stage: midSentence(
				c.t(d.stage === 'channel' ? 'chart2.stage.channel' : 'chart2.stage.payment'),
				c
			),
			node: valueLabel(d.node, c.t),
			share: pct(d.badShare),
			avg: pct(d.avgBadShare),
			ratio: times(d.ratio, c),
			excess: int(d.excess, c),
			outcome: valueLabel(d.topOutcome, c.t)
		},
		{ page: 'profile', anchor: 'sankey' }
	);
}

/** A chart label ("Ordering channel") inside an English sentence: lower-case first letter. */
const midSentence = (label: string, c: Ctx) =>
	c.locale === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;

const clock = (h: number) => `${String(h).padStart(2, '0')}:00`;

function nightRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const night = input.profile?.night;
	const f = night?.finding;
	if (!night || !f) return null;
	if (f.ratio < c.th.night.minRatio || f.rate - f.avg < c.th.night.minGap) return null;
	return draft(
		c,
		`night:${f.key}`,
		triple('night'),
		{
			province: provinceLabel(f.key, c.t, c.locale),
			share: pct(f.rate),
			avg: pct(f.avg),
			ratio: times(f.ratio, c),
			start: clock(night.hours.start),
			end: clock(night.hours.end)
		},
		{ page: 'profile', anchor: 'night' }
	);
}

function tierReturnRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const f = input.profile?.attributes?.findings.tierReturn;
	if (!f || f.ratio < c.th.tierReturn.minRatio) return null;
	return draft(
		c,
		`tierReturn:${f.key}`,
		triple('tierReturn'),
		{ tier: valueLabel(f.key, c.t), share: pct(f.rate), avg: pct(f.avg), ratio: times(f.ratio, c) },
		{ page: 'profile', anchor: 'who' }
	);
}

function weightRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const w = input.weightStory;
	const th = c.th.weight;
	if (!w || w.heavyWaybillShare < th.minParcelShare) return null;
	const ratio = w.heavyRevenueShare / w.heavyWaybillShare;
	const kind =
		ratio >= th.premiumFactor ? 'premium' : ratio <= th.underFactor ? 'underpriced' : null;
	if (!kind) return null;
	return draft(
		c,
		`weight:${kind}`,
		triple(kind === 'premium' ? 'weightPremium' : 'weightUnderpriced'),
		{
			lower: formatNumber(w.heavyLower, c.locale, 1),
			parcels: pct(w.heavyWaybillShare),
			revenue: pct(w.heavyRevenueShare),
			ratio: times(ratio, c)
		},
		{ page: 'profile', anchor: 'weight' }
	);
}

// ---- emotion -----------------------------------------------------------------------------

function complaintTypeRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const e = input.emotion;
	if (!e || e.sessions === 0) return null;
	// `types` comes in COMPLAINT_TYPES order, so a tie goes to the earlier (more specific) type.
	let top: EmotionSummary['types'][number] | null = null;
	for (const x of e.types) if (!top || x.sessions > top.sessions) top = x;
	if (!top || top.sessions < c.th.complaintType.minSessions) return null;
	const type: ComplaintType = top.type;
	return draft(
		c,
		`complaintType:${type}`,
		{
			problem: 'report.rule.complaintType.problem',
			cause: `report.rule.complaintType.cause.${type}`,
			action: `report.rule.complaintType.action.${type}`
		},
		{
			type: c.t(`emotion.type.${type}` as MessageKey),
			sessions: int(top.sessions, c),
			total: int(e.sessions, c),
			share: pct(top.sessions / e.sessions)
		},
		{ page: 'emotion', anchor: 'types' }
	);
}

function hiddenRule(input: InsightInput, c: Ctx): ReportInsight | null {
	const e = input.emotion;
	if (!e || e.sessions === 0) return null;
	const share = e.hiddenComplaints / e.sessions;
	if (e.hiddenComplaints < c.th.hidden.minSessions || share < c.th.hidden.minShare) return null;
	return draft(
		c,
		'hidden',
		triple('hidden'),
		{ hidden: int(e.hiddenComplaints, c), share: pct(share) },
		{ page: 'emotion', anchor: 'hidden' }
	);
}

// ---- touchpoints (extension point) ---------------------------------------------------------

const TOUCH_SOURCE: ReportSource = { page: 'emotion', anchor: 'touchpoints' };

function touchpointRule(f: TouchpointFinding, c: Ctx): ReportInsight | null {
	switch (f.kind) {
		case 'on-time': {
			const th = c.th.onTime;
			if (f.parcels < th.minParcels || f.avg - f.rate < th.minGap) return null;
			return draft(
				c,
				`onTime:${f.dimension}:${f.key}`,
				triple('onTime'),
				{
					dimension: say(c.t, `report.touch.dimension.${f.dimension}`),
					label: f.label,
					rate: pct(f.rate),
					avg: pct(f.avg),
					parcels: int(f.parcels, c)
				},
				TOUCH_SOURCE
			);
		}
		case 'damage-category': {
			const th = c.th.damageCategory;
			if (f.parcels < th.minParcels || f.avg <= 0 || f.rate / f.avg < th.minRatio) return null;
			return draft(
				c,
				`damageCategory:${f.category}`,
				triple('damageCategory'),
				{
					category: valueLabel(f.category, c.t),
					rate: pct(f.rate),
					avg: pct(f.avg),
					ratio: times(f.rate / f.avg, c),
					parcels: int(f.parcels, c)
				},
				TOUCH_SOURCE
			);
		}
		case 'claim-churn': {
			const th = c.th.claimChurn;
			if (f.customers < th.minCustomers) return null;
			if (f.slowChurn - f.fastChurn < th.minGap || f.slowChurn < f.fastChurn * th.minRatio)
				return null;
			return draft(
				c,
				'claimChurn',
				triple('claimChurn'),
				{
					days: formatNumber(f.days, c.locale, 1),
					slow: pct(f.slowChurn),
					fast: pct(f.fastChurn),
					customers: int(f.customers, c)
				},
				TOUCH_SOURCE
			);
		}
		case 'custom':
			return {
				id: `rule:touch:${f.id}`,
				problem: f.problem,
				cause: f.cause,
				action: f.action,
				origin: 'rule',
				ruleId: `touch:${f.id}`,
				source: f.source ?? TOUCH_SOURCE
			};
	}
}

// ---- all rules ---------------------------------------------------------------------------

/**
 * Drafts every insight the data supports, most money at stake first: value, then the loss
 * points (drop-off, touchpoints, complaints), then the shipping patterns. A rule id appears at
 * most once (a repeated touchpoint finding keeps its first draft).
 */
export function draftInsights(
	input: InsightInput,
	t: Translate,
	locale: Locale,
	thresholds: RuleThresholds = RULE_THRESHOLDS
): ReportInsight[] {
	const c: Ctx = { t, locale, th: thresholds };
	const drafts = [
		unhappyRule(input, c),
		churnRule(input, c),
		clusterFallingRule(input, c),
		dropOffRule(input, c),
		...(input.touchpoints ?? []).map((f) => touchpointRule(f, c)),
		complaintTypeRule(input, c),
		hiddenRule(input, c),
		nightRule(input, c),
		tierReturnRule(input, c),
		weightRule(input, c)
	];
	const seen = new Set<string>();
	return drafts.filter((d): d is ReportInsight => {
		if (!d || seen.has(d.id)) return false;
		seen.add(d.id);
		return true;
	});
}

/** The rule thresholds as rows for the report's reproducibility block. */
export function ruleThresholdRows(
	t: Translate,
	locale: Locale,
	th: RuleThresholds = RULE_THRESHOLDS
): { label: string; value: string }[] {
	const n = (x: number) => formatNumber(x, locale, 2);
	const points = (x: number) => formatNumber(x * 100, locale, 1);
	const rows: [ReportKey, ReportKey, Record<string, string | number>][] = [
		[
			'report.thr.unhappy',
			'report.thr.unhappy.value',
			{
				revenue: pct(th.unhappy.minRevenueShare),
				factor: n(th.unhappy.complaintFactor),
				count: th.unhappy.minComplaints
			}
		],
		['report.thr.churn', 'report.thr.churn.value', { count: th.churn.minAlerts }],
		[
			'report.thr.clusterFalling',
			'report.thr.clusterFalling.value',
			{
				share: pct(th.clusterFalling.minPreviousShare),
				drop: pct(th.clusterFalling.minRelativeDrop)
			}
		],
		[
			'report.thr.dropOff',
			'report.thr.dropOff.value',
			{ ratio: n(th.dropOff.minRatio), excess: th.dropOff.minExcess }
		],
		[
			'report.thr.night',
			'report.thr.night.value',
			{ ratio: n(th.night.minRatio), gap: points(th.night.minGap) }
		],
		['report.thr.tierReturn', 'report.thr.tierReturn.value', { ratio: n(th.tierReturn.minRatio) }],
		[
			'report.thr.weight',
			'report.thr.weight.value',
			{
				premium: n(th.weight.premiumFactor),
				under: n(th.weight.underFactor),
				share: pct(th.weight.minParcelShare)
			}
		],
		[
			'report.thr.complaintType',
			'report.thr.complaintType.value',
			{ count: th.complaintType.minSessions }
		],
		[
			'report.thr.hidden',
			'report.thr.hidden.value',
			{ count: th.hidden.minSessions, share: pct(th.hidden.minShare) }
		],
		[
			'report.thr.onTime',
			'report.thr.onTime.value',
			{ gap: points(th.onTime.minGap), parcels: th.onTime.minParcels }
		],
		[
			'report.thr.damageCategory',
			'report.thr.damageCategory.value',
			{ ratio: n(th.damageCategory.minRatio), parcels: th.damageCategory.minParcels }
		],
		[
			'report.thr.claimChurn',
			'report.thr.claimChurn.value',
			{
				ratio: n(th.claimChurn.minRatio),
				gap: points(th.claimChurn.minGap),
				customers: th.claimChurn.minCustomers
			}
		]
	];
	return rows.map(([label, value, params]) => ({
		label: say(t, label),
		value: say(t, value, params)
	}));
}

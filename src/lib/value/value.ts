// The value analysis end to end: features → thresholds → the three schemes → clusters → the
// golden number and its what-if. Runs on any Db (the worker, or Node in tests).

import { stopwatch } from '$lib/engine/stopwatch';
import { fragment, ident, queryRows, sql, tableExists, type Db } from '$lib/engine/sql';
import type { Cell, TableFile } from '$lib/export/table-file';
import { chooseK, runClusters, type ClusterResult } from './clusters/clusters';
import { analysisWindow, buildCustomerFeatures, type AnalysisWindow } from './features';
import {
	pickGolden,
	topShareCandidates,
	whatIf,
	type GoldenCandidate,
	type GoldenNumber,
	type WhatIf
} from './golden';
import { SCHEMES, type SchemeId } from './schemes';
import {
	buildSegments,
	crossSchemes,
	summarizeScheme,
	SCHEME_COLUMN,
	type CrossCell,
	type SegmentSummary
} from './segments';
import type { ValueSettings } from './settings';
import { computeThresholds, type Thresholds } from './thresholds';

/**
 * Adds what the emotion analysis knows per customer (average sentiment of their service texts,
 * negative sessions, unresolved claims) once it has run; null columns before, so the feature
 * list stays the same either way.
 */
async function joinCustomerEmotion(db: Db): Promise<void> {
	await db.run(
		(await tableExists(db, 'customer_emotion'))
			? `CREATE OR REPLACE TABLE customer_features AS
				SELECT f.*, e.avg_sentiment, coalesce(e.negative_sessions, 0) AS negative_sessions,
					coalesce(e.unresolved_claims, 0) AS unresolved_claims
				FROM customer_features AS f LEFT JOIN customer_emotion AS e USING (customer_key)
				ORDER BY f.customer_key`
			: `CREATE OR REPLACE TABLE customer_features AS
				SELECT *, NULL::DOUBLE AS avg_sentiment, 0 AS negative_sessions, 0 AS unresolved_claims
				FROM customer_features ORDER BY customer_key`
	);
}

/** Customers ranked between the top tier and this share form the waist of the what-if. */
export const WAIST_UP_TO = 0.5;

export interface ValueResult {
	window: AnalysisWindow;
	customers: number;
	thresholds: Thresholds;
	schemes: Record<SchemeId, SegmentSummary[]>;
	cross: { a: SchemeId; b: SchemeId; cells: CrossCell[] }[];
	clusters: ClusterResult | null;
	golden: GoldenNumber | null;
	candidates: number;
	whatIf: WhatIf;
	timings: Record<string, number>;
}

export async function runValue(db: Db, s: ValueSettings): Promise<ValueResult | null> {
	const { timings, timed } = stopwatch();
	const window = await analysisWindow(db, s);
	if (!window) return null;
	await timed('features', () => buildCustomerFeatures(db, s, window));
	await timed('emotion', () => joinCustomerEmotion(db));
	const thresholds = await timed('thresholds', () => computeThresholds(db, s));
	if (thresholds.customers === 0) return null;
	await timed('segments', () => buildSegments(db, thresholds.used, s.scoreRule));
	const schemes = {} as Record<SchemeId, SegmentSummary[]>;
	const cross: ValueResult['cross'] = [];
	await timed('summaries', async () => {
		for (const id of SCHEMES) schemes[id] = await summarizeScheme(db, id);
		for (const [a, b] of [
			['seed', 'cn8'],
			['seed', 'rfm10'],
			['cn8', 'rfm10']
		] as const)
			cross.push({ a, b, cells: await crossSchemes(db, a, b) });
	});
	const clusters = await timed('clusters', () => runClusters(db, s));
	if (!clusters)
		await db.run(
			'CREATE OR REPLACE TABLE customer_clusters (customer_key VARCHAR, cluster INTEGER)'
		);
	const hasComplaints = window.hasSessions;
	const candidates: GoldenCandidate[] = [];
	for (const id of SCHEMES)
		for (const r of schemes[id])
			candidates.push({
				source: id,
				segment: r.segment,
				customers: r.customers,
				customerShare: r.customer_share,
				revenueShare: r.revenue_share ?? 0,
				complaintShare: hasComplaints ? (r.complaint_share ?? 0) : null
			});
	for (const c of clusters?.clusters ?? [])
		candidates.push({
			source: 'cluster',
			segment: String(c.cluster),
			customers: c.customers,
			customerShare: c.customer_share,
			revenueShare: c.revenue_share,
			complaintShare: hasComplaints ? (c.complaint_share ?? 0) : null
		});
	candidates.push(...(await timed('top', () => topShareCandidates(db, hasComplaints))));
	const wi = await timed('whatIf', () => whatIf(db, s.topValueShare, WAIST_UP_TO, s.whatIfUplift));
	return {
		window,
		customers: thresholds.customers,
		thresholds,
		schemes,
		cross,
		clusters,
		golden: pickGolden(candidates),
		candidates: candidates.length,
		whatIf: wi,
		timings
	};
}

export { chooseK };

/** Which customers a list export holds: one segment of a scheme, or one cluster. */
export type ListSelector = { scheme: SchemeId; segment: string } | { cluster: number };

/** Column ids of a customer list, in order; the caller supplies the header labels. */
export const LIST_COLUMNS = [
	'customer_key',
	'customer_type',
	'settlement',
	'main_channel',
	'recency_days',
	'frequency',
	'monetary',
	'r_score',
	'f_score',
	'm_score',
	'rfm_score',
	'quadrant',
	'cn8',
	'rfm10',
	'cluster',
	'churn_alert',
	'complaints'
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/**
 * The customers of one segment or cluster as a table for CSV/XLSX export. Segment ids are
 * passed through `label` so the file reads in the analyst's language.
 */
export async function customerList(
	db: Db,
	sel: ListSelector,
	headers: Record<ListColumn, string>,
	label: (scheme: SchemeId | 'cluster', id: string) => string
): Promise<TableFile> {
	const filter =
		'cluster' in sel
			? fragment`c.cluster = ${sel.cluster}`
			: fragment`s.${ident(SCHEME_COLUMN[sel.scheme])} = ${sel.segment}`;
	const rows = await queryRows<Record<ListColumn, Cell>>(
		db,
		sql`SELECT s.customer_key, f.customer_type, f.settlement, f.main_channel, s.recency_days,
				s.frequency, round(s.monetary, 2) AS monetary, s.r_score, s.f_score, s.m_score, s.rfm_score,
				s.quadrant, s.cn8, s.rfm10, c.cluster, s.churn_alert, s.complaints
			FROM customer_segments AS s
			JOIN customer_features AS f USING (customer_key)
			LEFT JOIN customer_clusters AS c USING (customer_key)
			WHERE ${filter}
			ORDER BY s.monetary DESC, s.customer_key`
	);
	return {
		columns: LIST_COLUMNS.map((c) => headers[c]),
		rows: rows.map((r) =>
			LIST_COLUMNS.map((c) => {
				const v = r[c];
				if (v === null || v === undefined) return null;
				if (c === 'quadrant') return label('seed', String(v));
				if (c === 'cn8') return label('cn8', String(v));
				if (c === 'rfm10') return label('rfm10', String(v));
				if (c === 'cluster') return label('cluster', String(v));
				return typeof v === 'bigint' ? Number(v) : v;
			})
		)
	};
}

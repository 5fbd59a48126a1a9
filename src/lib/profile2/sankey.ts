// 下单渠道 → 支付方式 → 末端交付: how parcels flow from the ordering channel through the payment
// method to the last-mile outcome (the waybill's final `status`), and where most of them go wrong.

import { queryRows, sql, type Db, type SqlQuery, type SqlFragment } from '$lib/engine/sql';
import { STATUSES } from '$lib/model/vocab';
import { compareText, labelOf, MIN_GROUP_PARCELS, UNKNOWN, WAYBILLS } from './common';

/** The three columns of the diagram, left to right. */
export type SankeyStage = 'channel' | 'payment' | 'outcome';
export const SANKEY_STAGES: readonly SankeyStage[] = ['channel', 'payment', 'outcome'];

/**
 * Outcomes counted as a loss: everything in the status vocabulary except 已签收. 延误 is a
 * delivered-but-late parcel; it is still a broken promise and the top complaint, so it counts.
 * Statuses outside the vocabulary (派送中…) are neither good nor bad, like 未知.
 */
export const BAD_OUTCOMES: readonly string[] = STATUSES.filter((s) => s !== '已签收');

/**
 * One aggregated flow. stage 1 = channel → payment, stage 2 = payment → outcome (the two drawn
 * bands); stage 0 = channel → outcome directly, not drawn, so a channel's own outcomes are exact
 * rather than guessed by spreading payment outcomes back over channels.
 */
export interface SankeyLinkRow {
	stage: 0 | 1 | 2;
	source: string;
	target: string;
	/** Parcels. */
	value: number;
	revenue: number;
}

/** All three pair counts in one scan (GROUPING SETS); NULL and blank values become 未知. */
export function sankeyQuery(from: SqlFragment = WAYBILLS): SqlQuery {
	return sql`
		WITH w AS (
			SELECT ${labelOf('channel')} AS channel, ${labelOf('payment_method')} AS payment,
				${labelOf('status')} AS outcome, fee
			FROM ${from}
		)
		SELECT
			(CASE WHEN grouping(outcome) = 1 THEN 1 WHEN grouping(channel) = 1 THEN 2 ELSE 0 END)::INTEGER AS stage,
			CASE WHEN grouping(channel) = 1 THEN payment ELSE channel END AS source,
			CASE WHEN grouping(outcome) = 1 THEN payment ELSE outcome END AS target,
			count(*) AS value,
			coalesce(sum(fee), 0) AS revenue
		FROM w
		GROUP BY GROUPING SETS ((channel, payment), (payment, outcome), (channel, outcome))
		ORDER BY stage, value DESC, source, target`;
}

/** A node of the diagram; ids are `stage:name` because 未知 can appear in every column. */
export interface SankeyNodeDatum {
	id: string;
	stage: SankeyStage;
	name: string;
	/** Parcels through the node. */
	value: number;
}

/** A drawn band between two nodes. */
export interface SankeyLinkDatum {
	source: string;
	target: string;
	value: number;
	revenue: number;
	/** value / the source node's outflow: the "conversion" shown in the tooltip. */
	share: number;
}

export interface SankeyData {
	nodes: SankeyNodeDatum[];
	links: SankeyLinkDatum[];
	total: number;
}

export const nodeId = (stage: SankeyStage, name: string) => `${stage}:${name}`;

/** Nodes and drawn links from the query rows (pure); nodes keep the order of largest flow first. */
export function sankeyData(rows: readonly SankeyLinkRow[]): SankeyData {
	const drawn = rows.filter((r) => r.stage === 1 || r.stage === 2);
	const values = new Map<string, SankeyNodeDatum>();
	const outflow = new Map<string, number>();
	const add = (stage: SankeyStage, name: string, value: number) => {
		const id = nodeId(stage, name);
		const node = values.get(id) ?? { id, stage, name, value: 0 };
		node.value += value;
		values.set(id, node);
	};
	for (const r of drawn) {
		// Each parcel passes every column once: count channel and payment on stage 1, outcome on 2.
		if (r.stage === 1) {
			add('channel', r.source, r.value);
			add('payment', r.target, r.value);
		} else add('outcome', r.target, r.value);
	}
	const links = drawn.map((r) => {
		const source = nodeId(r.stage === 1 ? 'channel' : 'payment', r.source);
		const target = nodeId(r.stage === 1 ? 'payment' : 'outcome', r.target);
		outflow.set(source, (outflow.get(source) ?? 0) + r.value);
		return { source, target, value: r.value, revenue: r.revenue, share: 0 };
	});
	for (const l of links) l.share = l.value / (outflow.get(l.source) ?? l.value);
	const nodes = [...values.values()].sort(
		(a, b) =>
			SANKEY_STAGES.indexOf(a.stage) - SANKEY_STAGES.indexOf(b.stage) ||
			Number(a.name === UNKNOWN) - Number(b.name === UNKNOWN) ||
			b.value - a.value ||
			compareText(a.name, b.name)
	);
	const total = drawn.filter((r) => r.stage === 1).reduce((s, r) => s + r.value, 0);
	return { nodes, links, total };
}

/** Where most parcels are lost beyond the norm. */
export interface DropOff {
	stage: 'channel' | 'payment';
	node: string;
	/** The node's parcels with a known outcome. */
	parcels: number;
	/** Of those, parcels ending in a bad outcome. */
	bad: number;
	badShare: number;
	/** Bad share of all parcels with a known outcome. */
	avgBadShare: number;
	/** badShare / avgBadShare. */
	ratio: number;
	/** bad − parcels × avgBadShare: parcels lost beyond what the average rate would lose. */
	excess: number;
	/** The node's most frequent bad outcome and its parcels. */
	topOutcome: string;
	topOutcomeParcels: number;
}

export interface DropOffOptions {
	badOutcomes?: readonly string[];
	minParcels?: number;
}

/**
 * The biggest drop-off: the channel or payment node with the most *excess* bad outcomes, i.e.
 * bad parcels beyond what the overall bad share would predict for its volume. Ranking by excess
 * rather than by rate keeps a 12-parcel node with 3 losses from outshouting a 10,000-parcel
 * channel that loses 2 points more than average; ranking by raw losses would just name the
 * biggest channel. Parcels with an unknown outcome (未知, or a status outside the vocabulary and
 * not listed as bad, such as 派送中) are left out of both rate and base. Null when nothing is lost beyond the average (or nothing is lost at all).
 */
export function biggestDropOff(
	rows: readonly SankeyLinkRow[],
	{ badOutcomes = BAD_OUTCOMES, minParcels = MIN_GROUP_PARCELS }: DropOffOptions = {}
): DropOff | null {
	const bad = new Set(badOutcomes);
	const known = new Set<string>([...STATUSES, ...bad]);
	const judged = (outcome: string) => known.has(outcome);
	const toOutcome = rows.filter((r) => (r.stage === 0 || r.stage === 2) && judged(r.target));
	const overall = rows.filter((r) => r.stage === 2 && judged(r.target));
	const base = overall.reduce((s, r) => s + r.value, 0);
	const lost = overall.filter((r) => bad.has(r.target)).reduce((s, r) => s + r.value, 0);
	if (base === 0 || lost === 0) return null;
	const avg = lost / base;

	const nodes = new Map<
		string,
		{ stage: 'channel' | 'payment'; node: string; rows: SankeyLinkRow[] }
	>();
	for (const r of toOutcome) {
		if (r.source === UNKNOWN) continue;
		const stage = r.stage === 0 ? 'channel' : 'payment';
		const key = nodeId(stage, r.source);
		const entry = nodes.get(key) ?? { stage, node: r.source, rows: [] };
		entry.rows.push(r);
		nodes.set(key, entry);
	}
	let best: DropOff | null = null;
	for (const { stage, node, rows: links } of nodes.values()) {
		const parcels = links.reduce((s, r) => s + r.value, 0);
		if (parcels < minParcels) continue;
		const badLinks = links.filter((r) => bad.has(r.target));
		const lostHere = badLinks.reduce((s, r) => s + r.value, 0);
		const excess = lostHere - parcels * avg;
		if (excess <= 0) continue;
		const top = [...badLinks].sort(
			(a, b) => b.value - a.value || compareText(a.target, b.target)
		)[0]!;
		const candidate: DropOff = {
			stage,
			node,
			parcels,
			bad: lostHere,
			badShare: lostHere / parcels,
			avgBadShare: avg,
			ratio: lostHere / parcels / avg,
			excess,
			topOutcome: top.target,
			topOutcomeParcels: top.value
		};
		if (
			!best ||
			excess > best.excess + 1e-9 ||
			(Math.abs(excess - best.excess) <= 1e-9 &&
				(stage < best.stage || (stage === best.stage && node < best.node)))
		)
			best = candidate;
	}
	return best;
}

export interface SankeyProfile {
	rows: SankeyLinkRow[];
	data: SankeyData;
	dropOff: DropOff | null;
	badOutcomes: readonly string[];
	minParcels: number;
}

/** Everything the Sankey panel needs. */
export async function profileSankey(
	db: Db,
	options: DropOffOptions = {},
	from: SqlFragment = WAYBILLS
): Promise<SankeyProfile> {
	const rows = await queryRows<SankeyLinkRow>(db, sankeyQuery(from));
	return {
		rows,
		data: sankeyData(rows),
		dropOff: biggestDropOff(rows, options),
		badOutcomes: options.badOutcomes ?? BAD_OUTCOMES,
		minParcels: options.minParcels ?? MIN_GROUP_PARCELS
	};
}

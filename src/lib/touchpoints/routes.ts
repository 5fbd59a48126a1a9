// Delay complaints by route type (同城 / 省内 / 跨省). Two views, because the first alone misleads:
// - delay share: of the complaint sessions about waybills of a route, how many are about delay
//   (what customers of that route complain about);
// - delay per 1,000 parcels: waybills of the route with at least one delay complaint, per 1,000
//   waybills of the route (how often a parcel of that route ends in a delay complaint) — the
//   fairer comparison, since routes differ in volume and in how much customers complain at all.
// Only sessions whose waybill_id is found in the waybills are counted; the rest are reported.

import {
	queryOne,
	queryRows,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery
} from '$lib/engine/sql';
import {
	highestRate,
	labelOf,
	MIN_GROUP_PARCELS,
	UNKNOWN,
	WAYBILLS,
	type RateFinding
} from '$lib/profile2/common';
import { sessionFlags, type SessionTables } from './common';

export interface DelayRouteRow {
	/** 同城 / 省内 / 跨省 / 未知. */
	key: string;
	parcels: number;
	/** Complaint sessions linked to waybills of the route. */
	complaints: number;
	/** Of those, delay complaints. */
	delay_complaints: number;
	/** delay_complaints / complaints; null without complaints. */
	delay_share: number | null;
	/** Distinct waybills of the route with a delay complaint. */
	delay_waybills: number;
	/** 1000 × delay_waybills / parcels. */
	delay_per_1000: number;
}

/** How many complaint sessions could be placed on a route. */
export interface DelayRouteCoverage {
	/** Complaint sessions in total. */
	complaints: number;
	/** With a waybill_id found in the waybills. */
	linked: number;
}

export interface DelayRouteFinding {
	/** The route with the most delay complaints per 1,000 parcels. */
	key: string;
	per1000: number;
	/** Over all known routes. */
	avgPer1000: number;
	ratio: number;
	/** The route's delay share of its complaints, and that of all linked complaints. */
	delayShare: number | null;
	avgDelayShare: number | null;
}

export interface DelayRouteProfile {
	rows: DelayRouteRow[];
	coverage: DelayRouteCoverage;
	finding: DelayRouteFinding | null;
	minParcels: number;
}

const ROUTE_ORDER = ['同城', '省内', '跨省'];

/** Per route type: parcels, complaints, delay complaints and both rates. */
export function delayByRouteQuery(sessions: SessionTables, from: SqlFragment = WAYBILLS): SqlQuery {
	return sql`
		WITH c AS (
			SELECT waybill_id, is_delay FROM ${sessionFlags(sessions)}
			WHERE is_complaint AND waybill_id IS NOT NULL
		),
		-- One route per waybill number, even if the same number appears twice in the waybills.
		w AS (
			SELECT waybill_id, any_value(route) AS route
			FROM (SELECT waybill_id, ${labelOf('route_type')} AS route FROM ${from})
			WHERE waybill_id IN (SELECT waybill_id FROM c)
			GROUP BY waybill_id
		),
		p AS (SELECT ${labelOf('route_type')} AS route, count(*) AS parcels FROM ${from} GROUP BY 1),
		k AS (
			SELECT w.route, count(*) AS complaints,
				count(*) FILTER (WHERE c.is_delay) AS delay_complaints,
				count(DISTINCT c.waybill_id) FILTER (WHERE c.is_delay) AS delay_waybills
			FROM c JOIN w USING (waybill_id)
			GROUP BY w.route
		)
		SELECT p.route AS key, p.parcels,
			coalesce(k.complaints, 0) AS complaints,
			coalesce(k.delay_complaints, 0) AS delay_complaints,
			k.delay_complaints / nullif(k.complaints, 0) AS delay_share,
			coalesce(k.delay_waybills, 0) AS delay_waybills,
			1000.0 * coalesce(k.delay_waybills, 0) / p.parcels AS delay_per_1000
		FROM p LEFT JOIN k USING (route)
		ORDER BY p.route`;
}

/** Complaint sessions in total and those whose waybill is known. */
export function delayCoverageQuery(
	sessions: SessionTables,
	from: SqlFragment = WAYBILLS
): SqlQuery {
	return sql`
		SELECT count(*) AS complaints,
			count(*) FILTER (WHERE waybill_id IN (SELECT waybill_id FROM ${from})) AS linked
		FROM ${sessionFlags(sessions)}
		WHERE is_complaint`;
}

const rank = (key: string) => {
	const i = ROUTE_ORDER.indexOf(key);
	return i === -1 ? ROUTE_ORDER.length + (key === UNKNOWN ? 1 : 0) : i;
};

/** Rows in 同城 → 省内 → 跨省 → others → 未知 order. */
export function sortRoutes<T extends { key: string }>(rows: readonly T[]): T[] {
	return [...rows].sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : 1));
}

/**
 * The route whose delay complaints per 1,000 parcels stand out (see `highestRate`: routes with
 * at least `minParcels`, against all known routes), with its delay share of complaints.
 */
export function delayRouteFinding(
	rows: readonly DelayRouteRow[],
	minParcels = MIN_GROUP_PARCELS
): DelayRouteFinding | null {
	const f: RateFinding | null = highestRate(
		rows.map((r) => ({ key: r.key, count: r.delay_waybills, total: r.parcels })),
		minParcels
	);
	if (!f) return null;
	const row = rows.find((r) => r.key === f.key)!;
	const known = rows.filter((r) => r.key !== UNKNOWN);
	const complaints = known.reduce((s, r) => s + r.complaints, 0);
	const delays = known.reduce((s, r) => s + r.delay_complaints, 0);
	return {
		key: f.key,
		per1000: f.rate * 1000,
		avgPer1000: f.avg * 1000,
		ratio: f.ratio,
		delayShare: row.delay_share,
		avgDelayShare: complaints > 0 ? delays / complaints : null
	};
}

/** The delay-by-route view; the caller checks that service sessions exist. */
export async function delayByRoute(
	db: Db,
	sessions: SessionTables,
	minParcels = MIN_GROUP_PARCELS,
	from: SqlFragment = WAYBILLS
): Promise<DelayRouteProfile> {
	const rows = sortRoutes(await queryRows<DelayRouteRow>(db, delayByRouteQuery(sessions, from)));
	const coverage = await queryOne<DelayRouteCoverage>(db, delayCoverageQuery(sessions, from));
	return { rows, coverage, finding: delayRouteFinding(rows, minParcels), minParcels };
}

// Transit stays from the tracking events, against delay complaints ("中转停留超12小时的运单延误投诉率是
// 其他运单的 N 倍").
//
// A stay is the time a parcel sat at one node: from an event there (揽收 or 到件) to the very next
// event, when that next event is a 发件 from the same node (or either node is unknown). The time
// between 发件 and the next 到件 is travel, and the time after arriving at the delivery station is
// the last mile; neither counts. A waybill's figure is its longest stay; waybills whose tracking
// has no such pair (no 发件 at all) cannot be measured and are counted apart.

import {
	constant,
	fragment,
	join,
	queryOne,
	queryRows,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery,
	tableExists
} from '$lib/engine/sql';
import { MIN_GROUP_PARCELS, WAYBILLS } from '$lib/profile2/common';
import { sessionFlags, type SessionTables } from './common';

/** Stay buckets by the longest stay in hours: (lower, upper]. */
export const STAY_BUCKETS = [
	{ key: 'le6', lower: null, upper: 6 },
	{ key: '6to12', lower: 6, upper: 12 },
	{ key: '12to24', lower: 12, upper: 24 },
	{ key: 'gt24', lower: 24, upper: null }
] as const;

export type StayBucket = (typeof STAY_BUCKETS)[number]['key'];

/** Stays longer than this many hours are "long" in the key sentence. */
export const LONG_STAY_HOURS = 12;

export interface StayRow {
	bucket: StayBucket;
	/** Measured waybills whose longest stay falls in the bucket. */
	waybills: number;
	/** Of those, waybills with at least one delay complaint; null without sessions. */
	delay_waybills: number | null;
	delay_rate: number | null;
	avg_stay_hours: number | null;
}

export interface StayCoverage {
	/** Waybills (in the waybills table) with any tracking event. */
	tracked: number;
	/** Of those, waybills with at least one measurable stay. */
	measured: number;
}

export interface StayFinding {
	hours: number;
	/** Delay-complaint rate of waybills whose longest stay exceeds `hours`. */
	longRate: number;
	/** The same for the other measured waybills. */
	otherRate: number;
	ratio: number;
	longWaybills: number;
	otherWaybills: number;
}

export interface StayProfile {
	rows: StayRow[];
	coverage: StayCoverage;
	finding: StayFinding | null;
	hasSessions: boolean;
	minParcels: number;
}

// Same-time events sort in their natural order (揽收 before 到件 before 发件 …), then by node, so
// the result never depends on the order rows happen to be stored in.
const EVENT_RANK = fragment`CASE event WHEN '揽收' THEN 1 WHEN '到件' THEN 2 WHEN '发件' THEN 3
	WHEN '派件' THEN 4 WHEN '签收' THEN 5 ELSE 6 END`;

function bucketSql(hours: SqlFragment): SqlFragment {
	const [a, b, c, d] = STAY_BUCKETS;
	return fragment`CASE WHEN ${hours} <= ${constant(a.upper)} THEN ${constant(a.key)}
		WHEN ${hours} <= ${constant(b.upper)} THEN ${constant(b.key)}
		WHEN ${hours} <= ${constant(c.upper)} THEN ${constant(c.key)}
		ELSE ${constant(d.key)} END`;
}

// Per tracked waybill: its longest same-node stay in hours, NULL when none can be measured.
const LONGEST_STAY: SqlFragment = fragment`
		SELECT waybill_id,
			max(CASE WHEN event IN ('揽收', '到件') AND next_event = '发件'
					AND (node IS NULL OR next_node IS NULL OR node = next_node)
				THEN epoch(next_time - event_time) / 3600.0 END) AS longest_hours
		FROM (
			SELECT waybill_id, event_time, node, event,
				lead(event_time) OVER w AS next_time,
				lead(event) OVER w AS next_event,
				lead(node) OVER w AS next_node
			FROM tracking_events
			WHERE waybill_id IS NOT NULL AND event_time IS NOT NULL
			WINDOW w AS (PARTITION BY waybill_id ORDER BY event_time, ${EVENT_RANK}, node)
		)
		GROUP BY waybill_id`;

/** waybill_id, longest_hours for every tracked waybill (NULL when no stay can be measured). */
export function longestStayQuery(): SqlQuery {
	return sql`${LONGEST_STAY}`;
}

/**
 * Materialises `waybill_stays(waybill_id, longest_hours)` once: the window over all tracking
 * events is the expensive part, and both the buckets and the coverage read it.
 */
export async function buildWaybillStays(db: Db): Promise<void> {
	await db.query(sql`CREATE OR REPLACE TABLE waybill_stays AS ${LONGEST_STAY}`);
}

/**
 * Waybills of `from` per stay bucket with their delay-complaint rate (when `sessions`), from
 * `waybill_stays`. Every bucket is returned, empty ones with zero waybills.
 */
export function stayBucketsQuery(sessions: SessionTables, from: SqlFragment = WAYBILLS): SqlQuery {
	const delayed = sessions.present
		? fragment`(SELECT DISTINCT waybill_id FROM ${sessionFlags(sessions)}
				WHERE is_delay AND waybill_id IS NOT NULL)`
		: fragment`(SELECT NULL::VARCHAR AS waybill_id WHERE false)`;
	const buckets = STAY_BUCKETS.map((b, i) => fragment`(${constant(b.key)}, ${constant(i)})`);
	return sql`
		WITH s AS (
			SELECT waybill_id, longest_hours FROM waybill_stays
			WHERE longest_hours IS NOT NULL
				AND waybill_id IN (SELECT waybill_id FROM ${from})
		),
		d AS ${delayed},
		g AS (
			SELECT ${bucketSql(fragment`s.longest_hours`)} AS bucket, count(*) AS waybills,
				count(d.waybill_id) AS delay_waybills, avg(s.longest_hours) AS avg_stay_hours
			FROM s LEFT JOIN d USING (waybill_id)
			GROUP BY 1
		)
		SELECT b.bucket, coalesce(g.waybills, 0) AS waybills,
			${sessions.present ? fragment`coalesce(g.delay_waybills, 0)` : fragment`NULL::BIGINT`} AS delay_waybills,
			${sessions.present ? fragment`g.delay_waybills / nullif(g.waybills, 0)` : fragment`NULL::DOUBLE`} AS delay_rate,
			g.avg_stay_hours
		FROM (VALUES ${join(buckets)}) AS b(bucket, ord)
		LEFT JOIN g USING (bucket)
		ORDER BY b.ord`;
}

/** Tracked and measurable waybills (the definition note shows both). */
export function stayCoverageQuery(from: SqlFragment = WAYBILLS): SqlQuery {
	return sql`
		SELECT count(*) AS tracked, count(longest_hours) AS measured
		FROM waybill_stays
		WHERE waybill_id IN (SELECT waybill_id FROM ${from})`;
}

/**
 * Long stays (> `hours`, a bucket edge) against the rest: null without sessions, when either
 * side has fewer than `minParcels` waybills, or when the rest have no delay complaint (no ratio).
 */
export function stayFinding(
	rows: readonly StayRow[],
	minParcels = MIN_GROUP_PARCELS,
	hours = LONG_STAY_HOURS
): StayFinding | null {
	if (rows.some((r) => r.delay_waybills === null)) return null;
	const isLong = (key: StayBucket) => {
		const b = STAY_BUCKETS.find((x) => x.key === key)!;
		return b.lower !== null && b.lower >= hours;
	};
	const sum = (long: boolean, f: (r: StayRow) => number) =>
		rows.filter((r) => isLong(r.bucket) === long).reduce((s, r) => s + f(r), 0);
	const longWaybills = sum(true, (r) => r.waybills);
	const otherWaybills = sum(false, (r) => r.waybills);
	if (longWaybills < minParcels || otherWaybills < minParcels) return null;
	const longRate = sum(true, (r) => r.delay_waybills ?? 0) / longWaybills;
	const otherRate = sum(false, (r) => r.delay_waybills ?? 0) / otherWaybills;
	if (otherRate <= 0) return null;
	return {
		hours,
		longRate,
		otherRate,
		ratio: longRate / otherRate,
		longWaybills,
		otherWaybills
	};
}

/**
 * The stay view; the caller checks that tracking events exist. `reuseStays` skips rebuilding
 * `waybill_stays` (the expensive part, ~3 s for 5M events) when only the filter changed since the
 * last call; any change to tracking_events needs a rebuild.
 */
export async function transitStays(
	db: Db,
	sessions: SessionTables,
	minParcels = MIN_GROUP_PARCELS,
	from: SqlFragment = WAYBILLS,
	reuseStays = false
): Promise<StayProfile> {
	if (!reuseStays || !(await tableExists(db, 'waybill_stays'))) await buildWaybillStays(db);
	const rows = await queryRows<StayRow>(db, stayBucketsQuery(sessions, from));
	const coverage = await queryOne<StayCoverage>(db, stayCoverageQuery(from));
	return {
		rows,
		coverage,
		finding: stayFinding(rows, minParcels),
		hasSessions: sessions.present,
		minParcels
	};
}

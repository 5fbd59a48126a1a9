// Night shipping by origin: where do people order after dark? Used for the province tile map
// (share or count of night parcels), its drill-down to the cities of one province, and a dot
// map of order locations when the waybills carry coordinates. Sorting centres planning a night
// shift care about exactly this.

import {
	constant,
	fragment,
	queryRows,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery
} from '$lib/engine/sql';
import {
	hasData,
	highestRate,
	labelOf,
	MIN_GROUP_PARCELS,
	type RateFinding,
	WAYBILLS
} from './common';

/**
 * Night hours by order hour: `start` inclusive, `end` exclusive, wrapping past midnight when
 * start > end (the default 20 → 6 is 20:00–05:59, ten hours).
 */
export interface NightHours {
	start: number;
	end: number;
}

export const DEFAULT_NIGHT_HOURS: NightHours = { start: 20, end: 6 };

/** Validates night hours: whole hours 0–23 and start ≠ end (an empty or full day says nothing). */
export function checkNightHours(hours: NightHours): NightHours {
	for (const h of [hours.start, hours.end]) {
		if (!Number.isInteger(h) || h < 0 || h > 23) throw new Error(`invalid night hour: ${h}`);
	}
	if (hours.start === hours.end) throw new Error('night start and end must differ');
	return { start: hours.start, end: hours.end };
}

/** True when an order hour (0–23) falls in the night window. */
export function isNightHour(hour: number, hours: NightHours): boolean {
	const { start, end } = hours;
	return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/** How many hours the window spans (for "10 of 24 hours"). */
export function nightHourCount(hours: NightHours): number {
	const { start, end } = checkNightHours(hours);
	return start < end ? end - start : 24 - start + end;
}

/** The SQL test of the window on `order_time`; hours are validated integers, inlined as constants. */
function nightCondition(hours: NightHours): SqlFragment {
	const { start, end } = checkNightHours(hours);
	const s = constant(start);
	const e = constant(end);
	return start < end
		? fragment`(hour(order_time) >= ${s} AND hour(order_time) < ${e})`
		: fragment`(hour(order_time) >= ${s} OR hour(order_time) < ${e})`;
}

/** Night figures of one province or city. */
export interface NightRow {
	key: string;
	/** Parcels with an order time. */
	parcels: number;
	night_parcels: number;
	night_share: number;
	revenue: number;
	night_revenue: number;
}

function nightQuery(
	key: SqlFragment,
	where: SqlFragment,
	hours: NightHours,
	from: SqlFragment
): SqlQuery {
	const night = nightCondition(hours);
	return sql`
		SELECT ${key} AS key,
			count(*) AS parcels,
			count(*) FILTER (WHERE ${night}) AS night_parcels,
			count(*) FILTER (WHERE ${night}) / count(*) AS night_share,
			coalesce(sum(fee), 0) AS revenue,
			coalesce(sum(fee) FILTER (WHERE ${night}), 0) AS night_revenue
		FROM ${from}
		WHERE order_time IS NOT NULL AND ${where}
		GROUP BY 1
		ORDER BY night_parcels DESC, key`;
}

/** Night parcels per origin province (NULL → 未知). */
export function nightByProvinceQuery(
	hours: NightHours = DEFAULT_NIGHT_HOURS,
	from: SqlFragment = WAYBILLS
): SqlQuery {
	return nightQuery(labelOf('origin_province'), fragment`true`, hours, from);
}

/** Night parcels per origin city of one province (the province travels as a parameter). */
export function nightByCityQuery(
	province: string,
	hours: NightHours = DEFAULT_NIGHT_HOURS,
	from: SqlFragment = WAYBILLS
): SqlQuery {
	return nightQuery(
		labelOf('origin_city'),
		fragment`${labelOf('origin_province')} = ${province}`,
		hours,
		from
	);
}

/** One cell of the coordinate grid. */
export interface DensityCell {
	/** Cell centre. */
	lng: number;
	lat: number;
	parcels: number;
	night_parcels: number;
	night_share: number;
}

// Coordinates outside China's bounding box (0/0 placeholders, swapped lat/lng) are left out.
const IN_CHINA = fragment`origin_lat BETWEEN 3 AND 54 AND origin_lng BETWEEN 73 AND 136`;

/**
 * Parcels per `cell`-degree grid cell of the origin coordinates (0.1° ≈ 11 km), so a million
 * waybills become a few thousand dots. `cell` must be 0.01–5.
 */
export function densityQuery(
	hours: NightHours = DEFAULT_NIGHT_HOURS,
	cell = 0.1,
	from: SqlFragment = WAYBILLS
): SqlQuery {
	if (!(cell >= 0.01 && cell <= 5)) throw new Error(`invalid grid cell: ${cell}`);
	const c = constant(cell);
	const night = nightCondition(hours);
	return sql`
		SELECT (floor(origin_lng / ${c}) + 0.5) * ${c} AS lng,
			(floor(origin_lat / ${c}) + 0.5) * ${c} AS lat,
			count(*) AS parcels,
			count(*) FILTER (WHERE ${night}) AS night_parcels,
			count(*) FILTER (WHERE ${night}) / count(*) AS night_share
		FROM ${from}
		WHERE order_time IS NOT NULL AND ${IN_CHINA}
		GROUP BY 1, 2
		ORDER BY parcels DESC, lng, lat`;
}

export interface NightProfile {
	hours: NightHours;
	provinces: NightRow[];
	/** All parcels with an order time. */
	parcels: number;
	nightParcels: number;
	nightShare: number;
	/** Province with the highest night share, against the national share. */
	finding: RateFinding | null;
	/** True when origin coordinates exist (the dot map can be offered). */
	hasCoordinates: boolean;
	minParcels: number;
}

/** The province view; `hours` are validated (throws on bad input). */
export async function profileNight(
	db: Db,
	hours: NightHours = DEFAULT_NIGHT_HOURS,
	minParcels = MIN_GROUP_PARCELS,
	from: SqlFragment = WAYBILLS
): Promise<NightProfile> {
	const h = checkNightHours(hours);
	const provinces = await queryRows<NightRow>(db, nightByProvinceQuery(h, from));
	const parcels = provinces.reduce((s, r) => s + r.parcels, 0);
	const nightParcels = provinces.reduce((s, r) => s + r.night_parcels, 0);
	const hasCoordinates =
		(await hasData(db, 'waybills', 'origin_lat')) && (await hasData(db, 'waybills', 'origin_lng'));
	return {
		hours: h,
		provinces,
		parcels,
		nightParcels,
		nightShare: parcels > 0 ? nightParcels / parcels : 0,
		finding: nightFinding(provinces, minParcels),
		hasCoordinates,
		minParcels
	};
}

/** The province (or city) whose night share stands out (see `highestRate`). */
export function nightFinding(
	rows: readonly NightRow[],
	minParcels = MIN_GROUP_PARCELS
): RateFinding | null {
	return highestRate(
		rows.map((r) => ({ key: r.key, count: r.night_parcels, total: r.parcels })),
		minParcels
	);
}

/** The drill-down: cities of one province. */
export async function nightCities(
	db: Db,
	province: string,
	hours: NightHours = DEFAULT_NIGHT_HOURS,
	from: SqlFragment = WAYBILLS
): Promise<NightRow[]> {
	return queryRows<NightRow>(db, nightByCityQuery(province, checkNightHours(hours), from));
}

/** Grid cells for the dot map, or null when no waybill has usable coordinates. */
export async function nightDensity(
	db: Db,
	hours: NightHours = DEFAULT_NIGHT_HOURS,
	cell = 0.1,
	from: SqlFragment = WAYBILLS
): Promise<DensityCell[] | null> {
	if (!(await hasData(db, 'waybills', 'origin_lat'))) return null;
	const cells = await queryRows<DensityCell>(db, densityQuery(checkNightHours(hours), cell, from));
	return cells.length > 0 ? cells : null;
}

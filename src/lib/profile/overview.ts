// The first profile page: headline figures, the hour × weekday grid with its peaks, and parcel
// share against revenue share by weight band. Runs on any `Db` (worker or Node tests).

import { stopwatch } from '$lib/engine/stopwatch';
import type { Table } from 'apache-arrow';
import { fragment, fromFile, queryOne, type Db } from '$lib/engine/sql';
import kpisSql from './kpis.sql?raw';
import hourWeekdaySql from './hour-weekday.sql?raw';
import { findHourPeaks, type HourPeak } from './peaks';
import { DEFAULT_WEIGHT_EDGES, weightBandsQuery, type WeightBandRow } from './weight-bands';

/** Headline figures of the loaded waybills; dates are YYYY-MM-DD, null when there are none. */
export interface Kpis {
	customers: number;
	waybills: number;
	revenue: number;
	first_day: string | null;
	last_day: string | null;
	default_as_of: string | null;
	months: number;
}

export interface HourWeekdayRow {
	weekday: number;
	hour: number;
	waybills: number;
	revenue: number;
}

/** What the weight bands say in one sentence: the light end against the heavy end. */
export interface WeightStory {
	lightUpper: number;
	lightWaybillShare: number;
	lightRevenueShare: number;
	heavyLower: number;
	heavyWaybillShare: number;
	heavyRevenueShare: number;
}

export interface ProfileOverview {
	kpis: Kpis;
	hourWeekday: Table;
	weightBands: Table;
	peaks: HourPeak[];
	/** ISO weekday with the most parcels, or null without data. */
	busiestWeekday: number | null;
	weightStory: WeightStory | null;
	/** Parcels whose weight is missing or not positive (left out of the band shares). */
	unweighed: number;
	timings: Record<string, number>;
}

/** Tables a profile can read: the clean waybills or the worker's cross-filtered copy. */
export type ProfileTable = 'waybills' | 'profile_filtered';

/** A .sql file's single `FROM waybills` pointed at another of our own tables. */
function onTable(text: string, table: ProfileTable): string {
	if (table === 'waybills') return text;
	const parts = text.split('FROM waybills');
	if (parts.length !== 2) throw new Error('expected exactly one FROM waybills');
	return parts.join(table === 'profile_filtered' ? 'FROM profile_filtered' : 'FROM waybills');
}

/** Computes the overview; `edges` are the weight band upper edges in kg. */
export async function profileOverview(
	db: Db,
	edges: readonly number[] = DEFAULT_WEIGHT_EDGES,
	table: ProfileTable = 'waybills'
): Promise<ProfileOverview> {
	const { timings, timed } = stopwatch();
	const kpis = await timed('kpis', () => queryOne<Kpis>(db, fromFile(onTable(kpisSql, table))));
	const hourWeekday = await timed('hourWeekday', () =>
		db.query(fromFile(onTable(hourWeekdaySql, table)))
	);
	const weightBands = await timed('weightBands', () =>
		db.query(
			weightBandsQuery(
				edges,
				table === 'profile_filtered' ? fragment`profile_filtered` : fragment`waybills`
			)
		)
	);

	const cells = hourWeekday.toArray().map((r) => r.toJSON() as HourWeekdayRow);
	const hourly = new Array<number>(24).fill(0);
	const daily = new Array<number>(7).fill(0);
	for (const c of cells) {
		hourly[c.hour] = (hourly[c.hour] ?? 0) + c.waybills;
		daily[c.weekday - 1] = (daily[c.weekday - 1] ?? 0) + c.waybills;
	}
	const maxDay = Math.max(...daily);
	const bands = weightBands.toArray().map((r) => r.toJSON() as WeightBandRow);
	return {
		kpis,
		hourWeekday,
		weightBands,
		peaks: findHourPeaks(hourly),
		busiestWeekday: maxDay > 0 ? daily.indexOf(maxDay) + 1 : null,
		weightStory: weightStory(bands),
		unweighed: bands.find((b) => b.band === -1)?.waybills ?? 0,
		timings
	};
}

/**
 * Light end = the first band; heavy end = every band from the second edge up (3 kg+ by default).
 * Null when there are fewer than three bands or no weighed parcels.
 */
export function weightStory(rows: readonly WeightBandRow[]): WeightStory | null {
	const bands = rows.filter((r) => r.band >= 0).sort((a, b) => a.band - b.band);
	const light = bands[0];
	const heavyFrom = bands[2];
	if (!light || !heavyFrom || light.waybill_share == null) return null;
	const heavy = bands.filter((b) => b.band >= heavyFrom.band);
	return {
		lightUpper: light.upper ?? 0,
		lightWaybillShare: light.waybill_share,
		lightRevenueShare: light.revenue_share ?? 0,
		heavyLower: heavyFrom.lower,
		heavyWaybillShare: heavy.reduce((s, b) => s + (b.waybill_share ?? 0), 0),
		heavyRevenueShare: heavy.reduce((s, b) => s + (b.revenue_share ?? 0), 0)
	};
}

/** Row helper for callers holding the Arrow tables. */
export const rowsOf = <T>(table: Table): T[] => table.toArray().map((r) => r.toJSON() as T);

// The data window: which months really hold the data. A stray order dated 2052 or 1970 must
// not stretch it; a month with almost nothing in it at the edge is a partial export.

import { ident, queryRows, sql, type Db } from '$lib/engine/sql';
import type { CleaningSettings } from './settings';

export interface MonthCount {
	/** YYYY-MM */
	month: string;
	rows: number;
}

export interface DataWindow {
	/** First and last day (inclusive), YYYY-MM-DD; null when the table is empty or the window is off. */
	start: string | null;
	end: string | null;
	mode: CleaningSettings['dateWindow']['mode'];
	/** The share of the median month a month needs to count (auto mode). */
	minMonthShare: number | null;
	months: MonthCount[];
}

/** Orders per calendar month of a table's order_time. */
export async function monthCounts(
	db: Db,
	table: string,
	column = 'order_time'
): Promise<MonthCount[]> {
	return queryRows<MonthCount>(
		db,
		sql`SELECT strftime(${ident(column)}, '%Y-%m') AS month, count(*)::INTEGER AS rows
			FROM ${ident(table)} WHERE ${ident(column)} IS NOT NULL GROUP BY 1 ORDER BY 1`
	);
}

const lastDay = (month: string) => {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

const monthIndex = (month: string) => {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return y * 12 + m - 1;
};

/**
 * Months more than this far apart belong to different runs: a 1970 or 2052 order is its own run,
 * while a quiet holiday month inside the year keeps the run together.
 */
export const MAX_GAP_MONTHS = 3;

/** The run of nearby months (gaps up to MAX_GAP_MONTHS) that holds the most rows. */
function largestRun(months: readonly MonthCount[]): MonthCount[] {
	let best: MonthCount[] = [];
	let bestRows = -1;
	let run: MonthCount[] = [];
	let runRows = 0;
	const close = () => {
		if (runRows > bestRows) [best, bestRows] = [run, runRows];
	};
	for (const m of months) {
		if (m.rows <= 0) continue;
		const prev = run[run.length - 1];
		if (prev && monthIndex(m.month) - monthIndex(prev.month) > MAX_GAP_MONTHS) {
			close();
			[run, runRows] = [[], 0];
		}
		run.push(m);
		runRows += m.rows;
	}
	close();
	return best;
}

/** Drops months at either end holding less than `share` of the run's median month (partial exports). */
function trimSparseEdges(run: MonthCount[], share: number): MonthCount[] {
	const sorted = run.map((m) => m.rows).sort((a, b) => a - b);
	const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0;
	let lo = 0;
	let hi = run.length - 1;
	while (lo < hi && run[lo]!.rows < share * median) lo++;
	while (hi > lo && run[hi]!.rows < share * median) hi--;
	return run.slice(lo, hi + 1);
}

/** The window the settings ask for, computed from the month counts in auto mode. */
export function dataWindow(
	months: readonly MonthCount[],
	setting: CleaningSettings['dateWindow']
): DataWindow {
	if (setting.mode === 'off')
		return { start: null, end: null, mode: 'off', minMonthShare: null, months: [...months] };
	if (setting.mode === 'fixed') {
		return {
			start: setting.start,
			end: setting.end,
			mode: 'fixed',
			minMonthShare: null,
			months: [...months]
		};
	}
	const real = trimSparseEdges(largestRun(months), setting.minMonthShare);
	const first = real[0];
	const last = real[real.length - 1];
	return {
		start: first ? `${first.month}-01` : null,
		end: last ? lastDay(last.month) : null,
		mode: 'auto',
		minMonthShare: setting.minMonthShare,
		months: [...months]
	};
}

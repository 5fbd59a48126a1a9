// Data quality per column: nulls, distinct values, range, the most common values; and how the
// orders spread over the months, so a missing month in a year of monthly files stands out.

import { fragment, ident, join, queryOne, queryRows, sql, type Db } from '$lib/engine/sql';
import type { RepairKind } from '$lib/ingest/coerce';
import { monthCounts, type MonthCount } from './clean/window';

export interface ColumnQuality {
	column: string;
	type: string;
	rows: number;
	nulls: number;
	distinct: number;
	min: string | null;
	max: string | null;
	/** Up to five most frequent values (text-like columns). */
	top: { value: string; count: number }[];
	/** Values the import repaired in this column (from the last file import), by kind. */
	repairs: { kind: RepairKind; count: number }[];
}

export interface MonthCoverage extends MonthCount {
	/** True for a month with no rows between the first and last month, or far below the median. */
	gap: boolean;
}

// Columns of our own making that are not data (lineage, keys derived by cleaning).
const HIDDEN = new Set(['_file_id', '_line']);

/** Quality figures for every column of a clean table, counted exactly (no sketches). */
export async function columnQuality(db: Db, table: string): Promise<ColumnQuality[]> {
	const columns = (
		await queryRows<{ name: string; type: string }>(
			db,
			sql`SELECT column_name AS name, data_type AS type FROM information_schema.columns
				WHERE table_name = ${table} ORDER BY ordinal_position`
		)
	).filter((c) => !HIDDEN.has(c.name));
	if (columns.length === 0) return [];
	// One scan for every column's counts and range: c<i>_n, c<i>_d, c<i>_min, c<i>_max.
	const aggregates = join(
		columns.map(
			(c, i) => fragment`count(${ident(c.name)}) AS ${ident(`c${i}_n`)},
				count(DISTINCT ${ident(c.name)}) AS ${ident(`c${i}_d`)},
				min(${ident(c.name)})::VARCHAR AS ${ident(`c${i}_min`)},
				max(${ident(c.name)})::VARCHAR AS ${ident(`c${i}_max`)}`
		)
	);
	const stats = await queryOne<Record<string, number | string | null>>(
		db,
		sql`SELECT count(*) AS rows, ${aggregates} FROM ${ident(table)}`
	);
	const rows = Number(stats.rows);
	const out: ColumnQuality[] = [];
	for (const [i, c] of columns.entries()) {
		const nonNull = Number(stats[`c${i}_n`]);
		const textual = /VARCHAR|BOOLEAN/.test(c.type);
		const distinct = Number(stats[`c${i}_d`]);
		// Top values of a column whose values are all different (waybill numbers) say nothing.
		const top =
			textual && nonNull > 0 && distinct < nonNull
				? await queryRows<{ value: string; count: number }>(
						db,
						sql`SELECT ${ident(c.name)}::VARCHAR AS value, count(*)::BIGINT AS count FROM ${ident(table)}
							WHERE ${ident(c.name)} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`
					)
				: [];
		out.push({
			column: c.name,
			type: c.type,
			rows,
			nulls: rows - nonNull,
			distinct,
			min: (stats[`c${i}_min`] as string | null) ?? null,
			max: (stats[`c${i}_max`] as string | null) ?? null,
			top: top.map((v) => ({ value: v.value, count: Number(v.count) })),
			repairs: []
		});
	}
	return out;
}

/** Beyond this span the coverage lists only the months that have rows (no 1970…2052 filler). */
const MAX_FILLED_MONTHS = 120;

const monthIndex = (month: string) => {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return y * 12 + m - 1;
};
const monthName = (index: number) =>
	`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Rows per month from the first to the last month, gaps and thin months flagged. */
export async function monthCoverage(
	db: Db,
	table: string,
	column: string
): Promise<MonthCoverage[]> {
	const counts = await monthCounts(db, table, column);
	if (counts.length === 0) return [];
	const first = monthIndex(counts[0]!.month);
	const last = monthIndex(counts[counts.length - 1]!.month);
	let all: MonthCount[] = counts;
	if (last - first < MAX_FILLED_MONTHS) {
		const byMonth = new Map(counts.map((c) => [c.month, c.rows]));
		all = [];
		for (let i = first; i <= last; i++) {
			const month = monthName(i);
			all.push({ month, rows: byMonth.get(month) ?? 0 });
		}
	}
	const sorted = all.map((m) => m.rows).sort((a, b) => a - b);
	const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
	// Below a fifth of the median month: probably a missing or partial export.
	return all.map((m) => ({ ...m, gap: m.rows === 0 || m.rows < median * 0.2 }));
}

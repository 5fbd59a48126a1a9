// Where the data sits in a sheet or delimited file: the delimiter, title rows above the header,
// the header itself, and totals rows (合计/总计) that must not be read as customers.

import { splitFields } from './records';

export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Most columns a table may have; wider files are refused with a message. */
export const MAX_COLUMNS = 1000;

const mode = (xs: number[]): { value: number; count: number } => {
	const counts = new Map<number, number>();
	let best = { value: 0, count: 0 };
	for (const x of xs) {
		const c = (counts.get(x) ?? 0) + 1;
		counts.set(x, c);
		if (c > best.count || (c === best.count && x > best.value)) best = { value: x, count: c };
	}
	return best;
};

/**
 * The delimiter that splits the sample lines most consistently into more than one field
 * (title lines with a single field are ignored). Comma wins ties.
 */
export function detectDelimiter(lines: readonly string[]): Delimiter {
	let best: { d: Delimiter; score: number } = { d: ',', score: -1 };
	const sample = lines.filter((l) => l.trim() !== '').slice(0, 50);
	for (const d of DELIMITERS) {
		const widths = sample.map((l) => splitFields(l, d).length).filter((w) => w > 1);
		if (widths.length === 0) continue;
		const m = mode(widths);
		// Consistency first, then width: a real delimiter gives the same width on most lines.
		const score = (m.count / sample.length) * 1000 + Math.min(m.value, 999);
		if (score > best.score) best = { d, score };
	}
	return best.d;
}

const NUMBER_OR_DATE = /^[\s¥￥$+-]*[\d.,:/\-年月日时分秒\s]+(元|kg|KG|g|%)?$/;

const isDataLike = (cell: string) => NUMBER_OR_DATE.test(cell);

/**
 * Index of the header row among the first rows: the first row that is about as wide as the
 * table and mostly text, followed by a row of similar width. Rows above it are titles
 * ("2024年3月运单明细", "导出时间: …"). Returns 0 when nothing better is found.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
	const widths = rows.map((r) => r.filter((c) => c.trim() !== '').length);
	const table = mode(widths.filter((w) => w > 1)).value;
	if (table <= 1) return 0;
	for (let i = 0; i < Math.min(rows.length, 30); i++) {
		const cells = rows[i]!.filter((c) => c.trim() !== '');
		if (cells.length < Math.max(2, Math.ceil(table * 0.6))) continue;
		const textual = cells.filter((c) => !isDataLike(c.trim())).length;
		if (textual < cells.length * 0.7) continue;
		const next = widths[i + 1];
		if (next === undefined || next >= Math.ceil(table * 0.5)) return i;
	}
	return 0;
}

// The whole cell must be the word (合计, 总计:, 合计(3月)); 合计运费 is a header, not a total.
const TOTALS =
	/^(合\s*计|总\s*计|小\s*计|共\s*计|total|subtotal|grand total|sum)\s*([::]|[(（][^)）]*[)）])?\s*$/i;

/** True for a totals row: one of its first three filled cells says 合计/总计/小计/Total. */
export function isTotalsRow(cells: readonly string[]): boolean {
	let seen = 0;
	for (const c of cells) {
		const t = c.trim();
		if (t === '') continue;
		if (TOTALS.test(t)) return true;
		if (++seen >= 3) break;
	}
	return false;
}

/** True when every cell is blank (",,,,," lines from spreadsheets). */
export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Column names from a header row: trimmed, blanks named 列N, duplicates suffixed " (2)", " (3)"…
 * Names are only labels here; SQL never sees them (raw columns are c1, c2, …).
 */
export function headerNames(cells: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return cells.map((c, i) => {
		let name = c
			.replace(/^\uFEFF/, '')
			.replace(/\s+/g, ' ')
			.trim();
		if (name === '') name = `列${i + 1}`;
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		return n === 1 ? name : `${name} (${n})`;
	});
}

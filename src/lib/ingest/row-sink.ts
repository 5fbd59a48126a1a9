// Where rows of cells (from a sheet or JSON) go: the first rows decide where the header is,
// title rows above it and totals/blank rows below are counted and skipped, and the rest is
// written to the raw table.

import type { Db } from '$lib/engine/sql';
import { findHeaderRow, headerNames, isBlankRow, isTotalsRow, MAX_COLUMNS } from './layout';
import { createRawTable, rawColumnName, RawWriter, type ParsedFile } from './raw';

/** Rows looked at before deciding where the header is. */
const LAYOUT_ROWS = 30;

interface PendingRow {
	line: number;
	cells: (string | null)[];
}

export class RowSink {
	private layout: PendingRow[] = [];
	private writer: RawWriter | null = null;
	private failed = false;

	constructor(
		private readonly db: Db,
		private readonly parsed: ParsedFile,
		/** Column names when the format has them (JSON keys); null to find a header row. */
		private readonly knownHeader: string[] | null = null
	) {}

	/** False once the layout was refused (too many columns); the caller should stop. */
	get ok(): boolean {
		return !this.failed;
	}

	async add(line: number, cells: (string | null)[]): Promise<void> {
		if (this.failed) return;
		if (this.writer) return this.write(line, cells);
		if (isBlankRow(cells.map((c) => c ?? ''))) {
			this.parsed.skipped.blank++;
			return;
		}
		this.layout.push({ line, cells });
		if (this.knownHeader || this.layout.length >= LAYOUT_ROWS) await this.decide();
	}

	/** True while a batch is being inserted (a good moment to yield to the event loop). */
	get waiting(): boolean {
		return this.writer?.waiting ?? false;
	}

	/** Writes what is left and returns ms spent waiting for DuckDB. */
	async finish(): Promise<number> {
		if (!this.writer && !this.failed) await this.decide();
		return this.writer ? this.writer.close() : 0;
	}

	private async decide(): Promise<void> {
		let names: string[];
		let dataFrom = 0;
		if (this.knownHeader) names = headerNames(this.knownHeader);
		else {
			if (this.layout.length === 0) return;
			const rows = this.layout.map((r) => r.cells.map((c) => c ?? ''));
			const headerIndex = findHeaderRow(rows);
			names = headerNames(rows[headerIndex]!);
			this.parsed.headerLine = this.layout[headerIndex]!.line;
			this.parsed.skipped.title = headerIndex;
			dataFrom = headerIndex + 1;
		}
		if (names.length > MAX_COLUMNS) {
			this.failed = true;
			this.parsed.issues.push({
				file: this.parsed.name,
				severity: 'error',
				code: 'too-many-columns',
				count: names.length,
				line: this.parsed.headerLine ?? undefined
			});
			return;
		}
		this.parsed.columns = names.map((name, i) => ({
			name,
			sql: rawColumnName(i),
			type: 'VARCHAR'
		}));
		await createRawTable(this.db, this.parsed.table, names.length);
		this.writer = new RawWriter(this.db, this.parsed.table, names.length);
		for (const r of this.layout.slice(dataFrom)) await this.write(r.line, r.cells);
		this.layout = [];
	}

	private async write(line: number, cells: (string | null)[]): Promise<void> {
		const text = cells.map((c) => c ?? '');
		if (isBlankRow(text)) {
			this.parsed.skipped.blank++;
			return;
		}
		if (isTotalsRow(text)) {
			this.parsed.skipped.totals++;
			return;
		}
		await this.writer!.add(line, cells);
	}
}

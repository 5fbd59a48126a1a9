// Raw tables: every input file lands in DuckDB as `raw_f<id>` with `_line` (where the row was
// in the file) and columns c1…cN. Header names live in TypeScript, never in SQL, so hostile
// names ("x"");DROP…", __proto__) are just labels.

import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { columnsToIpc } from '$lib/engine/arrow';
import { Pipeline } from '$lib/engine/pipeline';
import { fragment, ident, join, sql, type Db } from '$lib/engine/sql';
import type { TextEncoding } from './encoding';
import type { DataIssue } from './issues';

export type SourceFormat = 'csv' | 'xlsx' | 'parquet' | 'json' | 'ndjson';

/** How positions in a file are named in messages: CSV/NDJSON lines, sheet rows, records. */
export type PositionKind = 'line' | 'row' | 'record';

export interface RawColumn {
	/** The header as written in the file (deduplicated). */
	name: string;
	/** The column in the raw table: c1, c2, … */
	sql: string;
	/** DuckDB type in the raw table: VARCHAR except for typed sources such as Parquet. */
	type: string;
}

/** Everything known about one imported file after reading it. */
export interface ParsedFile {
	fileId: number;
	name: string;
	size: number;
	/** Size + SHA-256 of the first and last MiB: the same export dropped twice has the same. */
	fingerprint: string;
	format: SourceFormat;
	encoding?: TextEncoding;
	delimiter?: string;
	sheet?: string;
	sheets?: string[];
	table: string;
	columns: RawColumn[];
	positionKind: PositionKind;
	/** Line/row of the header, null when the format has none (Parquet, JSON). */
	headerLine: number | null;
	/** Rows skipped before the header (titles), totals rows (合计…) and blank rows. */
	skipped: { title: number; totals: number; blank: number };
	/** Rows in the raw table. */
	rows: number;
	/** Rows that could not be split into the header's columns (quarantined with their lines). */
	malformed: number;
	issues: DataIssue[];
	timings: Record<string, number>;
}

export const rawTableName = (fileId: number) => `raw_f${fileId}`;

/** Identity of a file being read. */
export interface FileMeta {
	fileId: number;
	name: string;
	fingerprint: string;
}

/** A ParsedFile with nothing read yet; readers fill it in. */
export function emptyParsed(
	file: Blob,
	meta: FileMeta,
	format: SourceFormat,
	positionKind: PositionKind
): ParsedFile {
	return {
		fileId: meta.fileId,
		name: meta.name,
		size: file.size,
		fingerprint: meta.fingerprint,
		format,
		table: rawTableName(meta.fileId),
		columns: [],
		positionKind,
		headerLine: null,
		skipped: { title: 0, totals: 0, blank: 0 },
		rows: 0,
		malformed: 0,
		issues: [],
		timings: {}
	};
}
export const rawColumnName = (index: number) => `c${index + 1}`;

/** Creates an empty raw table with `_line` and `count` VARCHAR columns. */
export async function createRawTable(db: Db, table: string, count: number): Promise<void> {
	const cols = join(
		Array.from({ length: count }, (_, i) => fragment`${ident(rawColumnName(i))} VARCHAR`)
	);
	await db.query(sql`CREATE OR REPLACE TABLE ${ident(table)} (_line INTEGER, ${cols})`);
}

/**
 * Buffers rows of strings and appends them to a raw table as Arrow batches, one batch in
 * flight while the next fills.
 */
export class RawWriter {
	private lines: number[] = [];
	private cells: (string | null)[][];
	private readonly pipeline = new Pipeline();
	rows = 0;

	constructor(
		private readonly db: Db,
		private readonly table: string,
		private readonly width: number,
		private readonly batchRows = 50_000
	) {
		this.cells = Array.from({ length: width }, () => []);
	}

	/** Adds one row; cells beyond the width are ignored, missing ones are NULL. */
	async add(line: number, row: readonly (string | null)[]): Promise<void> {
		this.lines.push(line);
		for (let i = 0; i < this.width; i++) this.cells[i]!.push(row[i] ?? null);
		this.rows++;
		if (this.lines.length >= this.batchRows) await this.flush();
	}

	async flush(): Promise<void> {
		if (this.lines.length === 0) return;
		const columns: Record<string, Int32Array | (string | null)[]> = {
			_line: Int32Array.from(this.lines)
		};
		this.cells.forEach((values, i) => (columns[rawColumnName(i)] = values));
		const ipc = columnsToIpc(columns);
		this.lines = [];
		this.cells = Array.from({ length: this.width }, () => []);
		await this.pipeline.submit(() => this.db.insertArrow(ipc, this.table, { create: false }));
	}

	/** Flushes and waits for every batch; returns ms spent waiting for DuckDB. */
	async close(): Promise<number> {
		await this.flush();
		await this.pipeline.settle();
		return this.pipeline.waitMs;
	}

	get waiting(): boolean {
		return this.pipeline.busy;
	}
}

/**
 * Hex SHA-256 of the size and the first and last MiB: cheap even for huge files. (JS SHA-256:
 * crypto.subtle is missing on plain-http intranet hosts, which are not secure contexts.)
 */
export async function fingerprint(file: Blob): Promise<string> {
	const MiB = 1 << 20;
	const head = new Uint8Array(await file.slice(0, MiB).arrayBuffer());
	const tail =
		file.size > MiB ? new Uint8Array(await file.slice(-MiB).arrayBuffer()) : new Uint8Array(0);
	const size = new TextEncoder().encode(String(file.size) + ':');
	const all = new Uint8Array(size.length + head.length + tail.length);
	all.set(size);
	all.set(head, size.length);
	all.set(tail, size.length + head.length);
	return bytesToHex(sha256(all));
}

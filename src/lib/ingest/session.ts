// The import workspace: files read so far, which table each feeds, and applying the mappings.
// Lives in the engine worker; pure enough to run in Node tests with an injected Db.

import { ident, queryRows, sql, type Db } from '$lib/engine/sql';
import type {
	ApplyResult,
	ImportFileView,
	ImportState,
	Progress,
	QuarantineRows
} from '$lib/engine/api';
import { createTableSql } from '$lib/model/ddl';
import { CANONICAL_TABLES, sourceTable, TABLE_NAMES, type CanonicalTable } from '$lib/model/schema';
import {
	applyTableMapping,
	DEFAULT_IMPORT_OPTIONS,
	quarantineTable,
	type ImportOptions
} from './apply';
import type { DataIssue } from './issues';
import type { ParquetReader } from './parquet';
import { fingerprint, type ParsedFile } from './raw';
import { mergeColumns } from './columns';
import { readFile } from './read-file';
import {
	missingRequired,
	suggestMapping,
	suggestTable,
	type ColumnSample,
	type TableMapping
} from './suggest';

/** Values shown per column, and rows sampled for suggestions. */
const SHOWN_SAMPLES = 6;
const SAMPLE_ROWS = 300;

interface Entry {
	file: Blob;
	parsed: ParsedFile;
	samples: ColumnSample[];
	assigned: CanonicalTable | null;
	suggested: CanonicalTable;
	duplicateOf: number | null;
}

export interface SessionContext {
	db: Db;
	parquet: ParquetReader;
}

export class ImportSession {
	private readonly entries = new Map<number, Entry>();
	private nextId = 1;

	constructor(private readonly ctx: SessionContext) {}

	/** Reads files one after another; a file whose content was already dropped is not re-read. */
	async add(
		files: readonly { file: Blob; name: string }[],
		opts: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {}
	): Promise<ImportState> {
		for (const [index, { file, name }] of files.entries()) {
			opts.signal?.throwIfAborted();
			const fileId = this.nextId++;
			const print = await fingerprint(file);
			const twin = [...this.entries.values()].find((e) => e.parsed.fingerprint === print);
			if (twin) {
				this.entries.set(fileId, {
					file,
					parsed: {
						...twin.parsed,
						fileId,
						name,
						table: `raw_f${fileId}`,
						rows: 0,
						issues: [
							{
								file: name,
								severity: 'warning',
								code: 'duplicate-file',
								detail: twin.parsed.name
							}
						]
					},
					samples: [],
					assigned: null,
					suggested: twin.suggested,
					duplicateOf: twin.parsed.fileId
				});
				continue;
			}
			const progress = (done: number) =>
				opts.onProgress?.({
					phase: 'read',
					unit: 'bytes',
					done,
					total: file.size,
					file: name,
					fileIndex: index + 1,
					fileCount: files.length
				});
			progress(0);
			const parsed = await readFile(
				this.ctx.db,
				file,
				{ fileId, name, fingerprint: print },
				{
					parquet: this.ctx.parquet,
					signal: opts.signal,
					onProgress: (bytes) => progress(bytes)
				}
			);
			progress(file.size);
			await this.store(fileId, file, parsed, null);
		}
		return this.state();
	}

	remove(fileId: number): ImportState {
		const e = this.entries.get(fileId);
		if (e) {
			this.entries.delete(fileId);
			this.ctx.db.query(sql`DROP TABLE IF EXISTS ${ident(e.parsed.table)}`).catch(() => undefined);
		}
		return this.state();
	}

	assign(fileId: number, table: CanonicalTable | null): ImportState {
		const e = this.entries.get(fileId);
		if (e && e.duplicateOf === null && e.parsed.rows > 0) e.assigned = table;
		return this.state();
	}

	async chooseSheet(
		fileId: number,
		sheet: string,
		opts: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {}
	): Promise<ImportState> {
		const e = this.entries.get(fileId);
		if (!e || e.parsed.format !== 'xlsx') return this.state();
		const parsed = await readFile(
			this.ctx.db,
			e.file,
			{ fileId, name: e.parsed.name, fingerprint: e.parsed.fingerprint },
			{ parquet: this.ctx.parquet, sheet, signal: opts.signal }
		);
		await this.store(fileId, e.file, parsed, e.assigned);
		return this.state();
	}

	/** Suggestion from the columns of all files assigned to the table (union by name). */
	suggest(table: CanonicalTable): TableMapping {
		return suggestMapping(table, this.columnsOf(table));
	}

	/** Columns of the files assigned to a table, merged by name (samples pooled). */
	columnsOf(table: CanonicalTable): ColumnSample[] {
		return mergeColumns(this.assignedTo(table).map((e) => e.samples));
	}

	/**
	 * Builds every table that has files and a complete mapping. Tables without files are left
	 * empty. Refuses (loads nothing) when waybills cannot be built.
	 */
	async apply(
		mappings: readonly TableMapping[],
		options: ImportOptions = DEFAULT_IMPORT_OPTIONS
	): Promise<Omit<ApplyResult, 'dataset'> & { rows: Record<string, number> }> {
		const issues: DataIssue[] = [];
		const waybills = mappings.find((m) => m.table === 'waybills');
		if (!waybills || this.assignedTo('waybills').length === 0) {
			issues.push({ file: '', severity: 'error', code: 'no-waybills' });
		} else {
			for (const m of mappings) {
				const missing = missingRequired(m);
				if (this.assignedTo(m.table).length > 0 && missing.length > 0) {
					issues.push({
						file: '',
						severity: 'error',
						code: 'unmapped-required',
						column: m.table,
						samples: missing
					});
				}
			}
		}
		if (issues.length > 0) return { tables: [], issues, rows: {} };

		const tables = [];
		const rows: Record<string, number> = {};
		for (const table of TABLE_NAMES) {
			const mapping = mappings.find((m) => m.table === table);
			const files = this.assignedTo(table).map((e) => e.parsed);
			if (!mapping || files.length === 0) {
				await this.emptyTable(table);
				continue;
			}
			const report = await applyTableMapping(this.ctx.db, files, mapping, options);
			tables.push(report);
			rows[table] = report.loaded;
		}
		if ((rows.waybills ?? 0) === 0) issues.push({ file: '', severity: 'error', code: 'no-rows' });
		return { tables, issues, rows };
	}

	async quarantine(table: CanonicalTable, limit: number): Promise<QuarantineRows> {
		const name = quarantineTable(table);
		try {
			const rows = await queryRows<Record<string, string | number | null>>(
				this.ctx.db,
				sql`SELECT * FROM ${ident(name)} ORDER BY _file_id, _line LIMIT ${limit}`
			);
			const total = await queryRows<{ n: number }>(
				this.ctx.db,
				sql`SELECT count(*) AS n FROM ${ident(name)}`
			);
			return { table, total: total[0]?.n ?? 0, rows };
		} catch {
			return { table, total: 0, rows: [] };
		}
	}

	/** Files assigned to a table (duplicates and unreadable files never are). */
	assignedTo(table: CanonicalTable): Entry[] {
		return [...this.entries.values()].filter((e) => e.assigned === table);
	}

	state(): ImportState {
		return {
			files: [...this.entries.values()].map((e): ImportFileView => ({
				...e.parsed,
				columns: e.parsed.columns.map((c) => ({
					name: c.name,
					samples: distinct(e.samples.find((s) => s.name === c.name)?.samples ?? []).slice(
						0,
						SHOWN_SAMPLES
					)
				})),
				assigned: e.assigned,
				suggested: e.suggested,
				duplicateOf: e.duplicateOf
			}))
		};
	}

	private async store(
		fileId: number,
		file: Blob,
		parsed: ParsedFile,
		assigned: CanonicalTable | null
	) {
		const samples = parsed.rows > 0 ? await this.sample(parsed) : [];
		const { table: suggested } = suggestTable(samples);
		const readable = parsed.rows > 0;
		this.entries.set(fileId, {
			file,
			parsed,
			samples,
			assigned: readable ? (assigned ?? suggested) : null,
			suggested,
			duplicateOf: null
		});
	}

	private async sample(parsed: ParsedFile): Promise<ColumnSample[]> {
		const rows = await queryRows<Record<string, unknown>>(
			this.ctx.db,
			sql`SELECT * FROM ${ident(parsed.table)} ORDER BY _line LIMIT ${SAMPLE_ROWS}`
		);
		return parsed.columns.map((c) => ({
			name: c.name,
			samples: rows
				.map((r) => r[c.sql])
				.filter((v) => v !== null && v !== undefined && String(v).trim() !== '')
				.map((v) => String(v))
		}));
	}

	private async emptyTable(table: CanonicalTable) {
		await this.ctx.db.query(createTableSql(sourceTable(table), CANONICAL_TABLES[table]));
		await this.ctx.db.query(sql`DROP TABLE IF EXISTS ${ident(quarantineTable(table))}`);
	}
}

function distinct(values: readonly string[]): string[] {
	return [...new Set(values)];
}

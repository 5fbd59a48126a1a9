// Loads a UTF-8 CSV of waybills whose headers already use the canonical field names (the
// walking skeleton's import; mapping of arbitrary headers and other formats build on it).
// Every row that does not make it into `waybills` is counted, with where and why.

import { fragment, ident, join, queryOne, queryRows, sql, type Db } from '$lib/engine/sql';
import { UPLOAD_DIR } from '$lib/engine/lockdown';
import { createTableSql } from '$lib/model/ddl';
import { CANONICAL_TABLES, WAYBILL_FIELDS, type FieldSpec } from '$lib/model/schema';
import { cleanText, coerce } from './coerce';
import { detectDelimiter, firstLine, splitLine } from './header';
import { hasErrors, type DataIssue } from './issues';
import { sniffBytes } from './sniff';

/** Bytes read up front to sniff the format and the header. */
export const SNIFF_BYTES = 64 * 1024;

/** What a CSV load did: problems found, and rows at each step (lineage). */
export interface CsvLoadReport {
	ok: boolean;
	issues: DataIssue[];
	rows: { parsed: number; malformed: number; quarantined: number; loaded: number };
	timings: { read: number; convert: number; total: number };
}

export interface CsvInput {
	name: string;
	data: Blob | Uint8Array;
	/** The first SNIFF_BYTES bytes (or the whole file when smaller). */
	head: Uint8Array;
}

const RAW = '_upload_raw';
const TYPED = '_upload_typed';
const STAGED = '_upload_waybills';
const REJECTS = '_upload_rejects';
const SCANS = '_upload_scans';
export const QUARANTINE = 'quarantine_waybills';
const SAMPLE_LIMIT = 5;
let uploadCounter = 0;

interface HeaderCheck {
	issues: DataIssue[];
	delimiter: string;
	/** Canonical field → the header exactly as written in the file. */
	present: Map<string, string>;
}

/** Checks bytes and header before DuckDB sees the file; errors here stop the load. */
export function checkHeader(name: string, head: Uint8Array): HeaderCheck {
	const fail = (issue: Omit<DataIssue, 'file' | 'severity'>): HeaderCheck => ({
		issues: [{ file: name, severity: 'error', ...issue }],
		delimiter: ',',
		present: new Map()
	});
	const sniffed = sniffBytes(head);
	if (sniffed.kind === 'empty') return fail({ code: 'empty-file' });
	if (sniffed.kind === 'binary') return fail({ code: 'binary-file', detail: sniffed.format });
	if (sniffed.encoding !== 'utf-8')
		return fail({ code: 'unsupported-encoding', detail: sniffed.encoding });
	if (!sniffed.valid) return fail({ code: 'not-utf8' });

	const text = new TextDecoder('utf-8').decode(head.subarray(sniffed.bomLength));
	const line = firstLine(text);
	if (line.trim() === '') return fail({ code: 'no-header', line: 1 });
	const delimiter = detectDelimiter(line);
	const headers = splitLine(line, delimiter);

	const issues: DataIssue[] = [];
	const known = new Set(WAYBILL_FIELDS.map((f) => f.name));
	const present = new Map<string, string>();
	const duplicates: string[] = [];
	const ignored: string[] = [];
	for (const h of headers) {
		const key = h.trim().toLowerCase();
		if (!known.has(key)) ignored.push(h);
		else if (present.has(key)) duplicates.push(h);
		else present.set(key, h);
	}
	if (duplicates.length > 0) {
		issues.push({
			file: name,
			severity: 'error',
			code: 'duplicate-columns',
			line: 1,
			samples: duplicates
		});
	}
	const missing = WAYBILL_FIELDS.filter((f) => f.required && !present.has(f.name)).map(
		(f) => f.name
	);
	if (missing.length > 0) {
		issues.push({
			file: name,
			severity: 'error',
			code: 'missing-columns',
			line: 1,
			samples: missing
		});
	}
	if (ignored.length > 0) {
		issues.push({
			file: name,
			severity: 'warning',
			code: 'ignored-columns',
			line: 1,
			count: ignored.length,
			samples: ignored.slice(0, 12)
		});
	}
	return { issues, delimiter, present };
}

/**
 * Loads a canonical-header waybill CSV into `waybills`, replacing the current data. Rows DuckDB
 * cannot split are counted from its reject table; rows missing a required value go to
 * `quarantine_waybills`. Returns ok: false (and leaves the previous data alone) on errors.
 */
export async function loadCanonicalWaybillCsv(db: Db, input: CsvInput): Promise<CsvLoadReport> {
	const t0 = performance.now();
	const rows = { parsed: 0, malformed: 0, quarantined: 0, loaded: 0 };
	const header = checkHeader(input.name, input.head);
	const issues = [...header.issues];
	const result = (ok: boolean, read = 0, convert = 0): CsvLoadReport => ({
		ok,
		issues,
		rows,
		timings: { read, convert, total: performance.now() - t0 }
	});
	if (hasErrors(issues)) return result(false);

	const path = `${UPLOAD_DIR}upload-${++uploadCounter}.csv`;
	await db.registerFile(path, input.data);
	try {
		const r0 = performance.now();
		try {
			await db.query(sql`DROP TABLE IF EXISTS ${ident(REJECTS)}`);
			await db.query(sql`DROP TABLE IF EXISTS ${ident(SCANS)}`);
			// all_varchar: we coerce and count failures ourselves instead of trusting the sniffer;
			// ignore_errors + store_rejects: ragged rows are kept aside with their line numbers.
			await db.query(sql`
				CREATE OR REPLACE TEMP TABLE ${ident(RAW)} AS
				SELECT row_number() OVER () AS _record, *
				FROM read_csv(${path}, header = true, all_varchar = true, delim = ${header.delimiter},
					quote = '"', escape = '"', ignore_errors = true, store_rejects = true,
					rejects_table = ${REJECTS}, rejects_scan = ${SCANS})`);
		} catch (e) {
			issues.push({
				file: input.name,
				severity: 'error',
				code: 'read-failed',
				detail: e instanceof Error ? e.message.split('\n')[0] : String(e)
			});
			return result(false);
		}
		const read = performance.now() - r0;

		const rejects = await queryOne<{
			n: number;
			first: number | null;
			lines: number[] | null;
			samples: string[] | null;
		}>(
			db,
			// DuckDB may log several errors for one line (one per missing column): count lines.
			sql`WITH by_line AS (
					SELECT line, min(error_message) AS message FROM ${ident(REJECTS)} GROUP BY line
				)
				SELECT count(*) AS n, min(line) AS first,
					-- castBigIntToDouble does not reach list children (they arrive as raw int64 bits).
					list(line::INTEGER ORDER BY line) AS lines,
					list('line ' || line || ': ' || message ORDER BY line)[1:${SAMPLE_LIMIT}] AS samples
				FROM by_line`
		);
		const rejectLines = rejects.lines ?? [];
		rows.malformed = rejects.n;
		if (rejects.n > 0) {
			issues.push({
				file: input.name,
				severity: 'warning',
				code: 'malformed-rows',
				line: rejects.first ?? undefined,
				count: rejects.n,
				samples: rejects.samples ?? []
			});
		}

		const c0 = performance.now();
		const actual = await rawColumns(db);
		const present = WAYBILL_FIELDS.filter((f) => header.present.has(f.name)).map((f) => ({
			field: f,
			raw: actual.get(f.name) ?? (header.present.get(f.name) as string)
		}));
		await db.query(typedTableSql(present));
		rows.parsed = (
			await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${ident(TYPED)}`)
		).n;
		issues.push(...(await valueIssues(db, input.name, present, rejectLines)));

		const required = present.filter((p) => p.field.required);
		const complete = join(
			required.map((p) => fragment`${ident(p.field.name)} IS NOT NULL`),
			' AND '
		);
		const canonical = join(present.map((p) => fragment`${ident(p.field.name)}`));
		await db.query(sql`
			CREATE OR REPLACE TEMP TABLE ${ident(STAGED)} AS
			SELECT ${canonical} FROM ${ident(TYPED)} WHERE ${complete}`);
		const staged = await queryOne<{ n: number }>(
			db,
			sql`SELECT count(*) AS n FROM ${ident(STAGED)}`
		);
		if (staged.n === 0) {
			// Nothing usable: keep whatever was loaded before.
			issues.push({ file: input.name, severity: 'error', code: 'no-rows', count: rows.parsed });
			return result(false, read, performance.now() - c0);
		}
		for (const [name, fields] of Object.entries(CANONICAL_TABLES)) {
			await db.query(createTableSql(name, fields));
		}
		await db.query(sql`INSERT INTO waybills BY NAME SELECT * FROM ${ident(STAGED)}`);
		await db.query(sql`
			CREATE OR REPLACE TABLE ${ident(QUARANTINE)} AS
			SELECT * FROM ${ident(TYPED)} WHERE NOT (${complete})`);
		rows.loaded = staged.n;
		rows.quarantined = rows.parsed - staged.n;
		return result(true, read, performance.now() - c0);
	} finally {
		await db.query(sql`DROP TABLE IF EXISTS ${ident(RAW)}`);
		await db.query(sql`DROP TABLE IF EXISTS ${ident(TYPED)}`);
		await db.query(sql`DROP TABLE IF EXISTS ${ident(STAGED)}`);
		await db.dropFile(path);
	}
}

/** Lower-cased, trimmed header → the column name DuckDB gave it. */
async function rawColumns(db: Db): Promise<Map<string, string>> {
	const cols = await queryRows<{ column_name: string }>(
		db,
		sql`SELECT column_name FROM (DESCRIBE ${ident(RAW)})`
	);
	return new Map(cols.map((c) => [c.column_name.trim().toLowerCase(), c.column_name]));
}

interface PresentColumn {
	field: FieldSpec;
	raw: string;
}

const rawAlias = (field: string) => `__raw_${field}`;

function typedTableSql(present: readonly PresentColumn[]) {
	const typed = join(
		present.map((p) => fragment`${coerce(p.raw, p.field.type)} AS ${ident(p.field.name)}`)
	);
	const raw = join(
		present.map((p) => fragment`${cleanText(p.raw)} AS ${ident(rawAlias(p.field.name))}`)
	);
	return sql`CREATE OR REPLACE TEMP TABLE ${ident(TYPED)} AS SELECT _record, ${typed}, ${raw} FROM ${ident(RAW)}`;
}

/** One issue per column with values that did not parse, and per required column left empty. */
async function valueIssues(
	db: Db,
	file: string,
	present: readonly PresentColumn[],
	rejectLines: readonly number[]
): Promise<DataIssue[]> {
	const issues: DataIssue[] = [];
	const line = (record: number | null) =>
		record == null ? undefined : recordToLine(record, rejectLines);
	for (const p of present) {
		const value = ident(p.field.name);
		const raw = ident(rawAlias(p.field.name));
		const stats = await queryOne<{
			bad: number;
			bad_first: number | null;
			bad_samples: string[] | null;
			blank: number;
			blank_first: number | null;
		}>(
			db,
			sql`SELECT
				count(*) FILTER (WHERE ${raw} IS NOT NULL AND ${value} IS NULL) AS bad,
				min(_record) FILTER (WHERE ${raw} IS NOT NULL AND ${value} IS NULL) AS bad_first,
				list(DISTINCT ${raw}) FILTER (WHERE ${raw} IS NOT NULL AND ${value} IS NULL)[1:${SAMPLE_LIMIT}] AS bad_samples,
				count(*) FILTER (WHERE ${raw} IS NULL) AS blank,
				min(_record) FILTER (WHERE ${raw} IS NULL) AS blank_first
			FROM ${ident(TYPED)}`
		);
		if (stats.bad > 0) {
			issues.push({
				file,
				severity: 'warning',
				code: p.field.required ? 'unparsable-required-values' : 'unparsable-values',
				column: p.raw,
				count: stats.bad,
				line: line(stats.bad_first),
				samples: stats.bad_samples ?? [],
				detail: p.field.type
			});
		}
		if (p.field.required && stats.blank > 0) {
			issues.push({
				file,
				severity: 'warning',
				code: 'missing-required-values',
				column: p.raw,
				count: stats.blank,
				line: line(stats.blank_first)
			});
		}
	}
	return issues;
}

/**
 * File line of the n-th parsed record (1-based; line 1 is the header), stepping over the lines
 * DuckDB rejected. Exact unless a quoted field spans several lines.
 */
export function recordToLine(record: number, rejectLines: readonly number[]): number {
	let line = record + 1;
	for (const r of rejectLines) {
		if (r <= line) line++;
		else break;
	}
	return line;
}

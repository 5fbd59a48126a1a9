// Applies a table mapping: the files assigned to a canonical table are read through their raw
// tables, coerced field by field, and written to the canonical table; rows missing a required
// value go to quarantine_<table> with the reason. Every repair is counted with where it first
// happened and example values, so the import report can account for every row and value.

import {
	constant,
	constantList,
	fragment,
	ident,
	join,
	list,
	queryOne,
	queryRows,
	sql,
	sqlType,
	type Db,
	type SqlFragment
} from '$lib/engine/sql';
import {
	CANONICAL_TABLES,
	sourceTable,
	type CanonicalTable,
	type FieldSpec
} from '$lib/model/schema';
import { coerceField, normalizedText, REPAIR_KINDS, type Coerced, type RepairKind } from './coerce';
import type { DataIssue } from './issues';
import type { ParsedFile, RawColumn } from './raw';
import { headerScore, type FieldMapping, type TableMapping } from './suggest';
import { normalizeHeader, type Unit } from './synonyms';

/** Settings that apply to the whole import. */
export interface ImportOptions {
	/** Hours Unix timestamps are shifted by to become local time (8 = Beijing time). */
	utcOffsetHours: number;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = { utcOffsetHours: 8 };

const UNIT_FACTOR: Record<Unit, number> = { kg: 1, g: 0.001, t: 1000, yuan: 1, fen: 0.01 };

/** One repair kind of one field, counted. */
export interface RepairCount {
	field: string;
	column: string;
	kind: RepairKind;
	count: number;
	/** Where it first happened. */
	first: { fileId: number; line: number } | null;
	samples: string[];
}

/** What happened to each file's rows on the way into a canonical table. */
export interface FileLineage {
	fileId: number;
	name: string;
	rows: number;
	quarantined: number;
	loaded: number;
}

export interface TableImportReport {
	table: CanonicalTable;
	loaded: number;
	quarantined: number;
	/** Quarantined rows by reason (missing:<field> / invalid:<field>). */
	reasons: { reason: string; count: number }[];
	files: FileLineage[];
	repairs: RepairCount[];
	/** Mapped columns a file does not have (its rows get NULL there). */
	absent: { fileId: number; field: string; column: string }[];
	/** Columns a file used instead of the mapped one (same field, its own header). */
	substitutes: Substitute[];
	issues: DataIssue[];
	timings: Record<string, number>;
}

export const quarantineTable = (table: CanonicalTable) => `quarantine_${table}`;

interface Resolved {
	spec: FieldSpec;
	mapping: FieldMapping;
	/** Per file: the raw column and its unit factor, or null when the file lacks it. */
	perFile: Map<number, { column: RawColumn; factor: number } | null>;
}

/** A file's own column used for a field because it lacks the mapped one (a synonym). */
export interface Substitute {
	fileId: number;
	field: string;
	column: string;
}

/**
 * Finds each mapped column in each file by header name (exact first, then normalized). A file
 * that lacks it but has an exact synonym for the field (运单号 in one file, waybill_no in the
 * other) uses that column, and the report says so.
 */
function resolve(
	files: readonly ParsedFile[],
	mapping: TableMapping
): { fields: Resolved[]; substitutes: Substitute[] } {
	const specs = CANONICAL_TABLES[mapping.table];
	const substitutes: Substitute[] = [];
	const fields = mapping.fields.flatMap((m) => {
		const spec = specs.find((s) => s.name === m.field);
		if (!spec || !m.column) return [];
		const key = normalizeHeader(m.column).key;
		const perFile = new Map<number, { column: RawColumn; factor: number } | null>();
		for (const f of files) {
			let column =
				f.columns.find((c) => c.name === m.column) ??
				f.columns.find((c) => normalizeHeader(c.name).key === key);
			if (!column) {
				column = f.columns.find((c) => headerScore(mapping.table, m.field, c.name) >= 1);
				if (column) substitutes.push({ fileId: f.fileId, field: m.field, column: column.name });
			}
			if (!column) {
				perFile.set(f.fileId, null);
				continue;
			}
			const unit = normalizeHeader(column.name).unit ?? m.unit;
			perFile.set(f.fileId, { column, factor: unit ? UNIT_FACTOR[unit] : 1 });
		}
		return [{ spec, mapping: m, perFile }];
	});
	return { fields, substitutes };
}

const rawAlias = (field: string) => `r_${field}`;
const textAlias = (field: string) => `n_${field}`;
const factorAlias = (field: string) => `u_${field}`;
const kindAlias = (field: string) => `k_${field}`;
const changedAlias = (field: string) => `c_${field}`;
const problemAlias = (field: string) => `p_${field}`;
const STAGE = '_import_stage';
const TYPED = '_import_typed';

/** The union of the files' raw tables, with one raw/text/factor column per mapped field. */
function sourceSql(files: readonly ParsedFile[], fields: readonly Resolved[]): SqlFragment {
	const selects = files.map((f) => {
		const cols = fields.flatMap((r) => {
			const hit = r.perFile.get(f.fileId);
			// Mixed types across files (Parquet DOUBLE, CSV text) meet as VARCHAR.
			const typed = hit && sameTypeEverywhere(files, r) ? fragment`${ident(hit.column.sql)}` : null;
			const raw = hit
				? (typed ?? fragment`CAST(${ident(hit.column.sql)} AS VARCHAR)`)
				: fragment`CAST(NULL AS VARCHAR)`;
			return [
				fragment`${raw} AS ${ident(rawAlias(r.spec.name))}`,
				fragment`${constant(hit?.factor ?? 1)}::DOUBLE AS ${ident(factorAlias(r.spec.name))}`
			];
		});
		const list = cols.length > 0 ? fragment`, ${join(cols)}` : fragment``;
		return fragment`SELECT ${constant(f.fileId)}::INTEGER AS _file_id, _line${list} FROM ${ident(f.table)}`;
	});
	return join(selects, ' UNION ALL ');
}

function sameTypeEverywhere(files: readonly ParsedFile[], r: Resolved): boolean {
	const types = new Set(
		files.map((f) => r.perFile.get(f.fileId)?.column.type ?? null).filter((t) => t !== null)
	);
	return types.size === 1 && !files.some((f) => r.perFile.get(f.fileId) === null);
}

function rawTypeOf(files: readonly ParsedFile[], r: Resolved): string {
	return sameTypeEverywhere(files, r)
		? (files.map((f) => r.perFile.get(f.fileId)?.column.type).find(Boolean) ?? 'VARCHAR')
		: 'VARCHAR';
}

/**
 * Builds src_<table> (replacing it) from the mapped files and reports every repair,
 * quarantine and row count. `files` are the files assigned to this table.
 */
export async function applyTableMapping(
	db: Db,
	files: readonly ParsedFile[],
	mapping: TableMapping,
	options: ImportOptions = DEFAULT_IMPORT_OPTIONS
): Promise<TableImportReport> {
	const t0 = performance.now();
	const table = mapping.table;
	const target = sourceTable(table);
	const specs = CANONICAL_TABLES[table];
	const { fields, substitutes } = resolve(files, mapping);
	const timings: Record<string, number> = {};

	// Pass 1 materialises each field's normalized text once (and whether normalizing changed
	// it), so later expressions never recompute it: DuckDB may inline a subquery's projections
	// into every reference, and string functions cost ~0.5 µs a row each in WASM. Raw text is
	// not copied (the raw tables keep it); typed sources keep their typed value.
	const s0 = performance.now();
	const typedSource = new Map(fields.map((r) => [r.spec.name, rawTypeOf(files, r) !== 'VARCHAR']));
	const numeric = (r: Resolved) => ['amount', 'weight', 'number', 'integer'].includes(r.spec.kind);
	const withText = fragment`SELECT *${join(
		fields
			.filter((r) => !typedSource.get(r.spec.name))
			.map(
				(r) =>
					fragment`, ${normalizedText(fragment`${ident(rawAlias(r.spec.name))}`)} AS ${ident(textAlias(r.spec.name))}`
			),
		''
	)} FROM (${sourceSql(files, fields)})`;
	const stageCols = fields.flatMap((r) => {
		const name = r.spec.name;
		const factor = numeric(r) ? [fragment`${ident(factorAlias(name))}`] : [];
		if (typedSource.get(name)) return [fragment`${ident(rawAlias(name))}`, ...factor];
		return [
			fragment`${ident(textAlias(name))}`,
			fragment`${ident(textAlias(name))} IS DISTINCT FROM CAST(${ident(rawAlias(name))} AS VARCHAR) AS ${ident(changedAlias(name))}`,
			...factor
		];
	});
	await db.query(sql`
		CREATE OR REPLACE TEMP TABLE ${ident(STAGE)} AS
		SELECT _file_id, _line${stageCols.length ? fragment`, ${join(stageCols)}` : fragment``} FROM (${withText})`);
	timings.stage = performance.now() - s0;

	const coerced = fields.map((r) => {
		const typed = typedSource.get(r.spec.name) ?? false;
		const raw = fragment`${ident(rawAlias(r.spec.name))}`;
		return {
			r,
			typed,
			...coerceField(r.spec, {
				raw,
				rawType: rawTypeOf(files, r),
				text: typed ? raw : fragment`${ident(textAlias(r.spec.name))}`,
				changed: typed ? fragment`false` : fragment`${ident(changedAlias(r.spec.name))}`,
				factor: numeric(r) ? fragment`${ident(factorAlias(r.spec.name))}` : fragment`1.0`,
				utcOffsetHours: options.utcOffsetHours
			})
		};
	});

	// Pass 2 writes the canonical table's shape once: every value, its repair label as a
	// one-byte code, and the text behind the label only where something was wrong or repaired.
	const t1 = performance.now();
	const required = specs.filter((s) => s.required);
	const valueOf = new Map(coerced.map((c) => [c.r.spec.name, c]));
	const kinds = constantList(REPAIR_KINDS);
	const valueCols = specs.map((s) => {
		const c = valueOf.get(s.name);
		return fragment`CAST(${c ? c.value : fragment`NULL`} AS ${sqlType(s.type)}) AS ${ident(s.name)}`;
	});
	const labelCols = coerced.flatMap((c) => {
		const name = c.r.spec.name;
		const text = c.typed
			? fragment`CAST(${ident(rawAlias(name))} AS VARCHAR)`
			: fragment`${ident(textAlias(name))}`;
		return [
			fragment`CAST(list_position(${kinds}, ${c.kind}) - 1 AS UTINYINT) AS ${ident(kindAlias(name))}`,
			fragment`CASE WHEN list_position(${kinds}, ${c.kind}) > 2 THEN ${text} END AS ${ident(problemAlias(name))}`
		];
	});
	await db.query(sql`
		CREATE OR REPLACE TABLE ${ident(TYPED)} AS
		SELECT ${join(valueCols)}, _file_id, _line${labelCols.length ? fragment`, ${join(labelCols)}` : fragment``}
		FROM ${ident(STAGE)}`);
	timings.typed = performance.now() - t1;

	// Repairs per field and label: small GROUP BYs over the typed table.
	const r0 = performance.now();
	const repairs = await countRepairs(db, coerced);
	timings.repairs = performance.now() - r0;

	// Quarantine the incomplete rows (with their text as read), then turn the typed table into
	// the canonical one in place: no second copy of a million rows.
	const w0 = performance.now();
	const missing = required.filter((s) => !valueOf.has(s.name));
	const completeParts = required
		.filter((s) => valueOf.has(s.name))
		.map((s) => fragment`t.${ident(s.name)} IS NOT NULL`);
	const complete = completeParts.length ? join(completeParts, ' AND ') : fragment`true`;
	const reasons = required
		.filter((s) => valueOf.has(s.name))
		.map(
			(s) =>
				fragment`CASE WHEN t.${ident(s.name)} IS NULL THEN CASE WHEN t.${ident(kindAlias(s.name))} = 1 THEN ${constant('missing:' + s.name)} ELSE ${constant('invalid:' + s.name)} END END`
		);
	const reasonList = reasons.length
		? fragment`list_filter([${join(reasons)}], x -> x IS NOT NULL)`
		: fragment`[]::VARCHAR[]`;
	const texts = fields.length
		? fragment`, ${join(
				fields.map((r) => {
					const source = typedSource.get(r.spec.name)
						? fragment`CAST(s.${ident(rawAlias(r.spec.name))} AS VARCHAR)`
						: fragment`s.${ident(textAlias(r.spec.name))}`;
					return fragment`${source} AS ${ident(r.spec.name)}`;
				})
			)}`
		: fragment``;
	await db.query(sql`
		CREATE OR REPLACE TABLE ${ident(quarantineTable(table))} AS
		SELECT t._file_id, t._line, array_to_string(${reasonList}, ', ') AS reason${texts}
		FROM ${ident(TYPED)} AS t JOIN ${ident(STAGE)} AS s USING (_file_id, _line)
		WHERE NOT (${complete})`);
	await db.query(sql`DROP TABLE IF EXISTS ${ident(STAGE)}`);
	await db.query(sql`DELETE FROM ${ident(TYPED)} AS t WHERE NOT (${complete})`);
	for (const c of coerced) {
		await db.query(sql`ALTER TABLE ${ident(TYPED)} DROP COLUMN ${ident(kindAlias(c.r.spec.name))}`);
		await db.query(
			sql`ALTER TABLE ${ident(TYPED)} DROP COLUMN ${ident(problemAlias(c.r.spec.name))}`
		);
	}
	await db.query(sql`DROP TABLE IF EXISTS ${ident(target)}`);
	await db.query(sql`ALTER TABLE ${ident(TYPED)} RENAME TO ${ident(target)}`);
	timings.write = performance.now() - w0;

	const perFile = await queryRows<{ file_id: number; loaded: number; quarantined: number }>(
		db,
		sql`SELECT f AS file_id,
				(SELECT count(*) FROM ${ident(target)} WHERE _file_id = f) AS loaded,
				(SELECT count(*) FROM ${ident(quarantineTable(table))} WHERE _file_id = f) AS quarantined
			FROM unnest(${list(files.map((f) => f.fileId))}) AS t(f)`
	);
	const reasonCounts = await queryRows<{ reason: string; count: number }>(
		db,
		sql`SELECT reason, count(*) AS count FROM ${ident(quarantineTable(table))} GROUP BY 1 ORDER BY 2 DESC`
	);
	const totals = await queryOne<{ loaded: number; quarantined: number }>(
		db,
		sql`SELECT (SELECT count(*) FROM ${ident(target)}) AS loaded,
			(SELECT count(*) FROM ${ident(quarantineTable(table))}) AS quarantined`
	);

	const issues: DataIssue[] = [];
	for (const s of missing) {
		issues.push({ file: '', severity: 'error', code: 'missing-columns', samples: [s.name] });
	}
	const absent = fields.flatMap((r) =>
		files
			.filter((f) => r.perFile.get(f.fileId) === null)
			.map((f) => ({ fileId: f.fileId, field: r.spec.name, column: r.mapping.column ?? '' }))
	);
	return {
		table,
		loaded: totals.loaded,
		quarantined: totals.quarantined,
		reasons: reasonCounts,
		files: files.map((f) => {
			const row = perFile.find((p) => p.file_id === f.fileId);
			return {
				fileId: f.fileId,
				name: f.name,
				rows: f.rows,
				loaded: row?.loaded ?? 0,
				quarantined: row?.quarantined ?? 0
			};
		}),
		repairs,
		absent,
		substitutes,
		issues,
		timings: { ...timings, total: performance.now() - t0 }
	};
}

/** Counts each field's repair labels, with first position and example values. */
async function countRepairs(
	db: Db,
	coerced: readonly (Coerced & { r: Resolved })[]
): Promise<RepairCount[]> {
	const out: RepairCount[] = [];
	for (const c of coerced) {
		const field = c.r.spec.name;
		const kind = ident(kindAlias(field));
		const text = ident(problemAlias(field));
		const rows = await queryRows<{
			code: number;
			count: number;
			first: number | null;
			lo: string | null;
			hi: string | null;
		}>(
			db,
			sql`SELECT ${kind} AS code, count(*) AS count,
					min(_file_id::BIGINT * 4294967296 + _line) AS first, min(${text}) AS lo, max(${text}) AS hi
				FROM ${ident(TYPED)} WHERE ${kind} > 1 GROUP BY 1 ORDER BY 1`
		);
		for (const row of rows) {
			out.push({
				field,
				column: c.r.mapping.column ?? field,
				kind: REPAIR_KINDS[row.code] ?? 'invalid',
				count: row.count,
				first:
					row.first == null
						? null
						: { fileId: Math.floor(row.first / 4294967296), line: row.first % 4294967296 },
				samples: [...new Set([row.lo, row.hi].filter((x): x is string => x !== null))]
			});
		}
	}
	return out;
}

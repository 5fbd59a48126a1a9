// Applies a table mapping: the files assigned to a canonical table are read through their raw
// tables, coerced field by field, and written to the canonical table; rows missing a required
// value go to quarantine_<table> with the reason. Every repair is counted with where it first
// happened and example values, so the import report can account for every row and value.

import {
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
import { CANONICAL_TABLES, type CanonicalTable, type FieldSpec } from '$lib/model/schema';
import {
	coerceField,
	KINDS_BY_FIELD_KIND,
	normalizedText,
	type Coerced,
	type RepairKind
} from './coerce';
import type { DataIssue } from './issues';
import type { ParsedFile, RawColumn } from './raw';
import type { FieldMapping, TableMapping } from './suggest';
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

/** Finds each mapped column in each file by header name (exact first, then normalized). */
function resolve(files: readonly ParsedFile[], mapping: TableMapping): Resolved[] {
	const specs = CANONICAL_TABLES[mapping.table];
	return mapping.fields.flatMap((m) => {
		const spec = specs.find((s) => s.name === m.field);
		if (!spec || !m.column) return [];
		const key = normalizeHeader(m.column).key;
		const perFile = new Map<number, { column: RawColumn; factor: number } | null>();
		for (const f of files) {
			const column =
				f.columns.find((c) => c.name === m.column) ??
				f.columns.find((c) => normalizeHeader(c.name).key === key);
			if (!column) {
				perFile.set(f.fileId, null);
				continue;
			}
			const unit = normalizeHeader(column.name).unit ?? m.unit;
			perFile.set(f.fileId, { column, factor: unit ? UNIT_FACTOR[unit] : 1 });
		}
		return [{ spec, mapping: m, perFile }];
	});
}

const rawAlias = (field: string) => `r_${field}`;
const textAlias = (field: string) => `n_${field}`;
const factorAlias = (field: string) => `u_${field}`;
const kindAlias = (field: string) => `k_${field}`;

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
				fragment`${hit?.factor ?? 1}::DOUBLE AS ${ident(factorAlias(r.spec.name))}`
			];
		});
		const list = cols.length > 0 ? fragment`, ${join(cols)}` : fragment``;
		return fragment`SELECT ${f.fileId}::INTEGER AS _file_id, _line${list} FROM ${ident(f.table)}`;
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
 * Builds the canonical table (replacing it) from the mapped files and reports every repair,
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
	const specs = CANONICAL_TABLES[table];
	const fields = resolve(files, mapping);
	const timings: Record<string, number> = {};

	// Inner query: raw value, normalized text and unit factor per field.
	const inner = sourceSql(files, fields);
	const withText = fields.length
		? join(
				fields.map(
					(r) =>
						fragment`${normalizedText(fragment`${ident(rawAlias(r.spec.name))}`)} AS ${ident(textAlias(r.spec.name))}`
				)
			)
		: null;
	const staged = fragment`(SELECT *${withText ? fragment`, ${withText}` : fragment``} FROM (${inner}))`;
	const coerced = fields.map((r) => ({
		r,
		...coerceField(r.spec, {
			raw: fragment`${ident(rawAlias(r.spec.name))}`,
			rawType: rawTypeOf(files, r),
			text: fragment`${ident(textAlias(r.spec.name))}`,
			factor: fragment`${ident(factorAlias(r.spec.name))}`,
			utcOffsetHours: options.utcOffsetHours
		})
	}));

	// One pass over the rows counts every repair label of every field.
	const s0 = performance.now();
	const repairs = await countRepairs(db, staged, coerced);
	timings.repairs = performance.now() - s0;

	// The canonical table and the quarantine.
	const w0 = performance.now();
	const valueOf = new Map(coerced.map((c) => [c.r.spec.name, c.value]));
	const columns = join(
		specs.map((s) => {
			const v = valueOf.get(s.name);
			return fragment`CAST(${v ?? fragment`NULL`} AS ${sqlType(s.type)}) AS ${ident(s.name)}`;
		})
	);
	const required = specs.filter((s) => s.required);
	const missing = required.filter((s) => !valueOf.has(s.name));
	const completeParts = required
		.filter((s) => valueOf.has(s.name))
		.map((s) => fragment`${valueOf.get(s.name)!} IS NOT NULL`);
	const complete = completeParts.length ? join(completeParts, ' AND ') : fragment`true`;
	await db.query(sql`
		CREATE OR REPLACE TABLE ${ident(table)} AS
		SELECT ${columns}, _file_id, _line FROM ${staged} WHERE ${complete}`);
	const reasons = required
		.filter((s) => valueOf.has(s.name))
		.map((s) => {
			const c = coerced.find((x) => x.r.spec.name === s.name)!;
			return fragment`CASE WHEN ${c.value} IS NULL THEN CASE WHEN ${ident(textAlias(s.name))} IS NULL THEN ${'missing:' + s.name} ELSE ${'invalid:' + s.name} END END`;
		});
	const reasonList = reasons.length
		? fragment`list_filter([${join(reasons)}], x -> x IS NOT NULL)`
		: fragment`[]::VARCHAR[]`;
	const texts = fields.length
		? fragment`, ${join(fields.map((r) => fragment`${ident(textAlias(r.spec.name))} AS ${ident(r.spec.name)}`))}`
		: fragment``;
	await db.query(sql`
		CREATE OR REPLACE TABLE ${ident(quarantineTable(table))} AS
		SELECT _file_id, _line, array_to_string(${reasonList}, ', ') AS reason${texts}
		FROM ${staged} WHERE NOT (${complete})`);
	timings.write = performance.now() - w0;

	const perFile = await queryRows<{ file_id: number; loaded: number; quarantined: number }>(
		db,
		sql`SELECT f AS file_id,
				(SELECT count(*) FROM ${ident(table)} WHERE _file_id = f) AS loaded,
				(SELECT count(*) FROM ${ident(quarantineTable(table))} WHERE _file_id = f) AS quarantined
			FROM unnest(${list(files.map((f) => f.fileId))}) AS t(f)`
	);
	const reasonCounts = await queryRows<{ reason: string; count: number }>(
		db,
		sql`SELECT reason, count(*) AS count FROM ${ident(quarantineTable(table))} GROUP BY 1 ORDER BY 2 DESC`
	);
	const totals = await queryOne<{ loaded: number; quarantined: number }>(
		db,
		sql`SELECT (SELECT count(*) FROM ${ident(table)}) AS loaded,
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
		issues,
		timings: { ...timings, total: performance.now() - t0 }
	};
}

/** Counts each field's repair labels, with first position and example values, in one scan. */
async function countRepairs(
	db: Db,
	staged: SqlFragment,
	coerced: readonly (Coerced & { r: Resolved })[]
): Promise<RepairCount[]> {
	if (coerced.length === 0) return [];
	const labelled = fragment`(SELECT _file_id::BIGINT * 4294967296 + _line AS _pos, ${join(
		coerced.map(
			(c) =>
				fragment`${c.kind} AS ${ident(kindAlias(c.r.spec.name))}, ${ident(textAlias(c.r.spec.name))}`
		)
	)} FROM ${staged})`;
	const slots: { field: string; column: string; kind: RepairKind; alias: number }[] = [];
	const aggregates: SqlFragment[] = [];
	for (const c of coerced) {
		const kinds = new Set<RepairKind>([...KINDS_BY_FIELD_KIND[c.r.spec.kind], 'unit']);
		for (const kind of kinds) {
			const i = slots.length;
			slots.push({
				field: c.r.spec.name,
				column: c.r.mapping.column ?? c.r.spec.name,
				kind,
				alias: i
			});
			const hit = fragment`${ident(kindAlias(c.r.spec.name))} = ${kind}`;
			const text = ident(textAlias(c.r.spec.name));
			aggregates.push(
				fragment`count(*) FILTER (WHERE ${hit}) AS ${ident(`n${i}`)}`,
				fragment`min(_pos) FILTER (WHERE ${hit}) AS ${ident(`p${i}`)}`,
				fragment`min(${text}) FILTER (WHERE ${hit}) AS ${ident(`a${i}`)}`,
				fragment`max(${text}) FILTER (WHERE ${hit}) AS ${ident(`b${i}`)}`
			);
		}
	}
	const row = await queryOne<Record<string, number | string | null>>(
		db,
		sql`SELECT ${join(aggregates)} FROM ${labelled}`
	);
	return slots.flatMap((s) => {
		const count = Number(row[`n${s.alias}`] ?? 0);
		if (count === 0) return [];
		const pos = row[`p${s.alias}`];
		const samples = [row[`a${s.alias}`], row[`b${s.alias}`]].filter(
			(x): x is string => typeof x === 'string'
		);
		return [
			{
				field: s.field,
				column: s.column,
				kind: s.kind,
				count,
				first:
					typeof pos === 'number'
						? { fileId: Math.floor(pos / 4294967296), line: pos % 4294967296 }
						: null,
				samples: [...new Set(samples)]
			}
		];
	});
}

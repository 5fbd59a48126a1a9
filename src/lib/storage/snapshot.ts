// Table snapshots as Arrow IPC, so a saved project reopens without re-reading its files.
//
// What is saved: the canonical source tables (src_<table>) and the import quarantine
// (quarantine_<table>). Cleaning is deterministic (settings + source tables), so the clean
// tables, customer features and clusters are rebuilt on reopen instead of being stored twice;
// the raw per-file tables are not kept (re-mapping needs the files again).
//
// Runs on any `Db` (the worker's or the Node test bindings). A table is read in rowid ranges,
// each range its own IPC stream, so a million rows never need one giant JS allocation and the
// store can write (and later read) one chunk at a time.

import { RecordBatchReader, Type, tableFromIPC, tableToIPC, type Schema } from 'apache-arrow';
import {
	fragment,
	ident,
	join,
	queryOne,
	queryRows,
	sql,
	sqlType,
	type Db,
	type SqlFragment
} from '$lib/engine/sql';
import { quarantineTable } from '$lib/ingest/apply';
import { maskName } from '$lib/model/clean/fragments';
import { phoneHash } from '$lib/model/clean/phones';
import {
	CANONICAL_TABLES,
	LINEAGE_COLUMNS,
	TABLE_NAMES,
	sourceTable,
	type CanonicalTable,
	type ColumnType
} from '$lib/model/schema';

/** One saved table: independent IPC streams in row order (the first one creates the table). */
export interface TableSnapshot {
	name: string;
	rows: number;
	chunks: Uint8Array[];
}

/** A table to restore; chunks may arrive lazily (from IndexedDB or a backup). */
export interface TableSource {
	name: string;
	/** Rows expected; checked after loading when given. */
	rows?: number;
	chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
}

export interface SnapshotOptions {
	/**
	 * Leave raw PII out: phones become the salted hash cleaning would give them (so customers
	 * still unify), names are masked like the clean tables show them, and the quarantine's raw
	 * text of those fields becomes NULL. Without a salt, phones become NULL.
	 */
	dropPii: boolean;
	salt?: string;
	/** Rows per IPC stream (see the measurements in the storage tests). */
	chunkRows?: number;
}

/**
 * Two DuckDB row groups (122,880 rows each). Measured on a 1M-row, 31-column table in Node:
 * chunks that split row groups (50k rows) made appends 8× slower on restore; one 1M-row chunk
 * needed 560 MB of JS buffers at once instead of ~130 MB.
 */
export const DEFAULT_CHUNK_ROWS = 245_760;

type Saved = { kind: 'source' | 'quarantine'; table: CanonicalTable };

const SAVED = new Map<string, Saved>(
	TABLE_NAMES.flatMap((t) => [
		[sourceTable(t), { kind: 'source', table: t }],
		[quarantineTable(t), { kind: 'quarantine', table: t }]
	])
);

/** Every table name a project may save: nothing else is ever read from storage or a backup. */
export const SAVED_TABLE_NAMES: readonly string[] = [...SAVED.keys()];

export const isSavedTable = (name: string): boolean => SAVED.has(name);

/** The saved tables that exist in the database now, in a stable order. */
export async function savedTables(db: Db): Promise<string[]> {
	const rows = await queryRows<{ name: string }>(
		db,
		sql`SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary`
	);
	const present = new Set(rows.map((r) => r.name));
	return SAVED_TABLE_NAMES.filter((n) => present.has(n));
}

/** Columns that can hold raw PII, and how each is made safe in a source table. */
const PII: Record<string, (c: SqlFragment, salt: string | undefined) => SqlFragment> = {
	sender_phone: (c, salt) => (salt ? phoneHash(c, salt) : fragment`NULL::VARCHAR`),
	phone: (c, salt) => (salt ? phoneHash(c, salt) : fragment`NULL::VARCHAR`),
	sender_name: (c) => maskName(c)
};

/** What a PII column may hold once made safe (phoneHash's and maskName's output). */
const SAFE: Record<string, RegExp> = {
	sender_phone: /^h[0-9a-f]{15}$/,
	phone: /^h[0-9a-f]{15}$/,
	sender_name: /^.\*+$/su
};

/**
 * The first PII column of a chunk holding a raw value (null when there is none): the check a
 * "without personal data" backup runs on what it is given, rather than trusting the caller.
 */
export function rawPiiColumn(name: string, chunk: Uint8Array): string | null {
	const saved = SAVED.get(name);
	if (!saved) throw new SnapshotError('unknown-table', name);
	const table = tableFromIPC(chunk);
	for (const column of Object.keys(SAFE)) {
		const vector = table.getChild(column);
		if (!vector) continue;
		const safe = SAFE[column]!;
		for (const value of vector) {
			if (value === null || value === undefined) continue;
			if (saved.kind === 'quarantine' || !safe.test(String(value))) return column;
		}
	}
	return null;
}

async function columnsOf(db: Db, table: string): Promise<{ name: string; type: string }[]> {
	return queryRows(
		db,
		sql`SELECT column_name AS name, data_type AS type FROM duckdb_columns()
			WHERE table_name = ${table} AND NOT internal ORDER BY column_index`
	);
}

function selectList(
	saved: Saved,
	columns: readonly { name: string }[],
	opts: SnapshotOptions
): SqlFragment {
	if (!opts.dropPii) return fragment`*`;
	return join(
		columns.map(({ name }) => {
			const c = fragment`${ident(name)}`;
			const safe = PII[name];
			if (!safe) return c;
			// The quarantine keeps the text as read: not a normalised phone, so not hashable.
			const value = saved.kind === 'quarantine' ? fragment`NULL::VARCHAR` : safe(c, opts.salt);
			return fragment`${value} AS ${c}`;
		})
	);
}

/** Row count and rowid span of a table (rowids have gaps after deletes; ranges don't care). */
async function extent(db: Db, table: string) {
	return queryOne<{ rows: number; lo: number | null; hi: number | null }>(
		db,
		sql`SELECT count(*) AS rows, min(rowid) AS lo, max(rowid) AS hi FROM ${ident(table)}`
	);
}

/**
 * A saved table as IPC streams of at most `chunkRows` rows, in rowid order. An empty table
 * still yields one (schema-only) stream, so restoring recreates it.
 */
export async function* snapshotChunks(
	db: Db,
	table: string,
	opts: SnapshotOptions
): AsyncGenerator<Uint8Array> {
	const saved = SAVED.get(table);
	if (!saved) throw new SnapshotError('unknown-table', table);
	const step = Math.max(1, Math.floor(opts.chunkRows ?? DEFAULT_CHUNK_ROWS));
	const select = selectList(saved, await columnsOf(db, table), opts);
	const { lo, hi } = await extent(db, table);
	if (lo === null || hi === null) {
		yield tableToIPC(await db.query(sql`SELECT ${select} FROM ${ident(table)} LIMIT 0`), 'stream');
		return;
	}
	for (let from = lo; from <= hi; from += step) {
		// No ORDER BY: with preserve_insertion_order (DuckDB's default) a filtered scan returns
		// rowid order already, and sorting cost a third of the snapshot time.
		const part = await db.query(
			sql`SELECT ${select} FROM ${ident(table)} WHERE rowid >= ${from} AND rowid < ${from + step}`
		);
		yield tableToIPC(part, 'stream');
	}
}

/** Snapshots of the given tables, held in memory (backups and tests; the store streams). */
export async function snapshotTables(
	db: Db,
	tables: readonly string[],
	opts: SnapshotOptions
): Promise<TableSnapshot[]> {
	const out: TableSnapshot[] = [];
	for (const name of tables) {
		const chunks: Uint8Array[] = [];
		for await (const chunk of snapshotChunks(db, name, opts)) chunks.push(chunk);
		out.push({ name, rows: (await extent(db, name)).rows, chunks });
	}
	return out;
}

/**
 * Every saved table present, as the project store takes them: counted now, read chunk by chunk
 * only while the store writes (one chunk in memory at a time).
 */
export async function tableSources(
	db: Db,
	opts: SnapshotOptions
): Promise<{ name: string; rows: number; chunks: AsyncIterable<Uint8Array> }[]> {
	const out = [];
	for (const name of await savedTables(db))
		out.push({ name, rows: (await extent(db, name)).rows, chunks: snapshotChunks(db, name, opts) });
	return out;
}

const restoring = (name: string) => `_restore_${name}`;

/**
 * Recreates each table from its chunks. Tables are built beside the current ones and swapped
 * in, in one transaction, only when all of them loaded and passed the schema check, so a
 * corrupt snapshot leaves the database as it was.
 *
 * `replaceAll` drops every other table in the same swap: opening a project replaces the whole
 * dataset, and a clean table or a quarantine of the previous project must not outlive it.
 */
export async function restoreTables(
	db: Db,
	sources: readonly TableSource[],
	opts: { replaceAll?: boolean } = {}
): Promise<void> {
	const names = new Set<string>();
	for (const s of sources) {
		if (!SAVED.has(s.name)) throw new SnapshotError('unknown-table', s.name);
		if (names.has(s.name)) throw new SnapshotError('duplicate-table', s.name);
		names.add(s.name);
	}
	try {
		for (const s of sources) {
			const tmp = restoring(s.name);
			await db.query(sql`DROP TABLE IF EXISTS ${ident(tmp)}`);
			const check = chunkChecker(s.name);
			let chunks = 0;
			let rows = 0;
			for await (const chunk of s.chunks) {
				rows += check(chunk);
				await db.insertArrow(chunk, tmp, { create: chunks++ === 0 });
			}
			if (chunks === 0) throw new SnapshotError('empty-table', s.name);
			if (s.rows !== undefined && rows !== s.rows)
				throw new SnapshotError('row-count', `${s.name}: ${rows} of ${s.rows}`);
			await conform(db, s.name, tmp);
		}
		await swap(db, [...names], opts.replaceAll ?? false);
	} finally {
		for (const s of sources) await db.query(sql`DROP TABLE IF EXISTS ${ident(restoring(s.name))}`);
	}
}

async function swap(db: Db, names: readonly string[], replaceAll: boolean): Promise<void> {
	const drop = replaceAll
		? (
				await queryRows<{ name: string; temporary: boolean }>(
					db,
					sql`SELECT table_name AS name, temporary FROM duckdb_tables() WHERE NOT internal`
				)
			).filter((t) => !t.name.startsWith(restoring('')))
		: names.map((name) => ({ name, temporary: false }));
	await db.run('BEGIN TRANSACTION');
	try {
		for (const t of drop) {
			const table = t.temporary ? fragment`temp.${ident(t.name)}` : fragment`${ident(t.name)}`;
			await db.query(sql`DROP TABLE IF EXISTS ${table}`);
		}
		for (const name of names)
			await db.query(sql`ALTER TABLE ${ident(restoring(name))} RENAME TO ${ident(name)}`);
		await db.run('COMMIT');
	} catch (e) {
		await db.run('ROLLBACK');
		throw e;
	}
}

/** The columns a saved table must have, with their DuckDB types. */
function expectedColumns(name: string): Map<string, ColumnType> {
	const saved = SAVED.get(name);
	if (!saved) throw new SnapshotError('unknown-table', name);
	const lineage: [string, ColumnType][] = LINEAGE_COLUMNS.map((c) => [c, 'INTEGER']);
	const fields = CANONICAL_TABLES[saved.table];
	if (saved.kind === 'source')
		return new Map([...fields.map((f): [string, ColumnType] => [f.name, f.type]), ...lineage]);
	return new Map([
		...lineage,
		['reason', 'VARCHAR'],
		...fields.map((f): [string, ColumnType] => [f.name, 'VARCHAR'])
	]);
}

/**
 * Checks a restored table against the canonical schema and casts what Arrow widened (with
 * castBigIntToDouble a BIGINT would come back as DOUBLE). A foreign or damaged snapshot fails
 * here rather than later inside cleaning.
 */
async function conform(db: Db, name: string, tmp: string): Promise<void> {
	const expected = expectedColumns(name);
	const actual = await columnsOf(db, tmp);
	const kind = SAVED.get(name)?.kind;
	if (kind === 'source' && actual.length !== expected.size)
		throw new SnapshotError('schema-mismatch', `${name}: ${actual.length} columns`);
	for (const { name: column, type } of actual) {
		const want = expected.get(column);
		if (!want) throw new SnapshotError('schema-mismatch', `${name}.${column}`);
		if (type === want) continue;
		try {
			await db.query(
				sql`ALTER TABLE ${ident(tmp)} ALTER COLUMN ${ident(column)} TYPE ${sqlType(want)}`
			);
		} catch {
			throw new SnapshotError('schema-mismatch', `${name}.${column}: ${type}`);
		}
	}
	if (kind === 'source') {
		const order = actual.map((c) => c.name).join(',');
		if (order !== [...expected.keys()].join(','))
			throw new SnapshotError('schema-mismatch', `${name}: column order`);
	}
}

const ARROW_TYPES: Record<ColumnType, readonly Type[]> = {
	VARCHAR: [Type.Utf8, Type.LargeUtf8, Type.Dictionary],
	TIMESTAMP: [Type.Timestamp, Type.Date],
	DOUBLE: [Type.Float, Type.Int, Type.Decimal],
	BOOLEAN: [Type.Bool],
	INTEGER: [Type.Int, Type.Float]
};

const EOS = [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0];

/**
 * Reads a chunk in JS before DuckDB sees it. DuckDB-WASM's IPC insert buffers a stream until
 * its end marker, so a truncated chunk would be spliced onto the next insert on the connection;
 * only complete, parseable streams get through.
 */
export function inspectChunk(chunk: Uint8Array): { schema: Schema; rows: number } {
	const tail = chunk.subarray(chunk.length - EOS.length);
	if (chunk.length < 16 || EOS.some((b, i) => tail[i] !== b))
		throw new SnapshotError('not-arrow', `no end-of-stream marker (${chunk.length} bytes)`);
	try {
		// The reader forgets its schema once iterated to the end.
		const reader = RecordBatchReader.from(chunk).open();
		const schema = reader.schema;
		if (!schema) throw new Error('no schema');
		let rows = 0;
		for (const batch of reader) rows += batch.numRows;
		return { schema, rows };
	} catch (e) {
		throw new SnapshotError('not-arrow', e instanceof Error ? e.message : String(e));
	}
}

/** Known table, known columns, plausible Arrow types: checked before anything is inserted. */
export function checkSchema(name: string, schema: Schema): void {
	const expected = expectedColumns(name);
	for (const field of schema.fields) {
		const want = expected.get(field.name);
		if (!want) throw new SnapshotError('schema-mismatch', `${name}.${field.name}`);
		if (!ARROW_TYPES[want].includes(field.typeId))
			throw new SnapshotError('schema-mismatch', `${name}.${field.name}: ${String(field.type)}`);
	}
}

/**
 * Checks the chunks of one table as they come (complete streams, known columns, the same
 * columns in every chunk); each call returns the chunk's row count.
 */
export function chunkChecker(name: string): (chunk: Uint8Array) => number {
	let first: string | null = null;
	return (chunk) => {
		const { schema, rows } = inspectChunk(chunk);
		const columns = schema.fields.map((f) => `${f.name} ${String(f.type)}`).join(', ');
		if (first === null) checkSchema(name, schema);
		else if (columns !== first)
			throw new SnapshotError('schema-mismatch', `${name}: chunk columns ${columns}`);
		first = columns;
		return rows;
	};
}

export type SnapshotErrorCode =
	| 'unknown-table'
	| 'duplicate-table'
	| 'empty-table'
	| 'row-count'
	| 'schema-mismatch'
	| 'not-arrow';

/** A snapshot that cannot be taken or restored; `code` says why, the message where. */
export class SnapshotError extends Error {
	override name = 'SnapshotError';
	constructor(
		readonly code: SnapshotErrorCode,
		detail: string
	) {
		super(`${code}: ${detail}`);
	}
}

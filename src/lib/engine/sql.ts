import type { Table, TypeMap } from 'apache-arrow';

/** A value DuckDB receives as a prepared-statement parameter, never as SQL text. */
export type SqlValue = string | number | boolean | null;

/** A statement and its parameters, ready for `prepare(text).query(...params)`. */
export interface SqlQuery {
	readonly text: string;
	readonly params: readonly SqlValue[];
}

export class SqlIdentifier {
	constructor(readonly quoted: string) {}
}

export class SqlFragment {
	constructor(
		readonly text: string,
		readonly params: readonly SqlValue[]
	) {}
}

type Interpolation = SqlValue | SqlIdentifier | SqlFragment;

/** A double-quoted SQL identifier; embedded `"` are doubled, NUL is refused. */
export function ident(name: string): SqlIdentifier {
	if (name.includes('\0')) throw new Error(`invalid identifier: ${JSON.stringify(name)}`);
	return new SqlIdentifier(`"${name.replaceAll('"', '""')}"`);
}

const SQL_TYPES = [
	'VARCHAR',
	'TIMESTAMP',
	'DATE',
	'DOUBLE',
	'BOOLEAN',
	'INTEGER',
	'BIGINT'
] as const;

/** A column type DuckDB understands; the only type names SQL text may contain. */
export type SqlType = (typeof SQL_TYPES)[number];

/** A type name for DDL and casts, checked against a fixed list (types are never user input). */
export function sqlType(type: SqlType): SqlFragment {
	if (!SQL_TYPES.includes(type)) throw new Error(`unknown column type: ${String(type)}`);
	return new SqlFragment(type, []);
}

/**
 * A SQL literal for a value that is part of the program (vocabularies, date formats, the
 * full-width table), never for user data. DuckDB folds literals once per query; the same value
 * as a parameter is re-evaluated on every row (a 40× slowdown measured on a 100k-row import).
 */
export function constant(value: string | number | boolean): SqlFragment {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`invalid constant: ${value}`);
		return new SqlFragment(String(value), []);
	}
	if (typeof value === 'boolean') return new SqlFragment(value ? 'true' : 'false', []);
	if (value.includes('\0')) throw new Error('invalid constant: NUL');
	return new SqlFragment(`'${value.replaceAll("'", "''")}'`, []);
}

/** A list literal of program constants (see `constant`). */
export function constantList(values: readonly (string | number)[]): SqlFragment {
	return new SqlFragment(`[${values.map((v) => constant(v).text).join(', ')}]`, []);
}

/** A parenthesised tuple of program constants for `IN` (see `constant`). */
export function constantTuple(values: readonly (string | number)[]): SqlFragment {
	if (values.length === 0) throw new Error('empty tuple');
	return new SqlFragment(`(${values.map((v) => constant(v).text).join(', ')})`, []);
}

/** A DuckDB list literal `[?, ?, …]` whose items travel as parameters. */
export function list(values: readonly SqlValue[]): SqlFragment {
	return new SqlFragment(`[${values.map(() => '?').join(', ')}]`, values);
}

/**
 * A struct literal `{'key': ?, …}` for table-function options such as read_csv's `columns`.
 * Keys are our own snake_case names (checked); values travel as parameters.
 */
export function struct(entries: readonly (readonly [string, SqlValue])[]): SqlFragment {
	for (const [key] of entries) {
		if (!/^[a-z_][a-z0-9_]*$/.test(key))
			throw new Error(`invalid struct key: ${JSON.stringify(key)}`);
	}
	return new SqlFragment(
		`{${entries.map(([key]) => `'${key}': ?`).join(', ')}}`,
		entries.map(([, value]) => value)
	);
}

/** A parenthesised value list `(?, ?, …)` for `IN`, items as parameters. */
export function tuple(values: readonly SqlValue[]): SqlFragment {
	if (values.length === 0) throw new Error('empty tuple');
	return new SqlFragment(`(${values.map(() => '?').join(', ')})`, values);
}

/** A reusable piece of SQL with its own parameters, to splice into a `sql` template. */
export function fragment(strings: TemplateStringsArray, ...values: Interpolation[]): SqlFragment {
	const q = sql(strings, ...values);
	return new SqlFragment(q.text, q.params);
}

/** Joins fragments with a separator (for column lists and VALUES rows). */
export function join(parts: readonly SqlFragment[], separator = ', '): SqlFragment {
	return new SqlFragment(
		parts.map((p) => p.text).join(separator),
		parts.flatMap((p) => p.params)
	);
}

/**
 * Tagged template: every interpolated value becomes a `?` parameter; identifiers go through
 * `ident()` and nested pieces through `fragment()`/`list()`/`join()`.
 */
export function sql(strings: TemplateStringsArray, ...values: Interpolation[]): SqlQuery {
	let text = strings[0] ?? '';
	const params: SqlValue[] = [];
	values.forEach((v, i) => {
		if (v instanceof SqlIdentifier) text += v.quoted;
		else if (v instanceof SqlFragment) {
			text += v.text;
			params.push(...v.params);
		} else {
			text += '?';
			params.push(v);
		}
		text += strings[i + 1] ?? '';
	});
	return { text, params };
}

/** A static query from a `.sql` file that uses `$1, $2, …` placeholders. */
export function fromFile(text: string, ...params: SqlValue[]): SqlQuery {
	return { text, params };
}

/**
 * The few things domain code needs from DuckDB. The worker implements it over `AsyncDuckDB`,
 * unit tests over the Node blocking bindings, so the same SQL runs in both.
 */
export interface Db {
	/** Runs one parameterised statement and returns its result. */
	query<T extends TypeMap = TypeMap>(q: SqlQuery): Promise<Table<T>>;
	/** Runs parameterless statements (DDL from our own constants). */
	run(text: string): Promise<void>;
	/** Makes a file readable by SQL at `path` (which must lie under UPLOAD_DIR). */
	registerFile(path: string, data: Blob | Uint8Array): Promise<void>;
	/** Forgets a registered file. */
	dropFile(path: string): Promise<void>;
	/** Appends an Arrow IPC stream to `table`, creating the table from the stream's schema if asked. */
	insertArrow(ipc: Uint8Array, table: string, opts: { create: boolean }): Promise<void>;
}

/** Runs a query and returns its rows as plain objects (for small results only). */
export async function queryRows<T>(db: Db, q: SqlQuery): Promise<T[]> {
	const table = await db.query(q);
	return table.toArray().map((row) => plain(row) as T);
}

/** Arrow rows and list values (Vectors, StructRows) as plain objects and arrays. */
export function plain(value: unknown): unknown {
	if (value === null || typeof value !== 'object') return value;
	if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
	// Arrow's Row is a Proxy whose `in` only answers for field names; Vectors and Rows both have
	// toJSON, which gives an array for a Vector and an object for a Row.
	const toJSON = (value as { toJSON?: unknown }).toJSON;
	if (typeof toJSON === 'function') {
		const json: unknown = toJSON.call(value);
		if (Array.isArray(json)) return json.map(plain);
		return Object.fromEntries(Object.entries(json as object).map(([k, x]) => [k, plain(x)]));
	}
	return value;
}

/** True when a table (or view) of that name exists. */
export async function tableExists(db: Db, name: string): Promise<boolean> {
	const r = await queryOne<{ n: number }>(
		db,
		sql`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ${name}`
	);
	return r.n > 0;
}

/** Runs a query expected to return exactly one row. */
export async function queryOne<T>(db: Db, q: SqlQuery): Promise<T> {
	const rows = await queryRows<T>(db, q);
	if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
	return rows[0] as T;
}

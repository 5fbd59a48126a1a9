// DuckDB-WASM's Node blocking bindings behind the same `Db` interface the worker uses, so unit
// tests run the production SQL. Autoload is switched off at once: in Node an extension autoload
// hangs forever without an error.
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll } from 'vitest';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Table, TypeMap } from 'apache-arrow';
import type { Db, SqlQuery } from '../../src/lib/engine/sql';
import { LOCKDOWN_SQL } from '../../src/lib/engine/lockdown';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

export interface NodeDuckDb {
	db: Db;
	close(): void;
}

/** Opens an in-memory DuckDB with the production lockdown applied. */
export async function openNodeDuckDb(): Promise<NodeDuckDb> {
	const bundles: duckdb.DuckDBBundles = {
		mvp: {
			mainModule: join(DIST, 'duckdb-mvp.wasm'),
			mainWorker: join(DIST, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: join(DIST, 'duckdb-eh.wasm'),
			mainWorker: join(DIST, 'duckdb-node-eh.worker.cjs')
		}
	};
	const bindings = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await bindings.instantiate();
	bindings.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = bindings.connect();
	for (const statement of LOCKDOWN_SQL) conn.query(statement);
	const db: Db = {
		async query<T extends TypeMap>(q: SqlQuery): Promise<Table<T>> {
			if (q.params.length === 0) return conn.query(q.text) as unknown as Table<T>;
			const stmt = conn.prepare(q.text);
			try {
				return stmt.query(...q.params) as unknown as Table<T>;
			} finally {
				stmt.close();
			}
		},
		async run(text: string) {
			conn.query(text);
		},
		async registerFile(path: string, data: Blob | Uint8Array) {
			const bytes = data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
			bindings.registerFileBuffer(path, bytes);
		},
		async dropFile(path: string) {
			bindings.dropFile(path);
		},
		// insertArrowTable would meet a second copy of apache-arrow (CJS vs ESM) and insert
		// nothing without an error; IPC bytes cross that boundary safely.
		async insertArrow(ipc: Uint8Array, table: string, opts: { create: boolean }) {
			conn.insertArrowFromIPCStream(ipc, { name: table, create: opts.create });
		}
	};
	return {
		db,
		close() {
			conn.close();
			bindings.reset();
		}
	};
}

/**
 * One DuckDB for a test file: opened before its tests, closed after. Returns a `Db` that
 * forwards to it, so tests write `const db = suiteDb();` at the top.
 */
export function suiteDb(): Db {
	let duck: NodeDuckDb | null = null;
	beforeAll(async () => {
		duck = await openNodeDuckDb();
	});
	afterAll(() => duck?.close());
	const get = () => {
		if (!duck) throw new Error('the suite database is not open yet (use it inside tests)');
		return duck.db;
	};
	return {
		query: (q) => get().query(q),
		run: (text) => get().run(text),
		registerFile: (path, data) => get().registerFile(path, data),
		dropFile: (path) => get().dropFile(path),
		insertArrow: (ipc, table, opts) => get().insertArrow(ipc, table, opts)
	};
}

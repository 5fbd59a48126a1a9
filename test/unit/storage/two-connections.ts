// A Node DuckDB with the worker's two roles: the main connection (imports, cleaning, restores)
// and snapshots on a second connection inside a read transaction, as workers/projects.ts takes
// them in the browser.
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Table, TypeMap } from 'apache-arrow';
import { LOCKDOWN_SQL } from '$lib/engine/lockdown';
import type { Db, SqlQuery } from '$lib/engine/sql';
import type { Snapshot } from '../../../workers/projects';
import { sameArrow } from './arrow-node';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

function connectionDb(conn: duckdb.DuckDBConnection): Db {
	return sameArrow({
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
		async registerFile() {
			throw new Error('not in these tests');
		},
		async dropFile() {
			throw new Error('not in these tests');
		},
		async insertArrow(ipc: Uint8Array, table: string, opts: { create: boolean }) {
			conn.insertArrowFromIPCStream(ipc, { name: table, create: opts.create });
		}
	});
}

export interface TwoConnections {
	db: Db;
	snapshot: Snapshot;
	/** Snapshots taken so far (each on a connection of its own). */
	snapshots: number;
	close(): void;
}

export async function openTwoConnections(): Promise<TwoConnections> {
	const bindings = await duckdb.createDuckDB(
		{
			mvp: {
				mainModule: join(DIST, 'duckdb-mvp.wasm'),
				mainWorker: join(DIST, 'duckdb-node-mvp.worker.cjs')
			},
			eh: {
				mainModule: join(DIST, 'duckdb-eh.wasm'),
				mainWorker: join(DIST, 'duckdb-node-eh.worker.cjs')
			}
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await bindings.instantiate();
	bindings.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const main = bindings.connect();
	for (const statement of LOCKDOWN_SQL) main.query(statement);
	const out: TwoConnections = {
		db: connectionDb(main),
		snapshots: 0,
		snapshot: async (work) => {
			out.snapshots++;
			const conn = bindings.connect();
			try {
				conn.query('BEGIN TRANSACTION');
				conn.query('SELECT count(*) FROM duckdb_tables()');
				return await work(connectionDb(conn));
			} finally {
				conn.query('ROLLBACK');
				conn.close();
			}
		},
		close() {
			main.close();
			bindings.reset();
		}
	};
	return out;
}

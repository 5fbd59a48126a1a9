import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Table, TypeMap } from 'apache-arrow';
import type { Db, SqlQuery } from '$lib/engine/sql';
import { LOCKDOWN_SQL } from '$lib/engine/lockdown';

/** What the engine reports about the DuckDB it opened. */
export interface DuckDbInfo {
	version: string;
	bundle: 'eh' | 'mvp';
}

/** An opened, locked-down DuckDB with the `Db` interface domain code uses. */
export interface OpenedDuckDb {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
	api: Db;
	info: DuckDbInfo;
}

// Only the single-threaded eh and mvp bundles: coi needs COOP/COEP headers (which plain static
// hosts rarely send) and measured no faster here. The wasm files are bundled by Vite (?url), so
// nothing is fetched from a CDN.
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Starts DuckDB in its own worker, opens an in-memory database and locks it down. */
export async function openDuckDb(): Promise<OpenedDuckDb> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	// The worker URL is same-origin (bundled), so it loads under any sub-path and CSP worker-src 'self'.
	const worker = new Worker(new URL(bundle.mainWorker!, self.location.href));
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(new URL(bundle.mainModule, self.location.href).href, bundle.pthreadWorker);
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true }
	});
	const conn = await db.connect();
	for (const statement of LOCKDOWN_SQL) await conn.query(statement);
	const version = await db.getVersion();
	return {
		db,
		conn,
		info: { version, bundle: bundle.mainModule === BUNDLES.eh?.mainModule ? 'eh' : 'mvp' },
		api: asyncDb(db, conn)
	};
}

function asyncDb(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Db {
	return {
		async query<T extends TypeMap>(q: SqlQuery): Promise<Table<T>> {
			if (q.params.length === 0) return (await conn.query(q.text)) as unknown as Table<T>;
			const stmt = await conn.prepare(q.text);
			try {
				return (await stmt.query(...q.params)) as unknown as Table<T>;
			} finally {
				await stmt.close();
			}
		},
		async run(text: string) {
			await conn.query(text);
		},
		async registerFile(path: string, data: Blob | Uint8Array) {
			// A file handle is read lazily in slices, so big files never sit in memory twice.
			if (data instanceof Uint8Array) await db.registerFileBuffer(path, data);
			else
				await db.registerFileHandle(path, data, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
		},
		async dropFile(path: string) {
			await db.dropFile(path);
		},
		async insertArrow(ipc: Uint8Array, table: string, opts: { create: boolean }) {
			await conn.insertArrowFromIPCStream(ipc, { name: table, create: opts.create });
		}
	};
}

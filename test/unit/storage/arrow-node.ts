// In Node, DuckDB's blocking bindings return tables of their own (CommonJS) copy of
// apache-arrow, which the ESM copy's tableToIPC does not recognise (it writes 0 bytes). The
// browser bundle has one copy; here query results are carried across as IPC.
import { createRequire } from 'node:module';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { Db } from '$lib/engine/sql';

const cjs = createRequire(import.meta.url)('apache-arrow') as {
	tableToIPC(t: unknown, format: 'stream'): Uint8Array;
};

/** A `Db` whose query results are tables of this module's Arrow copy. */
export function sameArrow(db: Db): Db {
	return {
		...db,
		query: async (q) => tableFromIPC(cjs.tableToIPC(await db.query(q), 'stream')) as Table
	};
}

/** The bindings' own serialisation, i.e. what production's tableToIPC costs. */
export const nativeToIpc = (t: Table): Uint8Array => cjs.tableToIPC(t, 'stream');

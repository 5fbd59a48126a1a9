// Snapshot and restore of saved tables on Node DuckDB: types, NULLs, Chinese text and row order
// survive; PII is pseudonymised when asked; a restored sample cleans to the same figures.
import { describe, expect, it } from 'vitest';
import { queryOne, queryRows, sql } from '$lib/engine/sql';
import { quarantineTable } from '$lib/ingest/apply';
import { cleanAll } from '$lib/model/clean/clean';
import { defaultCleaningSettings } from '$lib/model/clean/settings';
import { createTableSql } from '$lib/model/ddl';
import { CANONICAL_TABLES } from '$lib/model/schema';
import { loadSample } from '$lib/sample/load';
import {
	SnapshotError,
	chunkChecker,
	restoreTables,
	savedTables,
	snapshotTables,
	tableSources
} from '$lib/storage/snapshot';
import { ProjectStore } from '$lib/storage/projects';
import { suiteDb } from '../../support/duckdb-node';
import { sameArrow } from './arrow-node';
import { allRows, waybillFixture } from './fixture';
import { MemoryBackend } from './memory-backend';

const db = sameArrow(suiteDb());
const SALT = '00112233445566778899aabbccddeeff';

describe('snapshotTables / restoreTables', () => {
	it('round-trips types, NULLs, Chinese text and row order', async () => {
		await waybillFixture(db);
		const before = await allRows(db, 'src_waybills');
		const types = await queryRows(db, {
			text: `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'src_waybills' ORDER BY column_index`,
			params: []
		});
		const tables = await savedTables(db);
		expect(tables).toEqual(['src_waybills', quarantineTable('waybills')]);
		const snaps = await snapshotTables(db, tables, { dropPii: false, chunkRows: 2 });
		expect(snaps[0]!.rows).toBe(3);
		expect(snaps[0]!.chunks).toHaveLength(2);
		for (const s of snaps) {
			const check = chunkChecker(s.name);
			expect(s.chunks.reduce((n, c) => n + check(c), 0)).toBe(s.rows);
		}

		await db.run('DROP TABLE src_waybills');
		await db.run(`UPDATE ${quarantineTable('waybills')} SET reason = 'changed'`);
		await restoreTables(db, snaps);
		expect(await allRows(db, 'src_waybills')).toEqual(before);
		expect(
			await queryRows(db, {
				text: `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'src_waybills' ORDER BY column_index`,
				params: []
			})
		).toEqual(types);
		const q = await queryOne<{ reason: string; sender_phone: string }>(
			db,
			sql`SELECT reason, sender_phone FROM quarantine_waybills`
		);
		expect(q).toEqual({ reason: 'missing:fee', sender_phone: '138 0013 8000' });
	});

	it('pseudonymises phones like cleaning does and masks names when dropPii is on', async () => {
		await waybillFixture(db);
		const [wb, qt] = await snapshotTables(db, await savedTables(db), {
			dropPii: true,
			salt: SALT
		});
		await restoreTables(db, [wb!, qt!]);
		const got = await queryRows<{ sender_phone: string | null; sender_name: string | null }>(
			db,
			sql`SELECT sender_phone, sender_name FROM src_waybills ORDER BY rowid`
		);
		const expected = await queryOne<{ h: string }>(
			db,
			sql`SELECT 'h' || left(sha256(${SALT} || '13800138000'), 15) AS h`
		);
		expect(got[0]).toEqual({ sender_phone: expected.h, sender_name: '张*' });
		expect(got[1]!.sender_phone).toMatch(/^h[0-9a-f]{15}$/);
		expect(got[2]).toEqual({ sender_phone: null, sender_name: null });
		const q = await queryOne(db, sql`SELECT sender_phone, sender_name FROM quarantine_waybills`);
		expect(q).toEqual({ sender_phone: null, sender_name: null });
		// Without a salt there is nothing to hash with: the phone goes.
		const [bare] = await snapshotTables(db, ['src_waybills'], { dropPii: true });
		await restoreTables(db, [bare!]);
		expect(await queryOne(db, sql`SELECT count(sender_phone) AS n FROM src_waybills`)).toEqual({
			n: 0
		});
	});

	it('replaceAll leaves exactly the restored tables (opening another project)', async () => {
		await waybillFixture(db);
		const snaps = await snapshotTables(db, ['src_waybills'], { dropPii: false });
		await db.run('CREATE OR REPLACE TABLE waybills AS SELECT 1 AS stale');
		await db.run('CREATE OR REPLACE TABLE raw_f1 AS SELECT 1 AS c1');
		await db.run('CREATE OR REPLACE TEMP TABLE _phones AS SELECT 1 AS x');
		await restoreTables(db, snaps, { replaceAll: true });
		const left = await queryRows<{ name: string }>(
			db,
			sql`SELECT table_name AS name FROM duckdb_tables() WHERE NOT internal ORDER BY 1`
		);
		expect(left.map((t) => t.name)).toEqual(['src_waybills']);
		expect(await queryOne(db, sql`SELECT count(*) AS n FROM src_waybills`)).toEqual({ n: 3 });
	});

	it('streams into the project store and back', async () => {
		await waybillFixture(db);
		const before = await allRows(db, 'src_waybills');
		const store = new ProjectStore(new MemoryBackend());
		const sources = await tableSources(db, { dropPii: false, chunkRows: 1 });
		expect(sources.map((t) => [t.name, t.rows])).toEqual([
			['src_waybills', 3],
			[quarantineTable('waybills'), 1]
		]);
		const meta = await store.create('p', { tables: sources });
		await db.run('DROP TABLE src_waybills');
		const opened = await store.open(meta.id);
		await restoreTables(db, opened.tables, { replaceAll: true });
		expect(await allRows(db, 'src_waybills')).toEqual(before);
	});

	it('restores an empty table with its schema', async () => {
		await db.query(createTableSql('src_payments', CANONICAL_TABLES.payments));
		const [snap] = await snapshotTables(db, ['src_payments'], { dropPii: false });
		expect(snap!.rows).toBe(0);
		expect(snap!.chunks).toHaveLength(1);
		await db.run('DROP TABLE src_payments');
		await restoreTables(db, [snap!]);
		expect(await queryOne(db, sql`SELECT count(*) AS n FROM src_payments`)).toEqual({ n: 0 });
		await db.run('DROP TABLE src_payments');
	});

	it('refuses unknown tables and foreign schemas, leaving the database as it was', async () => {
		await waybillFixture(db);
		const before = await allRows(db, 'src_waybills');
		await expect(snapshotTables(db, ['raw_f1'], { dropPii: false })).rejects.toThrow(SnapshotError);
		await db.run(`CREATE OR REPLACE TABLE src_customers AS SELECT 1 AS evil`);
		const [foreign] = await snapshotTables(db, ['src_customers'], { dropPii: false });
		await db.run('DROP TABLE src_customers');
		const [good] = await snapshotTables(db, ['src_waybills'], { dropPii: false });
		await db.run(`DELETE FROM src_waybills WHERE waybill_id = 'W1'`);
		const changed = await allRows(db, 'src_waybills');
		expect(() => chunkChecker('src_customers')(foreign!.chunks[0]!)).toThrow(/schema-mismatch/);
		await expect(restoreTables(db, [good!, foreign!])).rejects.toThrow(/schema-mismatch/);
		// Neither table was swapped in.
		expect(await allRows(db, 'src_waybills')).toEqual(changed);
		expect(changed).not.toEqual(before);
		expect(await savedTables(db)).not.toContain('src_customers');
		expect(
			await queryOne(
				db,
				sql`SELECT count(*) AS n FROM duckdb_tables() WHERE starts_with(table_name, '_restore_')`
			)
		).toEqual({ n: 0 });
		await expect(
			restoreTables(db, [{ name: 'src_waybills', chunks: [new Uint8Array([1, 2, 3])] }])
		).rejects.toThrow();
	});

	it('a pseudonymised sample cleans to the same figures after restore', async () => {
		await loadSample(db, { seed: 7, waybills: 3000 });
		const settings = defaultCleaningSettings('2030-01-01', SALT);
		const first = await cleanAll(db, settings);
		const tables = await savedTables(db);
		const snaps = await snapshotTables(db, tables, { dropPii: true, salt: SALT, chunkRows: 1000 });
		for (const t of tables) await db.run(`DROP TABLE "${t}"`);
		await restoreTables(db, snaps);
		const again = await cleanAll(db, settings);
		expect(again.rows).toEqual(first.rows);
		expect(again.customers).toBe(first.customers);
		expect(again.matches).toEqual(first.matches);
		expect(again.rules.map((r) => [r.id, r.table, r.count])).toEqual(
			first.rules.map((r) => [r.id, r.table, r.count])
		);
	});
});

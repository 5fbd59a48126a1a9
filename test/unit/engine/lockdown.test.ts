// The production lockdown, applied to DuckDB-WASM's Node build: no extension can load, no file
// outside /uploads/ can be read, and the settings cannot be changed back.
import { describe, expect, it } from 'vitest';
import { queryOne, sql } from '$lib/engine/sql';
import { suiteDb } from '../../support/duckdb-node';

const db = suiteDb();

describe('DuckDB lockdown', () => {
	it('turns extension autoload and autoinstall off', async () => {
		const s = await queryOne<{
			load: string;
			install: string;
			community: string;
			external: string;
		}>(
			db,
			sql`SELECT current_setting('autoload_known_extensions')::VARCHAR AS load,
				current_setting('autoinstall_known_extensions')::VARCHAR AS install,
				current_setting('allow_community_extensions')::VARCHAR AS community,
				current_setting('enable_external_access')::VARCHAR AS external`
		);
		expect(s).toEqual({ load: 'false', install: 'false', community: 'false', external: 'false' });
	});

	it('refuses to change the configuration afterwards', async () => {
		await expect(db.run('SET enable_external_access = true')).rejects.toThrow(/locked/);
		await expect(db.run('SET autoload_known_extensions = true')).rejects.toThrow(/locked/);
	});

	it('refuses files outside /uploads/', async () => {
		await expect(db.run("SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow(
			/Permission|disabled/
		);
	});

	it('fails fast instead of fetching an extension for Parquet or JSON', async () => {
		await db.registerFile('/uploads/x.parquet', new Uint8Array([0x50, 0x41, 0x52, 0x31]));
		const t0 = performance.now();
		await expect(db.run("SELECT * FROM read_parquet('/uploads/x.parquet')")).rejects.toThrow();
		await expect(db.run("SELECT * FROM read_json('/uploads/x.parquet')")).rejects.toThrow();
		expect(performance.now() - t0).toBeLessThan(5_000);
	});

	it('reads registered uploads', async () => {
		await db.registerFile('/uploads/ok.csv', new TextEncoder().encode('a,b\n1,2\n'));
		const r = await queryOne<{ s: number }>(
			db,
			sql`SELECT sum(a + b) AS s FROM read_csv('/uploads/ok.csv')`
		);
		expect(r.s).toBe(3);
	});
});

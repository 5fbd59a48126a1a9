// A saved project stores phones already pseudonymised; cleaning it again must keep them, so the
// customer keys of phone-only customers survive a save and reopen.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fragment, queryOne, sql, type Db } from '$lib/engine/sql';
import { maskPhone } from '$lib/model/clean/fragments';
import { phoneHash } from '$lib/model/clean/phones';
import { openNodeDuckDb, type NodeDuckDb } from '../../support/duckdb-node';

let duck: NodeDuckDb;
let db: Db;
beforeAll(async () => {
	duck = await openNodeDuckDb();
	db = duck.db;
});
afterAll(() => duck.close());

it('hashes a raw phone once and leaves an existing hash alone', async () => {
	const salt = '00112233445566778899aabbccddeeff';
	const once = await queryOne<{ h: string }>(
		db,
		sql`SELECT ${phoneHash(fragment`'13800001111'`, salt)} AS h`
	);
	expect(once.h).toMatch(/^h[0-9a-f]{15}$/);
	const twice = await queryOne<{ h: string; m: string }>(
		db,
		sql`SELECT ${phoneHash(fragment`${once.h}`, salt)} AS h, ${maskPhone(fragment`${once.h}`)} AS m`
	);
	expect(twice.h).toBe(once.h);
	expect(twice.m).toBe(`${once.h.slice(0, 7)}…`);
	// Something that merely starts with h is still hashed.
	const other = await queryOne<{ h: string }>(
		db,
		sql`SELECT ${phoneHash(fragment`'hello'`, salt)} AS h`
	);
	expect(other.h).not.toBe('hello');
});

// Arrow columns built without Arrow's Builders (which need 'unsafe-eval'), read back by DuckDB.
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { columnsToIpc, dictionary } from '$lib/engine/arrow';
import { queryRows, sql } from '$lib/engine/sql';
import { suiteDb } from '../../support/duckdb-node';

const db = suiteDb();

describe('columnsToIpc', () => {
	it('encodes numbers, strings with nulls and dictionary codes', () => {
		const ipc = columnsToIpc({
			n: Int32Array.from([1, 2, 3]),
			s: ['甲', null, 'ä"b'],
			d: dictionary(Int8Array.from([1, -1, 0]), ['x', 'y'])
		});
		expect(
			tableFromIPC(ipc)
				.toArray()
				.map((r) => r.toJSON())
		).toEqual([
			{ n: 1, s: '甲', d: 'y' },
			{ n: 2, s: null, d: null },
			{ n: 3, s: 'ä"b', d: 'x' }
		]);
	});

	it('lets DuckDB read two dictionaries built on the same codes (regression)', async () => {
		const city = Int16Array.from([0, 1, 2, 0]);
		const ipc = columnsToIpc({
			province: dictionary(city, ['广东省', '广东省', '浙江省']),
			city: dictionary(city, ['广州市', '深圳市', '杭州市']),
			fee: Float64Array.from([1, 2, 3, 4])
		});
		await db.insertArrow(ipc, 'shared_codes', { create: true });
		const rows = await queryRows<{ province: string; city: string; fee: number }>(
			db,
			sql`SELECT * FROM shared_codes`
		);
		expect(rows.map((r) => `${r.province}/${r.city}`)).toEqual([
			'广东省/广州市',
			'广东省/深圳市',
			'浙江省/杭州市',
			'广东省/广州市'
		]);
	});
});

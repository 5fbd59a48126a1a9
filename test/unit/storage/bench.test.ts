// Timings for a 1M-row, 31-column src_waybills through every storage step (run with
// STORAGE_BENCH=1; STORAGE_BENCH_ROWS changes the size). Skipped in the normal run: it takes
// about a minute and ~2 GB.
import { describe, expect, it } from 'vitest';
import { queryOne, sql, type Db } from '$lib/engine/sql';
import { createTableSql } from '$lib/model/ddl';
import { CANONICAL_TABLES } from '$lib/model/schema';
import { exportBackup, readBackup } from '$lib/storage/backup';
import { emptyDoc } from '$lib/storage/migrations';
import { ProjectStore, crc32 } from '$lib/storage/projects';
import {
	DEFAULT_CHUNK_ROWS,
	restoreTables,
	snapshotChunks,
	snapshotTables,
	type TableSnapshot
} from '$lib/storage/snapshot';
import { openNodeDuckDb } from '../../support/duckdb-node';
import { nativeToIpc, sameArrow } from './arrow-node';
import { MemoryBackend } from './memory-backend';

const ROWS = Number(process.env.STORAGE_BENCH_ROWS ?? 1_000_000);
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;

async function makeWaybills(db: Db) {
	await db.query(createTableSql('src_waybills', CANONICAL_TABLES.waybills));
	await db.run(`INSERT INTO src_waybills SELECT
		printf('YT%012d', i * 738919 % 1000000000000), 'C' || (i % 50000),
		'1' || (3800000000 + i % 90000)::VARCHAR, ['张三','李四','王五','赵六'][i % 4 + 1],
		TIMESTAMP '2024-01-01' + to_seconds(i * 31), TIMESTAMP '2024-01-01' + to_seconds(i * 31 + 3600),
		CASE WHEN i % 7 = 0 THEN NULL ELSE TIMESTAMP '2024-01-03' + to_seconds(i * 31) END,
		['广东省','浙江省','江苏省','北京市'][i % 4 + 1], ['深圳市','杭州市','南京市','北京市'][i % 4 + 1],
		'区' || (i % 30), 22.5 + (i % 1000) / 1000.0, 114.0 + (i % 997) / 997.0,
		['上海市','四川省'][i % 2 + 1], ['上海市','成都市'][i % 2 + 1],
		(i % 300) / 10.0, 8 + (i % 120) / 10.0, CASE WHEN i % 5 = 0 THEN 1000.0 END, i % 5 = 0,
		['寄付现结','到付','月结'][i % 3 + 1], ['微信小程序','APP','官网','网点/门店'][i % 4 + 1],
		['标快','特快','次日达'][i % 3 + 1], ['文件','服装','3C数码','生鲜'][i % 4 + 1], i % 11 = 0,
		'已签收', ['个人','企业'][i % 2 + 1], (18 + i % 50)::INTEGER, NULL, ['男','女'][i % 2 + 1],
		CASE WHEN i % 13 = 0 THEN '易碎品 轻放 ' || i END, (i % 12)::INTEGER, i::INTEGER
		FROM range(${ROWS}) t(i)`);
}

/** What the worker's snapshot does per chunk (query + tableToIPC), with the bindings' Arrow. */
async function snapshotNative(db: Db, step: number) {
	const chunks: Uint8Array[] = [];
	let peak = 0;
	for (let from = 0; from < ROWS; from += step) {
		const before = process.memoryUsage().arrayBuffers;
		chunks.push(
			nativeToIpc(
				await db.query(
					sql`SELECT * FROM src_waybills WHERE rowid >= ${from} AND rowid < ${from + step}`
				)
			)
		);
		peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
	}
	return { chunks, peak };
}

async function timed<T>(label: string, out: string[], run: () => Promise<T>): Promise<T> {
	const t0 = performance.now();
	const result = await run();
	out.push(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
	return result;
}

describe.skipIf(!process.env.STORAGE_BENCH)('storage bench', () => {
	it(`${ROWS} waybills through snapshot, store, restore and backup`, async () => {
		const duck = await openNodeDuckDb();
		const db = duck.db;
		await makeWaybills(db);
		const out: string[] = [];

		for (const step of [50_000, DEFAULT_CHUNK_ROWS, ROWS]) {
			const { chunks, peak } = await timed(`snapshot, ${step}-row chunks`, out, () =>
				snapshotNative(db, step)
			);
			out.push(
				`  ${chunks.length} chunks, ${mb(chunks.reduce((n, c) => n + c.length, 0))}, JS buffers per chunk ≤ ${mb(peak)}`
			);
			await timed(`restore, ${step}-row chunks`, out, () =>
				restoreTables(db, [{ name: 'src_waybills', rows: ROWS, chunks }])
			);
		}

		const { chunks } = await snapshotNative(db, DEFAULT_CHUNK_ROWS);
		const bytes = chunks.reduce((n, c) => n + c.length, 0);
		await timed(`crc32 of ${mb(bytes)}`, out, async () => chunks.map(crc32));
		const piiDb = sameArrow(db);
		await timed('snapshot with dropPii (API path: + one extra IPC copy in Node)', out, async () => {
			for await (const c of snapshotChunks(piiDb, 'src_waybills', {
				dropPii: true,
				salt: 'ab12cd34ef56'
			}))
				void c;
		});

		const backend = new MemoryBackend();
		const store = new ProjectStore(backend);
		const table = { name: 'src_waybills', rows: ROWS, chunks };
		const project = await timed('store.create with the table (memory backend)', out, () =>
			store.create('bench', { doc: emptyDoc(), tables: [table] })
		);
		await timed('store.save, document only', out, () => store.save(project.id, emptyDoc()));
		await timed('store.open + restoreTables (crc, Arrow check, insert)', out, async () => {
			const opened = await store.open(project.id);
			await restoreTables(db, opened.tables);
		});
		expect(await queryOne(db, sql`SELECT count(*) AS n FROM src_waybills`)).toEqual({ n: ROWS });

		const snap: TableSnapshot = { name: 'src_waybills', rows: ROWS, chunks };
		const meta = await store.get(project.id);
		for (const level of [0, 1] as const) {
			const file = await timed(`backup export, deflate level ${level}`, out, () =>
				exportBackup(
					{ meta, doc: emptyDoc(), tables: [snap] },
					{
						dropPii: false,
						appVersion: 'bench',
						now: Date.now,
						level
					}
				)
			);
			out.push(`  ${mb(file.length)}`);
			await timed(`backup read, level ${level}`, out, async () => readBackup(file));
		}
		const piiFree = await timed('snapshot with dropPii, collected', out, () =>
			snapshotTables(piiDb, ['src_waybills'], { dropPii: true, salt: 'ab12cd34ef56' })
		);
		await timed('backup export without PII (level 1, raw-PII check of every chunk)', out, () =>
			exportBackup(
				{ meta, doc: emptyDoc(), tables: piiFree },
				{
					dropPii: true,
					appVersion: 'bench',
					now: Date.now
				}
			)
		);
		console.log(out.join('\n'));
		duck.close();
	}, 900_000);
});

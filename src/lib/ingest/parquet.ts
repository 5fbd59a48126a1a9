// Parquet through a JS/WASM reader (DuckDB's own Parquet support is an extension it would
// download). Row groups arrive as Arrow IPC batches; columns keep their types.

import { tableFromIPC } from 'apache-arrow';
import { fragment, ident, join, queryOne, queryRows, sql, type Db } from '$lib/engine/sql';
import { Pipeline } from '$lib/engine/pipeline';
import { yieldToEventLoop } from '$lib/engine/yield';
import type { FileMeta, ReadOptions } from './delimited';
import { headerNames, MAX_COLUMNS } from './layout';
import { emptyParsed, rawColumnName, type ParsedFile } from './raw';

/** Reads a Parquet file as a stream of Arrow IPC batches (the worker and Node tests differ). */
export interface ParquetReader {
	batches(file: Blob, batchRows: number): AsyncIterable<Uint8Array>;
}

const STAGE = '_parquet_stage';

/** Reads a Parquet file into its raw table (replacing it), keeping column types. */
export async function readParquetFile(
	db: Db,
	reader: ParquetReader,
	file: Blob,
	meta: FileMeta,
	opts: ReadOptions = {}
): Promise<ParsedFile> {
	const t0 = performance.now();
	const parsed = emptyParsed(file, meta, 'parquet', 'row');
	const pipeline = new Pipeline();
	let offset = 0;
	let first = true;
	let sourceNames: string[] = [];
	try {
		for await (const ipc of reader.batches(file, 100_000)) {
			opts.signal?.throwIfAborted();
			const rowOffset = offset;
			// Count before handing the bytes over: the insert may transfer (detach) the buffer.
			offset += tableFromIPC(ipc).numRows;
			const isFirst = first;
			first = false;
			await pipeline.submit(async () => {
				await db.query(sql`DROP TABLE IF EXISTS ${ident(STAGE)}`);
				await db.insertArrow(ipc, STAGE, { create: true });
				if (isFirst) {
					const described = await queryRows<{ column_name: string; column_type: string }>(
						db,
						sql`SELECT column_name, column_type FROM (DESCRIBE ${ident(STAGE)})`
					);
					if (described.length > MAX_COLUMNS) throw new TooWide(described.length);
					sourceNames = described.map((d) => d.column_name);
					const names = headerNames(sourceNames);
					parsed.columns = described.map((d, i) => ({
						name: names[i]!,
						sql: rawColumnName(i),
						type: nested(d.column_type) ? 'VARCHAR' : d.column_type
					}));
				}
				// Nested values (lists, structs, maps) become their text form.
				const select = join(
					sourceNames.map((name, i) => {
						const type = parsed.columns[i]!.type;
						const source = fragment`${ident(name)}`;
						const value = type === 'VARCHAR' ? fragment`CAST(${source} AS VARCHAR)` : source;
						return fragment`${value} AS ${ident(rawColumnName(i))}`;
					})
				);
				const ordered = fragment`(${rowOffset} + row_number() OVER ())::INTEGER AS _line`;
				if (isFirst) {
					await db.query(
						sql`CREATE OR REPLACE TABLE ${ident(parsed.table)} AS SELECT ${ordered}, ${select} FROM ${ident(STAGE)}`
					);
				} else {
					await db.query(
						sql`INSERT INTO ${ident(parsed.table)} SELECT ${ordered}, ${select} FROM ${ident(STAGE)}`
					);
				}
			});
			opts.onProgress?.(0, offset);
			if (pipeline.busy) await yieldToEventLoop();
		}
		await pipeline.settle();
	} catch (e) {
		await pipeline.settle().catch(() => undefined);
		if (opts.signal?.aborted) throw e;
		parsed.issues.push(
			e instanceof TooWide
				? { file: meta.name, severity: 'error', code: 'too-many-columns', count: e.count }
				: {
						file: meta.name,
						severity: 'error',
						code: 'corrupt-file',
						detail: e instanceof Error ? e.message.split('\n')[0] : String(e)
					}
		);
		parsed.timings.total = performance.now() - t0;
		return parsed;
	} finally {
		await db.query(sql`DROP TABLE IF EXISTS ${ident(STAGE)}`);
	}
	parsed.timings.readWait = pipeline.waitMs;
	if (first) {
		parsed.issues.push({ file: meta.name, severity: 'error', code: 'no-rows' });
		return parsed;
	}
	parsed.rows = (
		await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${ident(parsed.table)}`)
	).n;
	if (parsed.rows === 0)
		parsed.issues.push({ file: meta.name, severity: 'error', code: 'no-rows' });
	parsed.timings.total = performance.now() - t0;
	return parsed;
}

class TooWide extends Error {
	constructor(readonly count: number) {
		super(`too many columns: ${count}`);
	}
}

const nested = (type: string) => /[[\]()]|STRUCT|MAP|UNION/i.test(type) && !/^DECIMAL/i.test(type);

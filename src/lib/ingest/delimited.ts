// CSV/TSV/TXT in any of our encodings, streamed: bytes → text → records (with their lines) →
// chunks of UTF-8 CSV prefixed with the line number → DuckDB's CSV reader. Memory stays bounded
// by the chunk size whatever the file size; DuckDB rejects rows with the wrong column count and
// we still know their true line from the prefix.

import { UPLOAD_DIR } from '$lib/engine/lockdown';
import { Pipeline } from '$lib/engine/pipeline';
import { ident, queryOne, sql, struct, type Db } from '$lib/engine/sql';
import { yieldToEventLoop } from '$lib/engine/yield';
import { detectEncoding } from './encoding';
import type { DataIssue } from './issues';
import { detectDelimiter, findHeaderRow, headerNames, isTotalsRow, MAX_COLUMNS } from './layout';
import {
	createRawTable,
	emptyParsed,
	rawColumnName,
	type FileMeta,
	type ParsedFile,
	type RawColumn
} from './raw';

export type { FileMeta };
import { RecordSplitter, splitFields, type TextRecord } from './records';

export interface ReadOptions {
	signal?: AbortSignal;
	/** Called with bytes read so far and rows written so far. */
	onProgress?: (bytes: number, rows: number) => void;
	/** Characters of CSV handed to DuckDB at a time. */
	chunkChars?: number;
}

const SAMPLE_LIMIT = 5;
/** Records read before deciding where the header is. */
const LAYOUT_RECORDS = 30;

/** Reads a delimited text file into its raw table (replacing it). */
export async function readDelimited(
	db: Db,
	file: Blob,
	meta: FileMeta,
	opts: ReadOptions = {}
): Promise<ParsedFile> {
	const t0 = performance.now();
	const parsed = emptyParsed(file, meta, 'csv', 'line');
	const { table, issues } = parsed;
	const fail = (issue: Omit<DataIssue, 'file' | 'severity'>) => {
		issues.push({ file: meta.name, severity: 'error', ...issue });
		parsed.timings.total = performance.now() - t0;
		return parsed;
	};

	const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
	const detected = detectEncoding(head);
	if (!detected) return fail({ code: 'unknown-encoding' });
	parsed.encoding = detected.encoding;
	const headText = new TextDecoder(detected.encoding).decode(head);
	const delimiter = detectDelimiter(headText.split(/\r\n|\n|\r/).slice(0, 60));
	parsed.delimiter = delimiter;

	const splitter = new RecordSplitter(delimiter);
	const decoder = new TextDecoder(detected.encoding);
	const pipeline = new Pipeline();
	const rejectsTable = `rejects_f${meta.fileId}`;
	const rejectsScan = `rejects_scan_f${meta.fileId}`;
	const layout: TextRecord[] = [];
	let width = 0;
	let parts: string[] = [];
	let partChars = 0;
	let part = 0;
	let replaced = 0;
	let bytes = 0;
	const chunkChars = opts.chunkChars ?? 4_000_000;
	const notBlank = new RegExp(`[^\\s"${delimiter === '\t' ? '\\t' : escapeClass(delimiter)}]`);

	await db.query(sql`DROP TABLE IF EXISTS ${ident(rejectsTable)}`);
	await db.query(sql`DROP TABLE IF EXISTS ${ident(rejectsScan)}`);

	const flush = async () => {
		if (partChars === 0) return;
		const text = parts.join('');
		parts = [];
		partChars = 0;
		const path = `${UPLOAD_DIR}f${meta.fileId}-part${++part}.csv`;
		const bytesOut = new TextEncoder().encode(text);
		const columns = struct([
			['_line', 'INTEGER'],
			...Array.from({ length: width }, (_, i) => [rawColumnName(i), 'VARCHAR'] as const)
		]);
		await pipeline.submit(async () => {
			await db.registerFile(path, bytesOut);
			try {
				// strict_mode: a row with too many fields is rejected, not silently truncated.
				await db.query(sql`
					INSERT INTO ${ident(table)}
					SELECT * FROM read_csv(${path}, header = false, delim = ${delimiter}, quote = '"',
						escape = '"', columns = ${columns}, auto_detect = false, strict_mode = true,
						ignore_errors = true, store_rejects = true, rejects_table = ${rejectsTable},
						rejects_scan = ${rejectsScan})`);
			} finally {
				await db.dropFile(path);
			}
		});
	};

	const take = async (record: TextRecord) => {
		if (!notBlank.test(record.text)) {
			parsed.skipped.blank++;
			return;
		}
		if (/[计tT]/.test(record.text) && isTotalsRow(splitFields(record.text, delimiter))) {
			parsed.skipped.totals++;
			return;
		}
		const out = `${record.line}${delimiter}${record.text}\n`;
		parts.push(out);
		partChars += out.length;
		if (partChars >= chunkChars) await flush();
	};

	const decideLayout = async (): Promise<boolean> => {
		const rows = layout.map((r) => splitFields(r.text, delimiter));
		if (rows.length === 0) return false;
		const headerIndex = findHeaderRow(rows);
		const names = headerNames(rows[headerIndex]!);
		if (names.length > MAX_COLUMNS) {
			fail({ code: 'too-many-columns', count: names.length, line: layout[headerIndex]!.line });
			return false;
		}
		width = names.length;
		parsed.columns = names.map((name, i): RawColumn => ({
			name,
			sql: rawColumnName(i),
			type: 'VARCHAR'
		}));
		parsed.headerLine = layout[headerIndex]!.line;
		parsed.skipped.title = headerIndex;
		await createRawTable(db, table, width);
		for (const r of layout.slice(headerIndex + 1)) await take(r);
		layout.length = 0;
		return true;
	};

	let decided = false;
	const handle = async (records: TextRecord[]) => {
		for (const r of records) {
			if (!decided) {
				if (notBlank.test(r.text)) layout.push(r);
				else parsed.skipped.blank++;
				if (layout.length >= LAYOUT_RECORDS) {
					decided = true;
					if (!(await decideLayout())) return false;
				}
			} else await take(r);
		}
		return true;
	};

	const reader = file.stream().getReader();
	try {
		for (;;) {
			opts.signal?.throwIfAborted();
			const { done, value } = await reader.read();
			if (done) break;
			bytes += value.length;
			const text = decoder.decode(value, { stream: true });
			replaced += countReplacements(text);
			if (!(await handle(splitter.push(text)))) return parsed;
			opts.onProgress?.(bytes, parsed.rows + layout.length);
			// Let DuckDB's replies (and a cancel) through while a chunk is being inserted.
			if (pipeline.busy) await yieldToEventLoop();
		}
		const tail = decoder.decode();
		replaced += countReplacements(tail);
		if (!(await handle([...splitter.push(tail), ...splitter.finish()]))) return parsed;
		if (!decided) {
			decided = true;
			if (layout.length === 0) {
				return fail({ code: detected.bomLength === head.length ? 'empty-file' : 'no-header' });
			}
			if (!(await decideLayout())) return parsed;
		}
		await flush();
		await pipeline.settle();
	} finally {
		await reader.cancel().catch(() => undefined);
	}
	parsed.timings.readWait = pipeline.waitMs;

	const rejected =
		part > 0 ? await rejectsSummary(db, rejectsTable) : { lines: 0, first: null, samples: [] };
	parsed.malformed = rejected.lines;
	if (rejected.lines > 0) {
		issues.push({
			file: meta.name,
			severity: 'warning',
			code: 'malformed-rows',
			line: rejected.first ?? undefined,
			count: rejected.lines,
			samples: rejected.samples,
			detail: String(width)
		});
	}
	for (const bad of splitter.bad) {
		parsed.malformed++;
		issues.push({
			file: meta.name,
			severity: 'warning',
			code: bad.reason === 'too-long' ? 'line-too-long' : 'unclosed-quote',
			line: bad.line,
			count: 1,
			samples: [bad.preview]
		});
	}
	if (replaced > 0) {
		issues.push({
			file: meta.name,
			severity: 'warning',
			code: 'undecodable-characters',
			count: replaced,
			detail: detected.encoding
		});
	}
	await db.query(sql`DROP TABLE IF EXISTS ${ident(rejectsTable)}`);
	await db.query(sql`DROP TABLE IF EXISTS ${ident(rejectsScan)}`);
	parsed.rows = (
		await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${ident(table)}`)
	).n;
	if (parsed.rows === 0) issues.push({ file: meta.name, severity: 'error', code: 'no-rows' });
	parsed.timings.total = performance.now() - t0;
	return parsed;
}

/** Lines DuckDB rejected (wrong column count, bad quoting), from our line-number prefix. */
async function rejectsSummary(db: Db, rejectsTable: string) {
	const r = await queryOne<{ lines: number; first: number | null; samples: string[] | null }>(
		db,
		sql`WITH by_line AS (
				SELECT TRY_CAST(regexp_extract(csv_line, '^(\\d+)', 1) AS INTEGER) AS line,
					min(error_type) AS error_type,
					min(regexp_replace(csv_line, '^\\d+.', '')) AS text
				FROM ${ident(rejectsTable)} GROUP BY 1
			)
			SELECT count(*) AS lines, min(line) AS first,
				list(line || ': ' || left(text, 120) ORDER BY line)[1:${SAMPLE_LIMIT}] AS samples
			FROM by_line`
	);
	return { lines: r.lines, first: r.first, samples: r.samples ?? [] };
}

function countReplacements(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
	return n;
}

function escapeClass(ch: string): string {
	return ch.replace(/[\\\]^-]/g, '\\$&');
}

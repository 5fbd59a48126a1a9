// XLSX (Excel, WPS) read as a stream in two passes over the zip: first the workbook parts
// (sheet list, styles, shared strings), then the chosen sheet row by row into the raw table.

import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import type { Db } from '$lib/engine/sql';
import { queryOne, sql, ident } from '$lib/engine/sql';
import { yieldToEventLoop } from '$lib/engine/yield';
import type { FileMeta, ReadOptions } from '../delimited';
import { MAX_COLUMNS } from '../layout';
import { emptyParsed, type ParsedFile } from '../raw';
import { RowSink } from '../row-sink';
import { SheetParser, type SheetRow } from './sheet';
import { dateStyles, parseSheets, SharedStringsParser, uses1904, type SheetInfo } from './workbook';

/** Guards that keep a hostile or absurd workbook from taking the tab down. */
export const XLSX_LIMITS = {
	/** Compressed file size. */
	maxBytes: 1024 * 1024 * 1024,
	/** Cells read from the sheet (Excel's own limit is 17 billion; real exports are far below). */
	maxCells: 60_000_000,
	/** A row whose XML never ends. */
	maxPendingChars: 64 * 1024 * 1024,
	/** Wall time for the whole read. */
	maxMs: 15 * 60_000
};

export interface XlsxOptions extends ReadOptions {
	/** Sheet to read; the first visible sheet when omitted. */
	sheet?: string;
}

class XlsxError extends Error {
	constructor(
		readonly code: 'corrupt-file' | 'unsupported-format' | 'too-large' | 'sheet-empty',
		message: string
	) {
		super(message);
	}
}

/**
 * Streams every entry of the zip through `onEntry`; entries it wants get their bytes via the
 * returned callback. Resolves when the whole file was pushed; unfinished entries mean the file
 * was cut off.
 */
async function streamZip(
	file: Blob,
	onEntry: (name: string) => ((data: Uint8Array, final: boolean) => void) | null,
	afterChunk: () => Promise<void>,
	signal?: AbortSignal
): Promise<Set<string>> {
	const finished = new Set<string>();
	const started = new Set<string>();
	let error: Error | null = null;
	const unzip = new Unzip((entry: UnzipFile) => {
		const sink = onEntry(entry.name);
		if (!sink) return;
		started.add(entry.name);
		entry.ondata = (err, data, final) => {
			if (err) {
				error ??= err;
				return;
			}
			try {
				sink(data, final);
			} catch (e) {
				error ??= e as Error;
			}
			if (final) finished.add(entry.name);
		};
		try {
			entry.start();
		} catch (e) {
			error ??= e as Error;
		}
	});
	unzip.register(UnzipInflate);
	const reader = file.stream().getReader();
	try {
		for (;;) {
			signal?.throwIfAborted();
			const { done, value } = await reader.read();
			if (error) throw error;
			if (done) {
				unzip.push(new Uint8Array(0), true);
				break;
			}
			unzip.push(value, false);
			if (error) throw error;
			await afterChunk();
		}
	} catch (e) {
		if (e instanceof XlsxError || (e as Error).name === 'AbortError' || signal?.aborted) throw e;
		throw new XlsxError('corrupt-file', (e as Error).message);
	} finally {
		await reader.cancel().catch(() => undefined);
	}
	if (error) throw new XlsxError('corrupt-file', (error as Error).message);
	for (const name of started) {
		if (!finished.has(name)) throw new XlsxError('corrupt-file', `entry ${name} is cut off`);
	}
	return finished;
}

/** Text of the wanted small parts, decoded as UTF-8. */
function collectText(
	parts: Map<string, string[]>,
	decoders: Map<string, TextDecoder>,
	name: string
) {
	return (data: Uint8Array, final: boolean) => {
		let d = decoders.get(name);
		if (!d) decoders.set(name, (d = new TextDecoder('utf-8')));
		const list = parts.get(name) ?? [];
		list.push(d.decode(data, { stream: !final }));
		parts.set(name, list);
	};
}

/** Reads one sheet of an XLSX workbook into the raw table (replacing it). */
export async function readXlsx(
	db: Db,
	file: Blob,
	meta: FileMeta,
	opts: XlsxOptions = {}
): Promise<ParsedFile> {
	const t0 = performance.now();
	const parsed = emptyParsed(file, meta, 'xlsx', 'row');
	const fail = (code: XlsxError['code'] | 'too-many-columns', detail?: string) => {
		parsed.issues.push({ file: meta.name, severity: 'error', code, detail });
		parsed.timings.total = performance.now() - t0;
		return parsed;
	};
	if (file.size > XLSX_LIMITS.maxBytes) return fail('too-large', String(XLSX_LIMITS.maxBytes));

	try {
		// Pass 1: workbook parts.
		const parts = new Map<string, string[]>();
		const decoders = new Map<string, TextDecoder>();
		const shared = new SharedStringsParser();
		const sharedDecoder = new TextDecoder('utf-8');
		const WANTED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
		await streamZip(
			file,
			(name) => {
				if (WANTED.includes(name)) return collectText(parts, decoders, name);
				if (name === 'xl/sharedStrings.xml') {
					return (data, final) => shared.push(sharedDecoder.decode(data, { stream: !final }));
				}
				return null;
			},
			async () => opts.onProgress?.(0, 0),
			opts.signal
		);
		const text = (name: string) => parts.get(name)?.join('') ?? '';
		if (!parts.has('xl/workbook.xml')) {
			return fail('unsupported-format', 'zip');
		}
		const sheets = parseSheets(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
		parsed.sheets = sheets.map((s) => s.name);
		const sheet: SheetInfo | undefined = opts.sheet
			? sheets.find((s) => s.name === opts.sheet)
			: (sheets.find((s) => !s.hidden) ?? sheets[0]);
		if (!sheet) return fail('sheet-empty', opts.sheet);
		parsed.sheet = sheet.name;

		// Pass 2: the sheet, row by row.
		const parser = new SheetParser({
			shared: shared.strings,
			dateStyles: dateStyles(text('xl/styles.xml')),
			date1904: uses1904(text('xl/workbook.xml')),
			maxColumns: MAX_COLUMNS
		});
		const sink = new RowSink(db, parsed);
		const sheetDecoder = new TextDecoder('utf-8');
		let pending: SheetRow[] = [];
		let bytesDone = 0;
		const started = performance.now();
		await streamZip(
			file,
			(name) =>
				name === sheet.path
					? (data, final) => {
							bytesDone += data.length;
							pending.push(...parser.push(sheetDecoder.decode(data, { stream: !final })));
						}
					: null,
			async () => {
				if (parser.cells > XLSX_LIMITS.maxCells) throw new XlsxError('too-large', 'cells');
				if (parser.pending > XLSX_LIMITS.maxPendingChars) {
					throw new XlsxError('corrupt-file', 'a row never ends');
				}
				if (performance.now() - started > XLSX_LIMITS.maxMs)
					throw new XlsxError('too-large', 'time');
				const rows = pending;
				pending = [];
				for (const r of rows) {
					await sink.add(r.row, r.cells);
					if (!sink.ok) throw new XlsxError('too-large', 'columns');
				}
				opts.onProgress?.(bytesDone, sink.waiting ? 0 : 0);
				if (sink.waiting) await yieldToEventLoop();
			},
			opts.signal
		);
		for (const r of pending) await sink.add(r.row, r.cells);
		parsed.timings.readWait = await sink.finish();
		if (!sink.ok) return parsed;
		if (parsed.columns.length === 0) return fail('sheet-empty', sheet.name);
		if (parser.cellsBeyond > 0) {
			parsed.issues.push({
				file: meta.name,
				severity: 'warning',
				code: 'cells-beyond-limit',
				count: parser.cellsBeyond,
				detail: String(MAX_COLUMNS)
			});
		}
	} catch (e) {
		if (e instanceof XlsxError) {
			if (e.code === 'too-large' && e.message === 'columns') return parsed;
			return fail(e.code, e.message);
		}
		throw e;
	}
	parsed.rows = (
		await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${ident(parsed.table)}`)
	).n;
	if (parsed.rows === 0)
		parsed.issues.push({ file: meta.name, severity: 'error', code: 'no-rows' });
	parsed.timings.total = performance.now() - t0;
	return parsed;
}

// One entry point for every input file: sniff the content, then read it with the right reader
// into its raw table. Always resolves with a ParsedFile; problems are in its issues.

import type { Db } from '$lib/engine/sql';
import { readDelimited, type FileMeta, type ReadOptions } from './delimited';
import { readJsonArray, readNdjson } from './json';
import { readParquetFile, type ParquetReader } from './parquet';
import { emptyParsed, type ParsedFile } from './raw';
import { sniffFormat } from './sniff';
import { readXlsx } from './xlsx/read-xlsx';

export interface ReadFileOptions extends ReadOptions {
	parquet: ParquetReader;
	/** XLSX: the sheet to read. */
	sheet?: string;
}

/** Reads any supported file into `raw_f<fileId>`. */
export async function readFile(
	db: Db,
	file: Blob,
	meta: FileMeta,
	opts: ReadFileOptions
): Promise<ParsedFile> {
	const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
	const sniffed = sniffFormat(head);
	switch (sniffed.kind) {
		case 'xlsx':
			return readXlsx(db, file, meta, opts);
		case 'parquet':
			return readParquetFile(db, opts.parquet, file, meta, opts);
		case 'text':
			if (sniffed.format === 'json')
				return readJsonArray(db, file, meta, sniffed.encoding.encoding, opts);
			if (sniffed.format === 'ndjson')
				return readNdjson(db, file, meta, sniffed.encoding.encoding, opts);
			return readDelimited(db, file, meta, opts);
		case 'empty':
			return refused(file, meta, 'empty-file');
		case 'unsupported':
			return refused(file, meta, 'unsupported-format', sniffed.format);
	}
}

function refused(
	file: Blob,
	meta: FileMeta,
	code: 'empty-file' | 'unsupported-format',
	detail?: string
): ParsedFile {
	const parsed = emptyParsed(file, meta, 'csv', 'line');
	parsed.issues.push({ file: meta.name, severity: 'error', code, detail });
	return parsed;
}

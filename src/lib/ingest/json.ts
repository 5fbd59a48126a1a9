// JSON arrays of records and NDJSON (one record per line), parsed in JS: DuckDB's JSON reader
// is an extension it would download. Keys become columns (in order of first appearance);
// nested values are kept as JSON text.

import type { Db } from '$lib/engine/sql';
import { queryOne, sql, ident } from '$lib/engine/sql';
import { yieldToEventLoop } from '$lib/engine/yield';
import type { FileMeta, ReadOptions } from './delimited';
import type { TextEncoding } from './encoding';
import type { DataIssue } from './issues';
import { emptyParsed, type ParsedFile } from './raw';
import { RowSink } from './row-sink';

/** A JSON array is parsed whole; larger files must be NDJSON. */
export const MAX_JSON_ARRAY_BYTES = 512 * 1024 * 1024;
const SAMPLE_LIMIT = 5;

/** Text form of a JSON value in a cell. */
export function cellText(v: unknown): string | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
	return JSON.stringify(v);
}

/** Own keys of a record in order (Map-based, so "__proto__" is just a key). */
function recordEntries(v: unknown): [string, unknown][] | null {
	if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
	return Object.entries(v as Record<string, unknown>);
}

/** Line (1-based) of a character offset in text. */
function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

async function finishParsed(db: Db, parsed: ParsedFile, t0: number): Promise<ParsedFile> {
	if (parsed.columns.length > 0) {
		parsed.rows = (
			await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${ident(parsed.table)}`)
		).n;
	}
	if (parsed.rows === 0 && !parsed.issues.some((i) => i.severity === 'error')) {
		parsed.issues.push({ file: parsed.name, severity: 'error', code: 'no-rows' });
	}
	parsed.timings.total = performance.now() - t0;
	return parsed;
}

/**
 * Reads a JSON document: an array of records, or an object holding one (e.g. {"data": […]}).
 * Arrays of arrays read their first element as the header.
 */
export async function readJsonArray(
	db: Db,
	file: Blob,
	meta: FileMeta,
	encoding: TextEncoding,
	opts: ReadOptions = {}
): Promise<ParsedFile> {
	const t0 = performance.now();
	const parsed = emptyParsed(file, meta, 'json', 'record');
	const fail = (issue: Omit<DataIssue, 'file' | 'severity'>) => {
		parsed.issues.push({ file: meta.name, severity: 'error', ...issue });
		parsed.timings.total = performance.now() - t0;
		return parsed;
	};
	if (file.size > MAX_JSON_ARRAY_BYTES)
		return fail({ code: 'too-large', detail: String(MAX_JSON_ARRAY_BYTES) });
	const text = new TextDecoder(encoding).decode(await file.arrayBuffer());
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch (e) {
		const at = /position (\d+)/.exec(String(e))?.[1];
		return fail({
			code: 'corrupt-file',
			line: at ? lineAt(text, Number(at)) : undefined,
			detail: (e as Error).message
		});
	}
	let records: unknown[] | null = Array.isArray(doc) ? doc : null;
	if (!records && doc && typeof doc === 'object') {
		records = (Object.values(doc as Record<string, unknown>).find(
			(v) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object'
		) ?? null) as unknown[] | null;
	}
	if (!records) return fail({ code: 'unsupported-format', detail: 'json' });

	let header: string[];
	let rows: (string | null)[][];
	if (records.length > 0 && Array.isArray(records[0])) {
		header = (records[0] as unknown[]).map((v) => cellText(v) ?? '');
		rows = records.slice(1).map((r) => (Array.isArray(r) ? r.map(cellText) : [cellText(r)]));
	} else {
		const keys = new Map<string, number>();
		for (const r of records)
			for (const [k] of recordEntries(r) ?? []) if (!keys.has(k)) keys.set(k, keys.size);
		header = [...keys.keys()];
		rows = [];
		let bad = 0;
		let firstBad: number | null = null;
		records.forEach((r, i) => {
			const entries = recordEntries(r);
			if (!entries) {
				bad++;
				firstBad ??= i + 1;
				return;
			}
			const row: (string | null)[] = new Array(header.length).fill(null);
			for (const [k, v] of entries) row[keys.get(k)!] = cellText(v);
			rows.push(row);
		});
		if (bad > 0) {
			parsed.malformed = bad;
			parsed.issues.push({
				file: meta.name,
				severity: 'warning',
				code: 'malformed-rows',
				count: bad,
				line: firstBad ?? undefined
			});
		}
	}
	const sink = new RowSink(db, parsed, header);
	let n = 0;
	for (const row of rows) {
		await sink.add(++n, row);
		if (!sink.ok) return parsed;
		if (n % 20_000 === 0) {
			opts.signal?.throwIfAborted();
			opts.onProgress?.(file.size, n);
			if (sink.waiting) await yieldToEventLoop();
		}
	}
	parsed.timings.readWait = await sink.finish();
	return finishParsed(db, parsed, t0);
}

/** Streams lines of text from a file (JSON strings never contain raw line breaks). */
async function* lines(file: Blob, encoding: TextEncoding, signal?: AbortSignal) {
	const decoder = new TextDecoder(encoding);
	const reader = file.stream().getReader();
	let carry = '';
	let line = 0;
	let bytes = 0;
	try {
		for (;;) {
			signal?.throwIfAborted();
			const { done, value } = await reader.read();
			const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
			if (!done) bytes += value.length;
			const parts = (carry + text).split(/\r?\n|\r/);
			carry = done ? '' : parts.pop()!;
			// A final line break does not start another (blank) line.
			if (done && parts.at(-1) === '') parts.pop();
			for (const p of parts) yield { line: ++line, text: p, bytes };
			if (done) break;
		}
	} finally {
		await reader.cancel().catch(() => undefined);
	}
}

/** Reads NDJSON in two streaming passes: keys first, then rows. */
export async function readNdjson(
	db: Db,
	file: Blob,
	meta: FileMeta,
	encoding: TextEncoding,
	opts: ReadOptions = {}
): Promise<ParsedFile> {
	const t0 = performance.now();
	const parsed = emptyParsed(file, meta, 'ndjson', 'line');
	const keys = new Map<string, number>();
	const bad: number[] = [];
	const badSamples: string[] = [];
	for await (const { line, text } of lines(file, encoding, opts.signal)) {
		if (text.trim() === '') continue;
		let entries: [string, unknown][] | null;
		try {
			entries = recordEntries(JSON.parse(text));
		} catch {
			entries = null;
		}
		if (!entries) {
			bad.push(line);
			if (badSamples.length < SAMPLE_LIMIT) badSamples.push(`${line}: ${text.slice(0, 120)}`);
			continue;
		}
		for (const [k] of entries) if (!keys.has(k)) keys.set(k, keys.size);
	}
	if (bad.length > 0) {
		parsed.malformed = bad.length;
		parsed.issues.push({
			file: meta.name,
			severity: 'warning',
			code: 'malformed-rows',
			count: bad.length,
			line: bad[0],
			samples: badSamples
		});
	}
	const sink = new RowSink(db, parsed, [...keys.keys()]);
	const width = keys.size;
	let n = 0;
	for await (const { line, text, bytes } of lines(file, encoding, opts.signal)) {
		if (text.trim() === '') {
			parsed.skipped.blank++;
			continue;
		}
		let entries: [string, unknown][] | null;
		try {
			entries = recordEntries(JSON.parse(text));
		} catch {
			continue;
		}
		if (!entries) continue;
		const row: (string | null)[] = new Array(width).fill(null);
		for (const [k, v] of entries) row[keys.get(k)!] = cellText(v);
		await sink.add(line, row);
		if (!sink.ok) return parsed;
		if (++n % 20_000 === 0) {
			opts.onProgress?.(bytes, n);
			if (sink.waiting) await yieldToEventLoop();
		}
	}
	parsed.timings.readWait = await sink.finish();
	return finishParsed(db, parsed, t0);
}

/** First meaningful character of a text head: how a JSON file starts. */
export function jsonKind(headText: string): 'json' | 'ndjson' | null {
	const t = headText.replace(/^\uFEFF/, '').trimStart();
	if (t.startsWith('[')) return 'json';
	if (!t.startsWith('{')) return null;
	// NDJSON: the first line is a whole object and another object follows on a later line.
	const firstLine = t.split(/\r?\n/, 1)[0]!;
	try {
		JSON.parse(firstLine);
		return /\r?\n\s*\{/.test(t.slice(firstLine.length)) ? 'ndjson' : 'json';
	} catch {
		return 'json';
	}
}

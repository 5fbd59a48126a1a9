// Projects, worker side. The IndexedDB store lives here, beside DuckDB: a save streams table
// chunks from DuckDB into IndexedDB and an open streams them back, so the hundreds of megabytes
// of a large project never travel through the page. The engine worker owns the dataset state
// and passes it in; this module keeps which project is open and its last saved document.

import * as Comlink from 'comlink';
import { tableFromIPC, type Table, type TypeMap } from 'apache-arrow';
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { BackupRequest, DatasetSummary, ProjectUiState } from '$lib/engine/api';
import { InvalidRequestError, NoDataError } from '$lib/engine/errors';
import { sql, type Db, type SqlQuery } from '$lib/engine/sql';
import type { TableImportReport } from '$lib/ingest/apply';
import type { ParsedFile } from '$lib/ingest/raw';
import {
	defaultCleaningSettings,
	settingProblems,
	type CleaningSettings
} from '$lib/model/clean/settings';
import { loadSample } from '$lib/sample/load';
import {
	BACKUP_LIMITS,
	BackupError,
	exportBackupParts,
	importBackup,
	readBackup
} from '$lib/storage/backup';
import { emptyDoc, type ProjectDoc } from '$lib/storage/migrations';
import {
	StorageError,
	openProjectStore,
	type ProjectMeta,
	type ProjectStore,
	type StoredTable
} from '$lib/storage/projects';
import {
	restoreTables,
	snapshotChunks,
	tableSources,
	type TableSource
} from '$lib/storage/snapshot';

/** What the last file import produced (the engine's lineage input); null for sample data. */
export interface ImportLineage {
	files: ParsedFile[];
	tables: TableImportReport[];
}

/** The engine state a project save reads, taken at the moment its snapshot starts. */
export interface EngineData {
	settings: CleaningSettings | null;
	imported: ImportLineage | null;
	dataset: DatasetSummary | null;
}

let opening: Promise<ProjectStore> | null = null;

/** The store, opened once; a failure (private mode) is retried on the next call. */
export function projectStore(): Promise<ProjectStore> {
	opening ??= openProjectStore().catch((e: unknown) => {
		opening = null;
		throw e;
	});
	return opening;
}

/** The project whose data the engine holds, and its document as last saved or opened. */
let active: { id: string; doc: ProjectDoc } | null = null;

export const activeProjectId = () => active?.id ?? null;

export function activate(id: string, doc: ProjectDoc): void {
	active = { id, doc };
}

export function deactivate(id?: string): void {
	if (id === undefined || active?.id === id) active = null;
}

/** Uses another store (tests run the protocol on an in-memory backend). */
export function useProjectStore(store: ProjectStore | null): void {
	opening = store ? Promise.resolve(store) : null;
	active = null;
}

/** Runs `work` on a read-only view of the tables that no later change reaches. */
export type Snapshot = <T>(work: (db: Db) => Promise<T>) => Promise<T>;

/**
 * Snapshots on a second DuckDB connection inside a read transaction. DuckDB's MVCC gives it the
 * tables as they were when it began, so a save stays consistent even if an import or an open
 * replaces the tables while its chunks are still being written.
 */
export const snapshotOf =
	(duck: AsyncDuckDB): Snapshot =>
	(work) =>
		withSnapshot(duck, work);

async function withSnapshot<T>(duck: AsyncDuckDB, work: (db: Db) => Promise<T>): Promise<T> {
	const conn = await duck.connect();
	const refuse = async () => {
		throw new InvalidRequestError('the snapshot connection only reads');
	};
	const db: Db = {
		async query<R extends TypeMap>(q: SqlQuery): Promise<Table<R>> {
			if (q.params.length === 0) return (await conn.query(q.text)) as unknown as Table<R>;
			const stmt = await conn.prepare(q.text);
			try {
				return (await stmt.query(...q.params)) as unknown as Table<R>;
			} finally {
				await stmt.close();
			}
		},
		async run(text: string) {
			await conn.query(text);
		},
		registerFile: refuse,
		dropFile: refuse,
		insertArrow: refuse
	};
	try {
		await conn.query('BEGIN TRANSACTION');
		// DuckDB starts a transaction's snapshot on its first read: take it now.
		await db.query(sql`SELECT count(*) AS n FROM duckdb_tables()`);
		return await work(db);
	} finally {
		await conn.query('ROLLBACK').catch(() => undefined);
		await conn.close().catch(() => undefined);
	}
}

/**
 * The tables a project stores. Sample data is stored without them (it regenerates from its seed
 * on open, the same rows); imported data without raw PII unless the analyst chose to keep it.
 */
async function storedTables(db: Db, data: EngineData, clock: { ms: number }) {
	if (!data.dataset || data.dataset.source.kind === 'sample') return [];
	const sources = await tableSources(db, {
		dropPii: !(data.settings?.keepRawPii ?? false),
		salt: data.settings?.salt
	});
	return sources.map((t) => ({ ...t, chunks: timed(t.chunks, clock) }));
}

/** Chunks as they come, adding the time spent making them (DuckDB and Arrow) to `clock`. */
async function* timed(
	chunks: AsyncIterable<Uint8Array>,
	clock: { ms: number }
): AsyncGenerator<Uint8Array> {
	const it = chunks[Symbol.asyncIterator]();
	for (;;) {
		const t0 = performance.now();
		const next = await it.next();
		clock.ms += performance.now() - t0;
		if (next.done) return;
		yield next.value;
	}
}

/**
 * A save's timings in the worker's performance timeline (`npm run bench` reads them): the
 * whole write and the part spent making chunks; the rest is checksums and IndexedDB.
 */
function measureWrite(start: number, clock: { ms: number }, meta: ProjectMeta) {
	performance.measure('parcellens:project-write', {
		start,
		end: performance.now(),
		detail: { snapshotMs: clock.ms, bytes: meta.bytes }
	});
}

/** The document to store: the page's part, the engine's settings and lineage, older extras kept. */
function composeDoc(base: ProjectDoc, data: EngineData, ui: ProjectUiState): ProjectDoc {
	return {
		settings: {
			cleaning: data.settings ?? base.settings.cleaning,
			value: ui.value ?? base.settings.value,
			import: base.settings.import
		},
		mappings: ui.mappings ?? base.mappings,
		report: ui.report === undefined ? base.report : ui.report,
		imported: data.dataset?.source.kind === 'files' ? data.imported : null,
		extras: { ...base.extras, ...ui.extras }
	};
}

/** JSON with object keys sorted, so equal documents compare equal whatever their key order. */
function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		typeof v === 'object' && v !== null && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

/** The page's part of a stored document (what it hands back to the registered workspaces). */
export function uiState(doc: ProjectDoc): ProjectUiState {
	return {
		value: doc.settings.value,
		report: doc.report,
		extras: doc.extras,
		mappings: doc.mappings
	};
}

/** Saves the loaded data as a new project, which becomes the open one. */
export async function createProject(
	snapshot: Snapshot,
	read: () => EngineData,
	name: string,
	ui: ProjectUiState
): Promise<{ meta: ProjectMeta; doc: ProjectDoc }> {
	const store = await projectStore();
	return snapshot(async (db) => {
		const data = read();
		if (!data.dataset) throw new NoDataError();
		const doc = composeDoc(emptyDoc(), data, ui);
		const start = performance.now();
		const clock = { ms: 0 };
		const meta = await store.create(name, {
			doc,
			datasetSummary: data.dataset,
			tables: await storedTables(db, data, clock)
		});
		measureWrite(start, clock, meta);
		activate(meta.id, doc);
		return { meta, doc };
	});
}

/** Saves the open project: its document, and with `tables` its data too. */
export async function saveProject(
	snapshot: Snapshot,
	read: () => EngineData,
	id: string,
	ui: ProjectUiState,
	opts: { tables: boolean }
): Promise<ProjectMeta> {
	const base = active;
	if (base?.id !== id) throw new InvalidRequestError(`project ${id} is not open`);
	const store = await projectStore();
	const write = async (db: Db | null) => {
		const data = read();
		const doc = composeDoc(base.doc, data, ui);
		// Autosave may fire when nothing changed (a page reloading its state): no new version then.
		if (!db && stableJson(doc) === stableJson(base.doc)) return store.get(id);
		const start = performance.now();
		const clock = { ms: 0 };
		const meta = await store.save(id, doc, {
			datasetSummary: data.dataset,
			...(db ? { tables: await storedTables(db, data, clock) } : {})
		});
		if (db) measureWrite(start, clock, meta);
		if (active?.id === id) active = { id, doc };
		return meta;
	};
	return opts.tables ? snapshot(write) : write(null);
}

/** Rows per table read to estimate a save's size. */
const ESTIMATE_ROWS = 20_000;

/** About how many bytes a save with tables writes now: each table's first rows, scaled. */
export async function estimateSaveBytes(db: Db, data: EngineData): Promise<number> {
	let total = 64 * 1024;
	if (!data.dataset || data.dataset.source.kind === 'sample') return total;
	const opts = { dropPii: !(data.settings?.keepRawPii ?? false), salt: data.settings?.salt };
	for (const t of await tableSources(db, opts)) {
		const chunks = snapshotChunks(db, t.name, { ...opts, chunkRows: ESTIMATE_ROWS });
		const first = await chunks.next();
		await chunks.return(undefined);
		if (first.done) continue;
		const rows = tableFromIPC(first.value).numRows;
		total += rows > 0 ? (first.value.length / rows) * t.rows : first.value.length;
	}
	return Math.ceil(total);
}

/** Stops an iteration of chunks once the job is cancelled (the swap then never happens). */
async function* abortable(
	chunks: AsyncIterable<Uint8Array>,
	signal: AbortSignal
): AsyncGenerator<Uint8Array> {
	for await (const chunk of chunks) {
		signal.throwIfAborted();
		yield chunk;
	}
}

/** A saved project opened into the engine's tables (cleaning is the caller's next step). */
export interface RestoredProject {
	meta: ProjectMeta;
	doc: ProjectDoc;
	migratedFrom: number | null;
	dataset: DatasetSummary;
	settings: CleaningSettings;
	imported: ImportLineage | null;
	restoreMs: number;
}

/**
 * Replaces every table in the engine with a saved project's. Everything that can be checked is
 * checked before the swap (settings, data present), and the swap itself is all or nothing.
 */
export async function restoreProject(
	db: Db,
	id: string,
	fallback: CleaningSettings,
	signal: AbortSignal
): Promise<RestoredProject> {
	const t0 = performance.now();
	const store = await projectStore();
	const p = await store.open(id);
	const dataset = p.meta.datasetSummary;
	if (!dataset) throw new StorageError('corrupt', `${id}: no data saved`);
	const settings = cleaningSettings(p.doc.settings.cleaning, fallback);
	const sample = dataset.source.kind === 'sample' ? dataset.source : null;
	if (!sample && !p.tables.some((t) => t.name === 'src_waybills'))
		throw new StorageError('corrupt', `${id}: no waybills saved`);
	signal.throwIfAborted();
	if (sample && p.tables.length === 0) {
		// Every table goes (the previous project's too), then the seed makes the same rows again.
		await restoreTables(db, [], { replaceAll: true });
		await loadSample(db, { seed: sample.seed, waybills: sample.size, signal });
	} else {
		const sources: TableSource[] = p.tables.map((t: StoredTable) => ({
			name: t.name,
			rows: t.rows,
			chunks: abortable(t.chunks, signal)
		}));
		await restoreTables(db, sources, { replaceAll: true });
	}
	return {
		meta: p.meta,
		doc: p.doc,
		migratedFrom: p.migratedFrom,
		dataset,
		settings,
		imported: lineageOf(p.doc.imported),
		restoreMs: performance.now() - t0
	};
}

/**
 * The saved cleaning settings over the defaults (a document from an older version may lack a
 * newer field); refused when they cannot be applied, before any table is replaced.
 */
function cleaningSettings(
	saved: CleaningSettings | null,
	fallback: CleaningSettings
): CleaningSettings {
	if (!saved) return fallback;
	const merged = { ...defaultCleaningSettings(fallback.today, fallback.salt), ...saved };
	const problems = settingProblems(merged);
	if (problems.length > 0 || !Array.isArray(merged.testAccounts))
		throw new StorageError('corrupt', `cleaning settings: ${problems.join(', ')}`);
	return merged;
}

/** The saved import lineage when it has the shape lineage needs (a backup is untrusted). */
function lineageOf(value: unknown): ImportLineage | null {
	if (typeof value !== 'object' || value === null) return null;
	const { files, tables } = value as Partial<ImportLineage>;
	return Array.isArray(files) && Array.isArray(tables) ? { files, tables } : null;
}

/**
 * A saved project as a backup file. The stored tables are used as they are (already without raw
 * PII unless the analyst kept it); only a project that keeps raw PII is snapshotted again from
 * the engine, which must therefore hold it.
 */
export async function exportProject(
	snapshot: Snapshot,
	id: string,
	opts: BackupRequest
): Promise<Uint8Array[]> {
	const store = await projectStore();
	const p = await store.open(id, { touch: false });
	const cleaning = p.doc.settings.cleaning;
	const write = (tables: readonly StoredTable[] | Awaited<ReturnType<typeof tableSources>>) =>
		exportBackupParts(
			{ meta: p.meta, doc: p.doc, tables },
			{ dropPii: opts.dropPii, appVersion: opts.appVersion, now: Date.now }
		);
	let parts: Uint8Array[];
	if (opts.dropPii && cleaning?.keepRawPii && p.tables.length > 0) {
		if (active?.id !== id) throw new StorageError('open-first', id);
		parts = await snapshot(async (db) =>
			write(await tableSources(db, { dropPii: true, salt: cleaning.salt }))
		);
	} else {
		parts = await write(p.tables);
	}
	// Parts may share a buffer; each buffer can be transferred once.
	const buffers = [...new Set(parts.map((x) => x.buffer as ArrayBuffer))];
	return Comlink.transfer(parts, buffers);
}

/** Creates a project from a backup file, after checking all of it. */
export async function importProject(file: Blob): Promise<ProjectMeta> {
	if (file.size > BACKUP_LIMITS.file) throw new BackupError('too-large', `${file.size} bytes`);
	const contents = readBackup(new Uint8Array(await file.arrayBuffer()));
	return importBackup(await projectStore(), contents);
}

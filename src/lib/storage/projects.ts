// Projects saved in the browser. A project is a head record (name, dates, size, and a pointer
// to its current generation) plus generations of parts: a manifest (the document and the list
// of table chunks) and the table chunks themselves (Arrow IPC, see snapshot.ts).
//
// Saving is atomic: a new generation is written beside the current one, then one transaction
// checks that it is complete and flips the head's pointer. A crash or a closed tab before the
// flip leaves the previous generation in force; after it, the old generation is deleted, and
// whatever a crash left behind is swept when the project is next opened.
//
// The protocol runs on a small `StorageBackend`; `openIdbBackend` is the IndexedDB one (Blobs
// in IndexedDB work in Chromium, Firefox and Safari alike; OPFS writes do not in Safari).

import { openDB, type IDBPDatabase } from 'idb';
import type { DatasetSummary } from '$lib/engine/api';
import type { zh as storageMessages } from '$lib/i18n/messages/areas/storage';
import type { BackupErrorCode } from './backup';
import { CURRENT_SCHEMA, emptyDoc, migrateDoc, type ProjectDoc } from './migrations';

export type StorageMessageKey = keyof typeof storageMessages;

export { CURRENT_SCHEMA, emptyDoc, type ProjectDoc } from './migrations';

/** What the projects list shows. Times are epoch milliseconds. */
export interface ProjectMeta {
	id: string;
	name: string;
	createdAt: number;
	openedAt: number | null;
	savedAt: number | null;
	backedUpAt: number | null;
	/** Bytes the current version occupies (tables and document). */
	bytes: number;
	schemaVersion: number;
	/** Saves so far; +1 on every save. */
	version: number;
	datasetSummary: DatasetSummary | null;
}

/** The stored head of a project. */
export interface ProjectHead {
	id: string;
	meta: ProjectMeta;
	/** The generation whose manifest is the project's current version. */
	generation: string;
	/** Generations the current version uses (its own, and older ones whose tables it reuses). */
	live: string[];
}

/**
 * The storage the protocol needs. Parts are addressed by (project, generation, part name);
 * `commit` is the one atomic step.
 */
export interface StorageBackend {
	heads(): Promise<ProjectHead[]>;
	head(id: string): Promise<ProjectHead | undefined>;
	/**
	 * Reads a head and writes what `change` returns (null deletes it, undefined leaves it) in one
	 * transaction. With `require`, nothing is written unless that generation holds at least that
	 * many parts (StorageError 'incomplete'). `change` runs inside the transaction: synchronous, no I/O.
	 */
	commit(
		id: string,
		change: (current: ProjectHead | undefined) => ProjectHead | null | undefined,
		require?: { generation: string; parts: number }
	): Promise<void>;
	putPart(id: string, generation: string, part: string, data: Uint8Array): Promise<void>;
	getPart(id: string, generation: string, part: string): Promise<Uint8Array | undefined>;
	/** Generations holding parts: of one project, or of all projects. */
	generations(id?: string): Promise<{ id: string; generation: string }[]>;
	deleteGeneration(id: string, generation: string): Promise<void>;
}

/** A table to save: its chunks may be produced lazily, one at a time (snapshotChunks). */
export interface TableInput {
	name: string;
	rows: number;
	chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
}

/** A saved table as open() returns it; its chunks are read (and checked) as they are iterated. */
export interface StoredTable {
	name: string;
	rows: number;
	bytes: number;
	chunks: AsyncIterable<Uint8Array>;
}

export interface OpenedProject {
	meta: ProjectMeta;
	doc: ProjectDoc;
	tables: StoredTable[];
	/** The schema the document was saved with, when it had to be migrated. */
	migratedFrom: number | null;
}

interface ChunkInfo {
	bytes: number;
	crc: number;
}

interface ManifestTable {
	name: string;
	rows: number;
	/** The generation holding the chunks (an older one when only the document changed). */
	generation: string;
	chunks: ChunkInfo[];
}

interface Manifest {
	schemaVersion: number;
	savedAt: number;
	doc: unknown;
	tables: ManifestTable[];
}

// ---------------------------------------------------------------------------------- errors

export type StorageErrorCode =
	| 'full'
	| 'not-found'
	| 'conflict'
	| 'corrupt'
	| 'incomplete'
	| 'unavailable'
	| 'invalid'
	/** The request needs the project's data loaded in the engine (open it first). */
	| 'open-first';

/**
 * A storage failure the UI words by `code` (see the storage i18n area). The class name travels
 * over Comlink; the code is also the start of the message.
 */
export class StorageError extends Error {
	override name = 'StorageError';
	constructor(
		readonly code: StorageErrorCode,
		detail = ''
	) {
		super(detail ? `${code}: ${detail}` : code);
	}
}

/** The browser refused the write for lack of space. The previous version is intact. */
export class StorageFullError extends StorageError {
	override name = 'StorageFullError';
	constructor(
		detail = '',
		readonly cause?: unknown
	) {
		super('full', detail);
	}
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * True for a quota failure however it arrives: a QuotaExceededError, or an AbortError (the
 * aborted request or transaction) whose `error`, `cause` or `target.error` is one.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
	if (typeof e !== 'object' || e === null || depth > 4) return false;
	const x = e as { name?: unknown; code?: unknown; message?: unknown };
	const name = typeof x.name === 'string' ? x.name : '';
	if (QUOTA_NAMES.has(name) || (name !== '' && x.code === 22)) return true;
	if (
		(name === 'AbortError' || name === 'UnknownError') &&
		typeof x.message === 'string' &&
		/quota/i.test(x.message)
	)
		return true;
	const inner = e as { error?: unknown; cause?: unknown; target?: { error?: unknown } | null };
	return [inner.error, inner.cause, inner.target?.error].some((c) => isQuotaError(c, depth + 1));
}

/** The error to surface for a failure during a write (quota errors become StorageFullError). */
function storageError(e: unknown, ...context: unknown[]): unknown {
	if (e instanceof StorageError) return e;
	if ([e, ...context].some((x) => isQuotaError(x))) {
		const message = e instanceof Error ? e.message : String(e);
		return new StorageFullError(message, e);
	}
	return e;
}

const STORAGE_CODES: readonly StorageErrorCode[] = [
	'full',
	'not-found',
	'conflict',
	'corrupt',
	'incomplete',
	'unavailable',
	'invalid',
	'open-first'
];
const BACKUP_CODES: readonly BackupErrorCode[] = [
	'not-a-backup',
	'too-large',
	'unexpected-entry',
	'missing-entry',
	'corrupt',
	'newer-format',
	'newer-schema',
	'invalid'
];

const nameOf = (e: unknown) =>
	typeof e === 'object' && e !== null && typeof (e as Error).name === 'string'
		? (e as Error).name
		: '';

/** The code of an error of ours: its `code`, or the start of its message after Comlink. */
function codeOf<C extends string>(e: unknown, codes: readonly C[]): C | null {
	const x = e as { code?: unknown; message?: unknown };
	const raw =
		typeof x.code === 'string'
			? x.code
			: typeof x.message === 'string'
				? x.message.split(':')[0]
				: '';
	return codes.find((c) => c === raw) ?? null;
}

/**
 * The message for a storage, backup or migration failure, also after it crossed the worker
 * boundary (Comlink keeps only name and message). Null for errors that are not ours.
 */
export function storageFailureKey(e: unknown): StorageMessageKey | null {
	switch (nameOf(e)) {
		case 'StorageFullError':
			return 'storage.error.full';
		case 'StorageError': {
			const code = codeOf(e, STORAGE_CODES);
			return code ? `storage.error.${code}` : 'storage.error.corrupt';
		}
		case 'BackupError': {
			const code = codeOf(e, BACKUP_CODES);
			return code ? `storage.backup.error.${code}` : 'storage.backup.error.invalid';
		}
		case 'MigrationError':
			return codeOf(e, ['newer'] as const) ? 'storage.error.newer' : 'storage.error.migration';
		case 'SnapshotError':
			return 'storage.error.corrupt';
	}
	return isQuotaError(e) ? 'storage.error.full' : null;
}

// ---------------------------------------------------------------------------------- checksums

const CRC_TABLE = (() => {
	const t = new Uint32Array(256 * 8);
	for (let i = 0; i < 256; i++) {
		let c = i;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[i] = c >>> 0;
	}
	for (let i = 0; i < 256; i++)
		for (let s = 1; s < 8; s++) {
			const prev = t[(s - 1) * 256 + i]!;
			t[s * 256 + i] = (prev >>> 8) ^ t[prev & 255]!;
		}
	return t;
})();

/** CRC-32 (the zip one), slicing by 8: ~1 GB/s in V8, so checking 300 MB costs ~0.3 s. */
export function crc32(data: Uint8Array): number {
	const t = CRC_TABLE;
	let c = -1;
	let i = 0;
	for (const end = data.length - 8; i <= end; i += 8) {
		const a = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) ^ c;
		const b = data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24);
		c =
			t[1792 + (a & 255)]! ^
			t[1536 + ((a >>> 8) & 255)]! ^
			t[1280 + ((a >>> 16) & 255)]! ^
			t[1024 + (a >>> 24)]! ^
			t[768 + (b & 255)]! ^
			t[512 + ((b >>> 8) & 255)]! ^
			t[256 + ((b >>> 16) & 255)]! ^
			t[b >>> 24]!;
	}
	for (; i < data.length; i++) c = t[(c ^ data[i]!) & 255]! ^ (c >>> 8);
	return (c ^ -1) >>> 0;
}

// ---------------------------------------------------------------------------------- the store

const MANIFEST = 'manifest';
/** Table names are SQL identifiers of our own (src_waybills…); anything else is refused. */
const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** An unreferenced generation younger than this may be a save still running in another tab. */
export const ORPHAN_GRACE_MS = 15 * 60_000;

const chunkPart = (table: string, index: number) => `t/${table}/${index}`;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Generation ids start with their creation time, so a sweep can tell stale from in-flight. */
const generationTime = (generation: string) => parseInt(generation.split('-')[0] ?? '', 36);

function randomId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ProjectStoreOptions {
	/** The clock (injected so tests are deterministic). */
	now?: () => number;
	/** Random ids (injected in tests). */
	random?: () => string;
}

/** What create() (and importBackup) may start a project with. */
export interface ProjectInit {
	doc?: ProjectDoc;
	tables?: readonly TableInput[];
	datasetSummary?: DatasetSummary | null;
	backedUpAt?: number | null;
}

export class ProjectStore {
	private readonly now: () => number;
	private readonly random: () => string;
	/** Writes to one project run one after another (autosave fires often). */
	private readonly queues = new Map<string, Promise<unknown>>();

	constructor(
		private readonly backend: StorageBackend,
		opts: ProjectStoreOptions = {}
	) {
		this.now = opts.now ?? Date.now;
		this.random = opts.random ?? randomId;
	}

	/** All projects, the most recently used first. */
	async list(): Promise<ProjectMeta[]> {
		const heads = await this.backend.heads();
		const used = (m: ProjectMeta) => Math.max(m.openedAt ?? 0, m.savedAt ?? 0, m.createdAt);
		return heads
			.map((h) => h.meta)
			.sort((a, b) => used(b) - used(a) || a.name.localeCompare(b.name));
	}

	async get(id: string): Promise<ProjectMeta> {
		return (await this.requireHead(id)).meta;
	}

	/** A new project, written completely before it appears in the list. */
	async create(name: string, init: ProjectInit = {}): Promise<ProjectMeta> {
		const id = `p-${this.random()}`;
		const now = this.now();
		const meta: ProjectMeta = {
			id,
			name: checkName(name),
			createdAt: now,
			openedAt: null,
			savedAt: null,
			backedUpAt: init.backedUpAt ?? null,
			bytes: 0,
			schemaVersion: CURRENT_SCHEMA,
			version: 1,
			datasetSummary: init.datasetSummary ?? null
		};
		return this.writeVersion(id, null, init.doc ?? emptyDoc(), init.tables ?? [], meta);
	}

	async rename(id: string, name: string): Promise<ProjectMeta> {
		const checked = checkName(name);
		return this.updateMeta(id, (m) => ({ ...m, name: checked }));
	}

	/** Records a backup export (the "not backed up for a while" warning counts from here). */
	async markBackedUp(id: string): Promise<ProjectMeta> {
		const now = this.now();
		return this.updateMeta(id, (m) => ({ ...m, backedUpAt: now }));
	}

	/** A copy under a new id; its parts are copied one at a time. */
	async duplicate(id: string, name: string): Promise<ProjectMeta> {
		const head = await this.requireHead(id);
		const manifest = await this.manifest(head);
		const source = head.meta;
		return this.create(name, {
			doc: migrateDoc(manifest.doc, manifest.schemaVersion),
			datasetSummary: source.datasetSummary,
			tables: manifest.tables.map((t) => ({
				name: t.name,
				rows: t.rows,
				chunks: this.readChunks(id, t)
			}))
		});
	}

	/** Deletes a project: the head first (it vanishes at once), then its parts. */
	async remove(id: string): Promise<void> {
		await this.serial(id, async () => {
			await this.backend.commit(id, () => null);
			for (const g of await this.backend.generations(id))
				await this.backend.deleteGeneration(id, g.generation);
		});
	}

	/**
	 * Opens a project: its document (migrated to the current schema) and its tables, read lazily.
	 * Records the time and sweeps parts a crash left behind.
	 */
	async open(id: string, opts: { touch?: boolean } = {}): Promise<OpenedProject> {
		const head = await this.requireHead(id);
		const manifest = await this.manifest(head);
		const doc = migrateDoc(manifest.doc, manifest.schemaVersion);
		const now = this.now();
		// `touch: false` reads without counting as a visit (a backup export of a listed project).
		// Best effort: a full disk must not stop the analyst from opening their work.
		const meta =
			opts.touch === false
				? head.meta
				: await this.updateMeta(id, (m) => ({ ...m, openedAt: now })).catch(() => head.meta);
		await this.sweep(id).catch(() => undefined);
		return {
			meta,
			doc,
			migratedFrom: manifest.schemaVersion === CURRENT_SCHEMA ? null : manifest.schemaVersion,
			tables: manifest.tables.map((t) => ({
				name: t.name,
				rows: t.rows,
				bytes: t.chunks.reduce((n, c) => n + c.bytes, 0),
				chunks: this.readChunks(id, t)
			}))
		};
	}

	/**
	 * Saves a new version: the document, and the tables when given (without tables the
	 * current ones are kept, so a settings change does not rewrite the data). Atomic: on any
	 * failure the previous version stays in force and this version's parts are removed.
	 */
	async save(
		id: string,
		doc: ProjectDoc,
		opts: { tables?: readonly TableInput[]; datasetSummary?: DatasetSummary | null } = {}
	): Promise<ProjectMeta> {
		return this.serial(id, async () => {
			const base = await this.requireHead(id);
			const tables = opts.tables ?? (await this.manifest(base)).tables;
			const meta = {
				...base.meta,
				...(opts.datasetSummary !== undefined ? { datasetSummary: opts.datasetSummary } : {})
			};
			return this.writeVersion(id, base, doc, tables, meta);
		});
	}

	/** Removes generations no head references: a crashed save, a half-deleted project. */
	async sweep(id?: string, opts: { force?: boolean } = {}): Promise<number> {
		const now = this.now();
		const heads = new Map((await this.backend.heads()).map((h) => [h.id, h]));
		let removed = 0;
		for (const g of await this.backend.generations(id)) {
			if (heads.get(g.id)?.live.includes(g.generation)) continue;
			const age = now - generationTime(g.generation);
			if (!opts.force && !(age > ORPHAN_GRACE_MS)) continue;
			await this.backend.deleteGeneration(g.id, g.generation);
			removed++;
		}
		return removed;
	}

	// -------------------------------------------------------------------------------- internals

	/**
	 * Writes a generation (chunks, then the manifest), then flips the head to it. `base` null
	 * creates the project; otherwise the flip only happens if nobody saved since `base`.
	 */
	private async writeVersion(
		id: string,
		base: ProjectHead | null,
		doc: ProjectDoc,
		tables: readonly (TableInput | ManifestTable)[],
		meta: ProjectMeta
	): Promise<ProjectMeta> {
		const now = this.now();
		const generation = `${now.toString(36)}-${this.random()}`;
		let flipped = false;
		let committed: ProjectHead | null = null;
		/** The chunk write in flight (see below). */
		let writing: Promise<void> = Promise.resolve();
		try {
			let parts = 0;
			const saved: ManifestTable[] = [];
			const names = new Set<string>();
			for (const t of tables) {
				if (!TABLE_NAME.test(t.name) || names.has(t.name))
					throw new StorageError('invalid', `table name ${JSON.stringify(t.name)}`);
				names.add(t.name);
				if ('generation' in t) {
					saved.push(t);
					continue;
				}
				const chunks: ChunkInfo[] = [];
				// One write in flight while the next chunk is produced: the snapshot (DuckDB) and
				// the write (the browser's storage) overlap, and at most two chunks are in memory.
				for await (const chunk of t.chunks) {
					const part = chunkPart(t.name, chunks.length);
					chunks.push({ bytes: chunk.length, crc: crc32(chunk) });
					await writing;
					writing = this.backend.putPart(id, generation, part, chunk);
					// Awaited on the next turn; a failure meanwhile is not "unhandled".
					writing.catch(() => undefined);
				}
				await writing;
				parts += chunks.length;
				saved.push({ name: t.name, rows: t.rows, generation, chunks });
			}
			const manifest: Manifest = {
				schemaVersion: CURRENT_SCHEMA,
				savedAt: now,
				doc,
				tables: saved
			};
			const bytes = encoder.encode(JSON.stringify(manifest));
			await this.backend.putPart(id, generation, MANIFEST, bytes);
			parts++;
			const live = [...new Set([generation, ...saved.map((t) => t.generation)])];
			const next: ProjectHead = {
				id,
				generation,
				live,
				meta: {
					...meta,
					schemaVersion: CURRENT_SCHEMA,
					savedAt: now,
					bytes: bytes.length + saved.reduce((n, t) => n + sumBytes(t.chunks), 0)
				}
			};
			await this.backend.commit(
				id,
				(current) => {
					if (!base) {
						if (current) throw new StorageError('conflict', `${id} exists`);
						committed = next;
					} else {
						if (!current) throw new StorageError('not-found', id);
						if (current.generation !== base.generation) throw new StorageError('conflict', id);
						// Name and backup time may have changed meanwhile (rename in another tab).
						committed = {
							...next,
							meta: {
								...next.meta,
								name: current.meta.name,
								backedUpAt: current.meta.backedUpAt,
								openedAt: current.meta.openedAt,
								version: current.meta.version + 1
							}
						};
					}
					return committed;
				},
				{ generation, parts }
			);
			flipped = true;
		} catch (e) {
			if (!flipped) {
				// A write still landing after the delete would leave an orphan part behind.
				await writing.catch(() => undefined);
				await this.backend.deleteGeneration(id, generation).catch(() => undefined);
			}
			throw storageError(e);
		}
		const done = committed as unknown as ProjectHead;
		// The previous version is unreachable now; free its space. What a crash here leaves
		// behind is swept on the next open.
		for (const g of base?.live ?? [])
			if (!done.live.includes(g)) await this.backend.deleteGeneration(id, g).catch(() => undefined);
		return done.meta;
	}

	private async updateMeta(
		id: string,
		change: (m: ProjectMeta) => ProjectMeta
	): Promise<ProjectMeta> {
		let out: ProjectMeta | null = null;
		try {
			await this.backend.commit(id, (current) => {
				if (!current) throw new StorageError('not-found', id);
				out = change(current.meta);
				return { ...current, meta: out };
			});
		} catch (e) {
			throw storageError(e);
		}
		return out as unknown as ProjectMeta;
	}

	private async requireHead(id: string): Promise<ProjectHead> {
		const head = await this.backend.head(id);
		if (!head) throw new StorageError('not-found', id);
		return head;
	}

	private async manifest(head: ProjectHead): Promise<Manifest> {
		const bytes = await this.backend.getPart(head.id, head.generation, MANIFEST);
		if (!bytes) throw new StorageError('corrupt', `${head.id}: manifest missing`);
		let parsed: unknown;
		try {
			parsed = JSON.parse(decoder.decode(bytes));
		} catch {
			throw new StorageError('corrupt', `${head.id}: manifest unreadable`);
		}
		return checkManifest(parsed, head.id);
	}

	private async *readChunks(id: string, table: ManifestTable): AsyncGenerator<Uint8Array> {
		const read = (i: number) => {
			const data = this.backend.getPart(id, table.generation, chunkPart(table.name, i));
			data.catch(() => undefined);
			return data;
		};
		// The next chunk is read while the caller works on this one (DuckDB inserting it).
		let next = table.chunks.length > 0 ? read(0) : null;
		for (const [i, info] of table.chunks.entries()) {
			const data = await next;
			next = i + 1 < table.chunks.length ? read(i + 1) : null;
			if (!data) throw new StorageError('corrupt', `${table.name} chunk ${i} missing`);
			if (data.length !== info.bytes || crc32(data) !== info.crc)
				throw new StorageError('corrupt', `${table.name} chunk ${i} damaged`);
			yield data;
		}
	}

	private serial<T>(id: string, run: () => Promise<T>): Promise<T> {
		const previous = this.queues.get(id) ?? Promise.resolve();
		const next = previous.then(run, run);
		const settled = next.catch(() => undefined);
		this.queues.set(id, settled);
		void settled.then(() => {
			if (this.queues.get(id) === settled) this.queues.delete(id);
		});
		return next;
	}
}

const sumBytes = (chunks: readonly ChunkInfo[]) => chunks.reduce((n, c) => n + c.bytes, 0);

/** Names are shown, not parsed: trimmed, non-empty, of a sane length. */
function checkName(name: string): string {
	const trimmed = typeof name === 'string' ? name.trim() : '';
	if (trimmed === '' || trimmed.length > 200) throw new StorageError('invalid', 'project name');
	return trimmed;
}

function checkManifest(m: unknown, id: string): Manifest {
	const bad = (what: string) => new StorageError('corrupt', `${id}: manifest ${what}`);
	if (typeof m !== 'object' || m === null) throw bad('shape');
	const x = m as Partial<Manifest>;
	if (!Number.isInteger(x.schemaVersion)) throw bad('schema version');
	if (!Array.isArray(x.tables)) throw bad('tables');
	for (const t of x.tables as unknown[]) {
		const table = t as Partial<ManifestTable>;
		if (
			typeof table.name !== 'string' ||
			!TABLE_NAME.test(table.name) ||
			typeof table.generation !== 'string' ||
			!Number.isInteger(table.rows) ||
			!Array.isArray(table.chunks) ||
			table.chunks.some((c) => !Number.isInteger(c?.bytes) || !Number.isInteger(c?.crc))
		)
			throw bad('table');
	}
	return x as Manifest;
}

// ---------------------------------------------------------------------------------- quota

export interface StorageUsage {
	usage: number;
	quota: number;
	/** Whether the browser promised not to evict this origin's data (null: cannot tell). */
	persisted: boolean | null;
}

type StorageManagerLike = Pick<StorageManager, 'estimate'> &
	Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

const storageManager = (): StorageManagerLike | null =>
	typeof navigator !== 'undefined' && typeof navigator.storage?.estimate === 'function'
		? navigator.storage
		: null;

/** Usage and quota of this origin; null where the browser does not say (old Safari, http). */
export async function estimate(
	storage: StorageManagerLike | null = storageManager()
): Promise<StorageUsage | null> {
	if (!storage) return null;
	try {
		const e = await storage.estimate();
		if (typeof e.usage !== 'number' || typeof e.quota !== 'number') return null;
		const persisted = storage.persisted ? await storage.persisted().catch(() => null) : null;
		return { usage: e.usage, quota: e.quota, persisted };
	} catch {
		return null;
	}
}

/**
 * Asks the browser not to evict this origin's data under storage pressure. Chromium decides
 * silently (engagement, installed app); Firefox asks the user; false where unsupported.
 */
export async function requestPersistence(
	storage: StorageManagerLike | null = storageManager()
): Promise<boolean> {
	if (!storage?.persist) return false;
	try {
		if (storage.persisted && (await storage.persisted())) return true;
		return await storage.persist();
	} catch {
		return false;
	}
}

/** Headroom kept free: browsers round usage, and IndexedDB adds overhead per record. */
const MARGIN = (bytes: number) => Math.max(16 * 2 ** 20, bytes * 0.1);

/**
 * Whether `bytes` more would fit (a save writes the new version before the old one goes, so
 * pass the full size of the new version). null: the browser does not say.
 */
export async function wouldFit(
	bytes: number,
	storage: StorageManagerLike | null = storageManager()
): Promise<boolean | null> {
	const e = await estimate(storage);
	if (!e) return null;
	return e.quota - e.usage >= bytes + MARGIN(bytes);
}

// ---------------------------------------------------------------------------------- IndexedDB

export const PROJECTS_DB = 'parcellens-projects';
const PROJECTS_DB_VERSION = 1;

type PartKey = [string, string, string];

interface ProjectsSchema {
	heads: { key: string; value: ProjectHead };
	parts: { key: PartKey; value: Blob };
}

/** Waits for a transaction; a failure is mapped with the transaction's own error in view. */
async function settle<T>(
	tx: { done: Promise<void>; error: DOMException | null },
	work: Promise<T>
): Promise<T> {
	try {
		const [result] = await Promise.all([work, tx.done]);
		return result;
	} catch (e) {
		throw storageError(e, tx.error);
	}
}

/** Keys of one generation ([id, gen, …]); `[]` sorts after every string. */
const generationRange = (id: string, generation: string) =>
	IDBKeyRange.bound([id, generation], [id, generation, []]);
const projectRange = (id: string) => IDBKeyRange.bound([id], [id, []]);

/** The store on IndexedDB; StorageError 'unavailable' where the browser refuses storage. */
export async function openProjectStore(opts: ProjectStoreOptions = {}): Promise<ProjectStore> {
	const backend = await openIdbBackend();
	if (!backend) throw new StorageError('unavailable', 'IndexedDB');
	return new ProjectStore(backend, opts);
}

/** The IndexedDB backend; null where IndexedDB is unavailable (some private modes). */
export async function openIdbBackend(): Promise<StorageBackend | null> {
	if (typeof indexedDB === 'undefined') return null;
	let db: IDBPDatabase<ProjectsSchema>;
	try {
		db = await openDB<ProjectsSchema>(PROJECTS_DB, PROJECTS_DB_VERSION, {
			upgrade(db, oldVersion) {
				if (oldVersion < 1) {
					db.createObjectStore('heads', { keyPath: 'id' });
					db.createObjectStore('parts');
				}
			}
		});
	} catch {
		return null;
	}
	return idbBackend(db);
}

function idbBackend(db: IDBPDatabase<ProjectsSchema>): StorageBackend {
	return {
		async heads() {
			return db.getAll('heads');
		},
		async head(id) {
			return db.get('heads', id);
		},
		async commit(id, change, require) {
			const tx = db.transaction(['heads', 'parts'], 'readwrite');
			const work = (async () => {
				try {
					if (require) {
						const n = await tx.objectStore('parts').count(generationRange(id, require.generation));
						if (n < require.parts)
							throw new StorageError('incomplete', `${id}: ${n} of ${require.parts} parts`);
					}
					const heads = tx.objectStore('heads');
					const next = change(await heads.get(id));
					if (next === null) await heads.delete(id);
					else if (next) await heads.put(next);
				} catch (e) {
					try {
						tx.abort();
					} catch {
						// Already aborted: a request failed (quota) and took the transaction down.
					}
					throw e;
				}
			})();
			await settle(tx, work);
		},
		async putPart(id, generation, part, data) {
			const tx = db.transaction('parts', 'readwrite');
			await settle(
				tx,
				tx.store.put(new Blob([data as Uint8Array<ArrayBuffer>]), [id, generation, part])
			);
		},
		async getPart(id, generation, part) {
			const blob = await db.get('parts', [id, generation, part]);
			return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
		},
		async generations(id) {
			const out: { id: string; generation: string }[] = [];
			const tx = db.transaction('parts', 'readonly');
			let cursor = await tx.store.openKeyCursor(id === undefined ? null : projectRange(id));
			while (cursor) {
				const [pid, generation] = cursor.key as PartKey;
				out.push({ id: pid, generation });
				// Skip the rest of this generation's parts.
				cursor = await cursor.continue([pid, generation, []] as unknown as PartKey);
			}
			await tx.done;
			return out;
		},
		async deleteGeneration(id, generation) {
			const tx = db.transaction('parts', 'readwrite');
			await settle(tx, tx.store.delete(generationRange(id, generation)));
		}
	};
}

// A project as one file, to keep safe or to open on another machine: a zip holding
// project.json (the document, the project's details, and a checksum per table chunk) and
// tables/<name>.arrow (the table's chunks, each a complete Arrow IPC stream, back to back).
//
// A backup is untrusted input when read: only known entry names are accepted, sizes are
// capped before anything is inflated, every chunk's length and CRC are checked, and every table
// must be one the app saves, with the columns it expects (snapshot.ts).

import { Zip, ZipDeflate, ZipPassThrough, strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import type { DatasetSummary } from '$lib/engine/api';
import { BACKUP_LIMITS } from './backup-policy';
import { newSalt } from '$lib/model/clean/settings';
import { CURRENT_SCHEMA, MigrationError, migrateDoc, type ProjectDoc } from './migrations';
import { crc32, type ProjectMeta, type ProjectStore } from './projects';
import { SnapshotError, chunkChecker, isSavedTable, rawPiiColumn } from './snapshot';

export const BACKUP_FORMAT = 'parcellens-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const APP_NAME = 'ParcelLens';
// What the page needs without loading the zip code (kept in a module of its own).
export {
	BACKUP_EXTENSION,
	BACKUP_LIMITS,
	backupAgeWarning,
	backupFileName,
	type BackupAge
} from './backup-policy';

const PROJECT_JSON = 'project.json';
const TABLE_ENTRY = /^tables\/([a-z_][a-z0-9_]{0,62})\.arrow$/;
const tableEntry = (name: string) => `tables/${name}.arrow`;

/** What project.json holds. */
interface BackupManifest {
	format: typeof BACKUP_FORMAT;
	formatVersion: number;
	app: { name: string; version: string };
	createdAt: number;
	schemaVersion: number;
	/** Phones pseudonymised, names masked, salt and value samples removed. */
	piiDropped: boolean;
	project: {
		name: string;
		createdAt: number;
		savedAt: number | null;
		datasetSummary: DatasetSummary | null;
		/** The source files (name, size, fingerprint), to recognise them on the other machine. */
		files: { name: string; bytes: number; fingerprint: string }[];
	};
	doc: ProjectDoc;
	tables: { name: string; rows: number; chunks: { bytes: number; crc: number }[] }[];
}

export interface BackupInput {
	meta: ProjectMeta;
	doc: ProjectDoc;
	/**
	 * The tables. With `dropPii` they must already be snapshotted that way (snapshotTables with
	 * dropPii and the project's salt): a backup cannot rewrite Arrow data, but it checks every
	 * chunk and refuses raw phone numbers or names.
	 */
	tables: readonly {
		name: string;
		rows: number;
		chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
	}[];
}

export interface BackupOptions {
	dropPii: boolean;
	/** The app's version, recorded for support. */
	appVersion: string;
	now: () => number;
	/**
	 * Deflate level for the tables (0 = stored). Default 1: on a 1M-row waybill table 278 MB
	 * became 55 MB in ~6 s; stored took ~1.3 s.
	 */
	level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** What a valid backup contains, checked and migrated to the current schema. */
export interface BackupContents {
	createdAt: number;
	app: { name: string; version: string };
	piiDropped: boolean;
	/** The schema the document was written with, when it had to be migrated. */
	migratedFrom: number | null;
	project: BackupManifest['project'];
	doc: ProjectDoc;
	tables: { name: string; rows: number; chunks: Uint8Array[] }[];
}

export type BackupErrorCode =
	| 'not-a-backup'
	| 'too-large'
	| 'unexpected-entry'
	| 'missing-entry'
	| 'corrupt'
	| 'newer-format'
	| 'newer-schema'
	| 'invalid';

/** A file that is not a usable backup; `code` says why (see the storage i18n area). */
export class BackupError extends Error {
	override name = 'BackupError';
	constructor(
		readonly code: BackupErrorCode,
		detail = ''
	) {
		super(detail ? `${code}: ${detail}` : code);
	}
}

// DOS dates in zip headers start in 1980.
const ZIP_EPOCH = Date.UTC(1980, 0, 2);

/**
 * Writes a backup as a list of byte parts (`new Blob(parts)` downloads it without joining them
 * into one large buffer). Tables stream through one chunk at a time.
 */
export async function exportBackupParts(
	input: BackupInput,
	opts: BackupOptions
): Promise<Uint8Array[]> {
	const now = opts.now();
	const mtime = new Date(Math.max(now, ZIP_EPOCH));
	const parts: Uint8Array[] = [];
	let failure: Error | null = null;
	const zip = new Zip((err, data) => {
		if (err) failure = err;
		else parts.push(data);
	});
	const level = opts.level ?? 1;
	const tables: BackupManifest['tables'] = [];
	const seen = new Set<string>();
	for (const t of input.tables) {
		if (!isSavedTable(t.name) || seen.has(t.name))
			throw new BackupError('invalid', `table ${JSON.stringify(t.name)}`);
		seen.add(t.name);
		const entry =
			level === 0
				? new ZipPassThrough(tableEntry(t.name))
				: new ZipDeflate(tableEntry(t.name), { level });
		entry.mtime = mtime;
		zip.add(entry);
		const chunks: { bytes: number; crc: number }[] = [];
		for await (const chunk of t.chunks) {
			const raw = opts.dropPii ? rawPiiColumn(t.name, chunk) : null;
			if (raw) throw new BackupError('invalid', `raw personal data in ${t.name}.${raw}`);
			entry.push(chunk, false);
			chunks.push({ bytes: chunk.length, crc: crc32(chunk) });
		}
		entry.push(new Uint8Array(0), true);
		// Even an empty table has a schema-only chunk; none means the caller lost the table.
		if (chunks.length === 0) throw new BackupError('invalid', `table ${t.name} has no data`);
		tables.push({ name: t.name, rows: t.rows, chunks });
	}
	const { meta } = input;
	const manifest: BackupManifest = {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		app: { name: APP_NAME, version: opts.appVersion },
		createdAt: now,
		schemaVersion: CURRENT_SCHEMA,
		piiDropped: opts.dropPii,
		project: {
			name: meta.name,
			createdAt: meta.createdAt,
			savedAt: meta.savedAt,
			datasetSummary: meta.datasetSummary,
			files:
				meta.datasetSummary?.source.kind === 'files'
					? meta.datasetSummary.source.files.map(({ name, bytes, fingerprint }) => ({
							name,
							bytes,
							fingerprint
						}))
					: []
		},
		doc: opts.dropPii ? withoutPii(input.doc) : input.doc,
		tables
	};
	// Written last: it lists the chunk checksums computed while the tables streamed.
	const json = new ZipDeflate(PROJECT_JSON, { level: 6 });
	json.mtime = mtime;
	zip.add(json);
	json.push(new TextEncoder().encode(JSON.stringify(manifest, null, '\t')), true);
	zip.end();
	if (failure) throw failure;
	return parts;
}

/** The backup as one buffer (small projects, tests). */
export async function exportBackup(input: BackupInput, opts: BackupOptions): Promise<Uint8Array> {
	const parts = await exportBackupParts(input, opts);
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/**
 * The document as a PII-free backup carries it: a fresh salt (the old one would let anyone
 * with the file test guessed phone numbers against the hashes), raw PII not kept, and no value
 * samples in the import lineage (they can be phone numbers or names as read).
 */
function withoutPii(doc: ProjectDoc): ProjectDoc {
	const cleaning = doc.settings.cleaning
		? { ...doc.settings.cleaning, salt: newSalt(), keepRawPii: false }
		: null;
	return {
		...doc,
		settings: { ...doc.settings, cleaning },
		imported: scrubSamples(doc.imported)
	};
}

function scrubSamples(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(scrubSamples);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value).map(([k, v]) => [k, k === 'samples' ? [] : scrubSamples(v)])
	);
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads and checks a backup; throws BackupError with a code for anything else. */
export function readBackup(bytes: Uint8Array): BackupContents {
	if (bytes.length > BACKUP_LIMITS.file)
		throw new BackupError('too-large', `${bytes.length} bytes`);
	if (bytes.length < 22 || ZIP_MAGIC.some((b, i) => bytes[i] !== b))
		throw new BackupError('not-a-backup', 'not a zip file');
	const files = unzipEntries(bytes);
	const jsonBytes = files[PROJECT_JSON];
	if (!jsonBytes) throw new BackupError('not-a-backup', `no ${PROJECT_JSON}`);
	const manifest = parseManifest(jsonBytes);

	let doc: ProjectDoc;
	try {
		doc = migrateDoc(manifest.doc, manifest.schemaVersion);
	} catch (e) {
		if (e instanceof MigrationError && e.code === 'newer')
			throw new BackupError('newer-schema', e.message);
		throw new BackupError('invalid', e instanceof Error ? e.message : String(e));
	}

	const listed = new Set(manifest.tables.map((t) => tableEntry(t.name)));
	for (const name of Object.keys(files))
		if (name !== PROJECT_JSON && !listed.has(name)) throw new BackupError('unexpected-entry', name);
	const tables = manifest.tables.map((t) => {
		const data = files[tableEntry(t.name)];
		if (!data) throw new BackupError('missing-entry', tableEntry(t.name));
		return { name: t.name, rows: t.rows, chunks: splitChunks(t, data) };
	});
	return {
		createdAt: manifest.createdAt,
		app: manifest.app,
		piiDropped: manifest.piiDropped,
		migratedFrom: manifest.schemaVersion === CURRENT_SCHEMA ? null : manifest.schemaVersion,
		project: manifest.project,
		doc,
		tables
	};
}

function unzipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
	let count = 0;
	let total = 0;
	const filter = (f: UnzipFileInfo) => {
		if (f.name.endsWith('/')) return false;
		if (++count > BACKUP_LIMITS.entries) throw new BackupError('too-large', 'too many entries');
		if (f.name !== PROJECT_JSON && !TABLE_ENTRY.test(f.name))
			throw new BackupError('unexpected-entry', f.name);
		const cap = f.name === PROJECT_JSON ? BACKUP_LIMITS.json : BACKUP_LIMITS.table;
		total += f.originalSize;
		if (f.originalSize > cap || total > BACKUP_LIMITS.total)
			throw new BackupError('too-large', f.name);
		if (f.compression !== 0 && f.compression !== 8)
			throw new BackupError('corrupt', `${f.name}: compression ${f.compression}`);
		return true;
	};
	try {
		return unzipSync(bytes, { filter });
	} catch (e) {
		if (e instanceof BackupError) throw e;
		throw new BackupError('corrupt', e instanceof Error ? e.message : String(e));
	}
}

function parseManifest(bytes: Uint8Array): BackupManifest {
	let m: unknown;
	try {
		m = JSON.parse(strFromU8(bytes));
	} catch {
		throw new BackupError('corrupt', `${PROJECT_JSON} is not JSON`);
	}
	const x = (typeof m === 'object' && m !== null ? m : {}) as Partial<BackupManifest>;
	if (x.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup', 'format');
	if (!Number.isInteger(x.formatVersion)) throw new BackupError('invalid', 'formatVersion');
	if ((x.formatVersion as number) > BACKUP_FORMAT_VERSION)
		throw new BackupError('newer-format', String(x.formatVersion));
	if (!Number.isInteger(x.schemaVersion)) throw new BackupError('invalid', 'schemaVersion');
	if ((x.schemaVersion as number) > CURRENT_SCHEMA)
		throw new BackupError('newer-schema', String(x.schemaVersion));
	const p = x.project;
	if (
		typeof p !== 'object' ||
		p === null ||
		typeof p.name !== 'string' ||
		p.name.trim() === '' ||
		!Number.isFinite(p.createdAt) ||
		!Array.isArray(p.files)
	)
		throw new BackupError('invalid', 'project');
	if (!Array.isArray(x.tables)) throw new BackupError('invalid', 'tables');
	const names = new Set<string>();
	for (const t of x.tables) {
		if (
			typeof t?.name !== 'string' ||
			!isSavedTable(t.name) ||
			names.has(t.name) ||
			!Number.isInteger(t.rows) ||
			t.rows < 0 ||
			!Array.isArray(t.chunks) ||
			t.chunks.length === 0 ||
			t.chunks.some(
				(c) => !Number.isInteger(c?.bytes) || c.bytes <= 0 || !Number.isInteger(c?.crc) || c.crc < 0
			)
		)
			throw new BackupError('invalid', `table ${JSON.stringify(t?.name)}`);
		names.add(t.name);
	}
	return {
		...(x as BackupManifest),
		app: {
			name: typeof x.app?.name === 'string' ? x.app.name : '',
			version: typeof x.app?.version === 'string' ? x.app.version : ''
		},
		createdAt: Number.isFinite(x.createdAt) ? (x.createdAt as number) : 0,
		piiDropped: x.piiDropped === true
	};
}

/** Cuts a table entry into its chunks (views, no copies) and checks each one. */
function splitChunks(table: BackupManifest['tables'][number], data: Uint8Array): Uint8Array[] {
	const expected = table.chunks.reduce((n, c) => n + c.bytes, 0);
	if (expected !== data.length)
		throw new BackupError('corrupt', `${table.name}: ${data.length} bytes, expected ${expected}`);
	const check = chunkChecker(table.name);
	let at = 0;
	let rows = 0;
	const chunks = table.chunks.map((c, i) => {
		const chunk = data.subarray(at, at + c.bytes);
		at += c.bytes;
		if (crc32(chunk) !== c.crc) throw new BackupError('corrupt', `${table.name} chunk ${i}`);
		try {
			rows += check(chunk);
		} catch (e) {
			if (e instanceof SnapshotError) throw new BackupError('invalid', e.message);
			throw e;
		}
		return chunk;
	});
	if (rows !== table.rows)
		throw new BackupError('corrupt', `${table.name}: ${rows} rows, expected ${table.rows}`);
	return chunks;
}

/** Creates a project from a backup read with readBackup (the name can be changed). */
export async function importBackup(
	store: ProjectStore,
	contents: BackupContents,
	name = contents.project.name
): Promise<ProjectMeta> {
	return store.create(name, {
		doc: contents.doc,
		tables: contents.tables,
		datasetSummary: contents.project.datasetSummary,
		// The file it came from is a backup of it.
		backedUpAt: contents.createdAt
	});
}

// The project store's protocol on an in-memory backend: the projects list, atomic saves, what a
// crash or a full disk at each step leaves behind, other tabs, damaged data, and the quota API.
import { beforeEach, describe, expect, it } from 'vitest';
import {
	ORPHAN_GRACE_MS,
	ProjectStore,
	StorageError,
	StorageFullError,
	crc32,
	emptyDoc,
	estimate,
	isQuotaError,
	requestPersistence,
	storageFailureKey,
	wouldFit,
	type ProjectDoc,
	type StoredTable,
	type TableInput
} from '$lib/storage/projects';
import { CURRENT_SCHEMA } from '$lib/storage/migrations';
import { MemoryBackend } from './memory-backend';

const T0 = Date.UTC(2024, 5, 1, 8);
const MINUTE = 60_000;

let backend: MemoryBackend;
let clock: number;
let ids: number;
const options = () => ({ now: () => clock, random: () => `r${++ids}` });
let store: ProjectStore;

beforeEach(() => {
	backend = new MemoryBackend();
	clock = T0;
	ids = 0;
	store = new ProjectStore(backend, options());
});

const bytes = (...values: number[]) => Uint8Array.from(values);
const table = (name: string, ...chunks: Uint8Array[]): TableInput => ({
	name,
	rows: chunks.length * 10,
	chunks
});
const doc = (note: string): ProjectDoc => ({ ...emptyDoc(), report: { note } });

async function read(t: StoredTable): Promise<number[][]> {
	const out: number[][] = [];
	for await (const c of t.chunks) out.push([...c]);
	return out;
}

async function contents(s: ProjectStore, id: string) {
	const p = await s.open(id);
	return {
		report: p.doc.report,
		tables: Object.fromEntries(
			await Promise.all(p.tables.map(async (t) => [t.name, await read(t)]))
		)
	};
}

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const quotaWrappedTarget = () =>
	Object.assign(new DOMException('The transaction was aborted.', 'AbortError'), {
		target: { error: quotaDom() }
	});
const quotaWrappedCause = () =>
	new DOMException('aborted', 'AbortError') as DOMException & { cause?: unknown };

describe('projects list', () => {
	it('creates, renames, duplicates and removes projects, most recent first', async () => {
		const a = await store.create('  华南运单 2024  ', {
			doc: doc('a'),
			tables: [table('src_waybills', bytes(1, 2, 3), bytes(4, 5))]
		});
		expect(a).toMatchObject({
			name: '华南运单 2024',
			createdAt: T0,
			savedAt: T0,
			openedAt: null,
			backedUpAt: null,
			version: 1,
			schemaVersion: CURRENT_SCHEMA
		});
		expect(a.bytes).toBeGreaterThan(5);
		clock += MINUTE;
		const b = await store.create('空项目');
		expect((await store.list()).map((m) => m.name)).toEqual(['空项目', '华南运单 2024']);

		clock += MINUTE;
		await store.open(a.id);
		expect((await store.list()).map((m) => m.id)).toEqual([a.id, b.id]);

		const renamed = await store.rename(a.id, '华南');
		expect(renamed.name).toBe('华南');
		await expect(store.rename(a.id, '   ')).rejects.toThrow(StorageError);

		const copy = await store.duplicate(a.id, '华南 副本');
		expect(copy.id).not.toBe(a.id);
		expect(copy.bytes).toBe(a.bytes);
		expect(await contents(store, copy.id)).toEqual(await contents(store, a.id));

		await store.remove(a.id);
		expect((await store.list()).map((m) => m.name).sort()).toEqual(['华南 副本', '空项目'].sort());
		expect(backend.generationsOf(a.id)).toEqual([]);
		await expect(store.open(a.id)).rejects.toMatchObject({
			name: 'StorageError',
			code: 'not-found'
		});
		// The copy does not share parts with the deleted original.
		expect((await contents(store, copy.id)).tables).toEqual({
			src_waybills: [
				[1, 2, 3],
				[4, 5]
			]
		});
	});

	it('records opening and backup times with the injected clock', async () => {
		const p = await store.create('p');
		clock = T0 + 5 * MINUTE;
		expect((await store.open(p.id)).meta.openedAt).toBe(T0 + 5 * MINUTE);
		clock = T0 + 9 * MINUTE;
		expect((await store.markBackedUp(p.id)).backedUpAt).toBe(T0 + 9 * MINUTE);
	});

	it('reads a project without counting a visit (a backup export from the list)', async () => {
		const p = await store.create('p', { doc: doc('a'), tables: [table('src_waybills', bytes(1))] });
		clock = T0 + 5 * MINUTE;
		const read = await store.open(p.id, { touch: false });
		expect(read.meta.openedAt).toBeNull();
		expect(read.doc.report).toEqual({ note: 'a' });
		expect((await store.get(p.id)).openedAt).toBeNull();
	});
});

describe('saving', () => {
	it('saves the document and tables and counts versions', async () => {
		const p = await store.create('p', {
			doc: doc('v1'),
			tables: [table('src_waybills', bytes(1))]
		});
		clock += MINUTE;
		const m = await store.save(p.id, doc('v2'), {
			tables: [table('src_waybills', bytes(2), bytes(3))]
		});
		expect(m).toMatchObject({ version: 2, savedAt: T0 + MINUTE });
		expect(await contents(store, p.id)).toEqual({
			report: { note: 'v2' },
			tables: { src_waybills: [[2], [3]] }
		});
		// Only the new version's parts remain.
		expect(backend.generationsOf(p.id)).toHaveLength(1);
	});

	it('a document-only save reuses the stored tables without rewriting them', async () => {
		const p = await store.create('p', {
			doc: doc('v1'),
			tables: [table('src_waybills', bytes(1), bytes(2)), table('quarantine_waybills', bytes(9))]
		});
		backend.calls.length = 0;
		const m = await store.save(p.id, doc('v2'));
		expect(backend.calls.filter((c) => c === 'putPart')).toHaveLength(1); // the manifest
		expect(m.bytes).toBeGreaterThan(3);
		expect(await contents(store, p.id)).toEqual({
			report: { note: 'v2' },
			tables: { src_waybills: [[1], [2]], quarantine_waybills: [[9]] }
		});
		// Two generations live: the new manifest and the tables it still uses.
		expect(backend.generationsOf(p.id)).toHaveLength(2);
		await store.save(p.id, doc('v3'), { tables: [table('src_waybills', bytes(5))] });
		expect(backend.generationsOf(p.id)).toHaveLength(1);
		expect((await contents(store, p.id)).tables).toEqual({ src_waybills: [[5]] });
	});

	it('takes lazily produced chunks (one at a time, as snapshotChunks yields them)', async () => {
		async function* gen() {
			for (let i = 0; i < 3; i++) yield bytes(i, i);
		}
		const p = await store.create('p', {
			tables: [{ name: 'src_waybills', rows: 3, chunks: gen() }]
		});
		expect((await contents(store, p.id)).tables).toEqual({
			src_waybills: [
				[0, 0],
				[1, 1],
				[2, 2]
			]
		});
	});

	it('serialises saves to one project that overlap (autosave)', async () => {
		const p = await store.create('p', { doc: doc('v1') });
		const results = await Promise.all([
			store.save(p.id, doc('v2'), { tables: [table('src_waybills', bytes(2))] }),
			store.save(p.id, doc('v3'))
		]);
		expect(results.map((m) => m.version)).toEqual([2, 3]);
		expect(await contents(store, p.id)).toEqual({
			report: { note: 'v3' },
			tables: { src_waybills: [[2]] }
		});
	});

	it('refuses table names that are not plain identifiers', async () => {
		const p = await store.create('p');
		await expect(
			store.save(p.id, doc('x'), { tables: [table('../etc', bytes(1))] })
		).rejects.toMatchObject({ code: 'invalid' });
		await expect(
			store.save(p.id, doc('x'), { tables: [table('a', bytes(1)), table('a', bytes(2))] })
		).rejects.toMatchObject({ code: 'invalid' });
	});
});

describe('crashes and a full disk never lose the previous version', () => {
	let id: string;
	const previous = {
		report: { note: 'v1' },
		tables: {
			src_waybills: [
				[1, 1],
				[2, 2]
			]
		}
	};

	beforeEach(async () => {
		id = (
			await store.create('p', {
				doc: doc('v1'),
				tables: [table('src_waybills', bytes(1, 1), bytes(2, 2))]
			})
		).id;
	});

	/** A tab that dies at `op`: nothing after it runs, not even the clean-up. */
	function crashAt(op: string, nth = 1) {
		let seen = 0;
		let dead = false;
		backend.fail = (o) => {
			if (dead || (o === op && ++seen === nth)) {
				dead = true;
				throw new Error(`tab closed during ${o}`);
			}
		};
	}

	const restart = () => {
		backend.fail = null;
		return new ProjectStore(backend, options());
	};

	for (const [op, nth] of [
		['putPart', 1],
		['putPart', 2],
		['putPart', 3], // the manifest
		['commit', 1]
	] as const) {
		it(`crash at ${op} #${nth}: the previous version opens, the orphan is swept later`, async () => {
			crashAt(op, nth);
			await expect(
				store.save(id, doc('v2'), { tables: [table('src_waybills', bytes(7), bytes(8))] })
			).rejects.toThrow(/tab closed/);
			const next = restart();
			expect(await contents(next, id)).toEqual(previous);
			expect((await next.get(id)).version).toBe(1);
			// The half-written generation is young: it could be another tab's save in progress.
			if (nth > 1 || op === 'commit') expect(backend.generationsOf(id).length).toBe(2);
			clock += ORPHAN_GRACE_MS + 1;
			await next.open(id);
			expect(backend.generationsOf(id)).toHaveLength(1);
			expect(await contents(next, id)).toEqual(previous);
		});
	}

	it('crash after the flip, before the old version is deleted: the new one is in force', async () => {
		crashAt('deleteGeneration');
		const m = await store.save(id, doc('v2'), { tables: [table('src_waybills', bytes(7))] });
		expect(m.version).toBe(2);
		const next = restart();
		expect(await contents(next, id)).toEqual({
			report: { note: 'v2' },
			tables: { src_waybills: [[7]] }
		});
		clock += ORPHAN_GRACE_MS + 1;
		expect(await next.sweep()).toBe(1);
		expect(backend.generationsOf(id)).toHaveLength(1);
	});

	const quotaVariants: [string, () => unknown][] = [
		['a QuotaExceededError DOMException', quotaDom],
		['a plain {name} object', () => ({ name: 'QuotaExceededError', message: 'full' })],
		['an AbortError whose target.error is one', quotaWrappedTarget],
		[
			'an AbortError whose cause is one',
			() => Object.assign(quotaWrappedCause(), { cause: quotaDom() })
		],
		['an AbortError whose error is one', () => ({ name: 'AbortError', error: quotaDom() })]
	];
	for (const [what, make] of quotaVariants) {
		it(`a quota error as ${what} gives StorageFullError and keeps the previous version`, async () => {
			// Room for the first new chunk (4 bytes) but not the second.
			backend.quota = backend.bytes + 5;
			backend.calls.length = 0;
			backend.quotaError = make;
			const attempt = store.save(id, doc('v2'), {
				tables: [table('src_waybills', bytes(1, 2, 3, 4), bytes(5, 6))]
			});
			await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
			await expect(attempt).rejects.toMatchObject({ name: 'StorageFullError', code: 'full' });
			expect(backend.calls.filter((c) => c === 'putPart')).toHaveLength(2);
			expect(await contents(store, id)).toEqual(previous);
			// The partial generation was removed at once, giving the space back.
			expect(backend.generationsOf(id)).toHaveLength(1);
			// The project stays usable: a save that fits goes through.
			backend.quota = Infinity;
			expect((await store.save(id, doc('v2'))).version).toBe(2);
		});
	}

	it('a quota error on the commit itself keeps the previous version', async () => {
		backend.fail = (op) => {
			if (op === 'commit') throw quotaWrappedTarget();
		};
		await expect(store.save(id, doc('v2'))).rejects.toBeInstanceOf(StorageFullError);
		backend.fail = null;
		expect(await contents(store, id)).toEqual(previous);
	});

	/** Runs `meanwhile` (another tab) just before this store's next commit. */
	function beforeNextCommit(meanwhile: () => Promise<unknown>) {
		const original = backend.commit.bind(backend);
		let pending = true;
		backend.commit = async (...args) => {
			if (pending) {
				pending = false;
				await meanwhile();
			}
			return original(...args);
		};
	}

	it('a save based on a version another tab replaced is refused, not mixed in', async () => {
		const other = new ProjectStore(backend, options());
		beforeNextCommit(() => other.save(id, doc('other')));
		await expect(
			store.save(id, doc('mine'), { tables: [table('src_waybills', bytes(3))] })
		).rejects.toMatchObject({ name: 'StorageError', code: 'conflict' });
		expect(await contents(store, id)).toEqual({ ...previous, report: { note: 'other' } });
		// The refused version's parts are gone.
		const head = (await backend.head(id))!;
		expect(backend.generationsOf(id).sort()).toEqual([...head.live].sort());
	});

	it('a sweep in another tab spares young generations; a forced one makes the flip fail', async () => {
		const other = new ProjectStore(backend, options());
		let spared = -1;
		beforeNextCommit(async () => {
			spared = await other.sweep(id);
			await other.sweep(id, { force: true });
		});
		await expect(
			store.save(id, doc('v2'), { tables: [table('src_waybills', bytes(9))] })
		).rejects.toMatchObject({ code: 'incomplete' });
		expect(spared).toBe(0);
		expect(await contents(store, id)).toEqual(previous);
	});

	it('damaged or missing chunks are reported, not restored', async () => {
		const key = [...backend.parts.keys()].find((k) => k.includes('t/src_waybills/1'))!;
		backend.parts.set(key, bytes(2, 3));
		const p = await store.open(id);
		await expect(read(p.tables[0]!)).rejects.toMatchObject({ code: 'corrupt' });
		backend.parts.delete(key);
		await expect(read((await store.open(id)).tables[0]!)).rejects.toMatchObject({
			code: 'corrupt'
		});
		const manifest = [...backend.parts.keys()].find((k) => k.endsWith('"manifest"]'))!;
		backend.parts.set(manifest, new TextEncoder().encode('{"schemaVersion":'));
		await expect(store.open(id)).rejects.toMatchObject({ code: 'corrupt' });
	});
});

describe('schema versions', () => {
	it('opens a version-0 document migrated and saves it as the current version', async () => {
		const p = await store.create('old');
		const head = (await backend.head(p.id))!;
		const v0 = {
			schemaVersion: 0,
			savedAt: T0,
			doc: { cleaning: { keepPhones: true, salt: 'ab12cd34' }, mappings: [], report: 'draft' },
			tables: []
		};
		await backend.putPart(
			p.id,
			head.generation,
			'manifest',
			new TextEncoder().encode(JSON.stringify(v0))
		);
		const opened = await store.open(p.id);
		expect(opened.migratedFrom).toBe(0);
		expect(opened.doc.settings.cleaning).toEqual({ keepRawPii: true, salt: 'ab12cd34' });
		expect(opened.doc.report).toBe('draft');
		await store.save(p.id, opened.doc);
		expect((await store.open(p.id)).migratedFrom).toBeNull();
	});

	it('refuses a document from a newer app', async () => {
		const p = await store.create('new');
		const head = (await backend.head(p.id))!;
		const v9 = { schemaVersion: CURRENT_SCHEMA + 1, savedAt: T0, doc: {}, tables: [] };
		await backend.putPart(
			p.id,
			head.generation,
			'manifest',
			new TextEncoder().encode(JSON.stringify(v9))
		);
		await expect(store.open(p.id)).rejects.toMatchObject({ name: 'MigrationError', code: 'newer' });
	});
});

describe('quota helpers', () => {
	it('recognises quota errors however they are wrapped', () => {
		expect(isQuotaError(quotaDom())).toBe(true);
		expect(isQuotaError(quotaWrappedTarget())).toBe(true);
		expect(isQuotaError({ name: 'AbortError', error: { name: 'QuotaExceededError' } })).toBe(true);
		expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
		expect(isQuotaError(new DOMException('Quota exceeded.', 'UnknownError'))).toBe(true);
		expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
		expect(isQuotaError(new Error('boom'))).toBe(false);
		expect(isQuotaError(null)).toBe(false);
		const loop: { name: string; cause?: unknown } = { name: 'AbortError' };
		loop.cause = loop;
		expect(isQuotaError(loop)).toBe(false);
	});

	it('maps failures to messages, also after Comlink kept only name and message', () => {
		const across = (e: Error) => ({ name: e.name, message: e.message });
		expect(storageFailureKey(new StorageFullError('x'))).toBe('storage.error.full');
		expect(storageFailureKey(across(new StorageError('conflict', 'p-1')))).toBe(
			'storage.error.conflict'
		);
		expect(storageFailureKey({ name: 'BackupError', message: 'newer-format: 2' })).toBe(
			'storage.backup.error.newer-format'
		);
		expect(storageFailureKey({ name: 'MigrationError', message: 'newer: x' })).toBe(
			'storage.error.newer'
		);
		expect(storageFailureKey(quotaWrappedTarget())).toBe('storage.error.full');
		expect(storageFailureKey(across(new StorageError('open-first', 'p-1')))).toBe(
			'storage.error.open-first'
		);
		expect(storageFailureKey(new Error('other'))).toBeNull();
	});

	it('estimates usage, asks for persistence and checks fit, with guards', async () => {
		const manager = {
			estimate: async () => ({ usage: 100 * 2 ** 20, quota: 1000 * 2 ** 20 }),
			persisted: async () => false,
			persist: async () => true
		};
		expect(await estimate(manager)).toEqual({
			usage: 100 * 2 ** 20,
			quota: 1000 * 2 ** 20,
			persisted: false
		});
		expect(await requestPersistence(manager)).toBe(true);
		expect(await wouldFit(500 * 2 ** 20, manager)).toBe(true);
		expect(await wouldFit(850 * 2 ** 20, manager)).toBe(false);
		expect(await estimate(null)).toBeNull();
		expect(await wouldFit(1, null)).toBeNull();
		expect(await requestPersistence(null)).toBe(false);
		expect(await requestPersistence({ estimate: manager.estimate })).toBe(false);
		const broken = { estimate: async () => Promise.reject(new Error('no')) };
		expect(await estimate(broken)).toBeNull();
		// Node has no navigator.storage: the defaults take the guarded path.
		expect(await estimate()).toBeNull();
	});

	it('crc32 is the zip CRC', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array(0))).toBe(0);
		const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) & 255);
		let c = -1;
		for (const b of data) {
			c ^= b;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		}
		expect(crc32(data)).toBe((c ^ -1) >>> 0);
	});
});

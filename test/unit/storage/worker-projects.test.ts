// The worker side of projects (workers/projects.ts) on Node DuckDB and the in-memory backend:
// what a project stores, that a save is isolated from imports running meanwhile, that unchanged
// documents make no new version, that samples regenerate, and that an unusable project is
// refused before the loaded tables are touched.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetSummary, ProjectUiState } from '$lib/engine/api';
import { ident, queryOne, sql } from '$lib/engine/sql';
import { defaultCleaningSettings } from '$lib/model/clean/settings';
import { loadSample } from '$lib/sample/load';
import { readBackup } from '$lib/storage/backup';
import { ProjectStore } from '$lib/storage/projects';
import { restoreTables } from '$lib/storage/snapshot';
import {
	activeProjectId,
	createProject,
	deactivate,
	estimateSaveBytes,
	exportProject,
	importProject,
	restoreProject,
	saveProject,
	uiState,
	useProjectStore,
	type EngineData,
	type Snapshot
} from '../../../workers/projects';
import { allRows, waybillFixture } from './fixture';
import { MemoryBackend } from './memory-backend';
import { openTwoConnections, type TwoConnections } from './two-connections';

let duck: TwoConnections;
beforeAll(async () => {
	duck = await openTwoConnections();
});
afterAll(() => duck?.close());

const SALT = '00112233445566778899aabbccddeeff';
const settings = defaultCleaningSettings('2025-06-01', SALT);
const FILES: DatasetSummary = {
	id: 'files-abc',
	source: { kind: 'files', files: [{ name: 'w.csv', bytes: 10, fingerprint: 'abc' }] },
	rows: { waybills: 3 },
	timings: {}
};
const SAMPLE: DatasetSummary = {
	id: 'sample-7-1000',
	source: { kind: 'sample', seed: 7, size: 1000 },
	rows: {},
	timings: {}
};
const ui: ProjectUiState = { value: null, report: { note: 'r' }, extras: { board: { k: 1 } } };
const signal = () => new AbortController().signal;

let backend: MemoryBackend;
let store: ProjectStore;
let data: EngineData;

beforeEach(async () => {
	backend = new MemoryBackend();
	store = new ProjectStore(backend);
	useProjectStore(store);
	// Every table goes: each test starts from the fixture alone.
	await restoreTables(duck.db, [], { replaceAll: true });
	await waybillFixture(duck.db);
	data = { settings, imported: null, dataset: FILES };
});

const count = async (table: string) =>
	(await queryOne<{ n: number }>(duck.db, sql`SELECT count(*) AS n FROM ${ident(table)}`)).n;

describe('a project from imported files', () => {
	it('stores the tables without raw PII and the settings, and opens them back', async () => {
		const before = await allRows(duck.db, 'src_waybills');
		const { meta } = await createProject(duck.snapshot, () => data, '华南', ui);
		expect(activeProjectId()).toBe(meta.id);
		expect(meta.datasetSummary).toEqual(FILES);
		expect(meta.bytes).toBeGreaterThan(0);

		await restoreTables(duck.db, [], { replaceAll: true });
		const r = await restoreProject(duck.db, meta.id, settings, signal());
		expect(r.settings).toEqual(settings);
		expect(uiState(r.doc)).toMatchObject({ report: { note: 'r' }, extras: { board: { k: 1 } } });
		const after = await allRows(duck.db, 'src_waybills');
		expect(after).toHaveLength(3);
		for (const [i, row] of after.entries()) {
			const raw = before[i]!;
			expect(row.waybill_id).toBe(raw.waybill_id);
			expect(row.fee).toBe(raw.fee);
			// Phones become the salted hash cleaning gives them; names are masked.
			if (raw.sender_phone) expect(row.sender_phone).toMatch(/^h[0-9a-f]{15}$/);
			if (raw.sender_name) expect(row.sender_name).toMatch(/^.\*+$/u);
		}
		const q = await queryOne<{ sender_phone: string | null }>(
			duck.db,
			sql`SELECT sender_phone FROM quarantine_waybills`
		);
		expect(q.sender_phone).toBeNull();
	});

	it('a save is isolated from an import replacing the tables while it writes', async () => {
		const { meta } = await createProject(duck.snapshot, () => data, 'p', ui);
		// At the first chunk written, an "import" replaces both tables on the main connection.
		const replaceOnFirstWrite = () => {
			let done = false;
			backend.fail = (op) => {
				if (op !== 'putPart' || done) return;
				done = true;
				void duck.db.run('DROP TABLE quarantine_waybills');
				void duck.db.run('CREATE OR REPLACE TABLE src_waybills AS FROM src_waybills LIMIT 1');
			};
		};
		replaceOnFirstWrite();
		await saveProject(duck.snapshot, () => data, meta.id, ui, { tables: true });
		backend.fail = null;
		await restoreTables(duck.db, [], { replaceAll: true });
		await restoreProject(duck.db, meta.id, settings, signal());
		expect(await allRows(duck.db, 'src_waybills')).toHaveLength(3);
		expect(await allRows(duck.db, 'quarantine_waybills')).toHaveLength(1);

		// Without the snapshot's own transaction the same save would fail (and keep nothing).
		await waybillFixture(duck.db).catch(() => undefined);
		const unisolated: Snapshot = (work) => work(duck.db);
		replaceOnFirstWrite();
		await expect(
			saveProject(unisolated, () => data, meta.id, ui, { tables: true })
		).rejects.toThrow();
		backend.fail = null;
		expect((await store.get(meta.id)).version).toBe(2);
	});

	it('a document save with nothing changed makes no new version', async () => {
		const { meta } = await createProject(duck.snapshot, () => data, 'p', ui);
		const same = await saveProject(duck.snapshot, () => data, meta.id, ui, { tables: false });
		expect(same.version).toBe(1);
		// Key order does not count as a change.
		const reordered = { extras: ui.extras, report: ui.report, value: null };
		expect(
			(await saveProject(duck.snapshot, () => data, meta.id, reordered, { tables: false })).version
		).toBe(1);
		const changed = await saveProject(
			duck.snapshot,
			() => ({ ...data, settings: { ...settings, maxFee: 30 } }),
			meta.id,
			{ ...ui, extras: { other: 1 } },
			{ tables: false }
		);
		expect(changed.version).toBe(2);
		const { doc } = await store.open(meta.id, { touch: false });
		expect(doc.settings.cleaning?.maxFee).toBe(30);
		// Extras of other pages are kept when a page saves its own.
		expect(doc.extras).toEqual({ board: { k: 1 }, other: 1 });
		expect(duck.snapshots).toBeGreaterThan(0);
	});

	it('refuses to save a project that is not the open one', async () => {
		const { meta } = await createProject(duck.snapshot, () => data, 'p', ui);
		deactivate(meta.id);
		await expect(
			saveProject(duck.snapshot, () => data, meta.id, ui, { tables: false })
		).rejects.toThrow(/not open/);
	});

	it('estimates what a save with tables writes', async () => {
		const bytes = await estimateSaveBytes(duck.db, data);
		const { meta } = await createProject(duck.snapshot, () => data, 'p', ui);
		// A small table is estimated from all of its rows; the document is the rest.
		expect(bytes).toBeGreaterThan(meta.bytes - 64 * 1024);
		expect(await estimateSaveBytes(duck.db, { ...data, dataset: SAMPLE })).toBe(64 * 1024);
	});
});

describe('sample data', () => {
	it('is stored without tables and comes back from its seed', async () => {
		await restoreTables(duck.db, [], { replaceAll: true });
		await loadSample(duck.db, { seed: 7, waybills: 1000 });
		const waybills = await count('src_waybills');
		const { meta } = await createProject(
			duck.snapshot,
			() => ({ ...data, dataset: SAMPLE }),
			's',
			ui
		);
		expect((await store.open(meta.id, { touch: false })).tables).toEqual([]);
		expect(meta.bytes).toBeLessThan(10_000);

		await restoreTables(duck.db, [], { replaceAll: true });
		await waybillFixture(duck.db);
		await restoreProject(duck.db, meta.id, settings, signal());
		expect(await count('src_waybills')).toBe(waybills);
		// The previous data is gone entirely (a quarantine of the fixture would outlive it otherwise).
		await expect(count('quarantine_waybills')).rejects.toThrow();
	});
});

describe('what cannot be opened is refused before the loaded tables change', () => {
	it('a files project without waybills, or with settings that cannot be applied', async () => {
		await restoreTables(duck.db, [], { replaceAll: true });
		const empty = await createProject(duck.snapshot, () => data, 'empty', ui);
		const bad = await store.create('bad', {
			datasetSummary: FILES,
			doc: {
				...(await store.open(empty.meta.id, { touch: false })).doc,
				settings: { cleaning: { ...settings, maxWeightKg: -1 }, value: null, import: null }
			}
		});
		await waybillFixture(duck.db);
		await expect(restoreProject(duck.db, empty.meta.id, settings, signal())).rejects.toThrow(
			/corrupt: .*no waybills/
		);
		await expect(restoreProject(duck.db, bad.id, settings, signal())).rejects.toThrow(
			/corrupt: cleaning settings: maxWeightKg/
		);
		expect(await count('src_waybills')).toBe(3);
	});
});

describe('backups', () => {
	const join = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

	it('exports the stored tables, imports them as a new project', async () => {
		const { meta } = await createProject(duck.snapshot, () => data, '华南', ui);
		deactivate();
		const parts = await exportProject(duck.snapshot, meta.id, { dropPii: true, appVersion: 't' });
		const backup = readBackup(join(parts));
		expect(backup.piiDropped).toBe(true);
		expect(backup.tables.map((t) => [t.name, t.rows])).toEqual([
			['src_waybills', 3],
			['quarantine_waybills', 1]
		]);
		// A backup export is not a visit.
		expect((await store.get(meta.id)).openedAt).toBeNull();

		const copy = await importProject(new Blob(parts as BlobPart[]));
		expect(copy.name).toBe('华南');
		expect(copy.id).not.toBe(meta.id);
		await restoreTables(duck.db, [], { replaceAll: true });
		await restoreProject(duck.db, copy.id, settings, signal());
		expect(await count('src_waybills')).toBe(3);
	});

	it('a project keeping raw PII exports without it only from the engine (open first)', async () => {
		const raw = { ...data, settings: { ...settings, keepRawPii: true } };
		const { meta } = await createProject(duck.snapshot, () => raw, 'raw', ui);
		const taken = duck.snapshots;
		const parts = await exportProject(duck.snapshot, meta.id, { dropPii: true, appVersion: 't' });
		expect(duck.snapshots).toBe(taken + 1);
		const backup = readBackup(join(parts));
		const phones = backup.tables.find((t) => t.name === 'src_waybills');
		expect(phones?.rows).toBe(3);
		deactivate();
		await expect(
			exportProject(duck.snapshot, meta.id, { dropPii: true, appVersion: 't' })
		).rejects.toThrow(/open-first/);
		// With raw PII allowed the stored tables go as they are.
		const all = readBackup(
			join(await exportProject(duck.snapshot, meta.id, { dropPii: false, appVersion: 't' }))
		);
		expect(all.piiDropped).toBe(false);
	});
});

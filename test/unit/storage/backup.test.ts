// One-file backups: a round trip through a zip into another store and another database, the
// PII-free variant, and every kind of wrong, damaged or hostile file refused with its code.
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { defaultCleaningSettings } from '$lib/model/clean/settings';
import {
	BACKUP_FORMAT,
	BackupError,
	backupAgeWarning,
	backupFileName,
	exportBackup,
	exportBackupParts,
	importBackup,
	readBackup,
	type BackupInput
} from '$lib/storage/backup';
import { CURRENT_SCHEMA, emptyDoc, type ProjectDoc } from '$lib/storage/migrations';
import { ProjectStore, crc32, type ProjectMeta } from '$lib/storage/projects';
import {
	restoreTables,
	savedTables,
	snapshotTables,
	type TableSnapshot
} from '$lib/storage/snapshot';
import { suiteDb } from '../../support/duckdb-node';
import { sameArrow } from './arrow-node';
import { allRows, waybillFixture } from './fixture';
import { MemoryBackend } from './memory-backend';

const db = sameArrow(suiteDb());
const NOW = Date.UTC(2024, 6, 1, 9);
const DAY = 86_400_000;
const SALT = '00112233445566778899aabbccddeeff';

const meta = (patch: Partial<ProjectMeta> = {}): ProjectMeta => ({
	id: 'p-1',
	name: '华南运单',
	createdAt: NOW - 10 * DAY,
	openedAt: NOW - DAY,
	savedAt: NOW - DAY,
	backedUpAt: null,
	bytes: 1000,
	schemaVersion: CURRENT_SCHEMA,
	version: 3,
	datasetSummary: {
		id: 'files-abc',
		source: { kind: 'files', files: [{ name: '运单2024.csv', bytes: 123, fingerprint: 'f00d' }] },
		rows: { waybills: 3 },
		timings: {}
	},
	...patch
});

const doc = (): ProjectDoc => ({
	...emptyDoc(),
	settings: {
		cleaning: defaultCleaningSettings('2024-07-01', SALT),
		value: null,
		import: { utcOffsetHours: 8 }
	},
	mappings: [{ table: 'waybills', fields: [] }],
	report: { title: '华南区客户分析报告', body: '高价值客户贡献了 62% 的收入。' },
	imported: {
		tables: [{ repairs: [{ field: 'sender_phone', samples: ['138 0013 8000'] }] }],
		files: [{ name: '运单2024.csv', issues: [{ code: 'x', samples: ['张三'] }] }]
	}
});

const opts = { dropPii: false, appVersion: '0.1.0', now: () => NOW };

async function fixtureSnaps(chunkRows = 2): Promise<TableSnapshot[]> {
	await waybillFixture(db);
	return snapshotTables(db, await savedTables(db), { dropPii: false, chunkRows });
}

const input = (tables: TableSnapshot[]): BackupInput => ({ meta: meta(), doc: doc(), tables });

describe('exportBackup / readBackup', () => {
	it('round-trips the document and tables, into a new project and a database', async () => {
		const snaps = await fixtureSnaps();
		const before = await allRows(db, 'src_waybills');
		const file = await exportBackup(input(snaps), opts);
		const back = readBackup(file);
		expect(back).toMatchObject({
			createdAt: NOW,
			app: { name: 'ParcelLens', version: '0.1.0' },
			piiDropped: false,
			migratedFrom: null,
			project: {
				name: '华南运单',
				files: [{ name: '运单2024.csv', bytes: 123, fingerprint: 'f00d' }]
			}
		});
		expect(back.doc).toEqual(doc());
		expect(back.tables.map((t) => [t.name, t.rows, t.chunks.map((c) => [...c])])).toEqual(
			snaps.map((t) => [t.name, t.rows, t.chunks.map((c) => [...c])])
		);

		const store = new ProjectStore(new MemoryBackend(), { now: () => NOW + DAY });
		const imported = await importBackup(store, back);
		expect(imported).toMatchObject({ name: '华南运单', backedUpAt: NOW });
		expect(backupAgeWarning(imported, NOW + DAY)).toBeNull();
		const opened = await store.open(imported.id);
		expect(opened.doc).toEqual(doc());
		for (const t of await savedTables(db)) await db.run(`DROP TABLE "${t}"`);
		await restoreTables(db, opened.tables);
		expect(await allRows(db, 'src_waybills')).toEqual(before);
	});

	it('streams parts that concatenate to the same file, stored or deflated', async () => {
		const snaps = await fixtureSnaps();
		const parts = await exportBackupParts(input(snaps), { ...opts, level: 0 });
		expect(parts.length).toBeGreaterThan(1);
		const joined = new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer());
		expect(readBackup(joined).tables).toHaveLength(2);
		expect(Object.keys(unzipSync(joined)).sort()).toEqual([
			'project.json',
			'tables/quarantine_waybills.arrow',
			'tables/src_waybills.arrow'
		]);
	});

	it('without PII: a fresh salt, no raw PII kept, no value samples, pseudonymised tables', async () => {
		await waybillFixture(db);
		const tables = await snapshotTables(db, await savedTables(db), { dropPii: true, salt: SALT });
		const back = readBackup(await exportBackup(input(tables), { ...opts, dropPii: true }));
		expect(back.piiDropped).toBe(true);
		const cleaning = back.doc.settings.cleaning!;
		expect(cleaning.salt).toMatch(/^[0-9a-f]{32}$/);
		expect(cleaning.salt).not.toBe(SALT);
		expect(cleaning.keepRawPii).toBe(false);
		expect(JSON.stringify(back.doc.imported)).not.toMatch(/138|张三/);
		expect(back.doc.report).toEqual(doc().report);
		for (const t of await savedTables(db)) await db.run(`DROP TABLE "${t}"`);
		await restoreTables(db, back.tables);
		const text = JSON.stringify(await allRows(db, 'src_waybills'));
		expect(text).not.toMatch(/13800138000|13900139000|张三|李四/);
		expect(text).toMatch(/张\*/);
	});

	it('refuses to write a PII-free backup from tables that still hold raw PII', async () => {
		const snaps = await fixtureSnaps();
		const attempt = exportBackup(input(snaps), { ...opts, dropPii: true });
		await expect(attempt).rejects.toMatchObject({ name: 'BackupError', code: 'invalid' });
		await expect(attempt).rejects.toThrow(/src_waybills\.sender_phone/);
	});
});

describe('readBackup refuses what is not a good backup', () => {
	const codeOf = (bytes: Uint8Array) => {
		try {
			readBackup(bytes);
		} catch (e) {
			if (e instanceof BackupError) return e.code;
			throw e;
		}
		return 'accepted';
	};

	async function goodEntries(): Promise<Zippable> {
		const file = await exportBackup(input(await fixtureSnaps()), { ...opts, level: 0 });
		return unzipSync(file);
	}
	const manifestOf = (entries: Zippable) =>
		JSON.parse(new TextDecoder().decode(entries['project.json'] as Uint8Array)) as Record<
			string,
			unknown
		> & { tables: { name: string; rows: number; chunks: { bytes: number; crc: number }[] }[] };
	const withManifest = (entries: Zippable, change: (m: ReturnType<typeof manifestOf>) => void) => {
		const m = manifestOf(entries);
		change(m);
		return zipSync({ ...entries, 'project.json': strToU8(JSON.stringify(m)) });
	};

	it('accepts the untouched file', async () => {
		expect(codeOf(zipSync(await goodEntries()))).toBe('accepted');
	});

	it('files that are not backups', async () => {
		expect(codeOf(new Uint8Array(0))).toBe('not-a-backup');
		expect(codeOf(strToU8('waybill_id,fee\nW1,12\n'))).toBe('not-a-backup');
		expect(codeOf(zipSync({ 'readme.txt': strToU8('hi') }))).toBe('unexpected-entry');
		const entries = await goodEntries();
		delete entries['project.json'];
		expect(codeOf(zipSync(entries))).toBe('not-a-backup');
		expect(codeOf(zipSync({ 'project.json': strToU8('{"format":"other"}') }))).toBe('not-a-backup');
		expect(codeOf(zipSync({ 'project.json': strToU8('not json') }))).toBe('corrupt');
	});

	it('entries with paths or names it does not know', async () => {
		const entries = await goodEntries();
		for (const evil of [
			'../project.json',
			'/etc/passwd',
			'tables/../x.arrow',
			'tables/A.arrow',
			'tables/x.exe'
		])
			expect(codeOf(zipSync({ ...entries, [evil]: strToU8('x') })), evil).toBe('unexpected-entry');
		// A well-formed name the manifest does not list.
		expect(codeOf(zipSync({ ...entries, 'tables/src_payments.arrow': strToU8('x') }))).toBe(
			'unexpected-entry'
		);
		// A table the app never saves, even when listed.
		const raw = withManifest({ ...entries, 'tables/raw_f1.arrow': strToU8('x') }, (m) =>
			m.tables.push({ name: 'raw_f1', rows: 0, chunks: [{ bytes: 1, crc: crc32(strToU8('x')) }] })
		);
		expect(codeOf(raw)).toBe('invalid');
		const many: Zippable = { ...entries };
		for (let i = 0; i < 40; i++) many[`tables/t${i}.arrow`] = strToU8('x');
		expect(codeOf(zipSync(many))).toBe('too-large');
	});

	it('newer formats and schemas', async () => {
		const entries = await goodEntries();
		expect(codeOf(withManifest(entries, (m) => (m.formatVersion = 2)))).toBe('newer-format');
		expect(codeOf(withManifest(entries, (m) => (m.schemaVersion = CURRENT_SCHEMA + 1)))).toBe(
			'newer-schema'
		);
		expect(codeOf(withManifest(entries, (m) => (m.format = BACKUP_FORMAT + 'x')))).toBe(
			'not-a-backup'
		);
		expect(codeOf(withManifest(entries, (m) => (m.doc = { settings: 'none' })))).toBe('invalid');
		expect(codeOf(withManifest(entries, (m) => (m.project = {})))).toBe('invalid');
	});

	it('damage: flipped bytes, truncation, missing tables, wrong counts', async () => {
		const entries = await goodEntries();
		const table = entries['tables/src_waybills.arrow'] as Uint8Array;
		const flipped = table.slice();
		flipped[100] = flipped[100]! ^ 0xff;
		expect(codeOf(zipSync({ ...entries, 'tables/src_waybills.arrow': flipped }))).toBe('corrupt');
		expect(
			codeOf(
				zipSync({ ...entries, 'tables/src_waybills.arrow': table.subarray(0, table.length - 9) })
			)
		).toBe('corrupt');
		const file = zipSync(entries);
		expect(codeOf(file.subarray(0, file.length - 30))).toBe('corrupt');
		const missing = { ...entries };
		delete missing['tables/src_waybills.arrow'];
		expect(codeOf(zipSync(missing))).toBe('missing-entry');
		expect(codeOf(withManifest(entries, (m) => (m.tables[0]!.rows += 1)))).toBe('corrupt');
	});

	it('Arrow data with the right checksum but foreign columns', async () => {
		const entries = await goodEntries();
		await db.run('CREATE OR REPLACE TABLE src_customers AS SELECT 1 AS evil');
		const [foreign] = await snapshotTables(db, ['src_customers'], { dropPii: false });
		await db.run('DROP TABLE src_customers');
		const chunk = foreign!.chunks[0]!;
		const file = withManifest({ ...entries, 'tables/src_customers.arrow': chunk }, (m) =>
			m.tables.push({
				name: 'src_customers',
				rows: 1,
				chunks: [{ bytes: chunk.length, crc: crc32(chunk) }]
			})
		);
		expect(codeOf(file)).toBe('invalid');
	});
});

describe('backupAgeWarning', () => {
	it('warns when never backed up, or changed since a backup that is too old', () => {
		expect(backupAgeWarning(meta(), NOW)).toEqual({ never: true, days: 10 });
		expect(backupAgeWarning(meta({ createdAt: NOW - 6 * DAY }), NOW)).toBeNull();
		expect(backupAgeWarning(meta({ backedUpAt: NOW - 8 * DAY }), NOW)).toEqual({
			never: false,
			days: 8
		});
		// Nothing changed since the backup: the file has it all.
		expect(
			backupAgeWarning(meta({ backedUpAt: NOW - 30 * DAY, savedAt: NOW - 31 * DAY }), NOW)
		).toBeNull();
		expect(backupAgeWarning(meta({ backedUpAt: NOW - 3 * DAY }), NOW)).toBeNull();
		expect(backupAgeWarning(meta({ backedUpAt: NOW - 3 * DAY }), NOW, 2)).toEqual({
			never: false,
			days: 3
		});
		// An empty project has nothing to lose.
		expect(backupAgeWarning(meta({ datasetSummary: null }), NOW)).toBeNull();
	});
});

describe('backupFileName', () => {
	it('is the name made safe for any file system, with the local date and time', () => {
		const at = new Date(2025, 2, 7, 9, 5).getTime();
		expect(backupFileName('华南运单 2024', at)).toBe('华南运单 2024-20250307-0905.parcellens.zip');
		expect(backupFileName('a/b:c*?"<>|\\d\tx', at)).toBe('a_b_c_d_x-20250307-0905.parcellens.zip');
		expect(backupFileName('  ', at)).toBe('project-20250307-0905.parcellens.zip');
		expect(backupFileName('长'.repeat(100), at)).toBe(
			`${'长'.repeat(60)}-20250307-0905.parcellens.zip`
		);
	});
});

// Imports files in Node tests the way the app does: read, suggest, map, apply.
import type { Db } from '../../src/lib/engine/sql';
import { ImportSession } from '../../src/lib/ingest/session';
import type { TableMapping } from '../../src/lib/ingest/suggest';
import { cleanAll } from '../../src/lib/model/clean/clean';
import { defaultCleaningSettings } from '../../src/lib/model/clean/settings';
import { nodeParquetReader } from './parquet-node';

export interface TestFile {
	name: string;
	bytes: Uint8Array;
}

/** Reads the files, keeps the suggested tables and mappings (with overrides), and applies them. */
export async function importFiles(
	db: Db,
	files: readonly TestFile[],
	adjust: (mapping: TableMapping) => TableMapping = (m) => m
) {
	const session = new ImportSession({ db, parquet: nodeParquetReader });
	const state = await session.add(
		files.map((f) => ({ file: new Blob([f.bytes as BlobPart]), name: f.name }))
	);
	const tables = [...new Set(state.files.map((f) => f.assigned).filter((t) => t !== null))];
	const mappings = tables.map((t) => adjust(session.suggest(t)));
	const result = await session.apply(mappings);
	const cleaning = result.issues.length === 0 ? await cleanAll(db, TEST_CLEANING) : null;
	return { session, state, mappings, result, cleaning };
}

/** Cleaning settings for tests: a fixed "today" and salt, so results never depend on the clock. */
export const TEST_CLEANING = defaultCleaningSettings('2030-01-01', '0123456789abcdef');

// The app's IndexedDB database. Every schema change is a new version with its own migration
// step below; shipped steps are never edited.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FieldMapping } from '$lib/ingest/suggest';
import type { CanonicalTable } from '$lib/model/schema';

/** A saved mapping: next month's export with the same headers maps in one click. */
export interface MappingTemplate {
	/** Hash of the table and the normalized header names it was made from. */
	signature: string;
	table: CanonicalTable;
	name: string;
	/** The headers it was made from, to match similar files too. */
	headers: string[];
	fields: Pick<FieldMapping, 'field' | 'column' | 'unit'>[];
	savedAt: string;
}

export interface ParcelLensDB extends DBSchema {
	templates: { key: string; value: MappingTemplate; indexes: { table: string } };
}

export const DB_NAME = 'parcellens';
export const DB_VERSION = 1;

/** Opens (and migrates) the database; null where IndexedDB is unavailable (private modes). */
export async function openAppDb(): Promise<IDBPDatabase<ParcelLensDB> | null> {
	if (typeof indexedDB === 'undefined') return null;
	try {
		return await openDB<ParcelLensDB>(DB_NAME, DB_VERSION, {
			upgrade(db, oldVersion) {
				if (oldVersion < 1) {
					const templates = db.createObjectStore('templates', { keyPath: 'signature' });
					templates.createIndex('table', 'table');
				}
			}
		});
	} catch {
		return null;
	}
}

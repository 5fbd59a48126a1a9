// The saved project document and how older versions of it move forward. Every change to the
// document's shape bumps CURRENT_SCHEMA and adds one step below; shipped steps are never
// edited, so a project saved by any earlier release (or a backup from one) still opens.

import type { ImportOptions } from '$lib/ingest/apply';
import type { TableMapping } from '$lib/ingest/suggest';
import type { CleaningSettings } from '$lib/model/clean/settings';
import type { ValueSettings } from '$lib/value/settings';

export const CURRENT_SCHEMA = 1;

/** The analyst's choices; null until the step that owns them has run once. */
export interface ProjectSettings {
	cleaning: CleaningSettings | null;
	value: ValueSettings | null;
	import: ImportOptions | null;
}

/** Everything about a project except its tables. */
export interface ProjectDoc {
	settings: ProjectSettings;
	/** Column mappings per canonical table, as applied. */
	mappings: TableMapping[];
	/** The edited report (opaque to storage; the report page owns its shape). */
	report: unknown;
	/** Import lineage: files read and what the import did (opaque; null for sample data). */
	imported: unknown;
	/** Other state later pages keep (filters, chosen k, weight bands…), by page. */
	extras: Record<string, unknown>;
}

export const emptyDoc = (): ProjectDoc => ({
	settings: { cleaning: null, value: null, import: null },
	mappings: [],
	report: null,
	imported: null,
	extras: {}
});

export type MigrationErrorCode = 'newer' | 'unknown-version' | 'invalid';

/** A document that cannot be brought to the current schema; `code` says why. */
export class MigrationError extends Error {
	override name = 'MigrationError';
	constructor(
		readonly code: MigrationErrorCode,
		detail: string
	) {
		super(`${code}: ${detail}`);
	}
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Step n turns a version-n document into version n+1. Steps get a private copy and may change it
 * in place; they must not depend on anything but the document.
 */
const STEPS: Record<number, (doc: Json) => Json> = {
	// v0: the development builds kept the settings at the top level and called keepRawPii
	// `keepPhones`; they had no import options, lineage or extras.
	0: (doc) => {
		const cleaning = isObject(doc.cleaning) ? { ...doc.cleaning } : null;
		if (cleaning && 'keepPhones' in cleaning) {
			cleaning.keepRawPii = cleaning.keepPhones === true;
			delete cleaning.keepPhones;
		}
		return {
			settings: { cleaning, value: isObject(doc.value) ? doc.value : null, import: null },
			mappings: doc.mappings ?? [],
			report: doc.report ?? null,
			imported: null,
			extras: {}
		};
	}
};

/**
 * Brings a document saved at `fromVersion` to CURRENT_SCHEMA (a pure function: the input is
 * not touched) and checks its shape.
 */
export function migrateDoc(doc: unknown, fromVersion: number): ProjectDoc {
	if (!Number.isInteger(fromVersion) || fromVersion < 0)
		throw new MigrationError('unknown-version', String(fromVersion));
	if (fromVersion > CURRENT_SCHEMA)
		throw new MigrationError(
			'newer',
			`saved with schema ${fromVersion}, this app reads ≤ ${CURRENT_SCHEMA}`
		);
	if (!isObject(doc)) throw new MigrationError('invalid', 'not an object');
	let current = structuredClone(doc);
	for (let v = fromVersion; v < CURRENT_SCHEMA; v++) {
		const step = STEPS[v];
		if (!step) throw new MigrationError('unknown-version', `no step from ${v}`);
		current = step(current);
	}
	return checkDoc(current);
}

/** The current shape, with defaults for optional parts a hand-made backup may lack. */
function checkDoc(doc: Json): ProjectDoc {
	const s = doc.settings;
	if (!isObject(s)) throw new MigrationError('invalid', 'settings');
	const nullableObject = (v: unknown, what: string) => {
		if (v === undefined || v === null) return null;
		if (!isObject(v)) throw new MigrationError('invalid', what);
		return v;
	};
	const mappings = doc.mappings ?? [];
	if (!Array.isArray(mappings) || mappings.some((m) => !isObject(m) || !Array.isArray(m.fields)))
		throw new MigrationError('invalid', 'mappings');
	const extras = doc.extras ?? {};
	if (!isObject(extras)) throw new MigrationError('invalid', 'extras');
	return {
		settings: {
			cleaning: nullableObject(s.cleaning, 'settings.cleaning') as CleaningSettings | null,
			value: nullableObject(s.value, 'settings.value') as ValueSettings | null,
			import: nullableObject(s.import, 'settings.import') as ImportOptions | null
		},
		mappings: mappings as TableMapping[],
		report: doc.report ?? null,
		imported: doc.imported ?? null,
		extras
	};
}

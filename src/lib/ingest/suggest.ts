// Suggests which table a file feeds and which column fills each canonical field, from header
// synonyms first and sample values second. Every suggestion carries its confidence so the
// analyst sees what to check.

import {
	CANONICAL_TABLES,
	REQUIRED_ONE_OF,
	TABLE_NAMES,
	type CanonicalTable,
	type FieldSpec
} from '$lib/model/schema';
import { valueFit } from './patterns';
import { FIELD_SYNONYMS, normalizeHeader, type Unit } from './synonyms';

/** A source column as the suggester sees it: its header and some sample values. */
export interface ColumnSample {
	name: string;
	samples: readonly string[];
}

/** Which column fills a field (null: not mapped), and how sure we are. */
export interface FieldMapping {
	field: string;
	column: string | null;
	/** Unit of the values when the header does not say (weights, money). */
	unit: Unit | null;
	/** 0–1; 1 means an exact header synonym, lower means a partial or value-based match. */
	confidence: number;
	/** Where the suggestion came from. */
	source: 'header' | 'values' | 'template' | 'user' | 'none';
}

export interface TableMapping {
	table: CanonicalTable;
	fields: FieldMapping[];
}

const synonymKeys = new Map<string, Map<string, string[]>>();
function keysFor(table: CanonicalTable, field: string): string[] {
	let byField = synonymKeys.get(table);
	if (!byField) synonymKeys.set(table, (byField = new Map()));
	let keys = byField.get(field);
	if (!keys) {
		keys = [field, ...(FIELD_SYNONYMS[table][field] ?? [])].map((s) => normalizeHeader(s).key);
		byField.set(field, keys);
	}
	return keys;
}

/** How well a header names a field: 1 exact synonym, 0.5–0.8 partial, 0 not at all. */
export function headerScore(table: CanonicalTable, field: string, header: string): number {
	const { key } = normalizeHeader(header);
	if (key === '') return 0;
	let best = 0;
	for (const k of keysFor(table, field)) {
		if (k === key) return 1;
		if (k.length >= 2 && key.length >= 2 && (key.includes(k) || k.includes(key))) {
			const overlap = Math.min(k.length, key.length) / Math.max(k.length, key.length);
			best = Math.max(best, 0.45 + 0.35 * overlap);
		}
	}
	return best;
}

/** Below this a column is not suggested for a field at all. */
const MIN_CONFIDENCE = 0.3;

function pairScore(table: CanonicalTable, spec: FieldSpec, column: ColumnSample): number {
	const h = headerScore(table, spec.name, column.name);
	const v = valueFit(spec, column.samples);
	// A header match that the values contradict is demoted; values alone are a weak hint.
	if (h >= 1) return v === 0 && column.samples.length > 0 && spec.kind !== 'text' ? 0.6 : 1;
	if (h > 0) return h * (0.6 + 0.4 * v);
	return spec.kind === 'text' || spec.kind === 'id' ? 0 : 0.45 * v;
}

/** The best one-to-one assignment of columns to the table's fields. */
export function suggestMapping(
	table: CanonicalTable,
	columns: readonly ColumnSample[]
): TableMapping {
	const specs = CANONICAL_TABLES[table];
	const pairs: { spec: FieldSpec; column: ColumnSample; score: number; fromHeader: boolean }[] = [];
	for (const spec of specs) {
		for (const column of columns) {
			const score = pairScore(table, spec, column);
			if (score >= MIN_CONFIDENCE) {
				pairs.push({
					spec,
					column,
					score,
					fromHeader: headerScore(table, spec.name, column.name) > 0
				});
			}
		}
	}
	// Required fields first on equal scores, so a weak optional match never steals their column.
	pairs.sort((a, b) => b.score - a.score || Number(!!b.spec.required) - Number(!!a.spec.required));
	const used = new Set<string>();
	const chosen = new Map<string, FieldMapping>();
	for (const p of pairs) {
		if (chosen.has(p.spec.name) || used.has(p.column.name)) continue;
		used.add(p.column.name);
		chosen.set(p.spec.name, {
			field: p.spec.name,
			column: p.column.name,
			// Each file's header unit applies when it is read; this is only a user override.
			unit: null,
			confidence: Math.round(p.score * 100) / 100,
			source: p.fromHeader ? 'header' : 'values'
		});
	}
	return {
		table,
		fields: specs.map(
			(s) =>
				chosen.get(s.name) ?? {
					field: s.name,
					column: null,
					unit: null,
					confidence: 0,
					source: 'none'
				}
		)
	};
}

/**
 * Required fields the mapping leaves empty; for a one-of group (customer_id or sender_phone)
 * with none mapped, its first field.
 */
export function missingRequired(mapping: TableMapping): string[] {
	const mapped = (name: string) => !!mapping.fields.find((f) => f.field === name)?.column;
	const specs = CANONICAL_TABLES[mapping.table];
	const single = specs.filter((s) => s.required && !mapped(s.name)).map((s) => s.name);
	const groups = (REQUIRED_ONE_OF[mapping.table] ?? [])
		.filter((group) => !group.some(mapped))
		.map((group) => group[0]!);
	return [...single, ...groups];
}

/**
 * The table a file most likely feeds: the one whose required fields its headers cover best,
 * then the one with most fields matched.
 */
export function suggestTable(columns: readonly ColumnSample[]): {
	table: CanonicalTable;
	score: number;
} {
	let best: { table: CanonicalTable; score: number } = { table: 'waybills', score: -1 };
	for (const table of TABLE_NAMES) {
		const m = suggestMapping(table, columns);
		const required = CANONICAL_TABLES[table].filter((s) => s.required);
		// Only header matches count for required fields: values alone (any timestamp column
		// looks like order_time) would make every table look complete.
		const requiredHit = required.filter(
			(s) => m.fields.find((f) => f.field === s.name)?.source === 'header'
		).length;
		const matched = m.fields.reduce((sum, f) => sum + f.confidence, 0);
		const score = (requiredHit / required.length) * 10 + matched;
		if (score > best.score) best = { table, score };
	}
	return best;
}

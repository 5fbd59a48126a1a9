import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { TableMapping } from '$lib/ingest/suggest';
import { normalizeHeader } from '$lib/ingest/synonyms';
import type { CanonicalTable } from '$lib/model/schema';
import { openAppDb, type MappingTemplate } from './db';

/** Signature of a table's source headers: order, case, width and units do not matter. */
export function headerSignature(table: CanonicalTable, headers: readonly string[]): string {
	const keys = [...new Set(headers.map((h) => normalizeHeader(h).key))].sort();
	return bytesToHex(sha256(utf8ToBytes(`${table}\n${keys.join('\n')}`))).slice(0, 24);
}

/** Share of headers two sets have in common (Jaccard), after normalization. */
export function headerOverlap(a: readonly string[], b: readonly string[]): number {
	const ka = new Set(a.map((h) => normalizeHeader(h).key));
	const kb = new Set(b.map((h) => normalizeHeader(h).key));
	const both = [...ka].filter((k) => kb.has(k)).length;
	return both / (ka.size + kb.size - both || 1);
}

/** A template only counts as a match above this overlap. */
export const TEMPLATE_MATCH = 0.8;

/** Saved mapping templates in IndexedDB (a no-op store where IndexedDB is unavailable). */
export class TemplateStore {
	private db = openAppDb();

	async save(
		name: string,
		mapping: TableMapping,
		headers: readonly string[]
	): Promise<MappingTemplate> {
		const template: MappingTemplate = {
			signature: headerSignature(mapping.table, headers),
			table: mapping.table,
			name,
			headers: [...headers],
			fields: mapping.fields.map(({ field, column, unit }) => ({ field, column, unit })),
			savedAt: new Date().toISOString()
		};
		const db = await this.db;
		await db?.put('templates', template);
		return template;
	}

	async list(table?: CanonicalTable): Promise<MappingTemplate[]> {
		const db = await this.db;
		if (!db) return [];
		const all = table
			? await db.getAllFromIndex('templates', 'table', table)
			: await db.getAll('templates');
		return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
	}

	async remove(signature: string): Promise<void> {
		const db = await this.db;
		await db?.delete('templates', signature);
	}

	/** The saved template for exactly these headers, else the most similar one above the bar. */
	async match(table: CanonicalTable, headers: readonly string[]): Promise<MappingTemplate | null> {
		const candidates = await this.list(table);
		const signature = headerSignature(table, headers);
		const exact = candidates.find((t) => t.signature === signature);
		if (exact) return exact;
		let best: { t: MappingTemplate; overlap: number } | null = null;
		for (const t of candidates) {
			const overlap = headerOverlap(t.headers, headers);
			if (overlap >= TEMPLATE_MATCH && (!best || overlap > best.overlap)) best = { t, overlap };
		}
		return best?.t ?? null;
	}
}

/** A template's mapping laid over the columns at hand (columns that no longer exist drop out). */
export function fromTemplate(
	template: MappingTemplate,
	mapping: TableMapping,
	columns: readonly string[]
): TableMapping {
	const keys = new Map(columns.map((c) => [normalizeHeader(c).key, c]));
	return {
		table: mapping.table,
		fields: mapping.fields.map((f) => {
			const saved = template.fields.find((s) => s.field === f.field);
			if (!saved) return f;
			const column = saved.column ? (keys.get(normalizeHeader(saved.column).key) ?? null) : null;
			return {
				...f,
				column,
				unit: saved.unit,
				confidence: column ? 1 : 0,
				source: column ? 'template' : 'none'
			};
		})
	};
}

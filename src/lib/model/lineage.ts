// Lineage: for each table, from the files to the rows the analysis uses — rows read, parsed,
// mapped, then left after each cleaning rule — with the reasons. Plain data, so the data page
// draws it and the report can cite it.

import type { TableImportReport } from '$lib/ingest/apply';
import type { ParsedFile } from '$lib/ingest/raw';
import type { CleaningReport, RuleId } from './clean/clean';
import type { CanonicalTable } from './schema';

export interface FileLineage {
	fileId: number;
	name: string;
	fingerprint: string;
	/** Data rows in the file (title, totals and blank rows not counted). */
	rows: number;
	/** Rows that could not be split into the header's columns. */
	malformed: number;
	/** Title, totals and blank rows skipped. */
	skipped: number;
	/** Rows set aside at mapping for a missing or unreadable required value. */
	quarantined: number;
	/** Rows that reached cleaning. */
	loaded: number;
}

export type StageId = 'read' | 'parsed' | 'mapped' | 'generated' | `rule:${RuleId}` | 'final';

export interface LineageStage {
	id: StageId;
	/** Rows after this stage. */
	rows: number;
	/** Rows this stage removed. */
	removed: number;
}

export interface TableLineage {
	table: CanonicalTable;
	source: 'files' | 'sample';
	files: FileLineage[];
	stages: LineageStage[];
}

/** Assembles each table's lineage from the import (if any) and the cleaning report. */
export function buildLineage(
	cleaning: CleaningReport,
	imported: { files: readonly ParsedFile[]; tables: readonly TableImportReport[] } | null
): TableLineage[] {
	const out: TableLineage[] = [];
	for (const [table, counts] of Object.entries(cleaning.rows) as [
		CanonicalTable,
		{ before: number; after: number }
	][]) {
		const stages: LineageStage[] = [];
		const files: FileLineage[] = [];
		const report = imported?.tables.find((t) => t.table === table);
		if (report && imported) {
			for (const f of report.files) {
				const parsed = imported.files.find((p) => p.fileId === f.fileId);
				files.push({
					fileId: f.fileId,
					name: f.name,
					fingerprint: parsed?.fingerprint ?? '',
					rows: f.rows + (parsed?.malformed ?? 0),
					malformed: parsed?.malformed ?? 0,
					skipped:
						(parsed?.skipped.title ?? 0) +
						(parsed?.skipped.totals ?? 0) +
						(parsed?.skipped.blank ?? 0),
					quarantined: f.quarantined,
					loaded: f.loaded
				});
			}
			const read = files.reduce((s, f) => s + f.rows, 0);
			const parsedRows = read - files.reduce((s, f) => s + f.malformed, 0);
			stages.push({ id: 'read', rows: read, removed: 0 });
			stages.push({ id: 'parsed', rows: parsedRows, removed: read - parsedRows });
			stages.push({ id: 'mapped', rows: counts.before, removed: parsedRows - counts.before });
		} else {
			stages.push({ id: 'generated', rows: counts.before, removed: 0 });
		}
		let rows = counts.before;
		for (const rule of cleaning.rules.filter((r) => r.table === table && r.action === 'exclude')) {
			rows -= rule.count;
			stages.push({ id: `rule:${rule.id}`, rows, removed: rule.count });
		}
		stages.push({ id: 'final', rows: counts.after, removed: 0 });
		out.push({ table, source: report ? 'files' : 'sample', files, stages });
	}
	return out;
}

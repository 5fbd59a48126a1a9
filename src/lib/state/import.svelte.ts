import type { ApplyResult, ImportFileView, Progress, QuarantineRows } from '$lib/engine/api';
import { callback, type Engine } from '$lib/engine/client';
import { toFailure, type Failure } from '$lib/engine/errors';
import { mergeColumns } from '$lib/ingest/columns';
import { missingRequired, type FieldMapping, type TableMapping } from '$lib/ingest/suggest';
import type { Unit } from '$lib/ingest/synonyms';
import { CANONICAL_TABLES, TABLE_NAMES, type CanonicalTable } from '$lib/model/schema';
import type { MappingTemplate } from '$lib/storage/db';
import { fromTemplate, TemplateStore } from '$lib/storage/templates';
import type { DatasetState } from './dataset.svelte';

/** The import page's state: files, their tables, the editable mappings, and the result. */
export class ImportWorkspace {
	files = $state.raw<ImportFileView[]>([]);
	mappings = $state<Partial<Record<CanonicalTable, TableMapping>>>({});
	/** Templates applied to the current mappings, by table. */
	templates = $state<Partial<Record<CanonicalTable, MappingTemplate>>>({});
	status = $state<'idle' | 'reading' | 'applying'>('idle');
	progress = $state.raw<Progress | null>(null);
	result = $state.raw<ApplyResult | null>(null);
	error = $state.raw<Failure | null>(null);
	quarantine = $state.raw<QuarantineRows | null>(null);

	/** Tables that have at least one file assigned, in canonical order. */
	tables = $derived(TABLE_NAMES.filter((t) => this.files.some((f) => f.assigned === t)));

	/** Required fields still unmapped, per table in use. */
	missing = $derived(
		Object.fromEntries(
			this.tables.map((t) => {
				const mapping = this.mappings[t];
				return [
					t,
					mapping
						? missingRequired(mapping)
						: CANONICAL_TABLES[t].filter((s) => s.required).map((s) => s.name)
				];
			})
		) as Partial<Record<CanonicalTable, string[]>>
	);

	canApply = $derived(
		this.tables.includes('waybills') &&
			this.tables.every((t) => (this.missing[t]?.length ?? 0) === 0)
	);

	private readonly store = new TemplateStore();

	constructor(
		private readonly engine: Engine,
		private readonly dataset: DatasetState
	) {}

	private onProgress = callback((p: Progress) => {
		this.progress = p;
	});

	/** Reloads the engine's import state (after a page reload within the same tab). */
	async refresh(): Promise<void> {
		this.files = (await this.engine.importState()).files;
		await this.refreshMappings();
	}

	async add(files: File[]): Promise<void> {
		await this.reading(async () => {
			this.files = (await this.engine.addFiles(files, this.onProgress)).files;
		});
	}

	async remove(fileId: number): Promise<void> {
		this.files = (await this.engine.removeFile(fileId)).files;
		await this.refreshMappings();
	}

	async assign(fileId: number, table: CanonicalTable | null): Promise<void> {
		this.files = (await this.engine.assignFile(fileId, table)).files;
		await this.refreshMappings();
	}

	async chooseSheet(fileId: number, sheet: string): Promise<void> {
		await this.reading(async () => {
			this.files = (await this.engine.chooseSheet(fileId, sheet, this.onProgress)).files;
		});
	}

	/** Columns available to a table's mapping: the union of its files' columns. */
	columns(table: CanonicalTable): { name: string; samples: string[] }[] {
		return mergeColumns(this.files.filter((x) => x.assigned === table).map((f) => f.columns)).map(
			(c) => ({
				name: c.name,
				samples: c.samples.filter((v, i, all) => all.indexOf(v) === i).slice(0, 6)
			})
		);
	}

	setField(table: CanonicalTable, field: string, column: string | null): void {
		this.update(table, field, {
			column,
			source: column ? 'user' : 'none',
			confidence: column ? 1 : 0
		});
	}

	setUnit(table: CanonicalTable, field: string, unit: Unit | null): void {
		this.update(table, field, { unit });
	}

	async saveTemplate(table: CanonicalTable, name: string): Promise<void> {
		const mapping = this.mappings[table];
		if (!mapping) return;
		const template = await this.store.save(
			name,
			$state.snapshot(mapping) as TableMapping,
			this.columns(table).map((c) => c.name)
		);
		this.templates[table] = template;
	}

	async listTemplates(table: CanonicalTable): Promise<MappingTemplate[]> {
		return this.store.list(table);
	}

	useTemplate(table: CanonicalTable, template: MappingTemplate): void {
		const mapping = this.mappings[table];
		if (!mapping) return;
		this.mappings[table] = fromTemplate(
			template,
			$state.snapshot(mapping) as TableMapping,
			this.columns(table).map((c) => c.name)
		);
		this.templates[table] = template;
	}

	async apply(): Promise<ApplyResult | null> {
		this.status = 'applying';
		this.error = null;
		this.quarantine = null;
		const start = performance.now();
		try {
			const mappings = this.tables.map((t) => $state.snapshot(this.mappings[t]) as TableMapping);
			const result = await this.engine.applyImport({ mappings }, this.onProgress);
			this.result = result;
			if (result.dataset && !result.issues.some((i) => i.severity === 'error')) {
				performance.measure('parcellens:import', {
					start,
					end: performance.now(),
					detail: result.dataset.timings
				});
				this.dataset.adopt(result.dataset);
			}
			return result;
		} catch (e) {
			this.error = toFailure(e);
			return null;
		} finally {
			this.status = 'idle';
			this.progress = null;
		}
	}

	async showQuarantine(table: CanonicalTable): Promise<void> {
		this.quarantine = await this.engine.quarantine(table, 50);
	}

	async cancel(): Promise<void> {
		await this.engine.cancel();
	}

	private update(table: CanonicalTable, field: string, patch: Partial<FieldMapping>) {
		const mapping = this.mappings[table];
		const f = mapping?.fields.find((x) => x.field === field);
		if (f) Object.assign(f, patch);
	}

	private async reading(run: () => Promise<void>) {
		this.status = 'reading';
		this.error = null;
		const start = performance.now();
		try {
			await run();
			performance.measure('parcellens:read-files', { start, end: performance.now() });
			await this.refreshMappings();
		} catch (e) {
			this.error = toFailure(e);
		} finally {
			this.status = 'idle';
			this.progress = null;
		}
	}

	/**
	 * Suggestions for tables that gained files; a saved template for the same headers wins over
	 * the suggestion, and choices the user made stay as long as their columns exist.
	 */
	private async refreshMappings() {
		for (const table of TABLE_NAMES) {
			if (!this.tables.includes(table)) {
				delete this.mappings[table];
				delete this.templates[table];
				continue;
			}
			const suggestion = await this.engine.suggestMapping(table);
			const columns = this.columns(table).map((c) => c.name);
			const template = await this.store.match(table, columns);
			let next = template ? fromTemplate(template, suggestion, columns) : suggestion;
			const previous = this.mappings[table];
			if (previous) {
				next = {
					table,
					fields: next.fields.map((f) => {
						const old = previous.fields.find((x) => x.field === f.field);
						return old?.source === 'user' && (!old.column || columns.includes(old.column))
							? { ...old }
							: f;
					})
				};
			}
			this.mappings[table] = next;
			if (template) this.templates[table] = template;
			else delete this.templates[table];
		}
	}
}

import { downloadBlob } from '$lib/charts/export';
import type { ListFormat } from '$lib/engine/api';
import type { Engine } from '$lib/engine/client';
import { toFailure, type Failure } from '$lib/engine/errors';
import type { Locale } from '$lib/i18n';
import type { KScore } from '$lib/value/clusters/quality';
import { defaultValueSettings, valueProblems, type ValueSettings } from '$lib/value/settings';
import type { ListSelector, ValueResult } from '$lib/value/value';

/** The value page: settings as edited, the analysis in force, k diagnostics and list exports. */
export class ValueWorkspace {
	/** Settings as edited on the page. */
	draft = $state<ValueSettings>(defaultValueSettings());
	/** Settings the result was computed with. */
	applied = $state.raw<ValueSettings>(defaultValueSettings());
	result = $state.raw<ValueResult | null>(null);
	status = $state<'idle' | 'loading'>('idle');
	error = $state.raw<Failure | null>(null);
	kScores = $state.raw<KScore[] | null>(null);
	kStatus = $state<'idle' | 'loading'>('idle');
	private loadedVersion = -1;

	problems = $derived(valueProblems(this.draft));
	changed = $derived(JSON.stringify(this.draft) !== JSON.stringify(this.applied));

	constructor(private readonly engine: Engine) {}

	/** Computes with the applied settings, once per dataset version. */
	async load(version: number): Promise<void> {
		if (version === this.loadedVersion) return;
		this.loadedVersion = version;
		this.kScores = null;
		await this.run(this.applied, version);
	}

	/** Applies the edited settings (when valid). */
	async apply(version: number): Promise<void> {
		if (this.problems.length > 0) return;
		this.loadedVersion = version;
		await this.run($state.snapshot(this.draft) as ValueSettings, version);
	}

	reset(): void {
		this.draft = defaultValueSettings();
	}

	private async run(settings: ValueSettings, version: number): Promise<void> {
		this.status = 'loading';
		this.error = null;
		const start = performance.now();
		try {
			const result = await this.engine.valueAnalysis(settings);
			if (version !== this.loadedVersion) return;
			this.result = result;
			this.applied = settings;
			this.draft = structuredClone(settings);
			performance.measure('parcellens:value', {
				start,
				end: performance.now(),
				detail: result?.timings ?? {}
			});
		} catch (e) {
			if (version !== this.loadedVersion) return;
			this.error = toFailure(e);
			this.loadedVersion = -1;
		} finally {
			this.status = 'idle';
		}
	}

	async chooseK(): Promise<void> {
		this.kStatus = 'loading';
		try {
			this.kScores = await this.engine.chooseK(this.applied);
		} catch (e) {
			this.error = toFailure(e);
		} finally {
			this.kStatus = 'idle';
		}
	}

	/** Builds a customer list in the worker and hands it to the browser as a download. */
	async export(sel: ListSelector, format: ListFormat, locale: Locale, filename: string) {
		const file = await this.engine.exportCustomers(sel, format, locale);
		const type =
			format === 'csv'
				? 'text/csv;charset=utf-8'
				: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
		const name = `${filename}.${format}`;
		downloadBlob(new Blob([file.bytes as BlobPart], { type }), name);
		return { rows: file.rows, file: name };
	}
}

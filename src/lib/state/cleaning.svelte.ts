import type { CleaningState, DataQuality } from '$lib/engine/api';
import type { Engine } from '$lib/engine/client';
import { toFailure, type Failure } from '$lib/engine/errors';
import type { CleaningSettings } from '$lib/model/clean/settings';
import type { CanonicalTable } from '$lib/model/schema';
import type { DatasetState } from './dataset.svelte';

/** The data page: cleaning in force, the settings being edited, quality per table. */
export class CleaningWorkspace {
	state = $state.raw<CleaningState | null>(null);
	/** Settings as edited on the page, applied with `apply()`. */
	draft = $state<CleaningSettings | null>(null);
	status = $state<'idle' | 'loading' | 'applying'>('idle');
	error = $state.raw<Failure | null>(null);
	quality = $state.raw<DataQuality | null>(null);
	unmatched = $state.raw<{ table: string; rows: Awaited<ReturnType<Engine['unmatched']>> } | null>(
		null
	);
	private loadedVersion = -1;

	/** True when the edited settings differ from the ones in force. */
	changed = $derived(
		this.state !== null &&
			this.draft !== null &&
			JSON.stringify(this.draft) !== JSON.stringify(this.state.settings)
	);

	constructor(
		private readonly engine: Engine,
		private readonly dataset: DatasetState
	) {}

	/** Loads the cleaning of the current dataset version (once per version). */
	async load(version: number): Promise<void> {
		if (version === this.loadedVersion) return;
		this.loadedVersion = version;
		this.status = 'loading';
		try {
			const state = await this.engine.cleaning();
			this.state = state;
			this.draft = state ? structuredClone(state.settings) : null;
			this.quality = null;
			this.unmatched = null;
		} catch (e) {
			this.error = toFailure(e);
		} finally {
			this.status = 'idle';
		}
	}

	async apply(): Promise<void> {
		if (!this.draft) return;
		this.status = 'applying';
		this.error = null;
		const start = performance.now();
		try {
			this.state = await this.engine.applyCleaning($state.snapshot(this.draft) as CleaningSettings);
			this.draft = structuredClone(this.state.settings);
			performance.measure('parcellens:clean', { start, end: performance.now() });
			this.quality = null;
			this.unmatched = null;
			// Views keyed on the dataset version (the profile) recompute.
			this.dataset.touch();
			this.loadedVersion = this.dataset.version;
		} catch (e) {
			this.error = toFailure(e);
		} finally {
			this.status = 'idle';
		}
	}

	reset(): void {
		if (this.state) this.draft = structuredClone(this.state.settings);
	}

	async loadQuality(table: CanonicalTable): Promise<void> {
		try {
			this.quality = await this.engine.dataQuality(table);
		} catch (e) {
			this.error = toFailure(e);
		}
	}

	async loadUnmatched(table: 'service_sessions' | 'payments'): Promise<void> {
		this.unmatched = { table, rows: await this.engine.unmatched(table, 50) };
	}
}

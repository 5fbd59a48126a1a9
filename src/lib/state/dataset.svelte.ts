import type { DatasetSummary, EngineInfo, Progress } from '$lib/engine/api';
import { callback, type Engine } from '$lib/engine/client';
import { toFailure, type Failure } from '$lib/engine/errors';
import { newSalt } from '$lib/model/clean/settings';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** The data loaded in the engine, and the progress and outcome of loading it. */
export class DatasetState {
	engineInfo = $state.raw<EngineInfo | null>(null);
	engineError = $state.raw<Failure | null>(null);
	status = $state<Status>('idle');
	/** What is being loaded (for progress text), while status is 'loading'. */
	pending = $state.raw<{ kind: 'sample'; size: number; seed: number } | null>(null);
	progress = $state.raw<Progress | null>(null);
	dataset = $state.raw<DatasetSummary | null>(null);
	error = $state.raw<Failure | null>(null);
	/** Bumped on every new dataset, so views know to recompute. */
	version = $state(0);

	constructor(private readonly engine: Engine) {}

	/** Starts the engine in the background so the first click does not wait for DuckDB. */
	async start(): Promise<void> {
		const start = performance.now();
		try {
			this.engineInfo = await this.engine.start({ today: localToday(), salt: newSalt() });
			performance.measure('parcellens:engine', {
				start,
				end: performance.now(),
				detail: { duckdbStart: this.engineInfo.startMs, bundle: this.engineInfo.bundle }
			});
			const existing = await this.engine.dataset();
			if (existing && !this.dataset) this.setDataset(existing);
		} catch (e) {
			this.engineError = toFailure(e);
		}
	}

	/** Generates sample data; resolves to the dataset, or null on failure or cancel. */
	async generateSample(size: number, seed: number): Promise<DatasetSummary | null> {
		return this.run({ kind: 'sample', size, seed }, 'parcellens:sample', () =>
			this.engine.generateSample({ seed, waybills: size }, this.onProgress)
		);
	}

	/** Takes over a dataset loaded elsewhere (a file import). */
	adopt(d: DatasetSummary): void {
		this.error = null;
		this.setDataset(d);
	}

	/** Marks the data as changed in place (cleaning re-run): views recompute. */
	touch(): void {
		this.version++;
	}

	/** The same data under its project's id once saved as one (no view needs to recompute). */
	rename(id: string): void {
		if (this.dataset) this.dataset = { ...this.dataset, id };
	}

	/** No data any more (a project failed to open after its tables had replaced the previous). */
	clear(): void {
		this.dataset = null;
		this.status = 'idle';
		this.version++;
	}

	async cancel(): Promise<void> {
		await this.engine.cancel();
	}

	private onProgress = callback((p: Progress) => {
		this.progress = p;
	});

	private setDataset(d: DatasetSummary) {
		this.dataset = d;
		this.version++;
		this.status = 'ready';
	}

	private async run(
		pending: NonNullable<DatasetState['pending']>,
		measure: string,
		load: () => Promise<DatasetSummary>
	): Promise<DatasetSummary | null> {
		this.status = 'loading';
		this.pending = pending;
		this.progress = null;
		this.error = null;
		const start = performance.now();
		try {
			const d = await load();
			// Stage timings for `npm run bench`, read from the page's performance timeline.
			performance.measure(measure, { start, end: performance.now(), detail: d.timings });
			this.setDataset(d);
			return d;
		} catch (e) {
			this.error = toFailure(e);
			this.status = this.dataset ? 'ready' : 'error';
			return null;
		} finally {
			this.pending = null;
			this.progress = null;
		}
	}
}

/** The browser's local date (YYYY-MM-DD): what "today" means to the analyst. */
function localToday(): string {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

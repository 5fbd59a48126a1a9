import type { EmotionResult, Progress } from '$lib/engine/api';
import { callback, type Engine } from '$lib/engine/client';
import { toFailure, type Failure } from '$lib/engine/errors';

/** The emotion page: service texts scored in the worker, once per dataset version. */
export class EmotionWorkspace {
	result = $state.raw<EmotionResult | null>(null);
	status = $state<'idle' | 'loading' | 'ready'>('idle');
	progress = $state.raw<Progress | null>(null);
	error = $state.raw<Failure | null>(null);
	private loadedVersion = -1;

	constructor(private readonly engine: Engine) {}

	async load(version: number): Promise<void> {
		if (version === this.loadedVersion) return;
		this.loadedVersion = version;
		this.status = 'loading';
		this.error = null;
		this.progress = null;
		const start = performance.now();
		try {
			const result = await this.engine.emotion(callback((p: Progress) => (this.progress = p)));
			if (version !== this.loadedVersion) return;
			this.result = result;
			performance.measure('parcellens:emotion', {
				start,
				end: performance.now(),
				detail: result
					? {
							analyze: result.report.analyzeMs,
							total: result.report.totalMs,
							texts: result.report.texts
						}
					: {}
			});
			this.status = 'ready';
		} catch (e) {
			if (version !== this.loadedVersion) return;
			this.error = toFailure(e);
			this.loadedVersion = -1;
			this.status = 'idle';
		}
	}
}

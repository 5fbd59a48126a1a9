import type { EmotionResult, Progress } from '$lib/engine/api';
import { callback, type Engine } from '$lib/engine/client';
import { toFailure, type Failure } from '$lib/engine/errors';
import { validateRules, type ScenarioProblem, type ScenarioRule } from '$lib/scenario/rules';

/** The emotion page: service texts scored in the worker, once per dataset version. */
export class EmotionWorkspace {
	result = $state.raw<EmotionResult | null>(null);
	status = $state<'idle' | 'loading' | 'ready'>('idle');
	progress = $state.raw<Progress | null>(null);
	error = $state.raw<Failure | null>(null);
	/** Scenario rules as edited on the page (applied with applyRules). */
	rules = $state<ScenarioRule[] | null>(null);
	problems = $derived<ScenarioProblem[]>(this.rules ? validateRules(this.rules) : []);
	private loadedVersion = -1;

	constructor(private readonly engine: Engine) {}

	/** Re-tags with the edited rules; the rest of the emotion result stays. */
	async applyRules(): Promise<void> {
		if (!this.rules || this.problems.length > 0 || !this.result) return;
		try {
			const scenarios = await this.engine.setScenarioRules(
				$state.snapshot(this.rules) as ScenarioRule[]
			);
			this.result = { ...this.result, scenarios };
			this.rules = structuredClone(scenarios.rules);
		} catch (e) {
			this.error = toFailure(e);
		}
	}

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
			this.rules = structuredClone(result.scenarios.rules);
			performance.measure('parcellens:emotion', {
				start,
				end: performance.now(),
				detail: result.report
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

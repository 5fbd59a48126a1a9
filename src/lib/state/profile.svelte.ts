import type { HourPeak } from '$lib/profile/peaks';
import type { HourWeekdayRow, Kpis, WeightStory } from '$lib/profile/overview';
import type { WeightBandRow } from '$lib/profile/weight-bands';
import { table, type Engine } from '$lib/engine/client';
import { toFailure, type Failure } from '$lib/engine/errors';

/** The profile overview as the page uses it: small row arrays decoded from Arrow. */
export interface Overview {
	kpis: Kpis;
	hourWeekday: HourWeekdayRow[];
	weightBands: WeightBandRow[];
	peaks: HourPeak[];
	busiestWeekday: number | null;
	weightStory: WeightStory | null;
	unweighed: number;
	timings: Record<string, number>;
}

const rows = <T>(bytes: Uint8Array): T[] =>
	table(bytes)
		.toArray()
		.map((r) => r.toJSON() as T);

/** Loads the profile overview for one dataset version at a time. */
export class ProfileState {
	status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
	overview = $state.raw<Overview | null>(null);
	error = $state.raw<Failure | null>(null);
	private loadedVersion = -1;

	constructor(private readonly engine: Engine) {}

	/** Recomputes unless `version` is already loaded (or loading). */
	async load(version: number): Promise<void> {
		if (version === this.loadedVersion) return;
		this.loadedVersion = version;
		this.status = 'loading';
		this.error = null;
		const start = performance.now();
		try {
			const dto = await this.engine.profileOverview();
			if (version !== this.loadedVersion) return;
			this.overview = {
				...dto,
				hourWeekday: rows<HourWeekdayRow>(dto.hourWeekday),
				weightBands: rows<WeightBandRow>(dto.weightBands)
			};
			performance.measure('parcellens:profile', {
				start,
				end: performance.now(),
				detail: dto.timings
			});
			this.status = 'ready';
		} catch (e) {
			if (version !== this.loadedVersion) return;
			this.error = toFailure(e);
			this.status = 'error';
			this.loadedVersion = -1;
		}
	}
}

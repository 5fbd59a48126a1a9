import type { Engine } from '$lib/engine/client';
import { table } from '$lib/engine/client';
import { toFailure, type Failure } from '$lib/engine/errors';
import type { Locale } from '$lib/i18n';
import type { HourWeekdayRow } from '$lib/profile/overview';
import type { WeightBandRow } from '$lib/profile/weight-bands';
import type { Profile2 } from '$lib/profile2';
import { EMPTY_EDITS, type ReportEdits } from '$lib/report/model';
import type { ClusterShareTrend } from '$lib/value/trend';
import type { Overview } from './profile.svelte';
import type { EmotionWorkspace } from './emotion.svelte';
import type { ValueWorkspace } from './value.svelte';

const rows = <T>(bytes: Uint8Array): T[] =>
	table(bytes)
		.toArray()
		.map((r) => r.toJSON() as T);

/** Months compared by the "cluster with falling volume" insight. */
export const TREND_MONTHS = 3;

/**
 * The report page: its own unfiltered profile (the profile page's cross-filters must not leak
 * into the report), the value and emotion results, and the analyst's edits to the insights.
 */
export class ReportWorkspace {
	edits = $state.raw<ReportEdits>(EMPTY_EDITS);
	/** Report language; null follows the UI language. */
	lang = $state<Locale | null>(null);
	overview = $state.raw<Overview | null>(null);
	details = $state.raw<Profile2 | null>(null);
	trend = $state.raw<ClusterShareTrend[]>([]);
	status = $state<'idle' | 'loading' | 'ready'>('idle');
	error = $state.raw<Failure | null>(null);
	private loadedVersion = -1;

	constructor(
		private readonly engine: Engine,
		private readonly value: ValueWorkspace,
		private readonly emotion: EmotionWorkspace
	) {}

	async load(version: number): Promise<void> {
		if (version === this.loadedVersion) return;
		this.loadedVersion = version;
		this.status = 'loading';
		this.error = null;
		try {
			const dto = await this.engine.profileOverview(undefined, []);
			const details = await this.engine.profileDetails(
				{ night: { start: 20, end: 6 }, bubbleGroup: 'customer_type' },
				[]
			);
			await this.value.load(version);
			await this.emotion.load(version);
			const asOf = this.value.result?.window.asOf;
			const trend = asOf ? await this.engine.clusterTrend(asOf, TREND_MONTHS) : [];
			if (version !== this.loadedVersion) return;
			this.overview = {
				...dto,
				hourWeekday: rows<HourWeekdayRow>(dto.hourWeekday),
				weightBands: rows<WeightBandRow>(dto.weightBands)
			};
			this.details = details;
			this.trend = trend;
			this.status = 'ready';
		} catch (e) {
			if (version !== this.loadedVersion) return;
			this.error = toFailure(e);
			this.loadedVersion = -1;
			this.status = 'idle';
		}
	}
}

import type { HourPeak } from '$lib/profile/peaks';
import type { HourWeekdayRow, Kpis, WeightStory } from '$lib/profile/overview';
import type { WeightBandRow } from '$lib/profile/weight-bands';
import type { Profile2 } from '$lib/profile2';
import type { BubbleGroup } from '$lib/profile2/bubble';
import { toggleFilter, type FilterDimension, type ProfileFilter } from '$lib/profile2/filter';
import type { DensityCell, NightHours, NightRow } from '$lib/profile2/night';
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

/** Loads the profile for one dataset version and filter set at a time. */
export class ProfileState {
	status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
	overview = $state.raw<Overview | null>(null);
	details = $state.raw<Profile2 | null>(null);
	error = $state.raw<Failure | null>(null);
	/** Cross-filters in force (chips on the page). */
	filters = $state.raw<ProfileFilter[]>([]);
	night = $state.raw<NightHours>({ start: 20, end: 6 });
	bubbleGroup = $state<BubbleGroup>('customer_type');
	/** The province drilled into on the night map, with its cities. */
	drill = $state.raw<{ province: string; cities: NightRow[] } | null>(null);
	density = $state.raw<DensityCell[] | null>(null);
	private loadedKey = '';
	private requested = '';

	constructor(private readonly engine: Engine) {}

	private key(version: number) {
		return JSON.stringify([version, this.filters, this.night, this.bubbleGroup]);
	}

	/** Recomputes unless this version, filter set and options are already loaded (or loading). */
	async load(version: number): Promise<void> {
		const key = this.key(version);
		if (key === this.loadedKey) return;
		this.loadedKey = key;
		this.requested = key;
		this.status = 'loading';
		this.error = null;
		const start = performance.now();
		try {
			const filters = $state.snapshot(this.filters) as ProfileFilter[];
			const dto = await this.engine.profileOverview(undefined, filters);
			const details = await this.engine.profileDetails(
				{ night: this.night, bubbleGroup: this.bubbleGroup },
				filters
			);
			if (key !== this.requested) return;
			this.overview = {
				...dto,
				hourWeekday: rows<HourWeekdayRow>(dto.hourWeekday),
				weightBands: rows<WeightBandRow>(dto.weightBands)
			};
			this.details = details;
			if (this.drill) await this.drillInto(this.drill.province);
			performance.measure('parcellens:profile', {
				start,
				end: performance.now(),
				detail: { ...dto.timings, ...details.timings }
			});
			this.status = 'ready';
		} catch (e) {
			if (key !== this.requested) return;
			this.error = toFailure(e);
			this.status = 'error';
			this.loadedKey = '';
		}
	}

	/** The filtered value of a dimension (what its chart outlines), or null. */
	selected(dim: FilterDimension): string | null {
		return this.filters.find((f) => f.dim === dim)?.value ?? null;
	}

	/** A chart's click handler: toggles a filter on `dim` with the clicked key. */
	picker(dim: FilterDimension): (key: string) => void {
		return (key) => this.toggle({ dim, value: key });
	}

	toggle(filter: ProfileFilter): void {
		this.filters = toggleFilter(this.filters, filter);
	}

	remove(filter: ProfileFilter): void {
		this.filters = this.filters.filter((f) => f.dim !== filter.dim || f.value !== filter.value);
	}

	clear(): void {
		this.filters = [];
	}

	async drillInto(province: string | null): Promise<void> {
		if (!province) {
			this.drill = null;
			return;
		}
		try {
			const filters = $state.snapshot(this.filters) as ProfileFilter[];
			const cities = await this.engine.nightCities(province, this.night, filters);
			this.drill = { province, cities };
		} catch (e) {
			this.error = toFailure(e);
		}
	}

	async loadDensity(): Promise<void> {
		try {
			const filters = $state.snapshot(this.filters) as ProfileFilter[];
			this.density = await this.engine.nightDensity(this.night, filters);
		} catch (e) {
			this.error = toFailure(e);
		}
	}
}

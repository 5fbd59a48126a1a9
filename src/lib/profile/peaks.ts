/** A run of consecutive order hours that stands out as a peak. */
export interface HourPeak {
	/** First hour of the window (0–23). */
	start: number;
	/** Last hour of the window, inclusive. */
	end: number;
	/** The busiest hour inside the window. */
	peakHour: number;
	/** Share of all parcels ordered inside the window (0–1). */
	share: number;
}

/** Tuning of `findHourPeaks`; the defaults are shown next to the sentence in the UI. */
export interface PeakOptions {
	/** A local maximum counts only if it is at least this multiple of the hourly mean. */
	minLift: number;
	/** Neighbouring hours join a window while they stay at or above this share of its peak. */
	shoulder: number;
	/** At most this many windows, the busiest first. */
	maxPeaks: number;
}

export const DEFAULT_PEAK_OPTIONS: PeakOptions = { minLift: 1.4, shoulder: 0.8, maxPeaks: 3 };

/**
 * Finds peak windows in 24 hourly totals: local maxima that rise well above the mean, widened
 * over neighbours close to the peak. Returns windows in chronological order; empty when the
 * day is flat or there is no data.
 */
export function findHourPeaks(
	hourly: readonly number[],
	options: PeakOptions = DEFAULT_PEAK_OPTIONS
): HourPeak[] {
	if (hourly.length !== 24) throw new Error(`expected 24 hourly totals, got ${hourly.length}`);
	const total = hourly.reduce((a, b) => a + b, 0);
	if (total <= 0) return [];
	const mean = total / 24;
	const at = (h: number) => hourly[h] ?? 0;

	const candidates: number[] = [];
	for (let h = 0; h < 24; h++) {
		const v = at(h);
		const isMax = v >= at(h - 1) && v >= at(h + 1) && v > 0;
		if (isMax && v >= options.minLift * mean) candidates.push(h);
	}
	candidates.sort((a, b) => at(b) - at(a));

	const taken = new Set<number>();
	const peaks: HourPeak[] = [];
	for (const h of candidates) {
		if (taken.has(h) || peaks.length >= options.maxPeaks) continue;
		const floor = options.shoulder * at(h);
		let start = h;
		let end = h;
		while (start > 0 && !taken.has(start - 1) && at(start - 1) >= floor) start--;
		while (end < 23 && !taken.has(end + 1) && at(end + 1) >= floor) end++;
		let inWindow = 0;
		for (let k = start; k <= end; k++) {
			taken.add(k);
			inWindow += at(k);
		}
		peaks.push({ start, end, peakHour: h, share: inWindow / total });
	}
	return peaks.sort((a, b) => a.start - b.start);
}

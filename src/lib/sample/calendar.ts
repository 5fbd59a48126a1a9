// The sample year and its rhythm: Spring Festival dip, 618 and Double 11/12 peaks, weekly shape.

/** The sample data covers this calendar year; `as_of` defaults to the day after it. */
export const SAMPLE_YEAR = 2025;
export const DAYS = 365;
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** Epoch ms of 00:00 on day 0 (1 January), as a wall-clock time stored without zone. */
export const YEAR_START_MS = Date.UTC(SAMPLE_YEAR, 0, 1);

// 1 January 2025 was a Wednesday (ISO weekday 3).
const FIRST_ISO_WEEKDAY = 3;

/** ISO weekday (1 = Monday … 7 = Sunday) of day index `d`. */
export function isoWeekday(d: number): number {
	return ((FIRST_ISO_WEEKDAY - 1 + d) % 7) + 1;
}

const MONTH_OF_DAY = Int8Array.from({ length: DAYS }, (_, d) =>
	new Date(YEAR_START_MS + d * DAY_MS).getUTCMonth()
);

/** Month (0–11) of day index `d` (0–364). */
export function monthOf(d: number): number {
	return MONTH_OF_DAY[d] ?? 11;
}

const MONTH_FACTOR = [0.95, 0.72, 0.95, 0.96, 1.0, 1.08, 0.95, 0.95, 1.02, 1.0, 1.35, 1.18];

// Spring Festival 2025 fell on 29 January: couriers slow down for about two weeks around it.
const SPRING_FESTIVAL_DAYS: readonly [number, number] = [24, 40];

/** Weekly shapes: individuals ship more at weekends, offices almost only on weekdays. */
export type WeekShape = 'personal' | 'business' | 'office';

const WEEKDAY_FACTOR: Record<WeekShape, readonly number[]> = {
	personal: [1.0, 0.95, 0.95, 0.95, 1.0, 1.18, 1.15],
	business: [1.08, 1.05, 1.05, 1.05, 1.05, 0.9, 0.82],
	office: [1.1, 1.1, 1.1, 1.1, 1.05, 0.2, 0.12]
};

/** Relative shipping volume of each day of the year for a weekly shape. */
export function dayWeights(shape: WeekShape): Float64Array {
	const w = new Float64Array(DAYS);
	for (let d = 0; d < DAYS; d++) {
		const weekday = WEEKDAY_FACTOR[shape][isoWeekday(d) - 1] ?? 1;
		const festival = d >= SPRING_FESTIVAL_DAYS[0] && d <= SPRING_FESTIVAL_DAYS[1] ? 0.35 : 1;
		w[d] = (MONTH_FACTOR[monthOf(d)] ?? 1) * weekday * festival;
	}
	return w;
}

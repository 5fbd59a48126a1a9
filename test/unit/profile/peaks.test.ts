import { describe, expect, it } from 'vitest';
import { findHourPeaks } from '$lib/profile/peaks';

const flat = (v = 10) => new Array<number>(24).fill(v);
const withValues = (base: number, values: Record<number, number>) => {
	const h = flat(base);
	for (const [k, v] of Object.entries(values)) h[Number(k)] = v;
	return h;
};

interface PeakCase {
	name: string;
	hourly: number[];
	windows: [number, number][];
}

const CASES: PeakCase[] = [
	{ name: 'no data', hourly: flat(0), windows: [] },
	{ name: 'flat day', hourly: flat(), windows: [] },
	{
		name: 'morning and evening peaks, shoulders below 80% stay out',
		hourly: withValues(10, {
			9: 30,
			10: 56,
			11: 59,
			12: 37,
			19: 39,
			20: 57,
			21: 62,
			22: 56,
			23: 18
		}),
		windows: [
			[10, 11],
			[20, 22]
		]
	},
	{
		name: 'a single sharp hour',
		hourly: withValues(5, { 14: 40 }),
		windows: [[14, 14]]
	},
	{
		name: 'a peak at midnight does not wrap around',
		hourly: withValues(5, { 0: 40, 1: 35, 23: 36 }),
		windows: [
			[0, 1],
			[23, 23]
		]
	},
	{
		name: 'at most three windows, the busiest kept',
		hourly: withValues(5, { 2: 20, 6: 30, 10: 40, 14: 50, 18: 60 }),
		windows: [
			[10, 10],
			[14, 14],
			[18, 18]
		]
	},
	{
		name: 'a plateau is one window',
		hourly: withValues(5, { 10: 30, 11: 30, 12: 30 }),
		windows: [[10, 12]]
	}
];

describe('findHourPeaks', () => {
	for (const c of CASES) {
		it(c.name, () => {
			expect(findHourPeaks(c.hourly).map((p) => [p.start, p.end])).toEqual(c.windows);
		});
	}

	it('reports each window’s share of all parcels', () => {
		const hourly = withValues(0, { 10: 30, 11: 30, 20: 40 });
		const peaks = findHourPeaks(hourly);
		expect(peaks.map((p) => p.share)).toEqual([0.6, 0.4]);
		expect(peaks.map((p) => p.peakHour)).toEqual([10, 20]);
	});

	it('refuses anything but 24 hours', () => {
		expect(() => findHourPeaks([1, 2, 3])).toThrow(/24 hourly totals/);
	});
});

// The auto data window on month counts with known answers.
import { describe, expect, it } from 'vitest';
import { dataWindow, type MonthCount } from '$lib/model/clean/window';

const AUTO = { mode: 'auto', minMonthShare: 0.05 } as const;
const months = (entries: Record<string, number>): MonthCount[] =>
	Object.entries(entries).map(([month, rows]) => ({ month, rows }));

describe('auto data window', () => {
	it('ignores stray years on both sides', () => {
		const w = dataWindow(
			months({ '1970-01': 40, '2025-01': 900, '2025-02': 800, '2025-03': 1000, '2052-01': 3 }),
			AUTO
		);
		expect([w.start, w.end]).toEqual(['2025-01-01', '2025-03-31']);
	});

	it('keeps a quiet month inside the run and bridges short gaps', () => {
		const w = dataWindow(
			months({ '2024-11': 1000, '2024-12': 20, '2025-03': 1000, '2025-04': 1000 }),
			AUTO
		);
		expect([w.start, w.end]).toEqual(['2024-11-01', '2025-04-30']);
	});

	it('splits runs at gaps longer than three months and takes the bigger one', () => {
		const w = dataWindow(
			months({ '2023-01': 500, '2023-02': 500, '2024-01': 800, '2024-02': 800 }),
			AUTO
		);
		expect([w.start, w.end]).toEqual(['2024-01-01', '2024-02-29']);
	});

	it('trims partial months at the edges by the share of the median month', () => {
		const w = dataWindow(
			months({ '2025-01': 30, '2025-02': 1000, '2025-03': 1000, '2025-04': 1000, '2025-05': 49 }),
			AUTO
		);
		expect([w.start, w.end]).toEqual(['2025-02-01', '2025-04-30']);
		const loose = dataWindow(months({ '2025-01': 30, '2025-02': 1000, '2025-03': 1000 }), {
			mode: 'auto',
			minMonthShare: 0.01
		});
		expect(loose.start).toBe('2025-01-01');
	});

	it('passes fixed and off windows through and handles no data', () => {
		expect(dataWindow([], AUTO)).toMatchObject({ start: null, end: null });
		expect(dataWindow(months({ '2025-01': 1 }), { mode: 'off' })).toMatchObject({
			start: null,
			end: null,
			mode: 'off'
		});
		expect(dataWindow([], { mode: 'fixed', start: '2025-01-01', end: '2025-06-30' })).toMatchObject(
			{ start: '2025-01-01', end: '2025-06-30' }
		);
	});
});

// @vitest-environment jsdom
// Chart option builders rendered by Plot and kept as file snapshots (Plot's own practice):
// review the SVG diff when a chart changes; regenerate with `rm -r test/output && npm run test:unit`.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { hourWeekdayHeatmap } from '$lib/charts/hour-weekday-heatmap';
import { weightBandBars } from '$lib/charts/weight-band-bars';
import { translate, type Locale } from '$lib/i18n';
import type { HourWeekdayRow } from '$lib/profile/overview';
import type { WeightBandRow } from '$lib/profile/weight-bands';

const t =
	(locale: Locale) =>
	(key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(locale, key, params);

// Round coordinates so snapshots do not churn on floating-point noise.
const svg = (el: Element) =>
	el.outerHTML.replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));

const cells: HourWeekdayRow[] = [];
for (let weekday = 1; weekday <= 7; weekday++) {
	for (let hour = 0; hour < 24; hour++) {
		const waybills =
			(hour >= 10 && hour <= 11) || (hour >= 20 && hour <= 22) ? 50 + weekday : 10 + (hour % 3);
		cells.push({ weekday, hour, waybills, revenue: waybills * 12.5 });
	}
}
const peaks = [
	{ start: 10, end: 11, peakHour: 11, share: 0.2 },
	{ start: 20, end: 22, peakHour: 21, share: 0.3 }
];
const bands: WeightBandRow[] = [
	{
		band: -1,
		lower: 0,
		upper: null,
		waybills: 3,
		revenue: 30,
		waybill_share: null as unknown as number,
		revenue_share: null as unknown as number
	},
	{
		band: 0,
		lower: 0,
		upper: 1,
		waybills: 650,
		revenue: 6500,
		waybill_share: 0.65,
		revenue_share: 0.35
	},
	{
		band: 1,
		lower: 1,
		upper: 3,
		waybills: 200,
		revenue: 4600,
		waybill_share: 0.2,
		revenue_share: 0.25
	},
	{
		band: 2,
		lower: 3,
		upper: null,
		waybills: 150,
		revenue: 7400,
		waybill_share: 0.15,
		revenue_share: 0.4
	}
];

describe('chart snapshots', () => {
	for (const locale of ['zh-CN', 'en'] as Locale[]) {
		it(`hour × weekday heatmap (${locale})`, async () => {
			const el = Plot.plot(
				hourWeekdayHeatmap(cells, peaks, { t: t(locale), locale, width: 720, document })
			);
			expect(el.querySelectorAll('rect').length).toBeGreaterThanOrEqual(168 + 2);
			await expect(svg(el)).toMatchFileSnapshot(`../../output/hour-weekday-heatmap.${locale}.svg`);
		});

		it(`weight band bars (${locale})`, async () => {
			const el = Plot.plot(weightBandBars(bands, { t: t(locale), locale, width: 720, document }));
			// Two bars per weighed band; the unweighed row is not drawn.
			expect(el.querySelectorAll('g[aria-label="bar"] rect').length).toBe(6);
			await expect(svg(el)).toMatchFileSnapshot(`../../output/weight-band-bars.${locale}.svg`);
		});
	}
});

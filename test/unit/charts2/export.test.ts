// @vitest-environment jsdom
// SVG export: a standalone file (namespaces, size, no currentColor) from Plot charts and the Sankey.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { mixBars } from '$lib/charts/bars2';
import { chartFileName, chartSvg, serializeSvg, svgSize } from '$lib/charts/export';
import { sankeyChart } from '$lib/charts/sankey';
import { translate, type Locale } from '$lib/i18n';
import { sankeyData } from '$lib/profile2/sankey';

const t =
	(locale: Locale) =>
	(key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(locale, key, params);

const parse = (text: string) =>
	new DOMParser().parseFromString(text.replace(/^<\?xml[^>]*>\n/, ''), 'image/svg+xml');

describe('svg export', () => {
	it('picks the plot svg out of a figure with a legend and serialises it standalone', () => {
		const figure = Plot.plot(
			mixBars(
				[
					{
						key: 'APP',
						customers: 3,
						parcels: 10,
						revenue: 100,
						returns: 1,
						return_known: 10,
						parcel_share: 0.5,
						revenue_share: 0.6,
						return_share: 0.1,
						avg_fee: 10
					},
					{
						key: '官网',
						customers: 2,
						parcels: 10,
						revenue: 66,
						returns: 0,
						return_known: 10,
						parcel_share: 0.5,
						revenue_share: 0.4,
						return_share: 0,
						avg_fee: 6.6
					}
				],
				{ t: t('zh-CN'), locale: 'zh-CN', width: 640, document }
			)
		);
		document.body.append(figure);
		const svg = chartSvg(figure)!;
		expect(svg).not.toBeNull();
		expect(svg.querySelectorAll('g[aria-label="bar"] rect').length).toBe(4);
		const text = serializeSvg(svg, { background: 'white' });
		expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
		expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(text).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
		expect(text).not.toMatch(/currentcolor/i);
		expect(text).toContain('官网');
		const doc = parse(text);
		expect(doc.querySelector('parsererror')).toBeNull();
		const root = doc.documentElement;
		expect(root.getAttribute('width')).toBe('640');
		expect(root.firstElementChild?.getAttribute('fill')).toBe('white');
		// The live chart is untouched.
		expect(svg.outerHTML).toMatch(/currentColor/);
		figure.remove();
	});

	it('exports the hand-built Sankey and keeps its tooltips', () => {
		const svg = sankeyChart(
			sankeyData([
				{ stage: 1, source: 'APP', target: '月结', value: 5, revenue: 50 },
				{ stage: 2, source: '月结', target: '已签收', value: 5, revenue: 50 }
			]),
			{ t: t('en'), locale: 'en', width: 600, document }
		);
		const text = serializeSvg(svg, { inlineStyles: false, color: '#333' });
		const doc = parse(text);
		expect(doc.querySelector('parsererror')).toBeNull();
		expect(doc.querySelectorAll('title').length).toBe(2 + 3); // two links, three nodes
		expect(svgSize(svg)).toEqual([600, 300]);
	});

	it('falls back to the viewBox for the size and makes safe file names', () => {
		const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
		svg.setAttribute('viewBox', '0 0 320 200');
		expect(svgSize(svg)).toEqual([320, 200]);
		expect(chartFileName('渠道 → 支付 / 交付', 'svg')).toBe('渠道-→-支付-交付.svg');
		expect(chartFileName('  ', 'png')).toBe('chart.png');
	});
});

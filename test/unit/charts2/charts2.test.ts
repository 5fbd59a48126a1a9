// @vitest-environment jsdom
// The profile2 chart builders rendered under jsdom: counts of marks, labels, tooltips and the
// data-key attributes the page uses for cross-filtering.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
	cityNightBars,
	couponBars,
	limitMix,
	mixBars,
	OTHERS_KEY,
	settlementBars
} from '$lib/charts/bars2';
import { bubbleChart, bubbleReference } from '$lib/charts/bubble';
import { densityMap, mapExtent } from '$lib/charts/density-map';
import { keyFromEvent, keysIn } from '$lib/charts/interaction';
import {
	provinceTileMap,
	provinceTiles,
	tileSize,
	unmappedRows
} from '$lib/charts/province-tile-map';
import { linkKey, parseNodeKey, sankeyChart } from '$lib/charts/sankey';
import { translate, type Locale } from '$lib/i18n';
import type { BubbleDatum } from '$lib/profile2/bubble';
import type { MixRow } from '$lib/profile2/common';
import type { DensityCell, NightRow } from '$lib/profile2/night';
import { sankeyData, type SankeyLinkRow } from '$lib/profile2/sankey';

const t =
	(locale: Locale) =>
	(key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(locale, key, params);

const mixRow = (
	key: string,
	parcels: number,
	revenue: number,
	total = 100,
	totalRevenue = 1000
): MixRow => ({
	key,
	customers: Math.ceil(parcels / 3),
	parcels,
	revenue,
	returns: Math.floor(parcels / 10),
	return_known: parcels,
	parcel_share: parcels / total,
	revenue_share: revenue / totalRevenue,
	return_share: Math.floor(parcels / 10) / parcels,
	avg_fee: revenue / parcels
});

const tiers: MixRow[] = [
	mixRow('一线', 40, 500),
	mixRow('新一线', 25, 250),
	mixRow('二线', 20, 150),
	mixRow('四线及以下', 10, 60),
	mixRow('未知', 5, 40)
];

const nightRows: NightRow[] = [
	{
		key: '广东省',
		parcels: 400,
		night_parcels: 120,
		night_share: 0.3,
		revenue: 5000,
		night_revenue: 1500
	},
	{
		key: '浙江省',
		parcels: 300,
		night_parcels: 45,
		night_share: 0.15,
		revenue: 3600,
		night_revenue: 540
	},
	{
		key: '北京市',
		parcels: 100,
		night_parcels: 40,
		night_share: 0.4,
		revenue: 1500,
		night_revenue: 600
	},
	{ key: '未知', parcels: 10, night_parcels: 1, night_share: 0.1, revenue: 100, night_revenue: 10 }
];

const sankeyRows: SankeyLinkRow[] = [
	{ stage: 1, source: 'APP', target: '月结', value: 30, revenue: 400 },
	{ stage: 1, source: 'APP', target: '寄付现结', value: 10, revenue: 100 },
	{ stage: 1, source: '微信小程序', target: '寄付现结', value: 50, revenue: 500 },
	{ stage: 1, source: '未知', target: '到付', value: 10, revenue: 90 },
	{ stage: 2, source: '月结', target: '已签收', value: 28, revenue: 380 },
	{ stage: 2, source: '月结', target: '延误', value: 2, revenue: 20 },
	{ stage: 2, source: '寄付现结', target: '已签收', value: 52, revenue: 550 },
	{ stage: 2, source: '寄付现结', target: '退回', value: 8, revenue: 50 },
	{ stage: 2, source: '到付', target: '未知', value: 10, revenue: 90 }
];

const bubbles: BubbleDatum[] = [
	{
		id: '个人',
		label: '个人',
		customers: 900,
		avgFee: 12,
		parcelsPerMonth: 1500,
		potential: 20000
	},
	{ id: '企业', label: '企业', customers: 100, avgFee: 18, parcelsPerMonth: 3000, potential: 0 },
	{ id: '未知', label: '未知', customers: 10, avgFee: 10, parcelsPerMonth: 40, potential: 500 }
];

const cells: DensityCell[] = [
	{ lng: 114.05, lat: 22.55, parcels: 120, night_parcels: 40, night_share: 1 / 3 },
	{ lng: 113.25, lat: 23.15, parcels: 80, night_parcels: 8, night_share: 0.1 },
	{ lng: 120.15, lat: 30.25, parcels: 30, night_parcels: 3, night_share: 0.1 }
];

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('mix bars', () => {
	for (const locale of LOCALES) {
		it(`draws two keyed bars per group (${locale})`, () => {
			const el = Plot.plot(
				mixBars(tiers, { t: t(locale), locale, width: 720, document, selected: '二线' })
			);
			const bars = el.querySelectorAll('g[aria-label="bar"]')[0]!.querySelectorAll('rect');
			expect(bars).toHaveLength(10);
			expect(keysIn(el).filter((k) => k === '一线')).toHaveLength(2);
			expect(el.textContent).toContain(locale === 'en' ? 'Tier 4 and below' : '四线及以下');
			// The selected group's two bars are outlined by a second bar mark.
			expect(el.querySelectorAll('g[aria-label="bar"]')[1]!.querySelectorAll('rect')).toHaveLength(
				2
			);
		});
	}

	it('merges groups beyond the limit into one others bar', () => {
		const rows = limitMix(tiers, 3);
		expect(rows.map((r) => r.key)).toEqual(['一线', '新一线', OTHERS_KEY]);
		expect(rows[2]!.parcels).toBe(35);
		expect(rows[2]!.parcel_share).toBeCloseTo(0.35, 12);
		expect(rows[2]!.return_share).toBeCloseTo(3 / 35, 12);
		const el = Plot.plot(
			mixBars(tiers, { t: t('zh-CN'), locale: 'zh-CN', width: 600, document, limit: 3 })
		);
		expect(el.textContent).toContain('其他');
	});
});

describe('measure bars', () => {
	it('settlement: parcels per customer with tooltips channels', () => {
		const el = Plot.plot(
			settlementBars(
				[
					{
						method: '月结',
						customers: 10,
						parcels: 300,
						revenue: 4000,
						per_customer: 30,
						avg_fee: 13.3,
						parcel_share: 0.6,
						revenue_share: 0.7
					},
					{
						method: '寄付现结',
						customers: 100,
						parcels: 200,
						revenue: 1700,
						per_customer: 2,
						avg_fee: 8.5,
						parcel_share: 0.4,
						revenue_share: 0.3
					}
				],
				{ t: t('en'), locale: 'en', width: 640, document }
			)
		);
		expect(keysIn(el)).toEqual(['月结', '寄付现结']);
		expect(el.textContent).toContain('Monthly account');
		expect(el.textContent).toContain('30');
	});

	it('coupon: shares with the overall rate as a reference line', () => {
		const el = Plot.plot(
			couponBars(
				[
					{ channel: 'APP', paid: 100, with_coupon: 40, coupon_share: 0.4 },
					{ channel: '官网', paid: 100, with_coupon: 10, coupon_share: 0.1 }
				],
				{ t: t('zh-CN'), locale: 'zh-CN', width: 640, document }
			)
		);
		expect(keysIn(el)).toEqual(['APP', '官网']);
		expect(el.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(2);
		expect(el.textContent).toContain('40%');
	});

	it('city drill-down: sorted by night share, limited', () => {
		const cities: NightRow[] = ['深圳市', '广州市', '佛山市', '东莞市'].map((key, i) => ({
			key,
			parcels: 100,
			night_parcels: 10 * (i + 1),
			night_share: (10 * (i + 1)) / 100,
			revenue: 1000,
			night_revenue: 100
		}));
		const el = Plot.plot(
			cityNightBars(cities, { t: t('zh-CN'), locale: 'zh-CN', width: 600, document, limit: 3 })
		);
		expect(keysIn(el)).toEqual(['东莞市', '佛山市', '广州市']);
		const byCount = Plot.plot(
			cityNightBars(cities, {
				t: t('en'),
				locale: 'en',
				width: 600,
				document,
				metric: 'night_parcels'
			})
		);
		expect(byCount.textContent).toContain('Night parcels');
	});
});

describe('province tile map', () => {
	it('places all 34 provinces on distinct tiles', () => {
		const tiles = provinceTiles(nightRows, 'zh-CN');
		expect(tiles).toHaveLength(34);
		expect(new Set(tiles.map((d) => `${d.province.tile.row},${d.province.tile.col}`)).size).toBe(
			34
		);
		expect(
			tiles
				.filter((d) => d.value != null)
				.map((d) => d.key)
				.sort()
		).toEqual(['北京市', '广东省', '浙江省'].sort());
		expect(unmappedRows(nightRows).map((r) => r.key)).toEqual(['未知']);
		expect(tileSize(600)).toBe(76);
		expect(tileSize(300)).toBe(40);
	});

	for (const locale of LOCALES) {
		it(`draws 34 tiles with labels, keys on the data tiles (${locale})`, () => {
			const el = Plot.plot(
				provinceTileMap(nightRows, {
					t: t(locale),
					locale,
					width: 900,
					document,
					selected: '广东省'
				})
			);
			const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg:last-of-type')!;
			const rects = Array.from(svg.querySelectorAll('g[aria-label="rect"] rect'));
			expect(rects).toHaveLength(31 + 3 + 1); // empty tiles, data tiles, selection outline
			expect(keysIn(el).sort()).toEqual(['北京市', '广东省', '浙江省'].sort());
			expect(el.textContent).toContain(locale === 'en' ? 'GD' : '广东');
			expect(el.textContent).toContain(locale === 'en' ? 'TW' : '台湾');
			expect(el.textContent).toContain('40%'); // 北京 night share on its tile
			expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(900);
		});
	}

	it('colours by night parcels on request', () => {
		const el = Plot.plot(
			provinceTileMap(nightRows, {
				t: t('zh-CN'),
				locale: 'zh-CN',
				width: 600,
				document,
				metric: 'night_parcels'
			})
		);
		expect(el.textContent).toContain('120');
		expect(el.textContent).toContain('夜间运单');
	});
});

describe('density map', () => {
	it('draws one keyed dot per cell with province names for orientation', () => {
		const el = Plot.plot(
			densityMap(cells, { t: t('zh-CN'), locale: 'zh-CN', width: 720, document })
		);
		expect(el.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(3);
		expect(keysIn(el).sort()).toEqual(['113.25,23.15', '114.05,22.55', '120.15,30.25']);
		expect(el.textContent).toContain('广东');
	});

	it('pads the extent to at least 6° and falls back to China', () => {
		const [[w, s], [e, n]] = mapExtent([cells[0]!]);
		expect(e - w).toBeCloseTo(6, 9);
		expect(n - s).toBeCloseTo(6, 9);
		expect(mapExtent([])).toEqual([
			[73, 18],
			[135, 54]
		]);
	});
});

describe('sankey chart', () => {
	const data = sankeyData(sankeyRows);

	for (const locale of LOCALES) {
		it(`renders nodes, links, labels and tooltips (${locale})`, () => {
			const svg = sankeyChart(data, { t: t(locale), locale, width: 900, document });
			expect(svg.tagName.toLowerCase()).toBe('svg');
			const nodes = svg.querySelectorAll('g[aria-label="nodes"] rect');
			const links = svg.querySelectorAll('g[aria-label="links"] path');
			expect(nodes).toHaveLength(3 + 3 + 4);
			expect(links).toHaveLength(9);
			expect(svg.textContent).toContain(locale === 'en' ? 'Ordering channel' : '下单渠道');
			expect(svg.textContent).toContain(locale === 'en' ? 'Delivered' : '已签收');
			// APP → 月结: 30 of APP's 40 parcels.
			const link = svg.querySelector(
				`[data-key="${linkKey('channel:APP', 'payment:月结')}"] title`
			);
			expect(link?.textContent).toContain('75%');
			expect(link?.textContent).toContain('30');
			for (const p of Array.from(links)) expect(p.getAttribute('d')).toMatch(/^M[\d.]/);
			for (const r of Array.from(nodes))
				expect(Number(r.getAttribute('height'))).toBeGreaterThan(0);
		});
	}

	it('keeps columns in stage order and fades links away from the selection', () => {
		const svg = sankeyChart(data, {
			t: t('zh-CN'),
			locale: 'zh-CN',
			width: 640,
			document,
			selected: 'payment:月结'
		});
		const x = (id: string) =>
			Number(svg.querySelector(`rect[data-key="${id}"]`)!.getAttribute('x'));
		expect(x('channel:APP')).toBeLessThan(x('payment:月结'));
		expect(x('payment:月结')).toBeLessThan(x('outcome:已签收'));
		const opacity = (key: string) =>
			svg.querySelector(`path[data-key="${key}"]`)!.getAttribute('stroke-opacity');
		expect(opacity(linkKey('channel:APP', 'payment:月结'))).toBe('0.7');
		expect(opacity(linkKey('payment:寄付现结', 'outcome:退回'))).toBe('0.12');
		expect(
			svg.querySelector('rect[data-key="payment:月结"]')!.getAttribute('stroke')
		).not.toBeNull();
		expect(parseNodeKey('payment:月结')).toEqual({ stage: 'payment', name: '月结' });
		expect(parseNodeKey('nonsense')).toBeNull();
	});

	it('says so when there is nothing to draw', () => {
		const svg = sankeyChart(sankeyData([]), { t: t('en'), locale: 'en', width: 600, document });
		expect(svg.textContent).toContain('No data');
		expect(svg.querySelectorAll('path')).toHaveLength(0);
	});
});

describe('bubble chart', () => {
	for (const locale of LOCALES) {
		it(`draws one keyed, labelled bubble per group (${locale})`, () => {
			const el = Plot.plot(
				bubbleChart(bubbles, { t: t(locale), locale, width: 900, document, selected: '企业' })
			);
			const dots = el.querySelectorAll('g[aria-label="dot"]');
			expect(dots[0]!.querySelectorAll('circle')).toHaveLength(3);
			expect(dots[1]!.querySelectorAll('circle')).toHaveLength(1); // selection outline
			expect(keysIn(el).sort()).toEqual(['个人', '企业', '未知'].sort());
			expect(el.textContent).toContain('企业');
			// Zero potential still shows a bubble.
			const r = Number(el.querySelector('circle[data-key="企业"]')!.getAttribute('r'));
			expect(r).toBeGreaterThanOrEqual(5);
		});
	}

	it('uses a log y axis when volumes differ 50-fold, and weighted quadrant lines', () => {
		const opts = bubbleChart(bubbles, { t: t('zh-CN'), locale: 'zh-CN', width: 600, document });
		expect((opts.y as { type: string }).type).toBe('log');
		const ref = bubbleReference(bubbles);
		expect(ref.fee).toBeCloseTo((12 * 1500 + 18 * 3000 + 10 * 40) / 4540, 9);
		expect(ref.perMonth).toBeCloseTo(4540 / 3, 9);
		const flat = bubbleChart(
			bubbles.map((b) => ({ ...b, potential: 0 })),
			{
				t: t('zh-CN'),
				locale: 'zh-CN',
				width: 1200,
				document
			}
		);
		const el = Plot.plot(flat);
		expect(el.querySelectorAll('g[aria-label="dot"] circle').length).toBeGreaterThanOrEqual(3);
	});
});

describe('interaction', () => {
	it('finds the key of a clicked mark', () => {
		const svg = sankeyChart(sankeyData(sankeyRows), {
			t: t('zh-CN'),
			locale: 'zh-CN',
			width: 640,
			document
		});
		const title = svg.querySelector('rect[data-key="channel:APP"] title')!;
		expect(keyFromEvent({ target: title } as unknown as Event)).toBe('channel:APP');
		expect(keyFromEvent({ target: svg } as unknown as Event)).toBeNull();
	});
});

describe('interaction fallback', () => {
	it('uses the value Plot sets on the chart root when no keyed element was hit', () => {
		const root = document.createElement('figure');
		const inner = document.createElement('div');
		root.append(inner);
		(root as unknown as { value: unknown }).value = { key: '广东省', parcels: 3 };
		expect(keyFromEvent({ target: inner } as unknown as Event)).toBe('广东省');
		(root as unknown as { value: unknown }).value = { id: '企业' };
		expect(keyFromEvent({ target: inner } as unknown as Event)).toBe('企业');
		(root as unknown as { value: unknown }).value = null;
		expect(keyFromEvent({ target: inner } as unknown as Event)).toBeNull();
	});
});

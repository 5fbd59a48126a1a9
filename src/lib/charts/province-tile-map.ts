// A China province tile-grid map: one square per provincial-level unit (all 34, 港澳台 included)
// at the fixed position of `Province.tile` in regions.ts (8 rows × 7 columns, neighbours roughly
// adjacent), coloured by night share or night parcels. Tiles need no map data from the internet
// and every province gets the same area, so small eastern provinces are as readable as Xinjiang.

import * as Plot from '@observablehq/plot';
import type { Locale, Translate } from '$lib/i18n';
import { formatCompact, formatInteger, formatPercent, formatYuan } from '$lib/i18n/format';
import type { NightRow } from '$lib/profile2/night';
import { PROVINCES, type Province } from '$lib/reference/regions';
import type { NightMetric } from './bars2';
import { keyed } from './interaction';
import { EMPTY, heatSteps, SELECTED } from './palette';
import { COLORS } from './theme';

const COLS = 7;
const ROWS = 8;

/**
 * Two-letter province codes (ISO 3166-2:CN) for tile labels in English, where full names do not
 * fit a tile.
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
	北京市: 'BJ',
	天津市: 'TJ',
	河北省: 'HE',
	山西省: 'SX',
	内蒙古自治区: 'NM',
	辽宁省: 'LN',
	吉林省: 'JL',
	黑龙江省: 'HL',
	上海市: 'SH',
	江苏省: 'JS',
	浙江省: 'ZJ',
	安徽省: 'AH',
	福建省: 'FJ',
	江西省: 'JX',
	山东省: 'SD',
	河南省: 'HA',
	湖北省: 'HB',
	湖南省: 'HN',
	广东省: 'GD',
	广西壮族自治区: 'GX',
	海南省: 'HI',
	重庆市: 'CQ',
	四川省: 'SC',
	贵州省: 'GZ',
	云南省: 'YN',
	西藏自治区: 'XZ',
	陕西省: 'SN',
	甘肃省: 'GS',
	青海省: 'QH',
	宁夏回族自治区: 'NX',
	新疆维吾尔自治区: 'XJ',
	香港特别行政区: 'HK',
	澳门特别行政区: 'MO',
	台湾省: 'TW'
};

export interface TileMapOptions {
	t: Translate;
	locale: Locale;
	/** Available width in px; tiles are square and at most 76 px, so the map may be narrower. */
	width: number;
	document?: Document;
	metric?: NightMetric;
	/** Full province name of the selected (drilled-into) tile, outlined. */
	selected?: string | null;
}

/** One tile: a province and its figures (null without parcels). */
export interface Tile {
	province: Province;
	key: string;
	label: string;
	row: NightRow | null;
	value: number | null;
}

/** The 34 tiles with the rows joined on the full province name. */
export function provinceTiles(
	rows: readonly NightRow[],
	locale: Locale,
	metric: NightMetric = 'night_share'
): Tile[] {
	const byName = new Map(rows.map((r) => [r.key, r]));
	return PROVINCES.map((p) => {
		const row = byName.get(p.name) ?? null;
		return {
			province: p,
			key: p.name,
			label: locale === 'en' ? (PROVINCE_CODES[p.name] ?? p.short) : p.short,
			row,
			value: row && row.parcels > 0 ? row[metric] : null
		};
	});
}

/** Rows the map cannot place (未知 or a province name outside the reference table). */
export function unmappedRows(rows: readonly NightRow[]): NightRow[] {
	const names = new Set(PROVINCES.map((p) => p.name));
	return rows.filter((r) => !names.has(r.key));
}

/** Side of a tile for the available width. */
export function tileSize(width: number): number {
	return Math.max(36, Math.min(76, Math.floor((width - 16) / COLS)));
}

/** Plot options for the tile map; each data tile's rect carries data-key = full province name. */
export function provinceTileMap(
	rows: readonly NightRow[],
	{ t, locale, width, document, metric = 'night_share', selected }: TileMapOptions
): Plot.PlotOptions {
	const tiles = provinceTiles(rows, locale, metric);
	const withData = tiles.filter((d) => d.value != null);
	const empty = tiles.filter((d) => d.value == null);
	const max = Math.max(Number.EPSILON, ...withData.map((d) => d.value as number));
	const share = metric === 'night_share';
	const format = (v: number) => (share ? formatPercent(v) : formatCompact(v, locale));
	const size = tileSize(width);
	// Tiles in the two darkest of the five colour steps get white text.
	const dark = (d: Tile) => (d.value ?? 0) / max >= 0.6;
	const name = (d: Tile) => (locale === 'en' ? d.province.en : d.province.name);
	const x1 = (d: Tile) => d.province.tile.col;
	const x2 = (d: Tile) => d.province.tile.col + 1;
	const y1 = (d: Tile) => d.province.tile.row;
	const y2 = (d: Tile) => d.province.tile.row + 1;
	const cx = (d: Tile) => d.province.tile.col + 0.5;
	const cy = (d: Tile) => d.province.tile.row + 0.5;
	const labelSize = Math.round(size / 5.2);
	const tipLines = {
		[t('chart2.province')]: (d: Tile) => name(d),
		[t('chart2.parcels')]: (d: Tile) => formatInteger(d.row?.parcels ?? 0, locale),
		[t('chart2.nightParcels')]: (d: Tile) => formatInteger(d.row?.night_parcels ?? 0, locale),
		[t('chart2.nightShare')]: (d: Tile) => formatPercent(d.row?.night_share ?? 0),
		[t('chart2.revenue')]: (d: Tile) => formatYuan(d.row?.revenue ?? 0, locale)
	};
	const channels = Object.fromEntries(
		Object.entries(tipLines).map(([n, value]) => [n, { value, label: n }])
	);
	const text = (data: Tile[], fill: string) => [
		Plot.text(data, {
			x: cx,
			y: cy,
			text: (d: Tile) => d.label,
			dy: hasValues(data) ? -labelSize * 0.45 : 0,
			fontSize: labelSize,
			fontWeight: 600,
			fill,
			pointerEvents: 'none'
		}),
		Plot.text(
			data.filter((d) => d.value != null),
			{
				x: cx,
				y: cy,
				text: (d: Tile) => format(d.value as number),
				dy: labelSize * 0.75,
				fontSize: Math.max(9, labelSize - 3),
				fill,
				pointerEvents: 'none'
			}
		)
	];
	return {
		document,
		width: size * COLS + 16,
		height: size * ROWS + 16,
		margin: 8,
		style: { fontSize: '12px' },
		x: { domain: [0, COLS], axis: null },
		y: { domain: [0, ROWS], reverse: true, axis: null },
		color: {
			type: 'quantize',
			domain: [0, max],
			range: heatSteps(5),
			label: t(share ? 'chart2.nightShare' : 'chart2.nightParcels'),
			tickFormat: format,
			legend: true
		},
		marks: [
			Plot.rect(empty, { x1, x2, y1, y2, fill: EMPTY, inset: 1.5, rx: 3 }),
			Plot.rect(withData, {
				x1,
				x2,
				y1,
				y2,
				fill: (d: Tile) => d.value,
				inset: 1.5,
				rx: 3,
				channels,
				tip: {
					format: {
						x1: false,
						x2: false,
						y1: false,
						y2: false,
						fill: false,
						...Object.fromEntries(Object.keys(channels).map((k) => [k, true]))
					}
				},
				render: keyed(withData, (d) => d.key)
			}),
			Plot.rect(
				tiles.filter((d) => selected != null && d.key === selected),
				{ x1, x2, y1, y2, fill: 'none', stroke: SELECTED, strokeWidth: 2.5, inset: 1, rx: 3 }
			),
			...text(empty, COLORS.muted),
			...text(withData.filter(dark), 'white'),
			...text(
				withData.filter((d) => !dark(d)),
				'#1b2430'
			)
		]
	};
}

// Empty tiles have one line of text (no value), so their label sits in the middle.
const hasValues = (data: readonly Tile[]) => data.some((d) => d.value != null);

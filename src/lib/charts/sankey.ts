// The 下单渠道 → 支付方式 → 末端交付 Sankey. d3-sankey lays it out; the SVG is built by hand with
// the given `document` (Plot has no Sankey mark, and plain SVG renders the same in jsdom, the
// browser and the exported file). Links carry <title> tooltips with parcels, share of the source
// node's outflow ("conversion") and revenue; nodes and links carry data-key for cross-filtering.

import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { Locale, Translate } from '$lib/i18n';
import { formatCompact, formatPercent, formatYuan } from '$lib/i18n/format';
import { UNKNOWN } from '$lib/profile2/common';
import { valueLabel } from '$lib/profile2/labels';
import {
	BAD_OUTCOMES,
	SANKEY_STAGES,
	type SankeyData,
	type SankeyLinkDatum,
	type SankeyNodeDatum,
	type SankeyStage
} from '$lib/profile2/sankey';
import { KEY_ATTRIBUTE } from './interaction';
import { categorical, outcomeColor, SELECTED } from './palette';
import { COLORS } from './theme';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SankeyChartOptions {
	t: Translate;
	locale: Locale;
	/** Available width in px (600–1200 expected). */
	width: number;
	/** Default: grows with the busiest column, 280–560 px. */
	height?: number;
	/** The document to build in (jsdom in tests); default the global one. */
	document?: Document;
	/** A node id (`stage:name`) or link key to emphasise; the rest fade. */
	selected?: string | null;
	/** Outcomes drawn in the alarm colour. */
	badOutcomes?: readonly string[];
	/** Accessible name of the chart. */
	label?: string;
}

type Node = SankeyNode<SankeyNodeDatum, SankeyLinkDatum>;
type Link = SankeyLink<SankeyNodeDatum, SankeyLinkDatum>;

/** The data-key of a link. */
export const linkKey = (source: string, target: string) => `${source}→${target}`;

/** Splits a node id back into stage and raw value (for the page's filters). */
export function parseNodeKey(key: string): { stage: SankeyStage; name: string } | null {
	const i = key.indexOf(':');
	const stage = key.slice(0, i) as SankeyStage;
	if (i < 0 || !SANKEY_STAGES.includes(stage)) return null;
	return { stage, name: key.slice(i + 1) };
}

const MARGIN = { top: 28, right: 8, bottom: 8, left: 8 };

/** Default height: room for the busiest column at ~40 px per node. */
export function sankeyHeight(data: SankeyData): number {
	const perStage = SANKEY_STAGES.map((s) => data.nodes.filter((n) => n.stage === s).length);
	return Math.max(300, Math.min(560, Math.max(...perStage) * 40 + 80));
}

/** Builds the Sankey as an <svg> element (empty diagram with a note when there are no flows). */
export function sankeyChart(data: SankeyData, options: SankeyChartOptions): SVGSVGElement {
	const { t, locale, width, selected = null, badOutcomes = BAD_OUTCOMES } = options;
	const doc = options.document ?? globalThis.document;
	const height = options.height ?? sankeyHeight(data);
	const el = <K extends keyof SVGElementTagNameMap>(
		tag: K,
		attrs: Record<string, string | number> = {},
		parent?: Element
	): SVGElementTagNameMap[K] => {
		const node = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
		for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
		parent?.append(node);
		return node;
	};
	const svg = el('svg', {
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		role: 'img',
		'font-family': 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif',
		'font-size': 12
	});
	svg.setAttribute('aria-label', options.label ?? t('profile2.tab.sankey'));
	svg.setAttribute('class', 'sankey-chart');

	const stageX = (i: number) =>
		MARGIN.left + ((width - MARGIN.left - MARGIN.right - 14) * i) / (SANKEY_STAGES.length - 1);
	SANKEY_STAGES.forEach((stage, i) => {
		const anchor = i === 0 ? 'start' : i === SANKEY_STAGES.length - 1 ? 'end' : 'middle';
		const x = i === SANKEY_STAGES.length - 1 ? width - MARGIN.right : stageX(i) + (i === 0 ? 0 : 7);
		const head = el('text', { x, y: 14, 'text-anchor': anchor, 'font-weight': 600 }, svg);
		head.setAttribute('fill', COLORS.muted);
		head.textContent = t(`chart2.stage.${stage}`);
	});

	if (data.links.length === 0 || data.total <= 0) {
		const note = el('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle' }, svg);
		note.setAttribute('fill', COLORS.muted);
		note.textContent = t('chart2.noData');
		return svg;
	}

	// d3-sankey mutates its input: lay out copies.
	const layout = sankey<SankeyNodeDatum, SankeyLinkDatum>()
		.nodeId((n) => n.id)
		.nodeWidth(14)
		// Room for a 12 px label between two thin nodes (d3 shrinks it if a column cannot fit).
		.nodePadding(18)
		.nodeAlign((n) => SANKEY_STAGES.indexOf((n as Node).stage))
		// Keep our order (largest first, 未知 last) instead of d3's crossing-minimising shuffle,
		// so the diagram reads the same every time and matches the tables.
		.nodeSort(null as unknown as (a: Node, b: Node) => number)
		.extent([
			[MARGIN.left, MARGIN.top],
			[width - MARGIN.right, height - MARGIN.bottom]
		]);
	const graph = layout({
		nodes: data.nodes.map((n) => ({ ...n })),
		links: data.links.map((l) => ({ ...l }))
	});
	const nodes = graph.nodes as Node[];
	const links = graph.links as Link[];

	const colorOf = new Map<string, string>();
	nodes.filter((n) => n.stage === 'channel').forEach((n, i) => colorOf.set(n.id, categorical(i)));
	nodes
		.filter((n) => n.stage === 'payment')
		.forEach((n, i) => colorOf.set(n.id, categorical(i + 3)));
	nodes
		.filter((n) => n.stage === 'outcome')
		.forEach((n) => colorOf.set(n.id, outcomeColor(n.name, badOutcomes)));
	for (const n of nodes) if (n.name === UNKNOWN) colorOf.set(n.id, COLORS.muted);

	const touches = (l: Link) => {
		if (selected == null) return true;
		const s = (l.source as Node).id;
		const tg = (l.target as Node).id;
		return selected === s || selected === tg || selected === linkKey(s, tg);
	};
	const name = (n: Node) => valueLabel(n.name, t);

	const linkLayer = el('g', { fill: 'none', 'aria-label': 'links' }, svg);
	const path = sankeyLinkHorizontal<SankeyNodeDatum, SankeyLinkDatum>();
	for (const l of links) {
		const s = l.source as Node;
		const tg = l.target as Node;
		// Stage 1 bands take the channel's colour; stage 2 bands the outcome's (red where lost).
		const color = colorOf.get(tg.stage === 'outcome' ? tg.id : s.id) ?? COLORS.muted;
		const p = el(
			'path',
			{
				d: path(l) ?? '',
				stroke: color,
				'stroke-width': Math.max(1, l.width ?? 1),
				'stroke-opacity': selected == null ? 0.38 : touches(l) ? 0.7 : 0.12
			},
			linkLayer
		);
		p.setAttribute(KEY_ATTRIBUTE, linkKey(s.id, tg.id));
		p.setAttribute('cursor', 'pointer');
		el('title', {}, p).textContent = t('chart2.linkTip', {
			source: name(s),
			target: name(tg),
			value: formatCompact(l.value, locale),
			share: formatPercent(l.share),
			revenue: formatYuan(l.revenue, locale)
		});
	}

	const nodeLayer = el('g', { 'aria-label': 'nodes' }, svg);
	for (const n of nodes) {
		const r = el(
			'rect',
			{
				x: n.x0 ?? 0,
				y: n.y0 ?? 0,
				width: Math.max(1, (n.x1 ?? 0) - (n.x0 ?? 0)),
				height: Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0)),
				fill: colorOf.get(n.id) ?? COLORS.muted
			},
			nodeLayer
		);
		if (selected === n.id) {
			r.setAttribute('stroke', SELECTED);
			r.setAttribute('stroke-width', '2');
		}
		r.setAttribute(KEY_ATTRIBUTE, n.id);
		r.setAttribute('cursor', 'pointer');
		el('title', {}, r).textContent = t('chart2.nodeTip', {
			stage: t(`chart2.stage.${n.stage}`),
			name: name(n),
			value: formatCompact(n.value ?? 0, locale),
			share: formatPercent((n.value ?? 0) / data.total)
		});
	}

	const labelLayer = el('g', { 'aria-label': 'labels', 'pointer-events': 'none' }, svg);
	for (const n of nodes) {
		const right = n.stage !== 'outcome';
		const text = el(
			'text',
			{
				x: right ? (n.x1 ?? 0) + 6 : (n.x0 ?? 0) - 6,
				y: ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2,
				dy: '0.35em',
				'text-anchor': right ? 'start' : 'end',
				stroke: 'white',
				'stroke-width': 3,
				'paint-order': 'stroke',
				fill: '#1b2430'
			},
			labelLayer
		);
		text.textContent = `${name(n)} ${formatCompact(n.value ?? 0, locale)}`;
	}
	return svg;
}

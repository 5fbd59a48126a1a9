// The report as one self-contained HTML file: inline styles (screen and an A4 print sheet, so
// the browser's "print to PDF" gives a clean document), charts as inline SVG, and a CSP that
// forbids every fetch — the file opens offline and can never call out, wherever it is sent.
// All text is escaped here; charts go through sanitizeSvg.

import { formatInteger } from '$lib/i18n/format';
import {
	uniqueSlugs,
	type ReportChart,
	type ReportInsight,
	type ReportLabels,
	type ReportModel,
	type ReportSection,
	type ReportSource
} from './model';
import { escapeMarkup, sanitizeSvg } from './sanitize-svg';

/**
 * No fetch of any kind (default-src 'none'), the inline stylesheet, data: images only; base-uri
 * and form-action do not fall back to default-src, so they are closed explicitly.
 */
export const REPORT_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Sections that start a new printed page (plus the first of the five profile dimensions). */
const MAJOR = new Set(['sources', 'charts', 'insights', 'playbook']);
const DIMENSIONS = new Set(['who', 'how', 'value', 'scenario', 'emotion']);

// Local font stacks only: nothing may be downloaded, and Chinese needs a CJK face.
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1b2430;
	font: 15px/1.65 "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
		"Source Han Sans SC", system-ui, -apple-system, "Segoe UI", sans-serif; }
.report { max-width: 920px; margin: 0 auto; padding: 40px 48px 64px; background: #fff; }
h1 { font-size: 30px; line-height: 1.25; margin: 0 0 6px; }
h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid #1b2430; }
p { margin: 0 0 10px; }
.subtitle { font-size: 17px; color: #4a5565; margin-bottom: 16px; }
.stamp { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0 0 24px; font-size: 13px; color: #4a5565; }
.stamp div { display: flex; gap: 6px; }
.stamp dt { font-weight: 600; }
.stamp dd { margin: 0; }
.golden { border-left: 6px solid #c8102e; background: #fbf3f4; padding: 18px 22px; margin: 0 0 28px; }
.golden .golden-label { font-size: 13px; font-weight: 700; letter-spacing: .08em; color: #c8102e; margin: 0 0 4px; }
.golden .headline { font-size: 22px; line-height: 1.45; font-weight: 700; margin: 0 0 10px; }
.golden .assumptions { font-size: 13px; color: #4a5565; }
.toc { font-size: 14px; margin: 0 0 8px; }
.toc h2 { font-size: 15px; border: 0; margin: 0 0 4px; padding: 0; }
.toc ol { margin: 0; padding-left: 22px; columns: 2; }
.toc a { color: #1b2430; }
.source { font-size: 12px; color: #6b7480; }
figure.chart { margin: 18px 0 24px; }
figure.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-svg svg { display: block; max-width: 100%; height: auto; }
.chart-svg svg text { white-space: pre; }
.caption { font-size: 13px; color: #4a5565; margin-top: 6px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 18px; font-size: 14px; }
th, td { border: 1px solid #cfd4da; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f0f2f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.fingerprint { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
ol.insights { list-style: none; padding: 0; margin: 0; }
.insight { border: 1px solid #cfd4da; border-radius: 6px; padding: 12px 16px; margin: 0 0 14px; }
.insight dl { margin: 0; display: grid; grid-template-columns: 3.2em 1fr; gap: 6px 12px; }
.insight dt { font-weight: 700; }
.insight dd { margin: 0; }
.insight .problem dd { font-weight: 600; }
.insight .triplet { display: contents; }
.meta-list { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 16px; }
.meta-list dt { font-weight: 600; }
.meta-list dd { margin: 0; }
@page { size: A4; margin: 16mm; }
@media print {
	html, body { background: #fff !important; color: #000 !important; }
	body { font-size: 10.5pt; }
	.report { max-width: none; margin: 0; padding: 0; }
	.toc, nav { display: none !important; }
	a { color: #000 !important; text-decoration: none !important; }
	h2 { border-color: #000; break-after: avoid; page-break-after: avoid; }
	.major { break-before: page; page-break-before: always; }
	figure.chart, .insight, .golden, tr, thead { break-inside: avoid; page-break-inside: avoid; }
	.chart-svg svg { max-height: 235mm; }
	.golden { background: #fff !important; border-left-color: #000; }
	.golden .golden-label, .subtitle, .stamp, .source, .caption, .golden .assumptions { color: #000 !important; }
	th { background: #fff !important; }
	th, td, .insight { border-color: #000; }
}
`.trim();

/** Escaped text; line breaks the analyst typed stay line breaks. */
const text = (s: string) => escapeMarkup(s).replace(/\r\n|\r|\n/g, '<br>');

/** The label–text separator of the report's language. */
const colonOf = (lang: string) => (lang === 'zh-CN' ? ':' : ': ');

function sourceLine(source: ReportSource | undefined, labels: ReportLabels, colon: string): string {
	if (!source) return '';
	return `<p class="source">${text(labels.source)}${colon}${text(labels.pages[source.page] ?? source.page)}</p>`;
}

/** A table; `classes` gives a class per column (e.g. 'num' for right-aligned figures). */
function table(
	columns: readonly string[],
	rows: readonly string[][],
	classes: readonly (string | undefined)[] = []
): string {
	const head = columns.map((c) => `<th scope="col">${text(c)}</th>`).join('');
	const cell = (c: string, i: number) => {
		const cls = classes[i];
		return `<td${cls ? ` class="${escapeMarkup(cls)}"` : ''}>${text(c)}</td>`;
	};
	const body = rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
	return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function chart(c: ReportChart, slug: string, index: number): string {
	const svg = sanitizeSvg(c.svg, { idPrefix: `c${index}-` });
	return [
		`<figure class="chart" id="chart-${slug}">`,
		`<figcaption>${text(c.title)}</figcaption>`,
		svg ? `<div class="chart-svg">${svg}</div>` : '',
		c.caption ? `<p class="caption">${text(c.caption)}</p>` : '',
		'</figure>'
	]
		.filter(Boolean)
		.join('\n');
}

function insightList(
	insights: readonly ReportInsight[],
	labels: ReportLabels,
	colon: string
): string {
	if (insights.length === 0) return `<p>${text(labels.none)}</p>`;
	const slugs = uniqueSlugs(insights.map((i) => i.id));
	const items = insights.map(
		(i, n) => `<li class="insight" id="insight-${slugs[n]}">
<dl>
<div class="triplet problem"><dt>${text(labels.problem)}</dt><dd>${text(i.problem)}</dd></div>
<div class="triplet cause"><dt>${text(labels.cause)}</dt><dd>${text(i.cause)}</dd></div>
<div class="triplet action"><dt>${text(labels.action)}</dt><dd>${text(i.action)}</dd></div>
</dl>
${sourceLine(i.source, labels, colon)}
</li>`
	);
	return `<ol class="insights">\n${items.join('\n')}\n</ol>`;
}

function playbookTable(model: ReportModel, labels: ReportLabels): string {
	if (model.playbook.length === 0) return `<p>${text(labels.none)}</p>`;
	return table(
		[labels.segment, labels.size, labels.playbookAction],
		model.playbook.map((r) => [r.segment, r.size, r.action])
	);
}

interface Counter {
	chart: number;
}

function section(
	s: ReportSection,
	slug: string,
	major: boolean,
	model: ReportModel,
	labels: ReportLabels,
	counter: Counter
): string {
	const chartSlugs = uniqueSlugs(s.charts.map((c) => `${slug}-${c.id}`));
	const parts = [
		`<section class="section section-${slug}${major ? ' major' : ''}" id="sec-${slug}">`,
		`<h2>${text(s.title)}</h2>`,
		...s.paragraphs.map((p) => `<p>${text(p)}</p>`),
		...s.charts.map((c, i) => chart(c, chartSlugs[i]!, counter.chart++)),
		s.table ? table(s.table.columns, s.table.rows) : '',
		s.id === 'insights' ? insightList(model.insights, labels, colonOf(model.lang)) : '',
		s.id === 'playbook' ? playbookTable(model, labels) : '',
		sourceLine(s.source, labels, colonOf(model.lang)),
		'</section>'
	];
	return parts.filter(Boolean).join('\n');
}

function golden(model: ReportModel, labels: ReportLabels): string {
	const g = model.golden;
	if (!g) return '';
	return [
		`<section class="golden" aria-label="${escapeMarkup(labels.golden)}">`,
		`<p class="golden-label">${text(labels.golden)}</p>`,
		`<p class="headline">${text(g.headline)}</p>`,
		g.whatIf
			? `<p class="whatif"><strong>${text(labels.whatIf)}</strong> ${text(g.whatIf)}</p>`
			: '',
		g.assumptions
			? `<p class="assumptions">${text(labels.assumptions)}${colonOf(model.lang)}${text(g.assumptions)}</p>`
			: '',
		'</section>'
	]
		.filter(Boolean)
		.join('\n');
}

function appendix(model: ReportModel, labels: ReportLabels): string {
	const m = model.meta;
	const item = (dt: string, dd: string) => `<dt>${text(dt)}</dt><dd>${text(dd)}</dd>`;
	const files =
		m.files.length === 0
			? `<p>${text(labels.none)}</p>`
			: table(
					[labels.fileName, labels.fingerprint, labels.rows],
					m.files.map((f) => [f.name, f.fingerprint, formatInteger(f.rows, model.lang)]),
					[undefined, 'fingerprint', 'num']
				);
	return [
		`<section class="section appendix major" id="sec-reproduce">`,
		`<h2>${text(labels.reproduce)}</h2>`,
		`<dl class="meta-list">`,
		item(labels.asOf, m.asOf),
		item(labels.window, m.window),
		item(labels.generatedAt, m.generatedAt),
		item(labels.app, m.app),
		`</dl>`,
		`<h3>${text(labels.thresholds)}</h3>`,
		m.thresholds.length === 0
			? `<p>${text(labels.none)}</p>`
			: table(
					[labels.threshold, labels.value],
					m.thresholds.map((x) => [x.label, x.value])
				),
		`<h3>${text(labels.files)}</h3>`,
		files,
		`</section>`
	].join('\n');
}

/** The whole report as one HTML document (a string; the caller offers it as a download). */
export function renderReportHtml(model: ReportModel, labels: ReportLabels): string {
	// The insights and playbook go where the analyst placed their sections, else at the end.
	const sections: ReportSection[] = [...model.sections];
	if (!sections.some((s) => s.id === 'insights') && model.insights.length > 0)
		sections.push({ id: 'insights', title: labels.insights, paragraphs: [], charts: [] });
	if (!sections.some((s) => s.id === 'playbook') && model.playbook.length > 0)
		sections.push({ id: 'playbook', title: labels.playbook, paragraphs: [], charts: [] });
	const slugs = uniqueSlugs(sections.map((s) => s.id));
	const firstDimension = sections.findIndex((s) => DIMENSIONS.has(s.id));
	const counter: Counter = { chart: 0 };
	const body = sections.map((s, i) =>
		section(s, slugs[i]!, MAJOR.has(s.id) || i === firstDimension, model, labels, counter)
	);
	const toc = sections
		.map((s, i) => `<li><a href="#sec-${slugs[i]}">${text(s.title)}</a></li>`)
		.concat(`<li><a href="#sec-reproduce">${text(labels.reproduce)}</a></li>`)
		.join('');
	const m = model.meta;
	const stamp = [
		[labels.asOf, m.asOf],
		[labels.window, m.window],
		[labels.generatedAt, m.generatedAt]
	]
		.map(([dt, dd]) => `<div><dt>${text(dt!)}</dt><dd>${text(dd!)}</dd></div>`)
		.join('');
	return `<!doctype html>
<html lang="${escapeMarkup(model.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeMarkup(REPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeMarkup(m.app)}">
<title>${text(model.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<article class="report">
<header class="cover" id="top">
<h1>${text(model.title)}</h1>
${model.subtitle ? `<p class="subtitle">${text(model.subtitle)}</p>` : ''}
<dl class="stamp">${stamp}</dl>
${golden(model, labels)}
</header>
<nav class="toc" aria-label="${escapeMarkup(labels.contents)}">
<h2>${text(labels.contents)}</h2>
<ol>${toc}</ol>
</nav>
${body.join('\n')}
${appendix(model, labels)}
</article>
</body>
</html>
`;
}

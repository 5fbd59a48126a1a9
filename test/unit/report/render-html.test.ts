// @vitest-environment jsdom
// The HTML export: one self-contained, escaped document that prints to A4.
import { describe, expect, it } from 'vitest';
import { reportLabels } from '$lib/report/model';
import { renderReportHtml, REPORT_CSP } from '$lib/report/render-html';
import { enT, zhT } from './t';
import { fixtureModel, XSS } from './fixture';

const labels = reportLabels(zhT);
const html = renderReportHtml(fixtureModel(), labels);
const doc = new DOMParser().parseFromString(html, 'text/html');

describe('renderReportHtml: a self-contained document', () => {
	it('declares doctype, charset, language and a CSP that forbids every fetch', () => {
		expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
		expect(html).toContain('<meta charset="utf-8">');
		const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
		expect(csp!.getAttribute('content')).toBe(REPORT_CSP);
		expect(
			REPORT_CSP.startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
		).toBe(true);
		// The CSP must come before anything that could load (it only applies from where it stands).
		expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
	});

	it('loads nothing and runs nothing', () => {
		expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|<img|<base|@import|<form/i);
		for (const m of html.matchAll(/\s(src|href|xlink:href|action|srcset|poster)\s*=\s*"([^"]*)"/gi))
			expect(m[2], m[0]).toMatch(/^#/);
		expect(html).not.toMatch(/https?:|\/\/evil/);
		for (const m of html.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^#/);
		for (const el of Array.from(doc.querySelectorAll('*')))
			for (const a of Array.from(el.attributes)) expect(a.name).not.toMatch(/^on/i);
	});

	it('escapes every piece of user text', () => {
		expect(doc.querySelectorAll('img')).toHaveLength(0);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(doc.title).toBe(`客户分析报告 ${XSS}`);
		expect(doc.querySelector('h1')!.textContent).toBe(`客户分析报告 ${XSS}`);
		const analyst = doc.querySelectorAll('.insight')[1]!;
		expect(analyst.querySelector('.problem dd')!.textContent).toBe(XSS);
		// Line breaks the analyst typed stay line breaks.
		expect(analyst.querySelector('.action dd')!.innerHTML).toBe('第一步<br>第二步');
	});

	it('has a print stylesheet for A4 with page breaks and unsplit charts', () => {
		const css = doc.querySelector('style')!.textContent!;
		expect(css).toContain('@page { size: A4; margin: 16mm; }');
		expect(css).toContain('@media print');
		expect(css).toMatch(/\.major \{ break-before: page; page-break-before: always; \}/);
		expect(css).toMatch(/figure\.chart, \.insight[^{]*\{ break-inside: avoid/);
		expect(css).toMatch(/\.toc, nav \{ display: none !important; \}/);
		expect(css).not.toMatch(/url\(|@import|@font-face/);
		const major = Array.from(doc.querySelectorAll('section.major')).map((s) => s.id);
		expect(major).toEqual([
			'sec-sources',
			'sec-who',
			'sec-charts',
			'sec-insights',
			'sec-playbook',
			'sec-reproduce'
		]);
	});
});

describe('renderReportHtml: content', () => {
	it('opens with the golden number and states as_of and the window', () => {
		expect(doc.querySelector('.golden .headline')!.textContent).toContain('62.3% 的收入');
		expect(doc.querySelector('.golden .whatif')!.textContent).toContain('如果腰部客户提升');
		expect(doc.querySelector('.stamp')!.textContent).toContain('2025-01-01');
		expect(doc.querySelector('.stamp')!.textContent).toContain('2024-01-01 至 2024-12-31');
	});

	it('renders sections in order with paragraphs, tables and a table of contents', () => {
		const ids = Array.from(doc.querySelectorAll('section.section')).map((s) => s.id);
		expect(ids).toEqual([
			'sec-opening',
			'sec-sources',
			'sec-who',
			'sec-charts',
			'sec-insights',
			'sec-playbook',
			'sec-reproduce'
		]);
		const toc = Array.from(doc.querySelectorAll('.toc a')).map((a) => a.getAttribute('href'));
		expect(toc).toEqual(ids.map((id) => `#${id}`));
		const cells = Array.from(doc.querySelectorAll('#sec-sources td')).map((c) => c.textContent);
		expect(cells).toEqual(['waybills', '123,456', 'a|b', XSS]);
		expect(doc.querySelector('#sec-sources .source')!.textContent).toBe('来源:数据质量');
	});

	it('inlines sanitised charts with their own id prefixes', () => {
		const figures = doc.querySelectorAll('figure.chart');
		expect(figures).toHaveLength(4);
		expect(Array.from(figures).map((f) => f.id)).toEqual([
			'chart-who-tiers',
			'chart-charts-evil',
			'chart-charts-tiers',
			'chart-charts-empty'
		]);
		const svgs = doc.querySelectorAll('figure.chart svg');
		// The fourth "chart" was not an SVG: its figure keeps the title only.
		expect(svgs).toHaveLength(3);
		const clipIds = Array.from(doc.querySelectorAll('clipPath')).map((c) => c.id);
		expect(clipIds).toEqual(['c0-plot-clip-1', 'c1-plot-clip-1', 'c2-plot-clip-1']);
		expect(svgs[2]!.querySelector('g')!.getAttribute('clip-path')).toBe('url(#c2-plot-clip-1)');
		expect(svgs[0]!.textContent).toContain('微信小程序');
		expect(figures[0]!.querySelector('figcaption')!.textContent).toBe('城市线级 [1]');
		expect(figures[0]!.querySelector('.caption')!.textContent).toBe('*来源*:运单');
	});

	it('writes insights as 问题 → 原因 → 动作 in the analyst order', () => {
		const items = doc.querySelectorAll('#sec-insights .insight');
		expect(items).toHaveLength(2);
		expect(Array.from(items[0]!.querySelectorAll('dt')).map((d) => d.textContent)).toEqual([
			'问题',
			'原因',
			'动作'
		]);
		expect(items[0]!.querySelector('.problem dd')!.textContent).toBe(
			'广东有 25% 的运单在夜间下单。'
		);
		expect(items[0]!.querySelector('.source')!.textContent).toBe('来源:客户画像');
		expect(doc.querySelector('#sec-insights > p')!.textContent).toBe('按影响排序。');
	});

	it('appends the playbook and the reproducibility block', () => {
		const rows = Array.from(doc.querySelectorAll('#sec-playbook tbody tr')).map((r) =>
			Array.from(r.querySelectorAll('td')).map((c) => c.textContent)
		);
		expect(rows).toEqual([
			['高价值高频', '200 位客户 · 收入占 45%', '专属客服'],
			[XSS, '1', 'x|y']
		]);
		const appendix = doc.querySelector('#sec-reproduce')!;
		expect(appendix.textContent).toContain('流失预警线');
		expect(appendix.textContent).toContain('45.5 天');
		expect(appendix.textContent).toContain('ParcelLens 0.1.0');
		const files = Array.from(
			appendix.querySelectorAll('table')[1]!.querySelectorAll('tbody tr')
		).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent));
		expect(files).toEqual([
			['waybills_2024|01.csv', 'sha256:9f86d081884c7d659a2feaa0c55ad015', '123,456'],
			[`${XSS}.xlsx`, 'sha256:60303ae22b998861bce3b28f33eec1be', '42']
		]);
		expect(appendix.querySelector('td.fingerprint')).not.toBeNull();
	});

	it('adds insights and playbook sections when the model has none, and works in English', () => {
		const m = fixtureModel();
		m.lang = 'en';
		m.sections = [];
		m.golden = null;
		m.meta.files = [];
		const out = renderReportHtml(m, reportLabels(enT));
		const d = new DOMParser().parseFromString(out, 'text/html');
		expect(d.documentElement.lang).toBe('en');
		expect(d.querySelector('.golden')).toBeNull();
		expect(d.querySelector('#sec-insights h2')!.textContent).toBe('Insights and actions');
		expect(d.querySelector('#sec-playbook h2')!.textContent).toBe('Customer operations handbook');
		expect(Array.from(d.querySelectorAll('.insight dt')).map((x) => x.textContent)).toContain(
			'Problem'
		);
		expect(d.querySelector('#sec-reproduce')!.textContent).toContain('(none)');
	});

	it('is deterministic', () => {
		expect(renderReportHtml(fixtureModel(), labels)).toBe(html);
	});
});

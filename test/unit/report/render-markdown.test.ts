// @vitest-environment jsdom
// The Markdown export: escaped text, charts as sanitised files behind relative links, one zip.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportLabels } from '$lib/report/model';
import {
	escapeMarkdown,
	renderReportMarkdown,
	safeZipPath,
	zipReport
} from '$lib/report/render-markdown';
import { enT, zhT } from './t';
import { fixtureModel } from './fixture';

const labels = reportLabels(zhT);
const { markdown, files } = renderReportMarkdown(fixtureModel(), labels);

describe('escapeMarkdown', () => {
	it('turns markup and block markers into literal text', () => {
		expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
		expect(escapeMarkdown('# title')).toBe('\\# title');
		expect(escapeMarkdown('- item')).toBe('\\- item');
		expect(escapeMarkdown('+ item')).toBe('\\+ item');
		expect(escapeMarkdown('12. item')).toBe('12\\. item');
		expect(escapeMarkdown('3) item')).toBe('3\\) item');
		expect(escapeMarkdown('45.5 天')).toBe('45.5 天');
		expect(escapeMarkdown('7.')).toBe('7\\.');
		expect(escapeMarkdown('---')).toBe('\\---');
		expect(escapeMarkdown('![x](http://e/x.png) [y](javascript:z)')).toBe(
			'!\\[x\\](http://e/x.png) \\[y\\](javascript:z)'
		);
		expect(escapeMarkdown('a|b *c* _d_ `e` ~f~ &amp; \\')).toBe(
			'a\\|b \\*c\\* \\_d\\_ \\`e\\` \\~f\\~ \\&amp; \\\\'
		);
		expect(escapeMarkdown('  line one\n\n    line two  ')).toBe('line one line two');
		// Ordinary Chinese and figures read as they are.
		expect(escapeMarkdown('占客户总量 8.5% 的客户(约 1,200 位)')).toBe(
			'占客户总量 8.5% 的客户(约 1,200 位)'
		);
	});
});

describe('renderReportMarkdown', () => {
	it('references every chart file it writes, and writes every chart it references', () => {
		const links = [...markdown.matchAll(/!\[(?:\\.|[^\]\\])*\]\(([^)]+)\)/g)].map((m) => m[1]);
		expect(links).toEqual([
			'charts/who-tiers.svg',
			'charts/charts-evil.svg',
			'charts/charts-tiers.svg'
		]);
		expect(files.map((f) => f.name)).toEqual(links);
		for (const f of files) {
			expect(
				f.content.startsWith(
					'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'
				)
			).toBe(true);
			const doc = new DOMParser().parseFromString(f.content, 'image/svg+xml');
			expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
		}
		const evil = files[1]!.content;
		expect(evil).not.toMatch(/script|foreignObject|iframe|evil\.example|onload|<image/);
		// The chart that was not an SVG keeps its title in bold and gets no file.
		expect(markdown).toContain('**无图**');
	});

	it('escapes user text everywhere it lands', () => {
		expect(markdown).toMatch(/^# 客户分析报告 \\<img src=x onerror=alert\(1\)\\>$/m);
		expect(markdown).not.toMatch(/(^|[^\\])<img/);
		// A paragraph's own lines stay lines, none becomes a heading, a list or a numbered item.
		expect(markdown).toContain(
			'第一行\\\n\\# 不是标题\\\n\\- 不是列表\\\n1\\. 不是编号 \\<img src=x onerror=alert(1)\\>'
		);
		expect(markdown).toContain('![城市线级 \\[1\\]](charts/who-tiers.svg)');
		expect(markdown).toContain('*\\*来源\\*:运单*');
		// Pipes inside cells cannot split them.
		expect(markdown).toContain('| a\\|b | \\<img src=x onerror=alert(1)\\> |');
		expect(markdown).toContain(
			'| waybills\\_2024\\|01.csv | sha256:9f86d081884c7d659a2feaa0c55ad015 | 123,456 |'
		);
	});

	it('writes the golden number, insights, playbook and reproducibility block', () => {
		expect(markdown).toContain('> **黄金数字**\n>\n> **占客户总量 8.5% 的“高价值高频”');
		expect(markdown).toContain(
			'### 1\n\n- **问题**:广东有 25% 的运单在夜间下单。\n- **原因**:夜间需求集中。\n- **动作**:试点 24 小时无人网点。'
		);
		expect(markdown).toContain('- **动作**:第一步 第二步');
		expect(markdown).toContain('| 高价值高频 | 200 位客户 · 收入占 45% | 专属客服 |');
		expect(markdown).toContain('## 可复现信息');
		expect(markdown).toContain('- **数据截止日(as\\_of)**');
		expect(markdown).toContain('| 流失预警线 | 45.5 天 |');
		const order = [
			'## 开篇',
			'## 数据来源与清洗',
			'## 谁在寄',
			'## 三张图',
			'## 洞察',
			'## 客户运营手册',
			'## 可复现信息'
		];
		const at = order.map((h) => markdown.indexOf(`\n${h}\n`));
		expect(at.every((x) => x > 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	it('embeds charts as data URIs on request', () => {
		const embedded = renderReportMarkdown(fixtureModel(), labels, { charts: 'data-uri' });
		expect(embedded.files).toEqual([]);
		const uris = [...embedded.markdown.matchAll(/\]\(data:image\/svg\+xml;base64,([^)]+)\)/g)];
		expect(uris).toHaveLength(3);
		const svg = strFromU8(Uint8Array.from(atob(uris[0]![1]!), (c) => c.charCodeAt(0)));
		expect(svg).toContain('微信小程序');
		expect(svg.startsWith('<?xml')).toBe(true);
	});

	it('uses English punctuation in English', () => {
		const m = fixtureModel();
		m.lang = 'en';
		const out = renderReportMarkdown(m, reportLabels(enT)).markdown;
		expect(out).toContain('- **Problem**: ');
		expect(out).toContain('## Reproducibility');
	});
});

describe('zipReport', () => {
	it('packs the text and the charts for one download', () => {
		const zip = zipReport([{ name: 'report.md', content: markdown }, ...files]);
		const entries = unzipSync(zip);
		expect(Object.keys(entries).sort()).toEqual(['report.md', ...files.map((f) => f.name)].sort());
		expect(strFromU8(entries['report.md']!)).toBe(markdown);
		expect(strFromU8(entries['charts/who-tiers.svg']!)).toBe(files[0]!.content);
	});

	it('gives the same bytes for the same report', () => {
		const a = zipReport([{ name: 'report.md', content: markdown }, ...files]);
		const b = zipReport([{ name: 'report.md', content: markdown }, ...files]);
		expect(a).toEqual(b);
		const dated = zipReport([{ name: 'a.txt', content: 'x' }], { mtime: new Date(2025, 0, 2) });
		expect(dated).not.toEqual(zipReport([{ name: 'a.txt', content: 'x' }]));
	});

	it('keeps paths inside the folder it is unpacked in and the first of a repeated path', () => {
		expect(safeZipPath('../../etc/passwd')).toBe('etc/passwd');
		expect(safeZipPath('/abs/./x.svg')).toBe('abs/x.svg');
		expect(safeZipPath('a\\..\\b.md')).toBe('a-..-b.md');
		expect(safeZipPath('..')).toBe('file');
		const entries = unzipSync(
			zipReport([
				{ name: '../x.md', content: 'first' },
				{ name: 'x.md', content: 'second' },
				{ name: 'bin.dat', content: strToU8('bytes') }
			])
		);
		expect(Object.keys(entries).sort()).toEqual(['bin.dat', 'x.md']);
		expect(strFromU8(entries['x.md']!)).toBe('first');
	});
});

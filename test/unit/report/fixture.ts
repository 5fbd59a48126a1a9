// A small report with everything an exporter meets: hostile user text, a hostile chart, two
// charts with the same clip-path id, insights of both origins and the reproducibility block.
import type { ReportModel } from '$lib/report/model';

export const XSS = '<img src=x onerror=alert(1)>';

export const BAR_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120"><clipPath id="plot-clip-1"><rect width="300" height="120"/></clipPath><g clip-path="url(#plot-clip-1)"><rect x="10" y="20" width="40" height="100" fill="#4e79a7"/></g><text x="30" y="15">微信小程序</text></svg>`;

export const EVIL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(2)" width="100" height="50"><script>alert(3)</script><foreignObject><iframe src="https://evil.example/"></iframe></foreignObject><image href="https://evil.example/i.png"/><rect width="10" height="10" fill="url(https://evil.example/x)"/><clipPath id="plot-clip-1"><rect/></clipPath><g clip-path="url(#plot-clip-1)"><circle r="3"/></g></svg>`;

export function fixtureModel(): ReportModel {
	return {
		lang: 'zh-CN',
		title: `客户分析报告 ${XSS}`,
		subtitle: '2024 年全年运单',
		golden: {
			headline: '占客户总量 8.5% 的“高价值高频”贡献了 62.3% 的收入,投诉量仅占 4.1%。',
			whatIf: '若 10% 的腰部客户提升到头部水平,收入可增加 ¥12.3万(+3.2%)。',
			assumptions: '头部 = 收入前 20% 的客户…'
		},
		meta: {
			asOf: '2025-01-01',
			window: '2024-01-01 至 2024-12-31',
			generatedAt: '2025-01-02 09:30',
			thresholds: [
				{ label: '高价值', value: '近 6 个月收入 ≥ ¥1,200' },
				{ label: '流失预警线', value: '45.5 天' }
			],
			files: [
				{
					name: 'waybills_2024|01.csv',
					fingerprint: 'sha256:9f86d081884c7d659a2feaa0c55ad015',
					rows: 123456
				},
				{ name: `${XSS}.xlsx`, fingerprint: 'sha256:60303ae22b998861bce3b28f33eec1be', rows: 42 }
			],
			app: 'ParcelLens 0.1.0'
		},
		sections: [
			{ id: 'opening', title: '开篇', paragraphs: ['一句话的故事。'], charts: [] },
			{
				id: 'sources',
				title: '数据来源与清洗',
				paragraphs: ['读取 12 个文件,共 123,498 行;剔除重复运单 1,024 行。'],
				charts: [],
				table: {
					columns: ['表', '行数'],
					rows: [
						['waybills', '123,456'],
						['a|b', `${XSS}`]
					]
				},
				source: { page: 'data' }
			},
			{
				id: 'who',
				title: '谁在寄',
				paragraphs: [`第一行\n# 不是标题\n- 不是列表\n1. 不是编号 ${XSS}`],
				charts: [{ id: 'tiers', title: '城市线级 [1]', svg: BAR_SVG, caption: '*来源*:运单' }],
				source: { page: 'profile', anchor: 'who' }
			},
			{
				id: 'charts',
				title: '三张图',
				paragraphs: [],
				charts: [
					{ id: 'evil', title: '热力图', svg: EVIL_SVG },
					{ id: 'tiers', title: '同名图', svg: BAR_SVG },
					{ id: 'empty', title: '无图', svg: 'not an svg' }
				]
			},
			{ id: 'insights', title: '洞察', paragraphs: ['按影响排序。'], charts: [] }
		],
		insights: [
			{
				id: 'rule:night:广东省',
				problem: '广东有 25% 的运单在夜间下单。',
				cause: '夜间需求集中。',
				action: '试点 24 小时无人网点。',
				origin: 'rule',
				ruleId: 'night:广东省',
				source: { page: 'profile', anchor: 'night' }
			},
			{ id: 'analyst-1', problem: XSS, cause: 'a | b', action: '第一步\n第二步', origin: 'analyst' }
		],
		playbook: [
			{ segment: '高价值高频', size: '200 位客户 · 收入占 45%', action: '专属客服' },
			{ segment: XSS, size: '1', action: 'x|y' }
		]
	};
}

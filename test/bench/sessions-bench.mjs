// npm run bench -- --sessions 1000000
// Texts scored per second in the browser: a seeded CSV of N customer-service sessions (texts
// composed from courier phrases with order numbers, amounts and places, so nearly all are
// distinct) plus 200k waybills is imported through the app; the emotion page is timed.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { prng, writeLines } from './seeded.mjs';

const OPENERS = ['你好', '客服你好', '请问', '麻烦看一下', '我想投诉', '反馈一下', '帮忙查一下'];
const BODIES = [
	'单号{n}的快递已经{d}天了还没到,物流一直不更新',
	'收到的包裹外箱破损,里面的{item}摔坏了',
	'快递员态度很差,电话不接还不送货上门',
	'显示已签收但我没收到,单号{n}',
	'申请理赔{d}天了还没有结果,金额{m}元',
	'运费收了{m}元,比下单时贵了',
	'快递员很负责,{d}天就到了,非常满意',
	'包装很用心,{item}完好无损,谢谢',
	'寄到{city}需要几天?',
	'改一下收件地址到{city}'
];
const ITEMS = ['手机', '茶叶', '衣服', '水果', '耳机', '文件', '化妆品'];
const CITIES = ['杭州', '成都', '广州', '武汉', '西安', '沈阳', '昆明'];
const CATS = ['延误', '破损', '态度', '丢件', '理赔', '费用', '表扬', '表扬', '咨询', '咨询'];

export async function writeSessionFiles(dir, sessions) {
	mkdirSync(dir, { recursive: true });
	const rand = prng(11);
	const pick = (xs) => xs[Math.floor(rand() * xs.length)];
	const waybills = 200_000;
	const start = Date.UTC(2025, 0, 1);
	const ts = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
	const w = await writeLines(
		join(dir, `bench-waybills-${waybills}.csv`),
		'waybill_id,customer_id,order_time,fee,weight_kg,origin_province,dest_province',
		waybills,
		(i) =>
			[
				`W${String(i).padStart(8, '0')}`,
				`C${String(Math.floor(rand() * 50_000)).padStart(6, '0')}`,
				ts(start + Math.floor(rand() * 365 * 86400000)),
				(8 + rand() * 20).toFixed(2),
				(0.3 + rand() * 5).toFixed(2),
				'广东省',
				pick(['广东省', '浙江省', '四川省'])
			].join(',')
	);
	const s = await writeLines(
		join(dir, `bench-sessions-${sessions}.csv`),
		'session_id,waybill_id,created_at,category,text',
		sessions,
		(i) => {
			const body = pick(BODIES)
				.replace('{n}', `SF${String(Math.floor(rand() * 1e10)).padStart(10, '0')}`)
				.replace('{d}', String(1 + Math.floor(rand() * 9)))
				.replace('{m}', String(5 + Math.floor(rand() * 500)))
				.replace('{item}', pick(ITEMS))
				.replace('{city}', pick(CITIES));
			return [
				`S${String(i).padStart(8, '0')}`,
				`W${String(Math.floor(rand() * waybills)).padStart(8, '0')}`,
				ts(start + Math.floor(rand() * 365 * 86400000)),
				pick(CATS),
				`"${pick(OPENERS)},${body}"`
			].join(',');
		}
	);
	console.log(
		`bench: ${sessions.toLocaleString('en-US')} sessions (${Math.round(statSync(s).size / 1048576)} MB) + ${waybills.toLocaleString('en-US')} waybills`
	);
	return [w, s];
}

export async function benchSessions({ url, sessions, launch, rendererPeaks, mb }) {
	const files = await writeSessionFiles(join('test', 'bench', 'results', 'files'), sessions);
	const { browser, pid } = await launch();
	const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
	let peak = 0;
	const sampler = setInterval(() => {
		for (const p of rendererPeaks(pid)) peak = Math.max(peak, p.hwm);
	}, 100);
	await page.goto(`${url}project/`);
	const t0 = Date.now();
	await page.getByTestId('file-input').setInputFiles(files);
	await page.getByTestId('mapping-waybills').waitFor({ timeout: 30 * 60_000 });
	await page.getByTestId('apply-import').click();
	await page.getByTestId('result-waybills').waitFor({ timeout: 30 * 60_000 });
	const imported = Date.now() - t0;
	console.log(`bench: imported in ${imported} ms`);
	const e0 = Date.now();
	await page.getByRole('link', { name: /情绪触点/ }).click();
	await page
		.getByTestId('emotion-headline')
		.or(page.getByRole('alert'))
		.first()
		.waitFor({ timeout: 60 * 60_000 });
	const emotionPage = Date.now() - e0;
	const m = await page.evaluate(
		() => performance.getEntriesByName('parcellens:emotion', 'measure').at(-1)?.detail ?? null
	);
	const headline = await page.getByTestId('emotion-headline').innerText();
	clearInterval(sampler);
	for (const p of rendererPeaks(pid)) peak = Math.max(peak, p.hwm);
	await browser.close();
	return { sessions, imported, emotionPage, scoring: m, headline, peakMB: mb(peak) };
}

// npm run bench -- --value-customers 1000000
// The value analysis at a customer count the sample generator never reaches: a seeded CSV with
// N customers (every customer ships once, then (per-customer − 1) × N more parcels go to a
// skewed few; --per-customer defaults to 2.5) is
// imported through the app, then the value page is timed (features, thresholds, schemes,
// k-means on a sample + assigning everyone, golden number).
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './seeded.mjs';

const PROVINCES = ['广东省', '浙江省', '江苏省', '上海市', '北京市', '四川省', '湖北省', '山东省'];
const CHANNELS = ['微信小程序', 'APP', '官网', '网点/门店', '电商平台'];
const PAYMENTS = ['寄付现结', '到付', '月结'];
const CATEGORIES = ['文件', '服装', '3C数码', '生鲜', '食品', '其他'];

export async function writeValueCsv(dir, customers, perCustomer = 2.5) {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `value-${customers}-${perCustomer}.csv`);
	if (existsSync(path)) return path;
	const rand = prng(7);
	const out = createWriteStream(path);
	const write = (s) => (out.write(s) ? null : new Promise((r) => out.once('drain', r)));
	await write(
		'waybill_id,customer_id,order_time,fee,weight_kg,origin_province,dest_province,channel,payment_method,item_category,customer_type\n'
	);
	const total = Math.round(customers * perCustomer);
	const start = Date.UTC(2025, 0, 1);
	for (let i = 0; i < total; i++) {
		// The first N rows give every customer one parcel; the rest favour low customer numbers.
		const c = i < customers ? i : Math.floor(customers * rand() ** 4);
		const heavy = c < customers * 0.02;
		const day = Math.floor(rand() * 365);
		const hour = Math.floor(rand() * 24);
		const t = new Date(start + day * 86400000 + hour * 3600000 + Math.floor(rand() * 3600) * 1000);
		const weight = heavy ? 2 + rand() * 10 : 0.2 + rand() * 2;
		const fee = (8 + weight * 2.5 + rand() * 4).toFixed(2);
		const o = PROVINCES[Math.floor(rand() * PROVINCES.length)];
		const d = rand() < 0.4 ? o : PROVINCES[Math.floor(rand() * PROVINCES.length)];
		const line = [
			`W${String(i).padStart(9, '0')}`,
			`C${String(c).padStart(7, '0')}`,
			t.toISOString().slice(0, 19).replace('T', ' '),
			fee,
			weight.toFixed(2),
			o,
			d,
			heavy ? '电商平台' : CHANNELS[Math.floor(rand() * CHANNELS.length)],
			heavy ? '月结' : PAYMENTS[Math.floor(rand() * 2)],
			CATEGORIES[Math.floor(rand() * CATEGORIES.length)],
			heavy ? '企业' : '个人'
		].join(',');
		const p = write(line + '\n');
		if (p) await p;
	}
	await new Promise((r) => out.end(r));
	console.log(
		`bench: wrote ${total.toLocaleString('en-US')} waybills (${Math.round(statSync(path).size / 1048576)} MB)`
	);
	return path;
}

/** Imports the CSV in the app, then opens the value page; returns stage timings. */
export async function benchValue({ url, customers, perCustomer, launch, rendererPeaks, mb }) {
	const path = await writeValueCsv(
		join('test', 'bench', 'results', 'files'),
		customers,
		perCustomer
	);
	const { browser, pid } = await launch();
	const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
	let peak = 0;
	const sampler = setInterval(() => {
		for (const p of rendererPeaks(pid)) peak = Math.max(peak, p.hwm);
	}, 100);
	await page.goto(`${url}project/`);
	const t0 = Date.now();
	await page.getByTestId('file-input').setInputFiles(path);
	await page.getByTestId('mapping-waybills').waitFor({ timeout: 30 * 60_000 });
	await page.getByTestId('apply-import').click();
	await page.getByTestId('result-waybills').waitFor({ timeout: 30 * 60_000 });
	const imported = Date.now() - t0;
	console.log(`bench: imported and cleaned in ${imported} ms`);
	const v0 = Date.now();
	await page.getByRole('link', { name: /价值分层/ }).click();
	// An engine error shows as an alert: report it instead of waiting for the timeout.
	await page
		.getByTestId('golden-sentence')
		.or(page.getByRole('alert'))
		.first()
		.waitFor({ timeout: 30 * 60_000 });
	const alert = page.getByRole('alert');
	if (await alert.count()) throw new Error(`value page failed: ${await alert.first().innerText()}`);
	await page.getByTestId('cluster-profile').locator('svg').first().waitFor({ timeout: 60_000 });
	const valuePage = Date.now() - v0;
	const m = await page.evaluate(() => {
		const e = performance.getEntriesByName('parcellens:value', 'measure').at(-1);
		return { duration: e?.duration ?? null, detail: e?.detail ?? {} };
	});
	const window = await page.getByTestId('value-window').innerText();
	clearInterval(sampler);
	for (const p of rendererPeaks(pid)) peak = Math.max(peak, p.hwm);
	await browser.close();
	return { customers, imported, valuePage, value: m, window, peakMB: mb(peak) };
}

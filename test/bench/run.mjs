// npm run bench -- --rows 100000[,1000000] [--seed 42] [--runs 1]
// npm run bench -- --ingest 1000000   (the same waybills as UTF-8 CSV, GBK CSV and Parquet)
// npm run bench -- --value-customers 1000000   (value analysis and k-means at N customers)
// npm run bench -- --sessions 1000000   (service texts scored per second in the browser)
// npm run bench -- --project 1000000   (save a project of N imported waybills, reopen it)
// Drives the built app in headless Chromium: opens a sample deep link (the app generates the
// waybills in its worker, loads DuckDB and builds the profile), then prints each stage's time
// and the tab's peak memory as a table and as JSON (also written to test/bench/results/).
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';
import { benchValue } from './value-bench.mjs';
import { benchSessions } from './sessions-bench.mjs';
import { benchProject } from './project-bench.mjs';

const args = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, a, i, all) => {
		if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
		return pairs;
	}, [])
);
const ingestRows = args.ingest ? Number(String(args.ingest).replace(/_/g, '')) : null;
const sessionCount = args.sessions ? Number(String(args.sessions).replace(/_/g, '')) : null;
const valueCustomers = args['value-customers']
	? Number(String(args['value-customers']).replace(/_/g, ''))
	: null;
const sizes = String(args.rows ?? '100000')
	.split(',')
	.map((s) => Number(s.replace(/_/g, '')));
const projectRows = args.project ? Number(String(args.project).replace(/_/g, '')) : null;
const seed = Number(args.seed ?? 42);
const runs = Number(args.runs ?? 1);
if (
	!ingestRows &&
	!valueCustomers &&
	!projectRows &&
	sizes.some((n) => !Number.isInteger(n) || n < 1000 || n > 10_000_000)
) {
	console.error('--rows takes whole numbers from 1000 to 10000000, comma-separated');
	process.exit(2);
}
if (!existsSync('build/index.html')) {
	console.log('no build found: running `npm run build` first');
	execSync('npm run build', { stdio: 'inherit' });
}

/** Peak resident memory (VmHWM) of Chromium's renderer processes, in bytes. */
function rendererPeaks(browserPid) {
	const peaks = [];
	for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		try {
			const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!cmd.includes('--type=renderer')) continue;
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
			const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
			const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
			peaks.push({ pid: Number(pid), ppid, hwm, rss });
		} catch {
			// The process ended while we read it.
		}
	}
	return peaks.filter((p) => p.ppid === browserPid || browserPid == null);
}

const mb = (bytes) => Math.round(bytes / 1048576);
const ms = (v) => (v == null ? '' : Math.round(v));

/** Bundles and runs test/bench/ingest-files.ts (TypeScript that imports the app's modules). */
async function makeIngestFiles(rows) {
	const dir = join('test', 'bench', 'results', 'files');
	mkdirSync(dir, { recursive: true });
	const { build } = await import('rolldown');
	const out = join('test', 'bench', 'results', 'ingest-files.mjs');
	await build({
		input: 'test/bench/ingest-files.ts',
		platform: 'node',
		resolve: { alias: { $lib: join(process.cwd(), 'src/lib') } },
		external: [/^[^./$]/],
		output: { file: out, format: 'esm' },
		logLevel: 'silent'
	});
	const cached = {
		'CSV UTF-8': join(dir, `waybills-${rows}-utf8.csv`),
		'CSV GBK': join(dir, `waybills-${rows}-gbk.csv`),
		Parquet: join(dir, `waybills-${rows}.parquet`)
	};
	if (Object.values(cached).every((p) => existsSync(p))) return cached;
	const { writeIngestFiles } = await import(join(process.cwd(), out));
	const t0 = Date.now();
	const files = await writeIngestFiles(dir, rows);
	console.log(`bench: wrote ${rows.toLocaleString('en-US')}-row inputs in ${Date.now() - t0} ms`);
	return files;
}

async function launch() {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	return { browser, pid: browser.process?.()?.pid ?? null };
}

/** Import of the same waybills as UTF-8 CSV, GBK CSV and Parquet: read and map times, peak RSS. */
async function benchIngest(url, rows) {
	const files = await makeIngestFiles(rows);
	const results = [];
	for (const [format, path] of Object.entries(files)) {
		console.log(`bench: importing ${format} (${(statSync(path).size / 1048576).toFixed(0)} MB)…`);
		const { browser, pid } = await launch();
		const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
		let peak = 0;
		const sampler = setInterval(() => {
			for (const p of rendererPeaks(pid)) peak = Math.max(peak, p.hwm);
		}, 100);
		await page.goto(`${url}project/`);
		await page
			.getByTestId('engine-status')
			.or(page.getByTestId('file-table'))
			.or(page.locator('h1'))
			.first()
			.waitFor();
		const t0 = Date.now();
		await page.getByTestId('file-input').setInputFiles(path);
		await page.getByTestId('mapping-waybills').waitFor({ timeout: 15 * 60_000 });
		const read = Date.now() - t0;
		const t1 = Date.now();
		await page.getByTestId('apply-import').click();
		await page.getByTestId('result-waybills').waitFor({ timeout: 15 * 60_000 });
		const apply = Date.now() - t1;
		const loaded = await page.getByTestId('result-waybills').innerText();
		const clean = await page.evaluate(
			() =>
				performance.getEntriesByName('parcellens:import', 'measure').at(-1)?.detail?.clean ?? null
		);
		clearInterval(sampler);
		for (const p of rendererPeaks(pid)) peak = Math.max(peak, p.hwm);
		await browser.close();
		results.push({
			format,
			mb: Math.round(statSync(path).size / 1048576),
			read,
			apply,
			clean: clean == null ? null : Math.round(clean),
			total: read + apply,
			peakMB: mb(peak),
			loaded
		});
	}
	const head = [
		'input',
		'size MB',
		'read ms',
		'map+check+clean ms',
		'of which clean ms',
		'total ms',
		'peak tab RSS MB',
		'result'
	];
	const table = [
		head,
		...results.map((r) =>
			[r.format, r.mb, r.read, r.apply, r.clean, r.total, r.peakMB, r.loaded].map(String)
		)
	];
	const widths = head.map((_, i) => Math.max(...table.map((row) => row[i].length)));
	console.log(
		'\n' + table.map((row) => row.map((c, i) => c.padStart(widths[i])).join(' | ')).join('\n')
	);
	const json = { date: new Date().toISOString(), rows, results };
	console.log('\n' + JSON.stringify(json, null, 2));
	writeFileSync(
		join('test/bench/results', `ingest-${rows}.json`),
		JSON.stringify(json, null, 2) + '\n'
	);
}

async function benchOnce(url, rows) {
	const { browser, pid } = await launch();
	const context = await browser.newContext({
		locale: 'zh-CN',
		viewport: { width: 1280, height: 800 }
	});
	const page = await context.newPage();
	const offOrigin = [];
	context.on('request', (r) => {
		if (!r.url().startsWith(new URL(url).origin) && !/^(data|blob):/.test(r.url()))
			offOrigin.push(r.url());
	});
	await page.addInitScript(() => {
		// Longest gap between animation frames: how long the main thread was ever blocked.
		const w = window;
		w.__worstFrameGap = 0;
		let last = performance.now();
		const tick = (now) => {
			w.__worstFrameGap = Math.max(w.__worstFrameGap, now - last);
			last = now;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	let peakRenderer = 0;
	const sampler = setInterval(() => {
		for (const p of rendererPeaks(pid)) peakRenderer = Math.max(peakRenderer, p.hwm);
	}, 100);

	const t0 = Date.now();
	await page.goto(`${url}project/profile/?id=sample-${seed}-${rows}`);
	await page
		.getByTestId('heatmap')
		.locator('svg')
		.waitFor({ timeout: 15 * 60_000 });
	const wall = Date.now() - t0;

	// The data page: lineage and rules are ready at once; column quality is computed on arrival.
	const d0 = Date.now();
	await page.getByRole('link', { name: /数据质量/ }).click();
	await page.getByTestId('column-quality').waitFor({ timeout: 15 * 60_000 });
	const dataPage = Date.now() - d0;
	// Re-cleaning with one threshold changed (the whole clean runs again).
	await page.getByLabel('运费异常高 (¥)').fill('4000');
	const c0 = Date.now();
	await page.getByTestId('apply-cleaning').click();
	await page.waitForFunction(
		() => performance.getEntriesByName('parcellens:clean', 'measure').length > 0,
		undefined,
		{ timeout: 15 * 60_000 }
	);
	const reclean = Date.now() - c0;
	// The value page: customer features, thresholds, three schemes, k-means on a sample, golden number.
	const v0 = Date.now();
	await page.getByRole('link', { name: /价值分层/ }).click();
	await page.getByTestId('golden-sentence').waitFor({ timeout: 15 * 60_000 });
	await page.getByTestId('cluster-profile').locator('svg').first().waitFor({ timeout: 60_000 });
	const valuePage = Date.now() - v0;
	clearInterval(sampler);
	for (const p of rendererPeaks(pid)) peakRenderer = Math.max(peakRenderer, p.hwm);

	const result = await page.evaluate(() => {
		const m = Object.fromEntries(
			performance
				.getEntriesByType('measure')
				.filter((e) => e.name.startsWith('parcellens:'))
				.map((e) => [
					e.name.slice('parcellens:'.length),
					{ duration: e.duration, detail: e.detail }
				])
		);
		const nav = performance.getEntriesByType('navigation')[0];
		const heap = performance.memory?.usedJSHeapSize ?? null;
		return {
			m,
			domReady: nav?.domContentLoadedEventEnd ?? null,
			heap,
			worstFrameGap: window.__worstFrameGap
		};
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const metrics = Object.fromEntries(
		(await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value])
	);
	await browser.close();
	const sample = result.m.sample ?? {};
	const profile = result.m.profile ?? {};
	return {
		rows,
		seed,
		stages: {
			pageReady: result.domReady,
			engineStart: result.m.engine?.duration ?? null,
			duckdbStart: result.m.engine?.detail?.duckdbStart ?? null,
			generate: sample.detail?.generate ?? null,
			insertWait: sample.detail?.insertWait ?? null,
			sampleTotal: sample.duration ?? null,
			profileQueries: profile.detail
				? Object.values(profile.detail).reduce((a, b) => a + b, 0)
				: null,
			profileTotal: profile.duration ?? null,
			wallToCharts: wall,
			clean: sample.detail?.clean ?? null,
			dataPage,
			reclean,
			valuePage
		},
		valueStages: result.m.value?.detail ?? {},
		valueTotal: result.m.value?.duration ?? null,
		profileQueries: profile.detail ?? {},
		memory: {
			rendererPeakRssMB: mb(peakRenderer),
			mainThreadJsHeapMB: mb(metrics.JSHeapUsedSize ?? 0)
		},
		worstFrameGapMs: Math.round(result.worstFrameGap),
		offOriginRequests: offOrigin.length
	};
}

const server = await serve({ dir: 'build', port: 0, base: '/bench/' });
if (sessionCount) {
	try {
		const r = await benchSessions({
			url: server.url,
			sessions: sessionCount,
			launch,
			rendererPeaks,
			mb
		});
		const d = r.scoring ?? {};
		console.log(
			`\n${r.headline}\nimport ${r.imported} ms · emotion page ${r.emotionPage} ms · ${d.texts ?? '?'} distinct texts analysed in ${Math.round(d.analyze ?? 0)} ms ` +
				`(${Math.round(((d.texts ?? 0) / (d.analyze || 1)) * 1000)} texts/s; scoring incl. DuckDB ${Math.round(d.total ?? 0)} ms) · peak tab RSS ${r.peakMB} MB`
		);
		console.log('\n' + JSON.stringify(r, null, 2));
	} finally {
		await server.close();
	}
	process.exit(0);
}
if (valueCustomers) {
	try {
		const r = await benchValue({
			url: server.url,
			customers: valueCustomers,
			perCustomer: Number(args['per-customer'] ?? 2.5),
			launch,
			rendererPeaks,
			mb
		});
		const d = r.value.detail;
		console.log(
			`\n${r.window}\nimport+clean ${r.imported} ms · value page ${r.valuePage} ms · value engine ${Math.round(r.value.duration ?? 0)} ms ` +
				`(features ${Math.round(d.features ?? 0)}, thresholds ${Math.round(d.thresholds ?? 0)}, segments ${Math.round(d.segments ?? 0)}, ` +
				`summaries ${Math.round(d.summaries ?? 0)}, k-means ${Math.round(d.clusters ?? 0)}, golden ${Math.round((d.top ?? 0) + (d.whatIf ?? 0))}) · peak tab RSS ${r.peakMB} MB`
		);
		console.log('\n' + JSON.stringify(r, null, 2));
	} finally {
		await server.close();
	}
	process.exit(0);
}
if (projectRows) {
	try {
		await benchProject({ url: server.url, rows: projectRows, makeIngestFiles, mb });
	} finally {
		await server.close();
	}
	process.exit(0);
}
if (ingestRows) {
	try {
		await benchIngest(server.url, ingestRows);
	} finally {
		await server.close();
	}
	process.exit(0);
}
const results = [];
try {
	for (const rows of sizes) {
		for (let r = 0; r < runs; r++) {
			console.log(`bench: ${rows.toLocaleString('en-US')} waybills (run ${r + 1}/${runs})…`);
			results.push(await benchOnce(server.url, rows));
		}
	}
} finally {
	await server.close();
}

const columns = [
	['rows', (r) => r.rows.toLocaleString('en-US')],
	['engine start ms', (r) => ms(r.stages.engineStart)],
	['generate ms', (r) => ms(r.stages.generate)],
	['insert wait ms', (r) => ms(r.stages.insertWait)],
	['clean+unify ms', (r) => ms(r.stages.clean)],
	['sample total ms', (r) => ms(r.stages.sampleTotal)],
	['profile SQL ms', (r) => ms(r.stages.profileQueries)],
	['profile total ms', (r) => ms(r.stages.profileTotal)],
	['wall to charts ms', (r) => ms(r.stages.wallToCharts)],
	['data page ms', (r) => ms(r.stages.dataPage)],
	['re-clean ms', (r) => ms(r.stages.reclean)],
	['value engine ms', (r) => ms(r.valueTotal)],
	['of which k-means ms', (r) => ms(r.valueStages.clusters)],
	['value page ms', (r) => ms(r.stages.valuePage)],
	['peak tab RSS MB', (r) => r.memory.rendererPeakRssMB],
	['worst frame gap ms', (r) => r.worstFrameGapMs]
];
const table = [
	columns.map(([h]) => h),
	...results.map((r) => columns.map(([, f]) => String(f(r))))
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(
	'\n' + table.map((row) => row.map((c, i) => c.padStart(widths[i])).join(' | ')).join('\n')
);
const json = { date: new Date().toISOString(), chromium: 'Debian /usr/bin/chromium', results };
console.log('\n' + JSON.stringify(json, null, 2));
mkdirSync('test/bench/results', { recursive: true });
const out = join('test/bench/results', `bench-${sizes.join('_')}.json`);
writeFileSync(out, JSON.stringify(json, null, 2) + '\n');
console.log(`\nwritten to ${out}`);
if (results.some((r) => r.offOriginRequests > 0)) {
	console.error('requests left the origin during the benchmark');
	process.exit(1);
}

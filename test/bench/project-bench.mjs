// npm run bench -- --project 1000000
// Saving and reopening a project at N waybills: the benchmark's Chinese-header UTF-8 CSV is
// imported through the app (which saves it as a project: the tables into IndexedDB), then the
// browser is closed and started again on the same profile directory and the project's link is
// opened (the tables come back from IndexedDB, cleaning runs again). Prints the save time, the
// reopen time (engine side and wall clock to the profile's figures), the stored size and the
// tab's peak memory in each phase.
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';

const LONG = 15 * 60_000;

/** Pid, parent pid, command line and memory of every process we may read. */
function processes() {
	const out = [];
	for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		try {
			const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			out.push({
				pid: Number(pid),
				ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1]),
				cmd,
				hwm: Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
			});
		} catch {
			// The process ended while we read it.
		}
	}
	return out;
}

/**
 * Peak RSS of the renderers of the Chromium running on `profile` (the tab, its workers and
 * DuckDB's wasm heap live there). Renderers descend from the browser through the zygote, so the
 * whole process tree is walked; other Chromiums on the machine are left out.
 */
function rendererPeak(profile) {
	const all = processes();
	const browser = all.find((p) => p.cmd.includes(profile) && !p.cmd.includes('--type='));
	if (!browser) return 0;
	const byPid = new Map(all.map((p) => [p.pid, p]));
	const descends = (p) => {
		for (let q = p, hops = 0; q && hops < 10; q = byPid.get(q.ppid), hops++)
			if (q.ppid === browser.pid) return true;
		return false;
	};
	return all
		.filter((p) => p.cmd.includes('--type=renderer') && descends(p))
		.reduce((max, p) => Math.max(max, p.hwm), 0);
}

/** Starts Chromium on a profile directory (IndexedDB survives a restart), sampling memory. */
async function start(profile) {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		locale: 'zh-CN',
		viewport: { width: 1280, height: 800 }
	});
	const memory = { peak: 0 };
	const sampler = setInterval(() => {
		memory.peak = Math.max(memory.peak, rendererPeak(profile));
	}, 100);
	return {
		context,
		memory,
		async stop() {
			clearInterval(sampler);
			memory.peak = Math.max(memory.peak, rendererPeak(profile));
			await context.close();
		}
	};
}

const measure = (page, name) =>
	page.evaluate((n) => {
		const m = performance.getEntriesByName(n, 'measure').at(-1);
		return m ? { duration: m.duration, detail: m.detail } : null;
	}, name);

export async function benchProject({ url, rows, makeIngestFiles, mb }) {
	const files = await makeIngestFiles(rows);
	const csv = files['CSV UTF-8'];
	const profile = mkdtempSync(join(tmpdir(), 'parcellens-bench-'));
	try {
		// 1. Import: the app saves the data as a project when the import is applied.
		console.log(`bench: importing ${(statSync(csv).size / 1048576).toFixed(0)} MB and saving…`);
		let browser = await start(profile);
		let page = browser.context.pages()[0] ?? (await browser.context.newPage());
		await page.goto(`${url}project/`);
		await page.getByTestId('file-input').setInputFiles(csv);
		await page.getByTestId('mapping-waybills').waitFor({ timeout: LONG });
		await page.getByTestId('apply-import').click();
		await page.getByTestId('result-waybills').waitFor({ timeout: LONG });
		const imported = await page.getByTestId('result-waybills').innerText();
		await page.waitForFunction(
			() => performance.getEntriesByName('parcellens:project-save', 'measure').length > 0,
			undefined,
			{ timeout: LONG, polling: 200 }
		);
		const save = await measure(page, 'parcellens:project-save');
		// The worker's side: the write, and of it the time making chunks (DuckDB + Arrow IPC).
		const engine = page.workers().find((w) => w.url().includes('engine.worker'));
		const write = engine
			? await engine.evaluate(() => {
					const m = performance.getEntriesByName('parcellens:project-write', 'measure').at(-1);
					return m ? { duration: m.duration, detail: m.detail } : null;
				})
			: null;
		const saveError = await page.getByTestId('save-error').count();
		const link = await page.getByRole('link', { name: /查看客户画像/ }).getAttribute('href');
		const id = new URL(link ?? '', url).searchParams.get('id');
		if (!id?.startsWith('p-') || saveError > 0) throw new Error(`not saved as a project (${id})`);
		await page.goto(`${url}project/profile/?id=${id}`);
		const kpi = page.getByTestId('kpi-waybills').locator('[title]').first();
		await kpi.waitFor({ timeout: LONG });
		const waybillsBefore = await kpi.getAttribute('title');
		await browser.stop();
		const importPeak = browser.memory.peak;

		// 2. A new browser on the same profile: open the project's link.
		console.log('bench: restarting the browser and reopening the project…');
		browser = await start(profile);
		page = browser.context.pages()[0] ?? (await browser.context.newPage());
		const t0 = Date.now();
		await page.goto(`${url}project/profile/?id=${id}`);
		const kpiAfter = page.getByTestId('kpi-waybills').locator('[title]').first();
		await kpiAfter.waitFor({ timeout: LONG });
		const wall = Date.now() - t0;
		const waybillsAfter = await kpiAfter.getAttribute('title');
		const open = await measure(page, 'parcellens:project-open');
		await browser.stop();

		const result = {
			date: new Date().toISOString(),
			rows,
			imported,
			storedMB: mb(save?.detail?.bytes ?? 0),
			saveMs: Math.round(save?.duration ?? 0),
			saveInWorker: {
				writeMs: Math.round(write?.duration ?? 0),
				snapshotMs: Math.round(write?.detail?.snapshotMs ?? 0)
			},
			reopen: {
				engineMs: Math.round(open?.duration ?? 0),
				restoreMs: Math.round(open?.detail?.restore ?? 0),
				cleanMs: Math.round(open?.detail?.clean ?? 0),
				wallToProfileMs: wall
			},
			peakTabRssMB: { importAndSave: mb(importPeak), reopen: mb(browser.memory.peak) },
			sameFigures: waybillsBefore === waybillsAfter,
			waybills: waybillsAfter
		};
		const head = [
			'rows',
			'stored MB',
			'save ms (worker: write, of it snapshot)',
			'reopen ms (restore + clean)',
			'wall to profile ms',
			'peak RSS import+save MB',
			'peak RSS reopen MB'
		];
		const line = [
			rows.toLocaleString('en-US'),
			result.storedMB,
			`${result.saveMs} (${result.saveInWorker.writeMs}, ${result.saveInWorker.snapshotMs})`,
			`${result.reopen.engineMs} (${result.reopen.restoreMs} + ${result.reopen.cleanMs})`,
			result.reopen.wallToProfileMs,
			result.peakTabRssMB.importAndSave,
			result.peakTabRssMB.reopen
		].map(String);
		const widths = head.map((h, i) => Math.max(h.length, line[i].length));
		console.log(
			'\n' + [head, line].map((r) => r.map((c, i) => c.padStart(widths[i])).join(' | ')).join('\n')
		);
		console.log('\n' + JSON.stringify(result, null, 2));
		writeFileSync(
			join('test/bench/results', `project-${rows}.json`),
			JSON.stringify(result, null, 2) + '\n'
		);
		if (!result.sameFigures) throw new Error('the reopened project shows other figures');
		return result;
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

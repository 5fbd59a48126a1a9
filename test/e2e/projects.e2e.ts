// Projects saved in the browser: imported files become a project that comes back after a
// reload without re-import; a backup survives deleting the project; a full disk keeps the
// previous version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FILES = ['unify-waybills.csv', 'unify-tickets.csv', 'unify-payments.csv'].map((f) =>
	join(FIXTURES, f)
);
const PROJECT_URL = /\/project\/[a-z]*\/?\?id=p-[0-9a-f]{16}$/;

/** Imports the fixture files from the home page; the import becomes a saved project. */
async function importProject(page: Page) {
	await page.goto('./');
	await page.getByTestId('file-input').setInputFiles(FILES);
	await expect(page.getByTestId('mapping-service_sessions')).toBeVisible();
	await page.getByTestId('apply-import').click();
	await expect(page.getByTestId('result-waybills')).toContainText('隔离 0 行');
	await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
	await expect(saveState(page)).toHaveAttribute('data-version', '1');
}

const saveState = (page: Page) => page.getByTestId('save-state');
const nav = (page: Page) => page.getByRole('navigation', { name: '分析步骤' });

/** Changes the fee limit on the data page and waits for the cleaning to run. */
async function setMaxFee(page: Page, fee: string) {
	await nav(page)
		.getByRole('link', { name: /数据质量/ })
		.click();
	const input = page.getByLabel('运费异常高 (¥)');
	await input.fill(fee);
	await page.getByTestId('apply-cleaning').click();
	// Applied: nothing left to apply and no cleaning running.
	await expect(page.getByTestId('apply-cleaning')).toBeDisabled();
	await expect(page.getByTestId('rules-panel').getByRole('progressbar')).toHaveCount(0);
	await expect(
		page.locator('[data-testid="rules-panel"] li[data-rule="fee-too-high"][data-table="waybills"]')
	).toContainText(`单票运费高于 ${fee} 元`);
}

/**
 * The profile's headline figures (exact values from the cards' titles), once the profile shows
 * the cleaning in force (its waybill count equals the lineage's final count), and the unified
 * customer count of the data page.
 */
async function figures(page: Page) {
	await nav(page)
		.getByRole('link', { name: /数据质量/ })
		.click();
	const final = await page
		.getByTestId('lineage-waybills')
		.locator('tr[data-stage="final"] td')
		.last()
		.innerText();
	const unified = await page.getByTestId('customer-count').innerText();
	await nav(page)
		.getByRole('link', { name: /客户画像/ })
		.click();
	const kpi = (id: string) => page.getByTestId(id).locator('[title]').first();
	await expect(kpi('kpi-waybills')).toHaveAttribute('title', final);
	return {
		customers: await kpi('kpi-customers').getAttribute('title'),
		waybills: final,
		revenue: await kpi('kpi-revenue').getAttribute('title'),
		range: await page.getByTestId('kpi-range').innerText(),
		unified
	};
}

test('a project made from files is back after a reload, without importing again', async ({
	page
}) => {
	await importProject(page);
	await setMaxFee(page, '30');
	await expect(page).toHaveURL(PROJECT_URL);
	// The cleaning change is saved on its own (version 2).
	await expect(saveState(page)).toHaveAttribute('data-version', '2');
	// A value threshold is part of the project too.
	const used = page.locator('tr[data-threshold="highValueMin"] td[data-column="used"]');
	await nav(page)
		.getByRole('link', { name: /价值分层/ })
		.click();
	await page.getByTestId('override-highValueMin').fill('1');
	await page.getByTestId('value-apply').first().click();
	await expect(used).toHaveText('1');
	await expect(saveState(page)).toHaveAttribute('data-version', '3');
	const before = await figures(page);

	await page.reload();
	await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
	expect(await figures(page)).toEqual(before);
	await nav(page)
		.getByRole('link', { name: /数据质量/ })
		.click();
	await expect(page.getByLabel('运费异常高 (¥)')).toHaveValue('30');
	// Restored from browser storage: no file was read in this page.
	const measures = await page.evaluate(() =>
		performance
			.getEntriesByType('measure')
			.map((m) => m.name)
			.filter((n) => n.startsWith('parcellens:'))
	);
	expect(measures).toContain('parcellens:project-open');
	expect(measures).not.toContain('parcellens:read-files');
	expect(measures).not.toContain('parcellens:import');
	await nav(page)
		.getByRole('link', { name: /价值分层/ })
		.click();
	await expect(used).toHaveText('1');

	// The home page lists it with its size, and the open project is marked.
	await page.goto('./');
	const row = page.getByTestId('project-row');
	await expect(row).toHaveCount(1);
	await expect(row.getByTestId('project-title')).toHaveText('unify-waybills.csv 等 3 个文件');
	await expect(row.getByTestId('project-size')).toContainText(/占用空间 \d/);
	await expect(page.getByTestId('storage-usage')).toContainText('已用');

	// Deleting asks first, says there is no backup yet, and Escape keeps the project.
	await row.getByRole('button', { name: '删除' }).click();
	const dialog = page.getByTestId('delete-dialog');
	await expect(dialog).toContainText('这个项目还没有导出过备份');
	await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(row).toHaveCount(1);

	// Rename from the keyboard.
	await row.getByRole('button', { name: '重命名' }).click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('华南运单 2025');
	await page.keyboard.press('Enter');
	await expect(row.getByTestId('project-title')).toHaveText('华南运单 2025');
	await expect(row.getByRole('button', { name: '重命名' })).toBeFocused();

	await row.getByRole('button', { name: '复制' }).click();
	await expect(page.getByTestId('project-title')).toHaveText([
		'华南运单 2025 副本',
		'华南运单 2025'
	]);
});

test('export a backup, delete the project, import the backup: the same profile', async ({
	page
}) => {
	await importProject(page);
	const before = await figures(page);

	await page.goto('./');
	const row = page.getByTestId('project-row');
	await expect(page.getByTestId('backup-drop-pii')).toBeChecked();
	const downloading = page.waitForEvent('download');
	await row.getByRole('button', { name: '导出备份' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(
		/^unify-waybills\.csv 等 3 个文件-\d{8}-\d{4}\.parcellens\.zip$/
	);
	const file = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(file);
	await expect(page.getByTestId('projects-notice')).toContainText('备份已导出');

	// Without raw personal data: no phone number of the files is in the backup.
	const entries = unzipSync(new Uint8Array(readFileSync(file)));
	const names = Object.keys(entries);
	expect(names).toContain('project.json');
	expect(names).toContain('tables/src_waybills.arrow');
	for (const name of names)
		expect(name).toMatch(/^(project\.json|tables\/(src|quarantine)_\w+\.arrow)$/);
	const text = Object.values(entries)
		.map((bytes) => Buffer.from(bytes).toString('latin1'))
		.join('\n');
	expect(text).not.toContain('13700000002');
	expect(text).not.toContain('137 0000 0002');

	// Delete asks first (backed up now, so without the backup hint), then the list is empty.
	await row.getByRole('button', { name: '删除' }).click();
	const dialog = page.getByTestId('delete-dialog');
	await expect(dialog).toContainText('删除项目“unify-waybills.csv 等 3 个文件”?');
	await expect(dialog).not.toContainText('还没有导出过备份');
	await page.getByTestId('delete-dialog').getByRole('button', { name: '确认删除' }).click();
	await expect(page.getByTestId('project-row')).toHaveCount(0);
	await expect(page.getByTestId('projects-empty')).toBeVisible();

	await page.getByTestId('backup-input').setInputFiles(file);
	await expect(page).toHaveURL(PROJECT_URL);
	expect(await figures(page)).toEqual(before);
	await page.goto('./');
	await expect(page.getByTestId('project-row')).toHaveCount(1);
});

/**
 * Prepended to the engine worker's script: on a message the worker's IndexedDB writes fail as
 * they do on a full disk (the transaction aborts and its error is a QuotaExceededError).
 * Chromium's Storage.overrideQuotaForOrigin is accepted but not enforced in headless mode here.
 */
const FULL_DISK = `(() => {
	let full = false;
	new BroadcastChannel('parcellens-test-disk').onmessage = (e) => { full = e.data === true; };
	const put = IDBObjectStore.prototype.put;
	IDBObjectStore.prototype.put = function (...args) {
		const request = put.apply(this, args);
		if (full) {
			const tx = this.transaction;
			Object.defineProperty(tx, 'error', {
				value: new DOMException('The quota has been exceeded.', 'QuotaExceededError')
			});
			tx.abort();
		}
		return request;
	};
})();
`;

async function fullDiskSwitch(page: Page) {
	await page.context().route('**/workers/engine.worker-*.js', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: FULL_DISK + (await response.text()) });
	});
	return (full: boolean) =>
		page.evaluate((f) => new BroadcastChannel('parcellens-test-disk').postMessage(f), full);
}

test('a full disk: a clear message, the work goes on, the previous version stays', async ({
	page
}) => {
	const diskFull = await fullDiskSwitch(page);
	await importProject(page);
	await setMaxFee(page, '30');
	await expect(saveState(page)).toHaveAttribute('data-version', '2');
	const saved = await figures(page);

	await diskFull(true);
	await setMaxFee(page, '20');
	const error = page.getByTestId('save-error');
	await expect(error).toContainText('浏览器存储空间已满,本次没有保存');
	await expect(error).toContainText('上一次保存的版本完好无损');
	await expect(saveState(page)).toHaveAttribute('data-version', '2');
	// The analysis keeps working with the unsaved change.
	const unsaved = await figures(page);
	expect(unsaved.waybills).not.toEqual(saved.waybills);
	// Retrying on a full disk fails the same way, and says so again.
	await error.getByRole('button', { name: '重试保存' }).click();
	await expect(error).toContainText('浏览器存储空间已满');

	await diskFull(false);
	await page.reload();
	await expect(saveState(page)).toHaveAttribute('data-version', '2');
	expect(await figures(page)).toEqual(saved);
	await nav(page)
		.getByRole('link', { name: /数据质量/ })
		.click();
	await expect(page.getByLabel('运费异常高 (¥)')).toHaveValue('30');
});

test('sample data becomes a project when asked, and reopens from its seed', async ({ page }) => {
	await page.goto('./project/profile/?id=sample-7-10000');
	const kpi = page.getByTestId('kpi-waybills').locator('[title]');
	await expect(kpi).toHaveAttribute('title', '9,978');
	// A sample link is a view until it is saved: the status says so and offers to save it.
	await expect(saveState(page)).toHaveAttribute('data-state', 'unsaved');
	await saveState(page).getByRole('button', { name: '保存为项目' }).click();
	await expect(page).toHaveURL(PROJECT_URL);
	await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
	await expect(kpi).toHaveAttribute('title', '9,978');

	await page.reload();
	await expect(kpi).toHaveAttribute('title', '9,978');
	await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
	await page.goto('./');
	const row = page.getByTestId('project-row');
	await expect(row.getByTestId('project-title')).toHaveText('示例数据 · 种子 7 · 1万 单');
	// Stored without its tables: the seed makes them again.
	await expect(row.getByTestId('project-size')).toContainText(/\d+(\.\d)? KB/);
	await expect(row).toContainText('示例数据');
});

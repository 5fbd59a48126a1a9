import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './guard';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const expected = (name: string) =>
	JSON.parse(readFileSync(join(FIXTURES, 'expected', name), 'utf8'));

test('imports a GBK CSV, an XLSX with title and 合计 rows, Parquet and a broken file at once', async ({
	page
}) => {
	await page.goto('./');
	await page
		.getByTestId('file-input')
		.setInputFiles([
			fixture('waybills-zh-gbk.csv'),
			fixture('waybills-title-totals.xlsx'),
			fixture('waybills.parquet'),
			fixture('not-a-csv.csv')
		]);
	await expect(page).toHaveURL(/\/tools\/parcellens\/project\/$/);
	const files = page.getByTestId('file-table');
	await expect(files.locator('tr[data-file]')).toHaveCount(4);
	const gbk = files.locator('tr[data-file="waybills-zh-gbk.csv"]');
	await expect(gbk).toContainText('CSV · GBK');
	await expect(gbk).toContainText('表头在第 2 行');
	await expect(gbk).toContainText('跳过标题 1 行、合计 1 行');
	await expect(files.locator('tr[data-file="waybills-title-totals.xlsx"]')).toContainText(
		'表头在第 3 行'
	);
	await expect(files.getByText('not-a-csv.csv 的内容是 PNG 格式,无法读取')).toBeVisible();

	const mapping = page.getByTestId('mapping-waybills');
	await expect(mapping.locator('tr[data-field="waybill_id"] select').first()).toHaveValue('运单号');
	await expect(mapping.locator('tr[data-field="fee"] select').first()).toHaveValue('运费(元)');
	await page.getByTestId('apply-import').click();

	const result = page.getByTestId('import-result');
	await expect(result.getByTestId('result-waybills')).toContainText('运单:导入 11 行,隔离 2 行');
	const lineage = result.getByTestId('lineage-waybills');
	await expect(lineage.locator('tr[data-file="waybills-zh-gbk.csv"] td').last()).toHaveText('5');
	await expect(lineage.locator('tr[data-file="waybills-title-totals.xlsx"] td').last()).toHaveText(
		'3'
	);
	await expect(lineage.locator('tr[data-file="waybills.parquet"] td').last()).toHaveText('3');
	const repairs = result.getByTestId('repairs-waybills');
	await expect(repairs.locator('tr[data-kind="sci-lossy"]')).toContainText(
		'waybills-zh-gbk.csv 第 5 行'
	);
	await expect(
		repairs.locator('tr[data-field="order_time"][data-kind="chinese-date"]')
	).toContainText('2025年3月6日 9时5分');
	await result.getByRole('button', { name: '查看隔离的行' }).click();
	await expect(result.getByTestId('quarantine')).toContainText('运费(元) 无法识别');

	await page.getByRole('link', { name: /查看客户画像/ }).click();
	await expect(page.getByTestId('kpi-waybills').locator('[title]')).toHaveAttribute('title', '11');
});

test('a canonical CSV maps itself and lands in the profile', async ({ page }) => {
	const want = expected('waybills-canonical.json');
	await page.goto('./');
	await page.getByTestId('file-input').setInputFiles(fixture('waybills-canonical.csv'));
	await expect(page.getByTestId('mapping-waybills')).toBeVisible();
	await page.getByTestId('apply-import').click();
	await expect(page.getByTestId('result-waybills')).toContainText('导入 60 行,隔离 0 行');
	await page.getByRole('link', { name: /查看客户画像/ }).click();
	await expect(page.getByTestId('kpi-customers').locator('[title]')).toHaveAttribute(
		'title',
		String(want.customers)
	);
	await expect(page.getByTestId('kpi-range')).toContainText(
		`${want.first_day} 至 ${want.last_day}`
	);
	// Waybills alone: no texts to score, but scenarios and damage by category still show.
	await page
		.getByRole('navigation', { name: '分析步骤' })
		.getByRole('link', { name: /情绪触点/ })
		.click();
	await expect(page.getByTestId('emotion-none')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('touch-damage')).toBeVisible();
	await expect(page.getByTestId('scenario-table').locator('tbody tr')).not.toHaveCount(0);
});

test('a saved mapping template maps next month in one click', async ({ page }) => {
	await page.goto('./');
	await page.getByTestId('file-input').setInputFiles(fixture('waybills-zh-gbk.csv'));
	const mapping = page.getByTestId('mapping-waybills');
	// The analyst corrects one choice, then saves the mapping.
	await mapping.locator('tr[data-field="origin_province"] select').first().selectOption('收件省');
	await mapping.getByRole('button', { name: '保存为模板' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存模板' })).toBeVisible();
	await page.getByRole('button', { name: '移除 waybills-zh-gbk.csv' }).click();
	await expect(page.getByTestId('mapping-waybills')).toHaveCount(0);

	await page.getByTestId('file-input').setInputFiles(fixture('waybills-zh-gbk.csv'));
	await expect(page.getByTestId('template-applied')).toContainText('已套用模板');
	await expect(mapping.locator('tr[data-field="origin_province"] select').first()).toHaveValue(
		'收件省'
	);
});

test('a broken file alone cannot be imported and says why', async ({ page }) => {
	await page.goto('./');
	await page
		.getByTestId('file-input')
		.setInputFiles([fixture('truncated.xlsx'), fixture('legacy.xls')]);
	await expect(page.getByText('truncated.xlsx 已损坏或不完整,无法读取')).toBeVisible();
	await expect(
		page.getByText('legacy.xls 的内容是 XLS 格式,无法读取。请在 Excel/WPS 中另存为 .xlsx')
	).toBeVisible();
	await expect(page.getByTestId('apply-import')).toBeDisabled();
});

test('reading a large file shows progress and can be cancelled', async ({ page }, info) => {
	const dir = info.outputPath('big');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'big.csv');
	// ~110 MB: big enough that reading takes seconds, so the cancel lands mid-file.
	const rows = ['运单号,客户编号,下单时间,运费'];
	for (let i = 0; i < 3_000_000; i++) rows.push(`W${i},C${i % 5000},2025-01-01 10:00:00,${i % 50}`);
	writeFileSync(path, rows.join('\n'));
	await page.goto('./project/');
	await page.getByTestId('file-input').setInputFiles(path);
	const progress = page.getByRole('status').filter({ has: page.getByRole('progressbar') });
	await expect(progress).toContainText('正在读取 big.csv(1/1)');
	await page.getByRole('button', { name: '取消' }).click();
	await expect(page.getByRole('alert')).toContainText('已取消');
	await expect(page.getByTestId('file-table')).toHaveCount(0);
});

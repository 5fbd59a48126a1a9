import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './guard';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const expected = (name: string) =>
	JSON.parse(readFileSync(join(FIXTURES, 'expected', name), 'utf8'));

test('imports a canonical CSV and profiles it', async ({ page }) => {
	const want = expected('waybills-canonical.json');
	await page.goto('./');
	await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'waybills-canonical.csv'));
	await expect(page).toHaveURL(/\/project\/\?id=csv-/);
	const lineage = page.getByTestId('lineage');
	await expect(lineage.getByRole('row', { name: /解析出的行/ })).toContainText('60');
	await expect(lineage.getByRole('row', { name: /进入分析/ })).toContainText('60');
	await expect(page.getByText('没有发现问题。')).toBeVisible();
	await page.getByRole('link', { name: /查看客户画像/ }).click();
	await expect(page.getByTestId('kpi-waybills').locator('[title]')).toHaveAttribute('title', '60');
	await expect(page.getByTestId('kpi-customers').locator('[title]')).toHaveAttribute(
		'title',
		String(want.customers)
	);
	await expect(page.getByTestId('kpi-range')).toContainText(
		`${want.first_day} 至 ${want.last_day}`
	);
});

test('a messy export is imported with every fault counted and located', async ({ page }) => {
	const want = expected('waybills-messy.json');
	await page.goto('./');
	await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'waybills-messy.csv'));
	await expect(page).toHaveURL(/\/project\/\?id=csv-/);
	const lineage = page.getByTestId('lineage');
	await expect(lineage.getByRole('row', { name: /列数不符/ })).toContainText(
		String(want.malformed)
	);
	await expect(lineage.getByRole('row', { name: /缺少必需字段/ })).toContainText(
		String(want.quarantined)
	);
	await expect(lineage.getByRole('row', { name: /进入分析/ })).toContainText(String(want.loaded));
	const issues = page.getByTestId('issues');
	await expect(issues.locator('[data-code="malformed-rows"]')).toContainText(
		'waybills-messy.csv 有 2 行的列数与表头不符(首次在第 6 行)'
	);
	await expect(issues.locator('[data-code="unparsable-required-values"]').first()).toContainText(
		'第 8 行'
	);
	await expect(issues.locator('[data-code="missing-required-values"]')).toContainText(
		'“customer_id”有 1 行为空(首次在第 5 行)'
	);
	await expect(issues.locator('[data-code="unparsable-values"]')).toContainText('heavy');
});

const BROKEN: [string, string][] = [
	['not-a-csv.csv', 'not-a-csv.csv 不是文本 CSV(内容是 PNG 格式)'],
	['waybills-gbk.csv', 'waybills-gbk.csv 不是有效的 UTF-8 文本(可能是 GBK 编码)'],
	['empty.csv', 'empty.csv 是空文件'],
	['wrong-columns.csv', 'wrong-columns.csv 缺少必需列:waybill_id、customer_id、order_time、fee']
];

for (const [file, message] of BROKEN) {
	test(`refuses ${file} with a clear message`, async ({ page }) => {
		await page.goto('./');
		await page.getByTestId('file-input').setInputFiles(join(FIXTURES, file));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`无法导入 ${file}`);
		await expect(alert).toContainText(message);
		await expect(page).toHaveURL(/\/tools\/parcellens\/$/);
	});
}

// The analyst changes the cleaning rules on the data page: lineage, rule counts and the profile
// follow, and the rows a rule removes are exactly the rows the lineage loses.
import { test, expect } from './guard';

const count = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('flags suggested test accounts and a stricter fee limit, then the profile follows', async ({
	page
}) => {
	await page.goto('./project/profile/?id=sample-7-10000');
	const kpi = page.getByTestId('kpi-waybills').locator('[title]');
	await expect(kpi).toHaveAttribute('title', '9,978');
	await page.getByRole('link', { name: '数据质量' }).click();

	const finalRows = page
		.getByTestId('lineage-waybills')
		.locator('tr[data-stage="final"] td')
		.last();
	await expect(finalRows).toHaveText('9,978');
	const before = count(await finalRows.textContent());

	// The sample has internal test accounts; the page offers them instead of guessing.
	const suspects = page.getByTestId('suspected-test-accounts');
	await expect(suspects).toContainText('TEST00');
	await suspects.getByRole('button', { name: '加入名单' }).click();
	await expect(page.getByLabel(/测试\/内部账号/)).toHaveValue(/TEST00\d/);

	const fee = page.getByLabel('运费异常高 (¥)');
	await fee.fill('30');
	await page.getByTestId('apply-cleaning').click();

	const rule = (id: string) =>
		page.locator(`[data-testid="rules-panel"] li[data-rule="${id}"][data-table="waybills"]`);
	await expect(rule('test-account')).not.toHaveClass(/off/);
	await expect(suspects).toHaveCount(0);
	const tests = count(await rule('test-account').locator('.count').textContent());
	const expensive = count(await rule('fee-too-high').locator('.count').textContent());
	expect(tests).toBeGreaterThan(0);
	expect(expensive).toBeGreaterThan(100);
	await expect(rule('fee-too-high')).toContainText('单票运费高于 30 元');

	const stage = (id: string) =>
		page.getByTestId('lineage-waybills').locator(`tr[data-stage="${id}"] td`).nth(1);
	await expect(stage('rule:test-account')).toHaveText(`−${tests.toLocaleString('zh-CN')}`);
	const after = count(await finalRows.textContent());
	expect(after).toBeLessThan(before - tests);
	// The lineage adds up: generated − every rule's removals = rows in the profile.
	const lineage = page.getByTestId('lineage-waybills');
	const generated = count(
		await lineage.locator('tr[data-stage="generated"] td').last().textContent()
	);
	const removed = (
		await lineage.locator('tr[data-stage^="rule:"] td:nth-child(2)').allTextContents()
	)
		.map(count)
		.reduce((a, b) => a + b, 0);
	expect(generated - removed).toBe(after);

	await page.getByRole('link', { name: '客户画像' }).click();
	await expect(kpi).toHaveAttribute('title', after.toLocaleString('zh-CN'));
});

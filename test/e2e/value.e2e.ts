import { readFile } from 'node:fs/promises';
import { test, expect } from './guard';

test('sample data → value page: golden number, three schemes, overrides, clusters, export', async ({
	page
}) => {
	await page.goto('./project/value/?id=sample-7-10000');
	const golden = page.getByTestId('golden-sentence');
	await expect(golden).toContainText('占客户总量', { timeout: 60_000 });
	await expect(golden).toContainText('的收入');
	await expect(page.getByTestId('whatif-sentence')).toContainText('收入可增加');
	await expect(page.getByTestId('value-window')).toContainText('分析日期 2026-01-01');

	// Seed quadrants first, each with its action; every customer is in exactly one quadrant.
	const table = page.getByTestId('scheme-table');
	await expect(table.locator('tbody tr')).toHaveCount(4);
	await expect(table).toContainText('专属客服');
	const quadrantCustomers = await table.locator('td[data-column="customers"]').allTextContents();
	const total = quadrantCustomers.reduce((s, x) => s + Number(x.replaceAll(',', '')), 0);
	await expect(page.getByTestId('value-window')).toContainText(
		`客户 ${total.toLocaleString('en-US')} 位`
	);

	await page.getByTestId('scheme-tab-cn8').click();
	await expect(table).toContainText('重要价值');
	await page.getByTestId('scheme-tab-rfm10').click();
	await expect(table).toContainText('Champions');
	await expect(page.getByTestId('cross-rfm10-seed')).toBeVisible();
	await page.getByTestId('scheme-tab-seed').click();

	// Override the high-value line: the used value follows, and so do the quadrant counts.
	const row = page.locator('tr[data-threshold="highValueMin"]');
	const computed = await row.locator('td[data-column="computed"]').textContent();
	await page.getByTestId('override-highValueMin').fill('1');
	await page.getByTestId('value-apply').first().click();
	await expect(row.locator('td[data-column="used"]')).toHaveText('1');
	await expect(row.locator('td[data-column="computed"]')).toHaveText(computed!);

	// Eight clusters with names, all different.
	const names = await page.getByTestId('cluster-name').allTextContents();
	expect(names).toHaveLength(8);
	expect(new Set(names).size).toBe(8);
	for (const n of names) expect(n).toMatch(/[\u4e00-\u9fa5]/);
	await expect(
		page.getByTestId('cluster-profile').locator('g[aria-label="cell"] rect')
	).toHaveCount(8 * 12);

	// A segment as CSV: UTF-8 BOM, Chinese headers, one row per customer of the segment.
	const first = table.locator('tbody tr').first();
	const expected = Number(
		(await first.locator('td[data-column="customers"]').textContent())!.replaceAll(',', '')
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		first.getByRole('button', { name: 'CSV' }).click()
	]);
	const bytes = await readFile((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
	expect(lines[0]).toContain('客户,客户类型');
	expect(lines).toHaveLength(expected + 1);
	await expect(page.getByTestId('export-message')).toContainText(
		`${expected.toLocaleString('en-US')} 位客户`
	);

	// Help choosing k.
	await page.getByRole('button', { name: '帮我选 k' }).click();
	await expect(page.getByTestId('best-k')).toContainText('k =', { timeout: 60_000 });

	// The profile's bubble chart can now group by cluster, and a bubble filters the page.
	await page
		.getByRole('navigation', { name: '分析步骤' })
		.getByRole('link', { name: /客户画像/ })
		.click();
	await page.getByTestId('bubble-group').selectOption('cluster');
	const bubble = page.getByTestId('bubbles').locator('[data-key="0"]').first();
	await expect(bubble).toBeVisible();
	await bubble.click();
	await expect(page.getByTestId('filter-chip')).toContainText(`K-means 聚类 = ${names[0]}`);
});

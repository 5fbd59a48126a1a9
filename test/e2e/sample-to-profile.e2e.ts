import { test, expect } from './guard';

test('sample data → profile under a sub-path, with the main thread responsive', async ({
	page,
	baseURL
}) => {
	expect(new URL(baseURL!).pathname).toBe('/tools/parcellens/');
	await page.goto('./');
	await expect(page.getByTestId('privacy-badge')).toHaveText(/本地处理 · 数据不出本机/);
	await expect(page.getByTestId('engine-status')).toContainText('DuckDB');

	// Watch the main thread while the worker generates and profiles.
	await page.evaluate(() => {
		const w = window as unknown as { __gaps: number[] };
		w.__gaps = [];
		let last = performance.now();
		const tick = () => {
			const now = performance.now();
			w.__gaps.push(now - last);
			last = now;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});

	await page.getByTestId('sample-size').selectOption('100000');
	await page.getByTestId('generate-sample').click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	await expect(page).toHaveURL(/\/tools\/parcellens\/project\/profile\/\?id=sample-42-100000$/);

	// 100,000 generated + 289 re-exported copies − 522 rows the cleaning rules exclude.
	await expect(page.getByTestId('kpi-waybills').locator('[title]')).toHaveAttribute(
		'title',
		'99,767'
	);
	await expect(page.getByTestId('kpi-range')).toContainText('2025-01-01 至 2025-12-31');
	await expect(page.getByTestId('peak-sentence')).toContainText('上午10–11点');
	await expect(page.getByTestId('peak-sentence')).toContainText('晚上8–10点');
	await expect(page.getByTestId('weight-sentence')).toContainText('1 kg 及以下的包裹占件量的');
	await expect(page.getByTestId('heatmap').locator('svg rect')).toHaveCount(168 + 2);
	await expect(page.getByTestId('weight-bands').locator('g[aria-label="bar"] rect')).toHaveCount(
		10
	);

	const worstGap = await page.evaluate(() =>
		Math.max(...(window as unknown as { __gaps: number[] }).__gaps)
	);
	expect(worstGap, 'longest main-thread frame gap (ms)').toBeLessThan(500);

	// The left navigation shows both steps done and keeps the dataset id.
	const nav = page.getByRole('navigation', { name: '分析步骤' });
	await expect(nav.getByRole('link', { name: /客户画像/ })).toHaveAttribute('aria-current', 'page');
	await nav.getByRole('link', { name: /数据质量/ }).click();
	const lineage = page.getByTestId('lineage-waybills');
	await expect(lineage.locator('tr[data-stage="generated"] td').last()).toHaveText('100,289');
	await expect(lineage.locator('tr[data-stage="final"] td').last()).toHaveText('99,767');
	await nav.getByRole('link', { name: /数据导入/ }).click();
	await expect(page.getByTestId('table-rows')).toContainText('99,767');
});

test('switches language, remembers it, and rebuilds a sample from a deep link', async ({
	page
}) => {
	await page.goto('./project/profile/?id=sample-7-10000');
	await expect(page.getByTestId('kpi-waybills').locator('[title]')).toHaveAttribute(
		'title',
		'9,978'
	);
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer profile');
	await expect(page.getByTestId('peak-sentence')).toContainText('Orders peak at');
	await expect(page.getByTestId('privacy-badge')).toContainText('Processed locally');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.reload();
	await expect(page.getByTestId('kpi-waybills').locator('[title]')).toHaveAttribute(
		'title',
		'9,978'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer profile');
});

test('a file dataset that is no longer in memory says what to do', async ({ page }) => {
	await page.goto('./project/profile/?id=csv-123-456');
	await expect(page.getByTestId('no-data')).toContainText('这个标签页里还没有数据');
	await page.getByRole('link', { name: '回到首页' }).click();
	await expect(page.getByTestId('generate-sample')).toBeVisible();
});

test('cancelling a large sample keeps the page usable', async ({ page }) => {
	await page.goto('./');
	await page.getByTestId('sample-size').selectOption('5000000');
	await page.getByTestId('generate-sample').click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	await page.getByRole('button', { name: '取消' }).click();
	await expect(page.getByTestId('load-error')).toContainText('已取消');
	await expect(page).toHaveURL(/\/tools\/parcellens\/$/);
	await page.getByTestId('sample-size').selectOption('10000');
	await page.getByTestId('generate-sample').click();
	await expect(page).toHaveURL(/id=sample-42-10000$/);
});

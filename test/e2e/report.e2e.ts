import { copyFile, readFile } from 'node:fs/promises';
import { test, expect } from './guard';

test('sample data → report → edit an insight → HTML export opens offline with the story', async ({
	page,
	browser
}) => {
	await page.goto('./project/report/?id=sample-7-10000');
	const golden = page.getByTestId('report-golden');
	await expect(golden).toContainText('占客户总量', { timeout: 120_000 });
	const headline = (await golden.textContent())!.trim();
	for (const id of ['night-map', 'sankey', 'bubbles'])
		await expect(page.locator(`[data-report-chart="${id}"] svg`).first()).toBeVisible();
	await expect(page.getByTestId('report-meta')).toContainText('2026-01-01');

	// Edit the first drafted insight.
	const first = page.getByTestId('insights').locator('li').first();
	await expect(first).toBeVisible();
	await first.getByTestId('insight-edit').click();
	const edited = '夜间自提柜先在杭州试点(分析师改写)';
	await first.getByTestId('insight-action').fill(edited);
	await first.getByTestId('insight-edit').click();
	await expect(first).toContainText(edited);
	await expect(first).toContainText('已编辑');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-html').click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.html$/);
	// The file as the analyst saves it: with its .html name (file:// types by extension).
	const path = test.info().outputPath(download.suggestedFilename());
	await copyFile((await download.path())!, path);
	const html = await readFile(path, 'utf8');
	expect(html).not.toMatch(/(src|href)=["'](https?:)?\/\//);
	expect(html).not.toContain('<script');

	// Open the file in a fresh context that cannot reach any network at all.
	const context = await browser.newContext({ offline: true });
	const requests: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	await context.route('**/*', (route) =>
		route.request().url().startsWith('file:') ? route.continue() : route.abort()
	);
	const offline = await context.newPage();
	await offline.goto(`file://${path}`);
	await expect(offline.locator('.golden .headline')).toHaveText(headline);
	await expect(offline.locator('body')).toContainText(edited);
	for (const id of ['night-map', 'sankey', 'bubbles'])
		await expect(offline.locator(`figure.chart[id$="-${id}"] svg`).first()).toBeVisible();
	expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
	await context.close();

	// The report switches to English as a whole.
	await page.getByTestId('report-lang').selectOption('en');
	await expect(page.getByTestId('report-golden')).toContainText('of all customers');
	await expect(page.getByTestId('insights').locator('li').first()).toContainText(edited);
});

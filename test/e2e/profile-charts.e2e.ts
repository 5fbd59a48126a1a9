import { readFile } from 'node:fs/promises';
import { test, expect } from './guard';

test('profile: attributes, behaviour and the three seed charts cross-filter and export', async ({
	page
}) => {
	await page.goto('./project/profile/?id=sample-7-10000');
	const waybills = page.getByTestId('kpi-waybills').locator('[title]');
	await expect(waybills).toHaveAttribute('title', '9,978', { timeout: 60_000 });
	await expect(page.getByTestId('who-sentences').locator('li').first()).toBeVisible();
	await expect(page.getByTestId('how-sentences').locator('li').first()).toBeVisible();
	await expect(page.getByTestId('dropoff-sentence')).toContainText('最大的流失点');
	await expect(page.getByTestId('night-sentence')).not.toBeEmpty();
	await expect(page.getByTestId('potential-sentence')).toContainText('潜在收入');

	// The tile map holds every province with parcels; the Sankey has three stages of nodes.
	expect(await page.getByTestId('night-map').locator('[data-key]').count()).toBeGreaterThan(25);
	const nodes = page.getByTestId('sankey').locator('[data-key*=":"]');
	expect(await nodes.count()).toBeGreaterThan(8);

	// Click the channel bar for 电商平台: a chip appears and every figure narrows to it.
	await page.getByTestId('mix-channel').locator('[data-key="电商平台"]').first().click();
	const chip = page.getByTestId('filter-chip');
	await expect(chip).toHaveText(/渠道 = 电商平台/);
	await expect(waybills).not.toHaveAttribute('title', '9,978');
	const filtered = Number((await waybills.getAttribute('title'))!.replaceAll(',', ''));
	expect(filtered).toBeGreaterThan(0);
	expect(filtered).toBeLessThan(9978);
	// The Sankey now has one channel node.
	await expect(
		page.getByTestId('sankey').locator('[data-key^="channel:"]:not([data-key*="→"])')
	).toHaveCount(1);

	// A Sankey node adds a second filter; removing the chips restores the totals.
	await page.getByTestId('sankey').locator('[data-key="payment:月结"]').first().click();
	await expect(chip).toHaveCount(2);
	await chip.first().click();
	await expect(chip).toHaveCount(1);
	await chip.first().click();
	await expect(chip).toHaveCount(0);
	await expect(waybills).toHaveAttribute('title', '9,978');

	// Night hours are editable and validated.
	await page.getByTestId('night-start').fill('24');
	await expect(page.getByRole('alert')).toContainText('夜间时段');
	await page.getByTestId('night-start').fill('22');
	await page.getByRole('button', { name: '应用' }).click();
	await expect(page.locator('section[aria-labelledby="night-title"] .rule').last()).toContainText(
		'22'
	);

	// Bubbles by another grouping; any chart exports as SVG.
	await page.getByTestId('bubble-group').selectOption('channel');
	await expect(page.getByTestId('bubbles').locator('[data-key="电商平台"]').first()).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('sankey').getByTestId('export-svg').click()
	]);
	const svg = await readFile((await download.path())!, 'utf8');
	expect(svg).toMatch(/^<\?xml/);
	expect(svg).toContain('<svg');
	expect(svg).toContain('电商平台');
	expect(download.suggestedFilename()).toMatch(/\.svg$/);
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('bubbles').getByTestId('export-png').click()
	]);
	const bytes = await readFile((await png.path())!);
	expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

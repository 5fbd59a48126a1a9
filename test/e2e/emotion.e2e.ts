import { test, expect } from './guard';

test('sample data → emotion page: texts scored in the worker, types, findings', async ({
	page
}) => {
	await page.goto('./project/emotion/?id=sample-7-10000');
	const headline = page.getByTestId('emotion-headline');
	await expect(headline).toContainText('条客服会话', { timeout: 90_000 });
	await expect(headline).toContainText('平均情感得分');
	// Every complaint type has a row; the sample's delay complaints are found in the texts too.
	const types = page.getByTestId('complaint-types');
	await expect(types.locator('svg').first()).toBeVisible();
	await expect(types).toContainText('延误');
	await expect(page.getByTestId('emotion-examples').locator('tbody tr')).not.toHaveCount(0);
	await expect(page.getByTestId('emotion-speed')).toContainText('条/秒');
	// No phone number leaves the worker unmasked.
	const examples = await page.getByTestId('emotion-examples').innerText();
	expect(examples).not.toMatch(/1[3-9]\d{9}/);

	// Touchpoints: delay by route, damage by category, claims against churn, each with a sentence.
	await expect(page.getByTestId('touch-routes')).toContainText('跨省');
	await expect(page.getByTestId('touch-damage').locator('.sentence')).toContainText('破损率');
	await expect(page.getByTestId('touch-claims').locator('.sentence')).not.toBeEmpty();

	// Scenario rules are editable: switching one off re-tags without it.
	const table = page.getByTestId('scenario-table');
	await expect(table.locator('tbody tr')).not.toHaveCount(0);
	const before = await table.locator('tbody tr').count();
	await page.getByTestId('scenario-editor').locator('summary').click();
	await page
		.getByTestId('scenario-editor')
		.locator('fieldset')
		.first()
		.getByRole('checkbox')
		.uncheck();
	await page.getByTestId('apply-rules').click();
	await expect(table.locator('tbody tr')).toHaveCount(before - 1);
});

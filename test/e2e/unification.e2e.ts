// Waybills, tickets and payments with overlapping and missing customer keys: the data page must
// show the lineage and match rates the oracle in test/fixtures/unification.ts worked out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnificationExpected } from '../fixtures/unification';
import { test, expect } from './guard';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const want = JSON.parse(
	readFileSync(join(FIXTURES, 'expected', 'unification.json'), 'utf8')
) as UnificationExpected;
const n = (v: number) => v.toLocaleString('zh-CN');

test('unifies customers across three files and shows lineage and match rates', async ({ page }) => {
	await page.goto('./');
	await page
		.getByTestId('file-input')
		.setInputFiles(
			['unify-waybills.csv', 'unify-tickets.csv', 'unify-payments.csv'].map((f) =>
				join(FIXTURES, f)
			)
		);
	await expect(page.getByTestId('mapping-service_sessions')).toBeVisible();
	await page.getByTestId('apply-import').click();
	await expect(page.getByTestId('result-waybills')).toContainText(
		`导入 ${want.waybills.read} 行,隔离 0 行`
	);
	await page.getByRole('link', { name: '数据质量' }).click();

	// Lineage: read → each rule → final, with what each rule removed.
	const w = want.waybills;
	const lineage = page.getByTestId('lineage-waybills');
	const stage = (id: string) => lineage.locator(`tr[data-stage="${id}"] td`).last();
	await expect(stage('read')).toHaveText(n(w.read));
	await expect(stage('rule:missing-customer')).toHaveText(n(w.read - w.missingCustomer));
	await expect(stage('rule:duplicate')).toHaveText(n(w.read - w.missingCustomer - w.duplicate));
	await expect(stage('rule:fee-not-positive')).toHaveText(n(w.final));
	await expect(stage('final')).toHaveText(n(w.final));
	await expect(
		page.getByTestId('lineage-service_sessions').locator('tr[data-stage="final"] td').last()
	).toHaveText(n(want.sessions.final));

	// Rules say how many rows they touched.
	const rule = (id: string, table = 'waybills') =>
		page.locator(`[data-testid="rules-panel"] li[data-rule="${id}"][data-table="${table}"]`);
	await expect(rule('duplicate')).toContainText(`${w.duplicate} 行`);
	await expect(rule('region-normalized')).toContainText(`${n(w.regionNormalized)} 行`);

	// Match rates per table, and the unified customer count.
	const panel = page.getByTestId('match-panel');
	await expect(page.getByTestId('customer-count')).toContainText(String(want.customers));
	for (const [table, m] of Object.entries(want.matches)) {
		const row = panel.locator(`tr[data-table="${table}"]`);
		for (const column of ['byId', 'byWaybill', 'byPhone', 'phoneOnly', 'unmatched', 'linked']) {
			await expect(
				row.locator(`td[data-column="${column}"]`),
				`${table} ${column}`
			).toHaveAttribute('data-count', String(m[column as keyof typeof m]));
		}
	}
	const sessions = want.matches.service_sessions;
	await expect(
		panel.locator('tr[data-table="service_sessions"] td[data-column="byPhone"]')
	).toHaveText(`${((sessions.byPhone / sessions.rows) * 100).toFixed(1).replace(/\.0$/, '')}%`);

	// The unmatched tickets are listed with where they came from; phones stay masked.
	await panel.getByRole('button', { name: /查看未匹配的行 · 客服会话/ }).click();
	const unmatched = page.getByTestId('unmatched-rows');
	await expect(unmatched.locator('tbody tr')).toHaveCount(sessions.unmatched);
	await expect(unmatched).toContainText('unify-tickets.csv 第');
	await expect(unmatched).toContainText('139****');
	await expect(unmatched).not.toContainText(/139\d{8}/);

	// Column quality: months covered, phones only as pseudonyms, repairs from the import.
	const quality = page.getByTestId('quality-panel');
	await expect(quality.getByTestId('month-gaps')).toHaveText(
		'从 2025-03 到 2025-05 每个月都有数据。'
	);
	const phone = quality.locator('tr[data-column="sender_phone"]');
	await expect(phone).toContainText(/h[0-9a-f]{15}/);
	await expect(phone).not.toContainText(/1[3-9]\d{9}/);
	await expect(phone.getByTestId('repairs')).toContainText('去掉 +86/0086 前缀');
	await expect(quality.locator('tr[data-column="sender_phone_masked"]')).toContainText('138****');

	// The profile counts the unified customers.
	await page.getByRole('link', { name: '客户画像' }).click();
	await expect(page.getByTestId('kpi-customers').locator('[title]')).toHaveAttribute(
		'title',
		String(want.customers)
	);
});

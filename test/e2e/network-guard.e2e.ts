// The guard itself must catch a leak, or every other test's "no request left the origin" means
// nothing. This test uses the bare Playwright test and inspects a guard it owns.
import { readdirSync } from 'node:fs';
import { test as bare, expect } from '@playwright/test';
import { watchNetwork } from './guard';

bare(
	'the network guard catches off-origin requests and CSP violations',
	async ({ page, context, baseURL }) => {
		const watch = await watchNetwork(context, new URL(baseURL!).origin);
		await page.goto('./');
		await expect(page.getByTestId('privacy-badge')).toBeVisible();
		await page.evaluate(async () => {
			await fetch('https://example.com/leak').catch(() => undefined);
			const img = new Image();
			img.src = 'https://example.com/pixel.png';
		});
		await expect.poll(() => watch.offOrigin.length + watch.cspViolations.length).toBeGreaterThan(0);
		// The served CSP header is the first wall: the fetch never reaches the network.
		expect(watch.cspViolations.join('\n')).toMatch(/connect-src|img-src/);
	}
);

bare('the server sends the CSP header, also for worker scripts and wasm', async ({ request }) => {
	const html = await request.get('./');
	expect(html.headers()['content-security-policy']).toContain(
		"script-src 'self' 'wasm-unsafe-eval'"
	);
	// The worker's file name carries a content hash: take it from the build.
	const name = readdirSync('build/_app/immutable/workers').find((f) =>
		f.startsWith('engine.worker')
	);
	expect(name).toBeTruthy();
	const workerUrl = `./_app/immutable/workers/${name}`;
	const worker = await request.get(workerUrl!);
	expect(worker.headers()['content-security-policy']).toContain("worker-src 'self'");
	expect(worker.headers()['content-security-policy']).toContain("connect-src 'self'");
	const wasm = readdirSync('build/_app/immutable/workers/assets').find((f) => f.endsWith('.wasm'));
	const wasmResponse = await request.head(`./_app/immutable/workers/assets/${wasm}`);
	expect(wasmResponse.headers()['content-type']).toBe('application/wasm');
});

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium.mjs';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4321);
// The build is served under a sub-path, as teams host it on intranet servers.
export const E2E_BASE = '/tools/parcellens/';

export default defineConfig({
	testDir: 'test/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 120_000,
	expect: { timeout: 30_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		trace: 'retain-on-failure',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `node test/support/static-server.mjs --port ${E2E_PORT} --base ${E2E_BASE}`,
		url: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});

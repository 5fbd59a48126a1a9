// Every end-to-end test runs behind this guard: it fails the test on any request that leaves
// the page's origin (page, workers, DuckDB), on any Content-Security-Policy violation and on
// any uncaught page error.
import { test as base, expect, type BrowserContext } from '@playwright/test';

export interface NetworkWatch {
	offOrigin: string[];
	cspViolations: string[];
	pageErrors: string[];
}

const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/** Starts watching a browser context; everything seen lands in the returned arrays. */
export async function watchNetwork(context: BrowserContext, origin: string): Promise<NetworkWatch> {
	const watch: NetworkWatch = { offOrigin: [], cspViolations: [], pageErrors: [] };
	const allowed = (url: string) =>
		LOCAL_SCHEMES.some((s) => url.startsWith(s)) || new URL(url).origin === origin;
	// Abort (and record) anything off-origin before it reaches the network.
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		if (allowed(url)) return route.continue();
		watch.offOrigin.push(url);
		return route.abort('blockedbyclient');
	});
	context.on('request', (r) => {
		if (!allowed(r.url()) && !watch.offOrigin.includes(r.url())) watch.offOrigin.push(r.url());
	});
	context.on('console', (m) => {
		if (
			/Content Security Policy|Refused to (load|connect|execute|evaluate|create)/i.test(m.text())
		) {
			watch.cspViolations.push(m.text());
		}
	});
	context.on('weberror', (e) => watch.pageErrors.push(e.error().message));
	return watch;
}

export const test = base.extend<{ network: NetworkWatch }>({
	network: [
		async ({ context, baseURL }, use) => {
			const watch = await watchNetwork(context, new URL(baseURL!).origin);
			await use(watch);
			expect(watch.offOrigin, 'requests that left the origin').toEqual([]);
			expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
			expect(watch.pageErrors, 'uncaught page errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

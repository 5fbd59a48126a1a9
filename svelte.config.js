import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every route is prerendered (src/routes/+layout.ts), so the build needs no SPA fallback and
		// no server rewrites; relative asset paths let it run from any sub-path.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { relative: true },
		alias: { $workers: 'workers' },
		typescript: {
			config: (c) => {
				c.include.push('../workers/**/*.ts');
			}
		},
		// Kit hashes its inline bootstrap script into a <meta> CSP on every prerendered page;
		// test/support/csp-header.mjs lifts those hashes into the HTTP header that hosting needs
		// (a <meta> CSP does not reach worker scripts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

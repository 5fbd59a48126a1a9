import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['workers'] } },
	worker: { format: 'es' },
	// duckdb-wasm ships prebuilt workers and wasm that must be served as files, not pre-bundled.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { chunkSizeWarningLimit: 2048 },
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// The DuckDB-WASM instance per file is heavy; files run in forks so memory is returned.
		pool: 'forks'
	}
});

// Seeded inputs for the benchmarks: a small fast PRNG and a streaming CSV writer that reuses an
// existing file (the same seed always writes the same bytes).
import { createWriteStream, existsSync } from 'node:fs';

/** mulberry32: small, fast, seeded. */
export function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Writes `n` lines (plus a header) unless the file exists; waits on backpressure. */
export async function writeLines(path, header, n, line) {
	if (existsSync(path)) return path;
	const out = createWriteStream(path);
	const write = (s) => (out.write(s) ? null : new Promise((r) => out.once('drain', r)));
	await write(header + '\n');
	for (let i = 0; i < n; i++) {
		const p = write(line(i) + '\n');
		if (p) await p;
	}
	await new Promise((r) => out.end(r));
	return path;
}

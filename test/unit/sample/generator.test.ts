import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSample, TICK, type SampleChunk, type SampleOptions } from '$lib/sample/generator';

const chunksOf = (opts: SampleOptions) =>
	[...generateSample(opts)].filter((c): c is SampleChunk => c !== TICK);

function digest(chunks: SampleChunk[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const table of ['customers', 'waybills', 'sessions', 'payments'] as const) {
		const h = createHash('sha256');
		for (const c of chunks) {
			for (const [name, col] of Object.entries(c[table])) {
				h.update(name);
				h.update(
					ArrayBuffer.isView(col)
						? new Uint8Array(col.buffer, col.byteOffset, col.byteLength)
						: JSON.stringify(col)
				);
			}
		}
		out[table] = h.digest('hex');
	}
	return out;
}

const rowsOf = (chunks: SampleChunk[], table: 'customers' | 'waybills' | 'sessions' | 'payments') =>
	chunks.reduce((n, c) => n + (Object.values(c[table])[0] as ArrayLike<unknown>).length, 0);

describe('sample generator', () => {
	it('makes exactly the requested number of waybills', () => {
		for (const n of [1_000, 12_345, 50_000]) {
			const chunks = chunksOf({ seed: 1, waybills: n, chunkSize: 7_000 });
			expect(rowsOf(chunks, 'waybills')).toBe(n);
			expect(chunks.at(-1)?.done).toBe(n);
		}
	});

	it('gives the same rows for the same seed, whatever the chunk size or ticks', () => {
		const a = chunksOf({ seed: 42, waybills: 30_000, chunkSize: 4_000 });
		const b = chunksOf({ seed: 42, waybills: 30_000, chunkSize: 4_000 });
		expect(digest(a)).toEqual(digest(b));
		const merged = (chunks: SampleChunk[]) =>
			Array.from(chunks.flatMap((c) => Array.from(c.waybills.fee)));
		const c = chunksOf({ seed: 42, waybills: 30_000, chunkSize: 25_000, tickEvery: 500 });
		expect(merged(c)).toEqual(merged(a));
		const d = chunksOf({ seed: 43, waybills: 30_000 });
		expect(digest(d).waybills).not.toEqual(digest(a).waybills);
	});

	it('references only customers and waybills it generated', () => {
		const chunks = chunksOf({ seed: 5, waybills: 20_000 });
		const customers = rowsOf(chunks, 'customers');
		const waybills = rowsOf(chunks, 'waybills');
		for (const c of chunks) {
			for (const x of c.waybills.cust) expect(x).toBeLessThan(customers);
			for (const x of c.sessions.waybill_seq) expect(x).toBeLessThan(waybills);
			for (const x of c.payments.waybill_seq) expect(x).toBeLessThan(waybills);
			for (const x of c.waybills.weight_kg) expect(x).toBeGreaterThan(0);
			for (const x of c.waybills.fee) expect(x).toBeGreaterThan(0);
		}
	});
});

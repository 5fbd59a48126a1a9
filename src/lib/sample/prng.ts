/**
 * A small, fast, seedable PRNG (sfc32, seeded through splitmix32) with the draws the sample
 * generator needs. Same seed, same sequence, on every engine: only 32-bit integer arithmetic.
 */
export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;
	private spareNormal: number | null = null;

	constructor(seed: number) {
		let s = seed >>> 0;
		const next = () => {
			s = (s + 0x9e3779b9) | 0;
			let z = s;
			z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
			z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
			return (z ^ (z >>> 16)) >>> 0;
		};
		this.a = next();
		this.b = next();
		this.c = next();
		this.d = next();
		for (let i = 0; i < 12; i++) this.next();
	}

	/** Uniform in [0, 1). */
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** Uniform in [lo, hi). */
	uniform(lo: number, hi: number): number {
		return lo + (hi - lo) * this.next();
	}

	/** Integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** True with probability p. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** Standard normal (Marsaglia polar method). */
	normal(): number {
		if (this.spareNormal !== null) {
			const v = this.spareNormal;
			this.spareNormal = null;
			return v;
		}
		let u: number, v: number, s: number;
		do {
			u = this.next() * 2 - 1;
			v = this.next() * 2 - 1;
			s = u * u + v * v;
		} while (s >= 1 || s === 0);
		const m = Math.sqrt((-2 * Math.log(s)) / s);
		this.spareNormal = v * m;
		return u * m;
	}

	/** Log-normal with the given median and log-space standard deviation. */
	logNormal(median: number, sigma: number): number {
		return median * Math.exp(sigma * this.normal());
	}

	/** Exponential with the given mean. */
	exponential(mean: number): number {
		return -mean * Math.log(1 - this.next());
	}

	/** Poisson count; normal approximation above λ = 30. */
	poisson(lambda: number): number {
		if (lambda <= 0) return 0;
		if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
		const limit = Math.exp(-lambda);
		let k = 0;
		let p = this.next();
		while (p > limit) {
			k++;
			p *= this.next();
		}
		return k;
	}

	/** Index drawn from a cumulative weight table (see `cumulative`). */
	pick(cum: Float64Array): number {
		const total = cum[cum.length - 1] ?? 0;
		return searchCumulative(cum, this.next() * total);
	}
}

/** Running sums of `weights`, for `Rng.pick`. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
	const out = new Float64Array(weights.length);
	let sum = 0;
	for (let i = 0; i < weights.length; i++) {
		sum += weights[i] ?? 0;
		out[i] = sum;
	}
	return out;
}

/** First index whose cumulative weight exceeds `x` (binary search). */
export function searchCumulative(cum: Float64Array, x: number): number {
	let lo = 0;
	let hi = cum.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((cum[mid] ?? 0) > x) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

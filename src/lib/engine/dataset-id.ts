import { SAMPLE_LIMITS } from './api';

/** Seed and size from a sample dataset id (`sample-<seed>-<size>`), or null for other ids. */
export function parseSampleId(id: string | null): { seed: number; size: number } | null {
	const m = /^sample-(\d{1,9})-(\d{1,9})$/.exec(id ?? '');
	if (!m) return null;
	const seed = Number(m[1]);
	const size = Number(m[2]);
	if (size < SAMPLE_LIMITS.min || size > SAMPLE_LIMITS.max) return null;
	return { seed, size };
}

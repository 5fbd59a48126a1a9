// Cleaning settings as the analyst types them: what the engine refuses, and why.
import { describe, expect, it } from 'vitest';
import {
	defaultCleaningSettings,
	settingProblems,
	type CleaningSettings
} from '$lib/model/clean/settings';

const base = defaultCleaningSettings('2026-12-04', '0123456789abcdef');
const with_ = (patch: Partial<CleaningSettings>) => settingProblems({ ...base, ...patch });

describe('settingProblems', () => {
	it('accepts the defaults and an empty fee limit', () => {
		expect(settingProblems(base)).toEqual([]);
		expect(with_({ maxFee: null })).toEqual([]);
	});

	it('names each unusable setting', () => {
		expect(with_({ maxFee: 0 })).toEqual(['maxFee']);
		expect(with_({ maxFee: Number.NaN })).toEqual(['maxFee']);
		expect(with_({ maxWeightKg: -1 })).toEqual(['maxWeightKg']);
		expect(with_({ maxWeightKg: null as unknown as number })).toEqual(['maxWeightKg']);
		expect(with_({ dateWindow: { mode: 'auto', minMonthShare: 1.5 } })).toEqual(['dateWindow']);
		expect(
			with_({ dateWindow: { mode: 'fixed', start: '2025-06-01', end: '2025-01-31' } })
		).toEqual(['dateWindow']);
		expect(
			with_({ dateWindow: { mode: 'fixed', start: '2025-02-30', end: '2025-03-31' } })
		).toEqual(['dateWindow']);
		expect(with_({ today: '' })).toEqual(['today']);
		expect(with_({ salt: "x'; DROP TABLE waybills; --" })).toEqual(['salt']);
		expect(with_({ testAccounts: [' '] })).toEqual(['testAccounts']);
	});
});

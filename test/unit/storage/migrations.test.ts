// Saved documents move forward one schema step at a time, never backward, without touching
// their input.
import { describe, expect, it } from 'vitest';
import { defaultCleaningSettings } from '$lib/model/clean/settings';
import { defaultValueSettings } from '$lib/value/settings';
import { CURRENT_SCHEMA, MigrationError, emptyDoc, migrateDoc } from '$lib/storage/migrations';

describe('migrateDoc', () => {
	it('brings a v0 document to the current shape (settings nested, keepPhones → keepRawPii)', () => {
		const current = defaultCleaningSettings('2024-06-01', 'ab12cd34');
		const cleaning = Object.fromEntries(
			Object.entries(current).filter(([k]) => k !== 'keepRawPii')
		);
		const v0 = {
			cleaning: { ...cleaning, keepPhones: true },
			value: defaultValueSettings(),
			mappings: [{ table: 'waybills', fields: [] }],
			report: { title: '华南区客户分析' }
		};
		const frozen = structuredClone(v0);
		const doc = migrateDoc(v0, 0);
		expect(v0).toEqual(frozen);
		expect(doc).toEqual({
			settings: {
				cleaning: { ...current, keepRawPii: true },
				value: defaultValueSettings(),
				import: null
			},
			mappings: [{ table: 'waybills', fields: [] }],
			report: { title: '华南区客户分析' },
			imported: null,
			extras: {}
		});
		expect(doc.settings.cleaning).not.toHaveProperty('keepPhones');
		// keepPhones false or absent means the default: raw PII not kept.
		expect(
			migrateDoc({ cleaning: { salt: 'ab12cd34', keepPhones: 'yes' } }, 0).settings.cleaning
		).toEqual({
			salt: 'ab12cd34',
			keepRawPii: false
		});
		expect(migrateDoc({}, 0)).toEqual(emptyDoc());
	});

	it('passes a current document through, filling optional parts', () => {
		const doc = { ...emptyDoc(), report: 'x', extras: { value: { k: 8 } } };
		expect(migrateDoc(doc, CURRENT_SCHEMA)).toEqual(doc);
		expect(migrateDoc({ settings: {} }, CURRENT_SCHEMA)).toEqual(emptyDoc());
		expect(migrateDoc(migrateDoc({ report: 'r' }, 0), CURRENT_SCHEMA).report).toBe('r');
	});

	it('refuses documents from newer apps and unknown versions', () => {
		const err = (f: () => unknown) => {
			try {
				f();
			} catch (e) {
				return e instanceof MigrationError ? e.code : 'other';
			}
			return 'none';
		};
		expect(err(() => migrateDoc(emptyDoc(), CURRENT_SCHEMA + 1))).toBe('newer');
		expect(err(() => migrateDoc(emptyDoc(), -1))).toBe('unknown-version');
		expect(err(() => migrateDoc(emptyDoc(), 0.5))).toBe('unknown-version');
	});

	it('refuses documents of the wrong shape', () => {
		const invalid = [
			null,
			[],
			'doc',
			{ settings: null },
			{ settings: { cleaning: 'off' } },
			{ settings: {}, mappings: {} },
			{ settings: {}, mappings: [{ table: 'waybills' }] },
			{ settings: {}, extras: [] }
		];
		for (const doc of invalid)
			expect(() => migrateDoc(doc, CURRENT_SCHEMA), JSON.stringify(doc)).toThrow(MigrationError);
	});
});

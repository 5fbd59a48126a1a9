// What sample values look like: phone numbers, timestamps, provinces, amounts, vocabulary
// words. Used to suggest a mapping when a header says nothing useful.

import { findCity, normalizeProvince } from '$lib/reference/regions';
import type { FieldSpec } from '$lib/model/schema';
import { VOCABS } from '$lib/model/vocab';

const clean = (v: string) => v.normalize('NFKC').trim();

/** A Chinese mobile number, with or without +86/0086, spaces or dashes, or in E+10 notation. */
export function looksLikePhone(v: string): boolean {
	const p = clean(v).replace(/[\s\-()]/g, '');
	return (
		/^(\+?86|0086)?1[3-9]\d{9}$/.test(p) ||
		/^1(\.\d+)?e\+?10$/i.test(p) ||
		/^0\d{2,3}\d{7,8}$/.test(p)
	);
}

/** A date or date-time in a common Chinese or ISO format, an Excel serial or a Unix time. */
export function looksLikeTimestamp(v: string): boolean {
	const t = clean(v);
	if (/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/.test(t)) return true;
	if (/^\d{10}(\d{3})?$/.test(t)) return true;
	return /^[2-7]\d{4}(\.\d+)?$/.test(t);
}

/** A number, possibly with ¥/元, thousands separators or a kg/g unit. */
export function looksLikeNumber(v: string): boolean {
	return /^[¥$]?\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*(元|kg|g|公斤|克|千克)?$/i.test(clean(v));
}

const TRUE_FALSE = new Set([
	'是',
	'否',
	'y',
	'n',
	'yes',
	'no',
	'true',
	'false',
	'1',
	'0',
	'√',
	'×'
]);
export const looksLikeBoolean = (v: string) => TRUE_FALSE.has(clean(v).toLowerCase());

/** True when `v` is a value or known synonym of the field's vocabulary. */
export function inVocabulary(field: FieldSpec, v: string): boolean {
	if (!field.vocab) return false;
	const vocab = VOCABS[field.vocab];
	const t = clean(v);
	const key = t.toLowerCase().replace(/\s+/g, '');
	return (
		vocab.values.includes(t) ||
		key in vocab.synonyms ||
		vocab.values.some((x) => x.toLowerCase() === key)
	);
}

/** Share (0–1) of non-empty samples that fit the field's kind; 0 without samples. */
export function valueFit(field: FieldSpec, samples: readonly string[]): number {
	const values = samples.map((s) => s.trim()).filter((s) => s !== '');
	if (values.length === 0) return 0;
	const fits = (v: string): boolean => {
		switch (field.kind) {
			case 'phone':
				return looksLikePhone(v);
			case 'timestamp':
				return looksLikeTimestamp(v);
			case 'number': {
				// Coordinates must fall inside China's extent to count as a hint.
				const x = Number(clean(v));
				if (field.name.endsWith('_lat'))
					return Number.isFinite(x) && x >= 3 && x <= 54 && /\.\d{2,}/.test(v);
				if (field.name.endsWith('_lng'))
					return Number.isFinite(x) && x >= 73 && x <= 136 && /\.\d{2,}/.test(v);
				return looksLikeNumber(v);
			}
			case 'amount':
			case 'weight':
			case 'integer':
				return looksLikeNumber(v) || /^\d+(岁|星)$/.test(clean(v));
			case 'boolean':
				return looksLikeBoolean(v);
			case 'enum':
				return inVocabulary(field, v);
			case 'province':
				return normalizeProvince(v) !== null;
			case 'city':
				return findCity(v) !== null;
			case 'id':
				// Customer keys are sometimes names (寄件客户 = 张三): any short single-line text.
				return clean(v).length <= 64 && !/[\r\n]/.test(v);
			case 'text':
				return true;
		}
	};
	return values.filter(fits).length / values.length;
}

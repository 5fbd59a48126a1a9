// Validation of scenario rule sets as they come from the editor or a saved project.
import { describe, expect, it } from 'vitest';
import {
	checkRules,
	defaultScenarioRules,
	parseRules,
	validateRules,
	MAX_KEYWORDS_PER_RULE
} from '$lib/scenario/rules';

/** Errors only (the no-enabled-rules warning is tested on its own). */
const codes = (rules: unknown) =>
	validateRules(rules)
		.filter((p) => p.severity === 'error')
		.map((p) => [p.code, p.rule, p.detail]);

const rule = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
	id: 'custom',
	enabled: true,
	conditions: [{ kind: 'is_return' }],
	needs: [],
	...extra
});

describe('validateRules', () => {
	it('accepts the defaults, which survive a JSON round trip', () => {
		const rules = defaultScenarioRules();
		expect(validateRules(rules)).toEqual([]);
		const copy: unknown = JSON.parse(JSON.stringify(rules));
		expect(validateRules(copy)).toEqual([]);
		expect(parseRules(copy).rules).toEqual(rules);
		// A fresh copy each time: editing one does not change the next.
		rules[0]!.enabled = false;
		expect(defaultScenarioRules()[0]!.enabled).toBe(true);
	});

	it('rejects what is not a rule list', () => {
		expect(codes(null)).toEqual([['not-a-list', null, undefined]]);
		expect(codes({ rules: [] })).toEqual([['not-a-list', null, undefined]]);
		expect(codes([42])).toEqual([['not-an-object', 0, undefined]]);
		expect(codes(Array.from({ length: 31 }, (_, i) => rule({ id: `r${i}` })))).toEqual([
			['too-many-rules', null, 30]
		]);
	});

	it('checks ids, names and switches', () => {
		expect(
			codes([
				rule({ id: 'ok_1' }),
				rule({ id: 'ok_1' }),
				rule({ id: 'Bad-Id' }),
				rule({ id: '1abc' }),
				rule({ id: "x'; DROP TABLE waybills; --" }),
				rule({ id: 'a', enabled: 'yes' }),
				rule({ id: 'b', label: '  ' }),
				rule({ id: 'c', label: 'x'.repeat(41) }),
				rule({ id: 'd', label: '我的场景' })
			])
		).toEqual([
			['duplicate-id', 1, 'ok_1'],
			['invalid-id', 2, 'Bad-Id'],
			['invalid-id', 3, '1abc'],
			['invalid-id', 4, "x'; DROP TABLE waybills; --"],
			['invalid-enabled', 5, undefined],
			['invalid-label', 6, 40],
			['invalid-label', 7, 40]
		]);
	});

	it('checks conditions against the vocabulary and limits', () => {
		const problems = codes([
			rule({
				conditions: [
					{ kind: 'item_category', values: ['3C数码', '家电'] },
					{ kind: 'product', values: ['火箭'] },
					{ kind: 'item_category', values: [] },
					{ kind: 'remark', keywords: [] },
					{ kind: 'remark', keywords: ['ok', '  '] },
					{ kind: 'remark', keywords: ['x'.repeat(41)] },
					{ kind: 'declared_value_min', min: -1 },
					{ kind: 'weight_min', min: Number.NaN },
					{ kind: 'weight_min', min: '20' },
					{ kind: 'teleport' },
					'is_return'
				]
			})
		]);
		expect(problems).toEqual([
			['unknown-category', 0, '家电'],
			['unknown-product', 0, '火箭'],
			['empty-values', 0, undefined],
			['empty-keywords', 0, undefined],
			['blank-keyword', 0, undefined],
			['keyword-too-long', 0, 'x'.repeat(20)],
			['negative-number', 0, -1],
			['invalid-number', 0, 'NaN'],
			['invalid-number', 0, '20'],
			['unknown-condition', 0, 'teleport'],
			['unknown-condition', 0, undefined]
		]);
		expect(
			validateRules([rule({ conditions: [{ kind: 'weight_min', min: -1 }] })])[0]
		).toMatchObject({
			condition: 0,
			severity: 'error'
		});
	});

	it('limits keywords per rule (over all its remark conditions)', () => {
		const half = Array.from({ length: 26 }, (_, i) => `k${i}`);
		expect(
			codes([
				rule({
					conditions: [
						{ kind: 'remark', keywords: half },
						{ kind: 'remark', keywords: half }
					]
				})
			])
		).toEqual([['too-many-keywords', 0, MAX_KEYWORDS_PER_RULE]]);
	});

	it('checks the fallback, empty rules and needs', () => {
		expect(
			codes([
				rule({ id: 'a', conditions: [] }),
				rule({ id: 'b', fallback: true, conditions: [{ kind: 'insured' }] }),
				rule({ id: 'c', fallback: true, conditions: [] }),
				rule({ id: 'd', fallback: true, conditions: [] }),
				rule({ id: 'e', needs: ['insurance', 'teleport'] }),
				rule({ id: 'f', needs: 'insurance' }),
				rule({ id: 'g', conditions: 'is_return' })
			])
		).toEqual([
			['no-conditions', 0, undefined],
			['fallback-with-conditions', 1, undefined],
			['multiple-fallbacks', 2, undefined],
			['multiple-fallbacks', 3, undefined],
			['unknown-need', 4, 'teleport'],
			['invalid-needs', 5, undefined],
			['invalid-conditions', 6, undefined]
		]);
	});

	it('warns, without failing, when every rule is off', () => {
		const rules = defaultScenarioRules().map((r) => ({ ...r, enabled: false }));
		expect(validateRules(rules)).toEqual([
			{ code: 'no-enabled-rules', severity: 'warning', rule: null }
		]);
		expect(checkRules(rules)).toBe(rules);
	});

	it('refuses to hand invalid rules to SQL', () => {
		expect(() => checkRules([rule({ id: 'DROP' })])).toThrow(/invalid-id@0/);
	});

	it('parses a saved copy into a clean one', () => {
		const saved = [
			{
				...rule({ label: ' 我的 ' }),
				extra: 'dropped',
				conditions: [
					{ kind: 'remark', keywords: [' 退货 ', '退货'], note: 'dropped' },
					{ kind: 'item_category', values: ['生鲜', '生鲜'] }
				],
				needs: ['insurance', 'insurance']
			}
		];
		expect(parseRules(saved).rules).toEqual([
			{
				id: 'custom',
				enabled: true,
				label: '我的',
				conditions: [
					{ kind: 'remark', keywords: ['退货'] },
					{ kind: 'item_category', values: ['生鲜'] }
				],
				needs: ['insurance']
			}
		]);
		expect(parseRules([{ id: 1 }]).rules).toBeNull();
	});
});

// The analyst's edits against fresh rule drafts: what survives a data refresh and what does not.
import { describe, expect, it } from 'vitest';
import {
	addInsight,
	EMPTY_EDITS,
	mergeInsights,
	moveInsight,
	removeInsight,
	reportLabels,
	restoreRule,
	revertInsight,
	slug,
	uniqueSlugs,
	updateInsight,
	type ReportEdits,
	type ReportInsight
} from '$lib/report/model';
import { enT, zhT } from './t';

const rule = (ruleId: string, problem: string): ReportInsight => ({
	id: `rule:${ruleId}`,
	problem,
	cause: `cause of ${ruleId}`,
	action: `action of ${ruleId}`,
	origin: 'rule',
	ruleId
});
const mine = (id: string, problem: string): ReportInsight => ({
	id,
	problem,
	cause: '',
	action: '',
	origin: 'analyst'
});
const problems = (list: readonly ReportInsight[]) => list.map((i) => i.problem);

describe('mergeInsights', () => {
	it('shows the drafts as they are without edits', () => {
		const drafts = [rule('a', 'A 10%'), rule('b', 'B 20%')];
		expect(mergeInsights(drafts, null)).toEqual(drafts);
		expect(mergeInsights(drafts, EMPTY_EDITS)).toEqual(drafts);
	});

	it('refreshes untouched drafts with new numbers and keeps edited text', () => {
		const edits: ReportEdits = {
			insights: [rule('a', 'A 10%'), { ...rule('b', 'B, in my words'), edited: true }],
			removedRuleIds: []
		};
		const merged = mergeInsights([rule('a', 'A 12%'), rule('b', 'B 25%')], edits);
		expect(problems(merged)).toEqual(['A 12%', 'B, in my words']);
		expect(merged[1]!.stale).toBeUndefined();
	});

	it('drops untouched drafts whose pattern is gone and marks edited ones stale', () => {
		const edits: ReportEdits = {
			insights: [rule('a', 'A 10%'), { ...rule('b', 'B mine'), edited: true }],
			removedRuleIds: []
		};
		const merged = mergeInsights([], edits);
		expect(merged).toEqual([{ ...rule('b', 'B mine'), edited: true, stale: true }]);
		// When the pattern comes back, the mark goes.
		const back = mergeInsights([rule('b', 'B 30%')], { ...edits, insights: merged });
		expect(back).toEqual([{ ...rule('b', 'B mine'), edited: true }]);
	});

	it('keeps removed rules removed, whatever the data says', () => {
		const edits: ReportEdits = { insights: [rule('b', 'B')], removedRuleIds: ['a'] };
		expect(problems(mergeInsights([rule('a', 'A'), rule('b', 'B')], edits))).toEqual(['B']);
		// Even if an old copy of the removed insight lingers in the list.
		const lingering = { insights: [rule('a', 'A'), rule('b', 'B')], removedRuleIds: ['a'] };
		expect(problems(mergeInsights([rule('a', 'A')], lingering))).toEqual([]);
	});

	it('keeps the analyst order and own insights, and appends new drafts', () => {
		const edits: ReportEdits = {
			insights: [mine('analyst-1', 'mine first'), rule('b', 'B old'), rule('a', 'A old')],
			removedRuleIds: []
		};
		const merged = mergeInsights([rule('a', 'A'), rule('c', 'C new'), rule('b', 'B')], edits);
		expect(problems(merged)).toEqual(['mine first', 'B', 'A', 'C new']);
	});

	it('keeps the first of repeated ids or rule ids', () => {
		const edits: ReportEdits = {
			insights: [
				mine('analyst-1', 'one'),
				mine('analyst-1', 'dup'),
				{ ...rule('a', 'A mine'), edited: true },
				{ ...rule('a', 'A again'), id: 'other', edited: true }
			],
			removedRuleIds: []
		};
		expect(problems(mergeInsights([rule('a', 'A'), rule('a', 'A twice')], edits))).toEqual([
			'one',
			'A mine'
		]);
	});

	it('survives a JSON round trip (it is saved with the project)', () => {
		const edits: ReportEdits = {
			insights: [{ ...rule('a', 'A mine'), edited: true, source: { page: 'value' } }],
			removedRuleIds: ['z']
		};
		const saved = JSON.parse(JSON.stringify(edits)) as ReportEdits;
		expect(mergeInsights([rule('a', 'A')], saved)).toEqual(mergeInsights([rule('a', 'A')], edits));
	});
});

describe('edit operations', () => {
	const drafts = [rule('a', 'A 10%'), rule('b', 'B 20%'), rule('c', 'C 30%')];
	const shown = mergeInsights(drafts, EMPTY_EDITS);

	it('edits, and the edit survives new numbers', () => {
		const edits = updateInsight(shown, EMPTY_EDITS, 'rule:b', { cause: 'my cause' });
		expect(edits.insights[1]).toMatchObject({ problem: 'B 20%', cause: 'my cause', edited: true });
		const refreshed = mergeInsights([rule('a', 'A 11%'), rule('b', 'B 21%')], edits);
		expect(problems(refreshed)).toEqual(['A 11%', 'B 20%']);
		expect(refreshed[1]!.cause).toBe('my cause');
	});

	it('edits an analyst insight without marking it', () => {
		const added = addInsight(shown, EMPTY_EDITS, { problem: 'p', cause: 'c', action: 'a' });
		const edits = updateInsight(added.insights, added, 'analyst-1', { problem: 'p2' });
		expect(edits.insights[3]).toEqual({ ...mine('analyst-1', 'p2'), cause: 'c', action: 'a' });
	});

	it('removes a rule draft for good and an analyst insight simply', () => {
		let edits = removeInsight(shown, EMPTY_EDITS, 'rule:a');
		expect(edits.removedRuleIds).toEqual(['a']);
		expect(problems(mergeInsights(drafts, edits))).toEqual(['B 20%', 'C 30%']);
		edits = restoreRule(edits, 'a');
		expect(problems(mergeInsights(drafts, edits))).toEqual(['B 20%', 'C 30%', 'A 10%']);
		const added = addInsight(shown, EMPTY_EDITS, { problem: 'p', cause: '', action: '' }, 0);
		const gone = removeInsight(added.insights, added, 'analyst-1');
		expect(gone.removedRuleIds).toEqual([]);
		expect(problems(mergeInsights(drafts, gone))).toEqual(['A 10%', 'B 20%', 'C 30%']);
	});

	it('moves and adds with the next free id', () => {
		const moved = moveInsight(shown, EMPTY_EDITS, 'rule:c', 0);
		expect(problems(mergeInsights(drafts, moved))).toEqual(['C 30%', 'A 10%', 'B 20%']);
		expect(problems(moveInsight(shown, EMPTY_EDITS, 'rule:a', 99).insights)).toEqual([
			'B 20%',
			'C 30%',
			'A 10%'
		]);
		const one = addInsight(shown, EMPTY_EDITS, { problem: 'x', cause: '', action: '' }, 1);
		const two = addInsight(one.insights, one, { problem: 'y', cause: '', action: '' });
		expect(two.insights.map((i) => i.id)).toEqual([
			'rule:a',
			'analyst-1',
			'rule:b',
			'rule:c',
			'analyst-2'
		]);
		const gap = addInsight([mine('analyst-7', 'old')], EMPTY_EDITS, {
			problem: 'z',
			cause: '',
			action: ''
		});
		expect(gap.insights[1]!.id).toBe('analyst-8');
	});

	it('reverts an edited draft to the rule', () => {
		const edits = updateInsight(shown, EMPTY_EDITS, 'rule:a', { problem: 'mine' });
		const shownEdited = mergeInsights(drafts, edits);
		const reverted = revertInsight(shownEdited, edits, 'rule:a');
		expect(mergeInsights([rule('a', 'A 15%')], reverted)[0]).toEqual(rule('a', 'A 15%'));
	});
});

describe('labels and slugs', () => {
	it('has every label in both languages', () => {
		const zh = reportLabels(zhT);
		const en = reportLabels(enT);
		expect([zh.problem, zh.cause, zh.action]).toEqual(['问题', '原因', '动作']);
		expect([en.problem, en.cause, en.action]).toEqual(['Problem', 'Cause', 'Action']);
		for (const v of [...Object.values(zh), ...Object.values(en)].flatMap((x) =>
			typeof x === 'string' ? [x] : Object.values(x)
		))
			expect(v).not.toMatch(/^report\./);
	});

	it('makes ids safe and unique', () => {
		expect(slug('night:广东省')).toBe('night');
		expect(slug('<script>')).toBe('script');
		expect(slug('广东')).toBe('x');
		expect(uniqueSlugs(['a b', 'a-b', 'a b'])).toEqual(['a-b', 'a-b-2', 'a-b-3']);
	});
});

// Customer ID unification end to end in Node: three files with overlapping and missing keys go
// through import and cleaning; the figures must equal the oracle in test/fixtures/unification.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { queryOne, queryRows, sql } from '$lib/engine/sql';
import type { CleaningReport } from '$lib/model/clean/clean';
import { buildLineage } from '$lib/model/lineage';
import type { UnificationExpected } from '../../fixtures/unification';
import { suiteDb } from '../../support/duckdb-node';
import { expectedJson, fixtureBytes } from '../../support/fixtures';
import { importFiles } from '../../support/import';

const db = suiteDb();
const want = expectedJson<UnificationExpected>('unification.json');
const FILES = ['unify-waybills.csv', 'unify-tickets.csv', 'unify-payments.csv'];
let report: CleaningReport;
let lineage: ReturnType<typeof buildLineage>;

beforeAll(async () => {
	const files = FILES.map((name) => ({ name, bytes: fixtureBytes(name) }));
	const { session, state, result, cleaning } = await importFiles(db, files);
	expect(state.files.map((f) => f.assigned)).toEqual(['waybills', 'service_sessions', 'payments']);
	expect(result.issues).toEqual([]);
	report = cleaning!;
	lineage = buildLineage(report, {
		files: (['waybills', 'service_sessions', 'payments'] as const).flatMap((t) =>
			session.assignedTo(t).map((e) => e.parsed)
		),
		tables: result.tables
	});
});

describe('unification fixtures', () => {
	it('counts each rule on the waybills and the lineage adds up', () => {
		const w = lineage.find((l) => l.table === 'waybills')!;
		const stage = (id: string) => w.stages.find((s) => s.id === id)?.rows;
		expect(stage('read')).toBe(want.waybills.read);
		expect(stage('mapped')).toBe(want.waybills.read);
		expect(stage('rule:missing-customer')).toBe(want.waybills.read - want.waybills.missingCustomer);
		expect(stage('final')).toBe(want.waybills.final);
		const count = (id: string, table = 'waybills') =>
			report.rules.find((r) => r.id === id && r.table === table)?.count;
		expect(count('duplicate')).toBe(want.waybills.duplicate);
		expect(count('fee-not-positive')).toBe(want.waybills.feeNotPositive);
		expect(count('region-normalized')).toBe(want.waybills.regionNormalized);
		expect(count('duplicate', 'service_sessions')).toBe(want.sessions.duplicate);
		expect(report.rows).toMatchObject({
			service_sessions: { before: want.sessions.read, after: want.sessions.final },
			payments: { before: want.payments.read, after: want.payments.final }
		});
	});

	it('matches every table as the oracle says', () => {
		for (const table of ['waybills', 'service_sessions', 'payments'] as const) {
			const { table: _t, ...m } = report.matches.find((x) => x.table === table)!;
			expect(m, table).toEqual(want.matches[table]);
		}
		expect(report.customers).toBe(want.customers);
	});

	it('normalises phones written five ways to one pseudonym', async () => {
		// 138 0000 0010, +86 13800000010, 0086-138-0000-0010… are one customer: C010.
		const r = await queryOne<{ hashes: number; customers: number }>(
			db,
			sql`SELECT count(DISTINCT sender_phone) AS hashes, count(DISTINCT customer_key) AS customers
				FROM waybills WHERE sender_phone_masked = '138****0010'`
		);
		expect(r).toEqual({ hashes: 1, customers: 1 });
		const raw = await queryRows<{ n: number }>(
			db,
			sql`SELECT count(*) AS n FROM waybills WHERE regexp_matches(sender_phone, '^1[3-9]')`
		);
		expect(raw[0]?.n).toBe(0);
	});
});

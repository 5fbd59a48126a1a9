// Cleaning: src_<table> → <table>. Each rule has a name, a reason, a count, sample rows and a
// switch; excluded rows are counted by the first rule that excludes them, so the lineage can
// show the rows left after each rule. Phone numbers are pseudonymised (salted SHA-256) and
// every table gets a unified customer_key (by ID, through the waybill, or by phone).

import { ident, queryOne, sql, type Db, tableExists } from '$lib/engine/sql';
import { CANONICAL_TABLES, sourceTable, type CanonicalTable } from '$lib/model/schema';
import { matchStats, suspectTestAccounts } from './match';
import { PHONES, buildPhoneTable } from './phones';
import {
	cleanCustomers,
	cleanPayments,
	cleanSessions,
	cleanTrackingEvents,
	type RelatedContext
} from './related';
import { RuleLog, type CleaningReport } from './report';
import type { CleaningSettings } from './settings';
import { cleanWaybills } from './waybills';
import type { DataWindow } from './window';

export type { CleaningReport, MatchStats, RuleId, RuleResult, RuleSample } from './report';
export { RULES } from './report';
export { unmatchedRows } from './match';

const exists = tableExists;

/** Cleans every src_ table that exists; returns what each rule did. */
export async function cleanAll(db: Db, settings: CleaningSettings): Promise<CleaningReport> {
	const t0 = performance.now();
	const timings: Record<string, number> = {};
	const lap = (stage: string, since: number) => (timings[stage] = performance.now() - since);
	const log = new RuleLog();
	const present = new Set<CanonicalTable>();
	for (const t of Object.keys(CANONICAL_TABLES) as CanonicalTable[]) {
		if (await exists(db, sourceTable(t))) present.add(t);
	}

	let s0 = performance.now();
	await buildPhoneTable(db, present, settings.salt);
	lap('phones', s0);

	let window: DataWindow = {
		start: null,
		end: null,
		mode: settings.dateWindow.mode,
		minMonthShare: null,
		months: []
	};
	if (present.has('waybills')) {
		s0 = performance.now();
		window = await cleanWaybills(db, settings, log);
		lap('waybills', s0);
	}
	const ctx: RelatedContext = { db, settings, log, waybills: present.has('waybills') };
	const related: [CanonicalTable, (c: RelatedContext) => Promise<void>][] = [
		['service_sessions', cleanSessions],
		['payments', cleanPayments],
		['customers', cleanCustomers],
		['tracking_events', cleanTrackingEvents]
	];
	for (const [table, clean] of related) {
		if (!present.has(table)) continue;
		s0 = performance.now();
		await clean(ctx);
		lap(table, s0);
	}
	await db.query(sql`DROP TABLE IF EXISTS ${ident(PHONES)}`);

	s0 = performance.now();
	const rows: CleaningReport['rows'] = {};
	for (const t of present) {
		rows[t] = await queryOne<{ before: number; after: number }>(
			db,
			sql`SELECT (SELECT count(*) FROM ${ident(sourceTable(t))}) AS before, (SELECT count(*) FROM ${ident(t)}) AS after`
		);
	}
	const matches = await matchStats(db, present);
	const customers = present.has('waybills')
		? (
				await queryOne<{ n: number }>(
					db,
					sql`SELECT count(DISTINCT customer_key) AS n FROM waybills`
				)
			).n
		: 0;
	const suspectedTestAccounts = present.has('waybills')
		? await suspectTestAccounts(db, settings.testAccounts)
		: [];
	lap('report', s0);
	timings.total = performance.now() - t0;
	return { window, rules: log.all(), rows, matches, customers, suspectedTestAccounts, timings };
}

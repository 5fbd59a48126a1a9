// What cleaning reports: every rule with its count, sample rows and parameters, how each table
// found its customers, and rows before and after. Plain data for the data page and the report.

import {
	constant,
	fragment,
	ident,
	join,
	queryRows,
	sql,
	type Db,
	type SqlFragment
} from '$lib/engine/sql';
import type { CanonicalTable } from '$lib/model/schema';
import type { DataWindow } from './window';

/** Every rule, in the order it applies. */
export const RULES = [
	// waybills: exclusions
	{ id: 'missing-customer', table: 'waybills', action: 'exclude' },
	{ id: 'test-account', table: 'waybills', action: 'exclude' },
	{ id: 'duplicate', table: 'waybills', action: 'exclude' },
	{ id: 'fee-not-positive', table: 'waybills', action: 'exclude' },
	{ id: 'fee-too-high', table: 'waybills', action: 'exclude' },
	{ id: 'outside-window', table: 'waybills', action: 'exclude' },
	{ id: 'future', table: 'waybills', action: 'exclude' },
	// waybills: fixes (the row stays)
	{ id: 'weight-cleared', table: 'waybills', action: 'fix' },
	{ id: 'time-before-order', table: 'waybills', action: 'fix' },
	{ id: 'region-normalized', table: 'waybills', action: 'fix' },
	{ id: 'province-from-city', table: 'waybills', action: 'fix' },
	{ id: 'unknown-region', table: 'waybills', action: 'flag' },
	// the other tables
	{ id: 'duplicate', table: 'service_sessions', action: 'exclude' },
	{ id: 'test-account', table: 'service_sessions', action: 'exclude' },
	{ id: 'time-before-created', table: 'service_sessions', action: 'fix' },
	{ id: 'duplicate', table: 'payments', action: 'exclude' },
	{ id: 'test-account', table: 'payments', action: 'exclude' },
	{ id: 'duplicate', table: 'customers', action: 'exclude' },
	{ id: 'test-account', table: 'customers', action: 'exclude' },
	{ id: 'region-normalized', table: 'customers', action: 'fix' },
	{ id: 'duplicate', table: 'tracking_events', action: 'exclude' }
] as const satisfies readonly {
	id: string;
	table: CanonicalTable;
	action: 'exclude' | 'fix' | 'flag';
}[];

export type RuleId = (typeof RULES)[number]['id'];

/** A row a rule touched, for the analyst to look at. */
export interface RuleSample {
	fileId: number | null;
	line: number | null;
	/** The row's key (waybill number, session ID…). */
	key: string | null;
	/** The value the rule looked at ('kept <file>:<line>' for a duplicate). */
	value: string | null;
}

export interface RuleResult {
	id: RuleId;
	table: CanonicalTable;
	action: 'exclude' | 'fix' | 'flag';
	enabled: boolean;
	count: number;
	/** Thresholds and settings the rule used, shown next to it. */
	params: Record<string, string | number>;
	samples: RuleSample[];
}

/** How the rows of a table found their customer. */
export interface MatchStats {
	table: CanonicalTable;
	rows: number;
	/** By customer ID, through the waybill number, by phone, or a phone alone (no ID anywhere). */
	byId: number;
	byWaybill: number;
	byPhone: number;
	phoneOnly: number;
	unmatched: number;
	/** Rows whose customer also has waybills (a shipping customer). */
	linked: number;
}

export interface CleaningReport {
	window: DataWindow;
	rules: RuleResult[];
	/** Rows per table before (src_) and after cleaning. */
	rows: Partial<Record<CanonicalTable, { before: number; after: number }>>;
	matches: MatchStats[];
	/** Distinct unified customers in the waybills. */
	customers: number;
	/** Customer IDs that look like test or internal accounts and are not on the list yet. */
	suspectedTestAccounts: { customerId: string; rows: number }[];
	timings: Record<string, number>;
}

/** Collects rule results in RULES order, whatever order the table cleaners report them in. */
export class RuleLog {
	private readonly results: RuleResult[] = [];

	add(
		id: RuleId,
		table: CanonicalTable,
		outcome: {
			enabled: boolean;
			count: number;
			samples?: RuleSample[];
			params?: RuleResult['params'];
		}
	): void {
		const def = RULES.find((r) => r.id === id && r.table === table);
		if (!def) throw new Error(`no rule ${id} on ${table}`);
		this.results.push({
			id,
			table,
			action: def.action,
			enabled: outcome.enabled,
			count: outcome.count,
			params: outcome.params ?? {},
			samples: outcome.samples ?? []
		});
	}

	all(): RuleResult[] {
		const order = (r: RuleResult) => RULES.findIndex((d) => d.id === r.id && d.table === r.table);
		return [...this.results].sort((a, b) => order(a) - order(b));
	}
}

/** Sample rows shown per rule. */
export const SAMPLES = 3;

/** Rows per value of `column` (the rule that excluded or fixed them). */
export async function countBy(db: Db, table: string, column: string): Promise<Map<string, number>> {
	const rows = await queryRows<{ rule: string; count: number }>(
		db,
		sql`SELECT ${ident(column)} AS rule, count(*) AS count FROM ${ident(table)}
			WHERE ${ident(column)} IS NOT NULL GROUP BY 1`
	);
	return new Map(rows.map((r) => [r.rule, Number(r.count)]));
}

/**
 * The first rows (by file and line) each rule touched. `rules` maps a rule to the predicate that
 * says it touched a row of `table`; `key` names the row and `value` says what the rule saw.
 */
export async function samplesOf(
	db: Db,
	table: string,
	key: string,
	rules: readonly { rule: string; when: SqlFragment; value: SqlFragment }[]
): Promise<Map<string, RuleSample[]>> {
	const out = new Map<string, RuleSample[]>();
	if (rules.length === 0) return out;
	const parts = rules.map(
		(r) => fragment`(SELECT ${r.rule} AS rule, _file_id AS file_id, _line AS line,
				${ident(key)}::VARCHAR AS k, (${r.value})::VARCHAR AS v
			FROM ${ident(table)} WHERE ${r.when}
			ORDER BY _file_id NULLS FIRST, _line NULLS FIRST, ${ident(key)} LIMIT ${constant(SAMPLES)})`
	);
	const rows = await queryRows<{
		rule: string;
		file_id: number | null;
		line: number | null;
		k: string | null;
		v: string | null;
	}>(db, sql`${join(parts, ' UNION ALL ')}`);
	for (const r of rows) {
		const list = out.get(r.rule) ?? [];
		list.push({ fileId: r.file_id, line: r.line, key: r.k, value: r.v });
		out.set(r.rule, list);
	}
	for (const list of out.values()) {
		list.sort(
			(a, b) =>
				(a.fileId ?? -1) - (b.fileId ?? -1) ||
				(a.line ?? -1) - (b.line ?? -1) ||
				((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0)
		);
	}
	return out;
}

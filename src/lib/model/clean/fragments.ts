// SQL pieces the table cleaners share: test-account matching, masking, and finding duplicates.

import { fragment, ident, join, sql, type Db, type SqlFragment } from '$lib/engine/sql';
import { CANONICAL_TABLES, type CanonicalTable } from '$lib/model/schema';

/** True for customer IDs on the test list (exact, or prefix for entries ending in *). */
export function testAccount(column: SqlFragment, patterns: readonly string[]): SqlFragment {
	const parts = patterns
		.map((p) => p.trim())
		.filter((p) => p !== '')
		.map((p) =>
			p.endsWith('*')
				? fragment`starts_with(${column}, ${p.slice(0, -1)})`
				: fragment`${column} = ${p}`
		);
	return parts.length ? fragment`coalesce(${join(parts, ' OR ')}, false)` : fragment`false`;
}

/** 138****0000 for mobiles; other numbers keep their last four digits. */
export function maskPhone(phone: SqlFragment): SqlFragment {
	return fragment`CASE WHEN ${phone} IS NULL THEN NULL
		WHEN regexp_full_match(${phone}, '1\\d{10}') THEN left(${phone}, 3) || '****' || right(${phone}, 4)
		WHEN regexp_full_match(${phone}, '^h[0-9a-f]{15}$') THEN left(${phone}, 7) || '…'
		WHEN length(${phone}) > 4 THEN repeat('*', length(${phone}) - 4) || right(${phone}, 4)
		ELSE '****' END`;
}

/** 张** : the first character, the rest starred. */
export const maskName = (name: SqlFragment) =>
	fragment`CASE WHEN ${name} IS NULL THEN NULL ELSE left(${name}, 1) || repeat('*', greatest(length(${name}) - 1, 1)) END`;

/** Non-null fields of a row: the most complete duplicate is the one kept. */
function completeness(table: CanonicalTable, alias: string): SqlFragment {
	return join(
		CANONICAL_TABLES[table].map(
			(f) => fragment`(${ident(alias)}.${ident(f.name)} IS NOT NULL)::INTEGER`
		),
		' + '
	);
}

/** The temp table findDuplicates writes for a source table. */
export const duplicatesTable = (source: string) => `_dups_${source}`;

/**
 * Writes `_dups_<source>` (rid, dup_rank, kept) for the rows whose key occurs more than once:
 * dup_rank 1 is the copy kept, `kept` its '<file>:<line>'. The most complete copy wins; later
 * files and lines break ties; `first` puts a table's own preference ahead (customers: the latest
 * registration). Only keys that repeat are ranked, so a million unique waybills cost one
 * aggregate, not a sort.
 */
export async function findDuplicates(
	db: Db,
	table: CanonicalTable,
	source: string,
	keys: readonly string[],
	first?: SqlFragment
): Promise<void> {
	const keyList = join(keys.map((k) => fragment`${ident(k)}`));
	const sKeys = join(keys.map((k) => fragment`s.${ident(k)}`));
	const window = fragment`PARTITION BY ${sKeys}
		ORDER BY ${first ? fragment`${first}, ` : fragment``}${completeness(table, 's')} DESC,
			s._file_id DESC NULLS LAST, s._line DESC NULLS LAST, s.rowid DESC`;
	await db.query(sql`
		CREATE OR REPLACE TEMP TABLE ${ident(duplicatesTable(source))} AS
		SELECT s.rowid AS rid, row_number() OVER (${window}) AS dup_rank,
			first_value(s._file_id::VARCHAR || ':' || s._line::VARCHAR) OVER (${window}) AS kept
		FROM ${ident(source)} AS s
		SEMI JOIN (SELECT ${keyList} FROM ${ident(source)} GROUP BY ALL HAVING count(*) > 1) AS d
			ON ${join(
				keys.map((k) => fragment`d.${ident(k)} IS NOT DISTINCT FROM s.${ident(k)}`),
				' AND '
			)}`);
}

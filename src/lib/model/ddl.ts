import { fragment, ident, join, sql, sqlType, type SqlQuery } from '$lib/engine/sql';
import type { FieldSpec } from './schema';

/**
 * `CREATE OR REPLACE TABLE name (…)` for a canonical table, from our own schema constants, with
 * the lineage columns every canonical table carries (_file_id, _line; NULL for sample data).
 */
export function createTableSql(name: string, fields: readonly FieldSpec[]): SqlQuery {
	const columns = join(fields.map((f) => fragment`${ident(f.name)} ${sqlType(f.type)}`));
	return sql`CREATE OR REPLACE TABLE ${ident(name)} (${columns}, _file_id INTEGER, _line INTEGER)`;
}

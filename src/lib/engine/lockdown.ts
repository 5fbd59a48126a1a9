/**
 * Statements that lock DuckDB down before it sees user data. Order matters: `allowed_directories`
 * must be set while external access is still on, and `lock_configuration` comes last.
 */
export const LOCKDOWN_SQL: readonly string[] = [
	// Without these DuckDB fetches extensions (parquet, json, icu…) from extensions.duckdb.org the
	// first time a query needs one: a request off the machine, and offline a hang.
	// see duckdb.org/docs/stable/extensions/overview#autoloading-extensions
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	// see duckdb.org/docs/stable/configuration/overview (allow_community_extensions)
	'SET allow_community_extensions = false',
	// Files the user drops are registered under /uploads/; nothing else is readable.
	// see duckdb.org/docs/stable/operations_manual/securing_duckdb/overview
	"SET allowed_directories = ['/uploads/']",
	'SET enable_external_access = false',
	// No later statement (ours or a bug) can loosen the settings above.
	'SET lock_configuration = true'
];

/** The directory DuckDB may read; dropped files are registered below it. */
export const UPLOAD_DIR = '/uploads/';

/** Problems found in an input file; the UI words them through i18n (`issue.<code>`). */
export type IssueCode =
	| 'empty-file'
	| 'binary-file'
	| 'unsupported-encoding'
	| 'not-utf8'
	| 'no-header'
	| 'missing-columns'
	| 'duplicate-columns'
	| 'ignored-columns'
	| 'malformed-rows'
	| 'unparsable-values'
	| 'unparsable-required-values'
	| 'missing-required-values'
	| 'no-rows'
	| 'read-failed'
	| 'unknown-encoding'
	| 'too-many-columns'
	| 'line-too-long'
	| 'unclosed-quote'
	| 'undecodable-characters'
	| 'unsupported-format'
	| 'too-large'
	| 'duplicate-file'
	| 'corrupt-file'
	| 'sheet-empty'
	| 'cells-beyond-limit'
	| 'title-rows'
	| 'totals-rows'
	| 'no-waybills'
	| 'unmapped-required';

/** One problem, with where it applies and what it affects. */
export interface DataIssue {
	code: IssueCode;
	/** Errors stop the load; warnings let it go on with the affected rows quarantined. */
	severity: 'error' | 'warning';
	file: string;
	/** Line in the file (1 = header) where the problem first shows, when known. */
	line?: number;
	column?: string;
	/** How many rows or values are affected. */
	count?: number;
	/** A few offending values or lines, for the user to inspect. */
	samples?: string[];
	/** Extra words for the message (e.g. the detected file kind, the column list). */
	detail?: string;
}

/** True when any issue stops the load. */
export const hasErrors = (issues: readonly DataIssue[]) =>
	issues.some((i) => i.severity === 'error');

// SQL expressions that turn a raw text column into its canonical type. Anything that does not
// parse becomes NULL, and the loader counts those so no value disappears silently.

import { fragment, ident, list, tuple, type SqlFragment } from '$lib/engine/sql';
import type { ColumnType } from '$lib/model/schema';

const TRUE_WORDS = ['1', 'true', 't', 'y', 'yes', '是', '已保价', '保价'];
const FALSE_WORDS = ['0', 'false', 'f', 'n', 'no', '否', '未保价', '不保价'];
// Common Chinese export formats that a plain CAST does not read.
const TIMESTAMP_FORMATS = [
	'%Y/%m/%d %H:%M:%S',
	'%Y/%m/%d %H:%M',
	'%Y/%m/%d',
	'%Y-%m-%d %H:%M',
	'%Y年%m月%d日 %H:%M:%S',
	'%Y年%m月%d日 %H:%M',
	'%Y年%m月%d日'
];

/** `nullif(trim(col), '')`: the raw text of a column, blanks as NULL. */
export function cleanText(column: string): SqlFragment {
	return fragment`nullif(trim(${ident(column)}), '')`;
}

/** The typed value of a raw text column; NULL when blank or unparsable. */
export function coerce(column: string, type: ColumnType): SqlFragment {
	const text = cleanText(column);
	switch (type) {
		case 'VARCHAR':
			return text;
		case 'DOUBLE':
			return fragment`TRY_CAST(${text} AS DOUBLE)`;
		case 'INTEGER':
			return fragment`TRY_CAST(${text} AS INTEGER)`;
		case 'BOOLEAN':
			return fragment`CASE WHEN lower(${text}) IN ${tuple(TRUE_WORDS)} THEN true WHEN lower(${text}) IN ${tuple(FALSE_WORDS)} THEN false END`;
		case 'TIMESTAMP':
			return fragment`coalesce(TRY_CAST(${text} AS TIMESTAMP), try_strptime(${text}, ${list(TIMESTAMP_FORMATS)}))`;
	}
}

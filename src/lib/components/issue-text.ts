// Wording of data issues and positions: the one place that turns an issue into a sentence.

import type { DataIssue } from '$lib/ingest/issues';
import type { PositionKind } from '$lib/ingest/raw';
import type { MessageKey, Translate } from '$lib/i18n';

const TYPE_KEYS: Record<string, MessageKey> = {
	VARCHAR: 'type.VARCHAR',
	DOUBLE: 'type.DOUBLE',
	INTEGER: 'type.INTEGER',
	BOOLEAN: 'type.BOOLEAN',
	TIMESTAMP: 'type.TIMESTAMP'
};

/** "第 6 行" / "line 6", "第 3 条记录" / "record 3". */
export function positionText(kind: PositionKind, n: number, t: Translate): string {
	return t(`position.${kind}` as MessageKey, { n });
}

/** The sentence for an issue, naming file, position, column and counts. */
export function describeIssue(issue: DataIssue, t: Translate, kind: PositionKind = 'line'): string {
	const where =
		issue.line == null ? '' : t('where.first', { pos: positionText(kind, issue.line, t) });
	return t(`issue.${issue.code}` as MessageKey, {
		file: issue.file,
		where,
		column: issue.column ?? '',
		count: issue.count ?? 0,
		samples: (issue.samples ?? []).join(t('list.separator')),
		detail:
			issue.detail && issue.detail in TYPE_KEYS ? t(TYPE_KEYS[issue.detail]!) : (issue.detail ?? '')
	});
}

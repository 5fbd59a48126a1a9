import type { DatasetSummary } from '$lib/engine/api';
import type { Locale, Translate } from '$lib/i18n';
import { formatBytes, formatCompact } from '$lib/i18n/format';

/** How a dataset is named in the top bar and page headings. */
export function datasetLabel(d: DatasetSummary, t: Translate, locale: Locale): string {
	return d.source.kind === 'sample'
		? t('project.source.sample', {
				seed: d.source.seed,
				size: formatCompact(d.source.size, locale)
			})
		: t('project.source.csv', { name: d.source.name, bytes: formatBytes(d.source.bytes) });
}

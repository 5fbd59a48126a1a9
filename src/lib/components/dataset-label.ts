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
		: d.source.files.length === 1
			? t('project.source.file', {
					name: d.source.files[0]?.name ?? '',
					bytes: formatBytes(d.source.files[0]?.bytes ?? 0)
				})
			: t('project.source.files', {
					name: d.source.files[0]?.name ?? '',
					count: d.source.files.length,
					bytes: formatBytes(d.source.files.reduce((s, f) => s + f.bytes, 0))
				});
}

import type { ColumnSample } from './suggest';
import { normalizeHeader } from './synonyms';

/**
 * Columns of several files merged by normalized header: 重量(kg) in one month and 重量(g) in the
 * next are the same column (each file's own unit applies when it is read). The first file's
 * spelling names the merged column.
 */
export function mergeColumns(files: readonly (readonly ColumnSample[])[]): ColumnSample[] {
	const merged = new Map<string, { name: string; samples: string[] }>();
	for (const columns of files) {
		for (const c of columns) {
			const key = normalizeHeader(c.name).key || c.name;
			const m = merged.get(key);
			if (m) m.samples.push(...c.samples);
			else merged.set(key, { name: c.name, samples: [...c.samples] });
		}
	}
	return [...merged.values()];
}

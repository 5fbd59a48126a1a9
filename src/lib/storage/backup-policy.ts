// The parts of backups the page needs (limits, file name, when to warn), apart from the zip
// code in backup.ts, which only the engine worker loads.

import type { ProjectMeta } from './projects';

/** The file extension offered when saving a backup. */
export const BACKUP_EXTENSION = '.parcellens.zip';

/** Caps checked before inflating (from the zip directory) and after. */
export const BACKUP_LIMITS = {
	/** The whole file as read into memory. */
	file: 2 ** 31,
	/** project.json */
	json: 64 * 2 ** 20,
	/** One table, inflated (DuckDB-WASM's heap is 4 GiB at most). */
	table: 2 ** 31 - 1,
	/** All entries, inflated. */
	total: 3 * 2 ** 30,
	entries: 32
} as const;

/** Days without a visit after which some browsers evict script-written storage (Safari). */
export const BACKUP_WARN_DAYS = 7;

export interface BackupAge {
	/** Never exported since it was created. */
	never: boolean;
	/** Whole days since the last backup (or since creation when never). */
	days: number;
}

const DAY = 86_400_000;

/**
 * Whether to warn that a project is not backed up: some browsers evict script-written storage
 * after days without a visit (Safari: 7). Null when the last backup is recent, nothing was
 * saved since, or the project has no data yet.
 */
export function backupAgeWarning(
	meta: ProjectMeta,
	now: number,
	days = BACKUP_WARN_DAYS
): BackupAge | null {
	// Nothing to lose yet.
	if (!meta.datasetSummary) return null;
	const since = meta.backedUpAt ?? meta.createdAt;
	if (meta.backedUpAt !== null && (meta.savedAt ?? 0) <= meta.backedUpAt) return null;
	const age = Math.floor((now - since) / DAY);
	if (age < days) return null;
	return { never: meta.backedUpAt === null, days: age };
}

/**
 * The name offered for a backup: the project's name made safe for every file system, and the
 * local date and time, so successive backups sort and do not overwrite each other.
 */
export function backupFileName(name: string, atMs: number): string {
	const at = new Date(atMs);
	const safe =
		name
			.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 60) || 'project';
	const p = (n: number) => String(n).padStart(2, '0');
	const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}`;
	return `${safe}-${stamp}${BACKUP_EXTENSION}`;
}

// The projects kept in this browser and the one open now: the list on the home page, autosave,
// reopening after a reload, backups. The store itself lives in the engine worker (beside
// DuckDB, see workers/projects.ts); this class decides when to save and what the page shows.

import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { version as appVersion } from '$app/environment';
import { goto } from '$app/navigation';
import type { DatasetSummary, ProjectUiState } from '$lib/engine/api';
import type { Engine } from '$lib/engine/client';
import { toFailure } from '$lib/engine/errors';
import { datasetLabel } from '$lib/components/dataset-label';
import type { MessageKey, MessageParams } from '$lib/i18n';
import type { TableMapping } from '$lib/ingest/suggest';
import { BACKUP_LIMITS, backupFileName } from '$lib/storage/backup-policy';
import {
	estimate,
	requestPersistence,
	storageFailureKey,
	wouldFit,
	type ProjectMeta,
	type StorageUsage
} from '$lib/storage/projects';
import type { DatasetState } from './dataset.svelte';
import type { I18n } from './i18n.svelte';

/** A setting another workspace keeps in the project: read when saving, written when opening. */
export interface Contribution<T = unknown> {
	get(): T;
	/** Receives the saved value; undefined when the project has none (use the defaults). */
	set(value: T | undefined): void;
	/** Quiet time before a change is saved, in ms (longer for typing in a report). */
	delay?: number;
}

/** What the layout tells the projects about other workspaces. */
export interface ProjectsHooks {
	/** The mappings just applied, saved with the data of an import. */
	mappings(): TableMapping[];
	/** The data was replaced by a project's: views of the previous data reset. */
	opened?(): void;
}

/** A failure as shown: a message key (storage, backup or engine) and the technical detail. */
export interface StorageFailure {
	key: MessageKey;
	detail: string;
}

/** Registry keys with a place of their own in the document; any other key goes to `extras`. */
const VALUE = 'value';
const REPORT = 'report';
/** Kept by the engine (the settings in force); registered only so that a change saves. */
const ENGINE_OWNED = new Set(['cleaning']);

/** Quiet time before a settings change is saved. */
const DOC_DELAY_MS = 300;

/** Ids the store gives projects (`p-` and 16 hex digits): how a project link is told apart. */
export const isProjectId = (id: string | null | undefined): id is string =>
	/^p-[0-9a-f]{16}$/.test(id ?? '');

function failure(e: unknown): StorageFailure {
	const detail = e instanceof Error ? e.message : String(e);
	return { key: storageFailureKey(e) ?? toFailure(e).key, detail };
}

export class ProjectsState {
	/** Saved projects, most recently used first. */
	list = $state.raw<ProjectMeta[]>([]);
	/** The list has been read once (an empty list before that means "not known yet"). */
	listed = $state(false);
	/** The project whose data is loaded; null when the data (if any) is not a project. */
	active = $state.raw<ProjectMeta | null>(null);
	usage = $state.raw<StorageUsage | null>(null);
	/** Writes in flight. */
	saving = $state(0);
	/** The project being opened. */
	opening = $state<string | null>(null);
	/** The last save failed (cleared by the next success): the previous version is in force. */
	saveError = $state.raw<StorageFailure | null>(null);
	openError = $state.raw<StorageFailure | null>(null);
	/** A list action (rename, delete, backup…) failed. */
	listError = $state.raw<StorageFailure | null>(null);
	/** A save with data was held back because it would not fit. */
	fit = $state.raw<{ need: number; free: number } | null>(null);
	/** The open project's document came from an older schema. */
	migratedFrom = $state<number | null>(null);
	/** A confirmation to show (backup exported, project deleted…). */
	notice = $state.raw<{ key: MessageKey; params: MessageParams } | null>(null);
	/** A backup export or import is running. */
	backupBusy = $state(false);

	private readonly registry = new SvelteMap<string, Contribution>();
	/** Each contribution's value when last seen, as JSON (what a change is measured against). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	private readonly seen = new Map<string, string>();
	private timer: ReturnType<typeof setTimeout> | null = null;
	/** Data an import brought that is not stored yet (a failed or held-back save). */
	private owed: { mappings?: TableMapping[] } | null = null;
	/** The save held back by the quota check, to run on "save anyway". */
	private held: (() => Promise<unknown>) | null = null;
	/** Writes run one after another, in the order they were asked for. */
	private queue: Promise<unknown> = Promise.resolve();
	private readonly handled = new WeakSet<DatasetSummary>();
	/** Projects that failed to open from a link (not retried until asked). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read untracked on purpose
	private readonly failed = new Set<string>();
	private persistenceAsked = false;
	private url: (() => URL) | null = null;

	constructor(
		private readonly engine: Engine,
		private readonly dataset: DatasetState,
		private readonly i18n: I18n,
		private readonly hooks: ProjectsHooks
	) {}

	/**
	 * Adds a workspace's setting to every project. `cleaning` only triggers saves (the engine
	 * stores the settings in force); `value` and `report` have their own place; anything else
	 * is kept under its key. Returns the unregister function.
	 */
	register<T>(key: string, contribution: Contribution<T>): () => void {
		this.registry.set(key, contribution as Contribution);
		this.seen.set(
			key,
			untrack(() => json(contribution.get()))
		);
		return () => this.registry.delete(key);
	}

	/**
	 * Starts autosave and reopening (from the root layout, once the engine starts). `url` is
	 * the page's address: a project's link reopens that project after a reload.
	 */
	connect(url: () => URL): () => void {
		this.url = url;
		const stop = $effect.root(() => {
			// New data from an import: stored into the open project, or as a new one.
			$effect(() => {
				const d = this.dataset.dataset;
				if (d) untrack(() => this.onDataset(d));
			});
			// A registered setting changed: the document is saved after a quiet moment.
			$effect(() => {
				const values = [...this.registry].map(([key, c]) => [key, json(c.get())] as const);
				untrack(() => this.onSettings(values));
			});
			// A project's link with other data loaded (a reload, back/forward): open it.
			$effect(() => {
				const u = url();
				const id = u.searchParams.get('id');
				if (!isProjectId(id) || !u.pathname.includes('/project/')) return;
				if (this.dataset.dataset?.id === id || this.active?.id === id || this.opening) return;
				untrack(() => {
					if (!this.failed.has(id)) void this.open(id);
				});
			});
		});
		const onHidden = () => {
			if (document.visibilityState === 'hidden') void this.flush();
		};
		const onPageHide = () => void this.flush();
		document.addEventListener('visibilitychange', onHidden);
		window.addEventListener('pagehide', onPageHide);
		void this.refresh();
		return () => {
			stop();
			document.removeEventListener('visibilitychange', onHidden);
			window.removeEventListener('pagehide', onPageHide);
		};
	}

	/** Re-reads the list and the storage usage. */
	async refresh(): Promise<void> {
		try {
			this.list = await this.engine.projects();
		} catch (e) {
			this.listError = failure(e);
		} finally {
			this.listed = true;
		}
		await this.refreshUsage();
	}

	async refreshUsage(): Promise<void> {
		this.usage = await estimate();
	}

	/** Asks the browser to keep this site's data under storage pressure. */
	async persist(): Promise<void> {
		const granted = await requestPersistence();
		await this.refreshUsage();
		if (this.usage) this.usage = { ...this.usage, persisted: granted };
	}

	/** Saves the data loaded now as a new project, which becomes the open one. */
	async createFromCurrent(name?: string): Promise<ProjectMeta | null> {
		const d = this.dataset.dataset;
		if (!d) return null;
		return this.create(name ?? this.nameFor(d), undefined);
	}

	/** Opens a saved project: its data replaces the loaded data, its settings the current ones. */
	async open(id: string): Promise<ProjectMeta | null> {
		this.failed.delete(id);
		this.opening = id;
		this.openError = null;
		this.migratedFrom = null;
		// Changes still waiting belong to the project open now: they are saved first.
		void this.flush();
		return this.enqueue(async () => {
			const start = performance.now();
			try {
				const p = await this.engine.projectOpen(id);
				this.owed = null;
				this.fit = null;
				this.saveError = null;
				this.active = p.meta;
				this.migratedFrom = p.migratedFrom;
				this.applyUi(p.ui);
				this.dataset.adopt(p.dataset);
				this.hooks.opened?.();
				performance.measure('parcellens:project-open', {
					start,
					end: performance.now(),
					detail: p.dataset.timings
				});
				this.replace(p.meta);
				void this.refreshUsage();
				return p.meta;
			} catch (e) {
				this.openError = failure(e);
				this.failed.add(id);
				// When the failure came after the tables were swapped, the engine has no data left.
				if (!(await this.engine.dataset().catch(() => null))) this.dataset.clear();
				return null;
			} finally {
				this.opening = null;
			}
		});
	}

	/**
	 * Leaves the open project at once (its waiting changes are still saved, in order); the next
	 * load starts a new project. Resolves when the saves before it are done.
	 */
	close(): Promise<void> {
		void this.flush();
		this.active = null;
		this.owed = null;
		this.held = null;
		this.fit = null;
		this.saveError = null;
		return this.enqueue(() => this.engine.projectClose());
	}

	async rename(id: string, name: string): Promise<boolean> {
		return this.listAction(async () => this.replace(await this.engine.projectRename(id, name)));
	}

	async duplicate(meta: ProjectMeta): Promise<boolean> {
		const name = this.i18n.t('storage.projects.duplicateName', { name: meta.name });
		return this.listAction(async () => {
			await this.flushIf(meta.id);
			await this.engine.projectDuplicate(meta.id, name);
			await this.refresh();
		});
	}

	async remove(meta: ProjectMeta): Promise<boolean> {
		return this.listAction(async () => {
			if (this.active?.id === meta.id) {
				this.clearTimer();
				this.active = null;
				this.owed = null;
			}
			await this.enqueue(() => this.engine.projectDelete(meta.id));
			this.notice = { key: 'storage.projects.deleted', params: { name: meta.name } };
			await this.refresh();
		});
	}

	/** Exports a saved project as a backup file and records it; resolves to the file name. */
	async exportBackup(meta: ProjectMeta, dropPii: boolean): Promise<string | null> {
		let file: string | null = null;
		this.backupBusy = true;
		try {
			const ok = await this.listAction(async () => {
				await this.flushIf(meta.id);
				const parts = await this.engine.projectExport(meta.id, { dropPii, appVersion });
				file = backupFileName(meta.name, Date.now());
				download(new Blob(parts as BlobPart[], { type: 'application/zip' }), file);
				this.replace(await this.engine.projectMarkBackedUp(meta.id));
				this.notice = { key: 'storage.backup.exported', params: { file } };
			});
			return ok ? file : null;
		} finally {
			this.backupBusy = false;
		}
	}

	/** Creates a project from a backup file and opens it. */
	async importBackup(file: File): Promise<ProjectMeta | null> {
		this.backupBusy = true;
		try {
			let meta: ProjectMeta | null = null;
			const ok = await this.listAction(async () => {
				if (file.size > BACKUP_LIMITS.file) {
					this.listError = { key: 'storage.backup.error.too-large', detail: `${file.size}` };
					return;
				}
				meta = await this.engine.projectImport(file);
				this.notice = { key: 'storage.backup.imported', params: { name: meta.name } };
				await this.refresh();
			});
			if (!ok || !meta) return null;
			await this.close();
			return this.open((meta as ProjectMeta).id);
		} finally {
			this.backupBusy = false;
		}
	}

	/** Saves what is waiting now (leaving the page, opening another project, a backup). */
	async flush(): Promise<void> {
		if (this.timer === null) return;
		this.clearTimer();
		await this.saveDoc();
	}

	/** Runs the save the quota check held back. */
	async saveAnyway(): Promise<void> {
		const held = this.held;
		this.held = null;
		this.fit = null;
		await held?.();
	}

	dismissFit(): void {
		this.fit = null;
	}

	/** Tries the failed save again (the data too, if it was not stored). */
	async retry(): Promise<void> {
		this.saveError = null;
		await this.saveDoc();
	}

	// ------------------------------------------------------------------------------ internals

	private onDataset(d: DatasetSummary): void {
		if (this.handled.has(d)) return;
		this.handled.add(d);
		// Project data (opened, or renamed after a save) needs nothing; sample data is rebuilt
		// from its link and becomes a project only when asked (the list stays the analyst's).
		if (isProjectId(d.id) || d.source.kind !== 'files') return;
		const mappings = this.hooks.mappings();
		if (this.active) {
			this.dataset.rename(this.active.id);
			void this.saveTables({ mappings });
		} else {
			void this.create(this.nameFor(d), mappings);
		}
	}

	private onSettings(values: readonly (readonly [string, string])[]): void {
		let delay = -1;
		for (const [key, value] of values) {
			if (this.seen.get(key) === value) continue;
			this.seen.set(key, value);
			delay = Math.max(delay, this.registry.get(key)?.delay ?? DOC_DELAY_MS);
		}
		if (delay < 0 || !this.active || this.opening) return;
		this.clearTimer();
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.saveDoc();
		}, delay);
	}

	private clearTimer() {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
	}

	private async flushIf(id: string) {
		if (this.active?.id === id) await this.flush();
		await this.queue;
	}

	/** The page's part of the document, from the registered workspaces. */
	private uiState(): ProjectUiState {
		const ui: ProjectUiState = { value: null, report: undefined, extras: {} };
		for (const [key, c] of this.registry) {
			if (ENGINE_OWNED.has(key)) continue;
			const value = $state.snapshot(c.get());
			if (key === VALUE) ui.value = value as ProjectUiState['value'];
			else if (key === REPORT) ui.report = value;
			else ui.extras[key] = value;
		}
		return ui;
	}

	/** Hands an opened project's settings to the workspaces (without saving them back). */
	private applyUi(ui: ProjectUiState) {
		for (const [key, c] of this.registry) {
			if (ENGINE_OWNED.has(key)) continue;
			const value = key === VALUE ? ui.value : key === REPORT ? ui.report : ui.extras[key];
			c.set(value ?? undefined);
			this.seen.set(key, json(c.get()));
		}
	}

	private async create(name: string, mappings: TableMapping[] | undefined, force = false) {
		return this.write(async () => {
			if (!force && !(await this.fits())) {
				this.held = () => this.create(name, mappings, true);
				return null;
			}
			const start = performance.now();
			const view = await this.engine.projectCreate(name, { ...this.uiState(), mappings });
			measureSave(start, view.meta, true);
			this.active = view.meta;
			await this.showAs(view.meta.id);
			this.afterSave(view.meta, true);
			if (!this.persistenceAsked) {
				// The first project the analyst creates: ask the browser not to evict it.
				this.persistenceAsked = true;
				await this.persist();
			}
			return view.meta;
		});
	}

	/**
	 * Gives the loaded data the project's id. When the address names other data (a sample's
	 * link), the address moves first: renaming under a sample link would make the project
	 * layout rebuild the sample.
	 */
	private async showAs(id: string) {
		const u = this.url?.();
		const shown = u?.searchParams.get('id');
		if (u && shown && shown !== id && u.pathname.includes('/project/')) {
			await goto(`${u.pathname}?id=${encodeURIComponent(id)}`, {
				replaceState: true,
				keepFocus: true,
				noScroll: true
			});
		}
		this.dataset.rename(id);
	}

	private async saveTables(owed: { mappings?: TableMapping[] }, force = false): Promise<void> {
		this.owed = owed;
		const id = this.active?.id;
		if (!id) return;
		await this.write(async () => {
			if (!force && !(await this.fits())) {
				this.held = () => this.saveTables(owed, true);
				return;
			}
			const start = performance.now();
			const meta = await this.engine.projectSave(
				id,
				{ ...this.uiState(), mappings: owed.mappings },
				{ tables: true }
			);
			measureSave(start, meta, true);
			if (this.owed === owed) this.owed = null;
			this.afterSave(meta, true);
		});
	}

	private async saveDoc(): Promise<void> {
		// Data still owed goes first, with the document.
		if (this.owed) return this.saveTables(this.owed);
		const id = this.active?.id;
		if (!id) return;
		await this.write(async () => {
			const meta = await this.engine.projectSave(id, this.uiState(), { tables: false });
			this.afterSave(meta, false);
		});
	}

	/** Whether a save with data fits the quota; shows the warning when it does not. */
	private async fits(): Promise<boolean> {
		const need = await this.engine.projectSaveBytes();
		if ((await wouldFit(need)) !== false) {
			this.fit = null;
			return true;
		}
		const usage = await estimate();
		this.fit = { need, free: usage ? Math.max(0, usage.quota - usage.usage) : 0 };
		return false;
	}

	/** Runs a write after the ones before it; a failure is kept for the page to show. */
	private write<T>(task: () => Promise<T>): Promise<T | null> {
		return this.enqueue(async () => {
			this.saving++;
			try {
				return await task();
			} catch (e) {
				this.saveError = failure(e);
				return null;
			} finally {
				this.saving--;
			}
		});
	}

	private enqueue<T>(task: () => Promise<T>): Promise<T> {
		const next = this.queue.then(task, task);
		this.queue = next.catch(() => undefined);
		return next;
	}

	private afterSave(meta: ProjectMeta, tables: boolean) {
		this.saveError = null;
		this.replace(meta);
		if (tables) void this.refreshUsage();
	}

	/** A project's new details in the list (and as the open project). */
	private replace(meta: ProjectMeta) {
		if (this.active?.id === meta.id) this.active = meta;
		const at = this.list.findIndex((p) => p.id === meta.id);
		this.list = at < 0 ? [meta, ...this.list] : this.list.map((p, i) => (i === at ? meta : p));
	}

	private async listAction(run: () => Promise<void>): Promise<boolean> {
		this.listError = null;
		this.notice = null;
		try {
			await run();
			return this.listError === null;
		} catch (e) {
			this.listError = failure(e);
			return false;
		}
	}

	/** A new project's name: the file (and how many there are), or the sample's description. */
	private nameFor(d: DatasetSummary): string {
		const t = this.i18n.t;
		if (d.source.kind === 'sample') return datasetLabel(d, t, this.i18n.locale);
		const [first] = d.source.files;
		if (!first) return t('storage.projects.defaultName');
		return d.source.files.length > 1
			? t('storage.projects.nameFiles', { name: first.name, count: d.source.files.length })
			: first.name;
	}
}

/** Save timings for `npm run bench` (read from the performance timeline). */
function measureSave(start: number, meta: ProjectMeta, tables: boolean) {
	performance.measure('parcellens:project-save', {
		start,
		end: performance.now(),
		detail: { tables, bytes: meta.bytes }
	});
}

const json = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/** Hands a file to the browser's downloads. */
function download(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers (Safari); give it a moment.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

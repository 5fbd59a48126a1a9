// The engine worker: owns DuckDB and runs every query and heavy computation off the main thread.
// Thin on purpose: it validates requests, keeps the current dataset, and calls $lib domain code.

import * as Comlink from 'comlink';
import { tableToIPC } from 'apache-arrow';
import {
	SAMPLE_LIMITS,
	type ApplyRequest,
	type ApplyResult,
	type DatasetSummary,
	type EngineApi,
	type EngineInfo,
	type Progress,
	type ProfileOverviewDto,
	type SampleRequest,
	type CleaningState,
	type DataQuality,
	type StartOptions
} from '$lib/engine/api';
import { CancelledError, InvalidRequestError, NoDataError } from '$lib/engine/errors';
import { fragment, queryOne, sql, type Db } from '$lib/engine/sql';
import type { TableImportReport } from '$lib/ingest/apply';
import type { ParsedFile } from '$lib/ingest/raw';
import { cleanAll, unmatchedRows } from '$lib/model/clean/clean';
import {
	defaultCleaningSettings,
	settingProblems,
	type CleaningSettings
} from '$lib/model/clean/settings';
import { buildLineage } from '$lib/model/lineage';
import { columnQuality, monthCoverage } from '$lib/model/quality';
import { ImportSession } from '$lib/ingest/session';
import { TABLE_NAMES, type CanonicalTable } from '$lib/model/schema';
import { profileOverview, type ProfileTable } from '$lib/profile/overview';
import { scoreSessions, type ScoreReport } from '$lib/emotion/score-sessions';
import { emotionSummary } from '$lib/emotion/summary';
import { clusterTrend } from '$lib/value/trend';
import { defaultScenarioRules, parseRules, type ScenarioRule } from '$lib/scenario/rules';
import { profileScenarios } from '$lib/scenario/summary';
import { buildCustomerEmotion, detectTouchTables, profileTouchpoints } from '$lib/touchpoints';
import { defaultValueSettings } from '$lib/value/settings';
import { textAnalyzer } from './emotion';
import { nightCities, nightDensity, profilePage2 } from '$lib/profile2';
import { filterWhere, type ProfileFilter } from '$lib/profile2/filter';
import type { BubbleGroup } from '$lib/profile2/bubble';
import type { NightHours } from '$lib/profile2/night';
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import { toCsv, toXlsx } from '$lib/export/table-file';
import { clusterNames, segmentLabel } from '$lib/value/describe';
import { valueProblems, type ValueSettings } from '$lib/value/settings';
import {
	chooseK,
	customerList,
	LIST_COLUMNS,
	runValue,
	type ListSelector,
	type ValueResult
} from '$lib/value/value';
import { DEFAULT_WEIGHT_EDGES } from '$lib/profile/weight-bands';
import { loadSample } from '$lib/sample/load';
import { openDuckDb, type OpenedDuckDb } from './duckdb';
import { browserParquetReader } from './parquet';
import type { ProjectUiState } from '$lib/engine/api';
import {
	activate,
	createProject,
	deactivate,
	estimateSaveBytes,
	exportProject,
	importProject,
	projectStore,
	restoreProject,
	saveProject,
	snapshotOf,
	uiState,
	type EngineData
} from './projects';

let opening: Promise<{ duck: OpenedDuckDb; startMs: number }> | null = null;
let session: ImportSession | null = null;
let settings: CleaningSettings | null = null;
let cleaning: CleaningState | null = null;
/** What the last file import produced, for lineage (null for sample data). */
let imported: { files: ParsedFile[]; tables: TableImportReport[] } | null = null;
let current: DatasetSummary | null = null;
let job: AbortController | null = null;
/** Which filters `profile_filtered` holds, and for which cleaning (stale once that changes). */
let filtered: { key: string; on: CleaningState | null; segments: unknown } | null = null;

/**
 * The table a cross-filtered profile reads. The filtered parcels are copied once per filter set
 * (about 0.3 s per million rows) so every chart's SQL stays the same and values stay parameters.
 */
async function profileSource(db: Db, filters: readonly ProfileFilter[]): Promise<ProfileTable> {
	if (filters.length === 0) return 'waybills';
	const key = JSON.stringify(filters);
	// Segment and cluster filters read the value analysis' tables: a new analysis invalidates too.
	if (filtered?.key !== key || filtered.on !== cleaning || filtered.segments !== value) {
		await db.query(
			sql`CREATE OR REPLACE TEMP TABLE profile_filtered AS SELECT * FROM waybills WHERE ${filterWhere(filters)}`
		);
		filtered = { key, on: cleaning, segments: value };
	}
	return 'profile_filtered';
}
const fromTable = (t: ProfileTable) =>
	t === 'profile_filtered' ? fragment`profile_filtered` : fragment`waybills`;

/** The scenario rules in force (edited on the emotion page). */
let scenarioRules: ScenarioRule[] = defaultScenarioRules();

/** Which cleaning the session_emotion table was scored on. */
let scored: { report: ScoreReport | null; on: CleaningState | null } | null = null;

/** Scores the service texts unless this cleaning's are scored already. */
async function ensureScored(
	db: Db,
	signal: AbortSignal,
	onProgress?: (p: Progress) => void
): Promise<ScoreReport | null> {
	if (scored && scored.on === cleaning) return scored.report;
	const report = await scoreSessions(db, await textAnalyzer(), {
		signal,
		onProgress: (p) => onProgress?.({ phase: 'score', done: p.done, total: p.total, unit: 'texts' })
	});
	scored = { report, on: cleaning };
	return report;
}

/** The last value analysis and the cleaning it ran on (its tables are stale once that changes). */
let value: {
	result: ValueResult | null;
	settings: ValueSettings;
	on: CleaningState | null;
} | null = null;

function duck() {
	opening ??= (async () => {
		const t0 = performance.now();
		const duck = await openDuckDb();
		return { duck, startMs: performance.now() - t0 };
	})();
	return opening;
}

/** Each table's main date, for month coverage. */
const DATE_COLUMNS: Record<CanonicalTable, string> = {
	waybills: 'order_time',
	service_sessions: 'created_at',
	payments: 'paid_at',
	customers: 'registered_at',
	tracking_events: 'event_time'
};

async function runCleaning(db: Db): Promise<CleaningState> {
	if (!settings) throw new InvalidRequestError('cleaning settings missing: start() first');
	const report = await cleanAll(db, settings);
	cleaning = { settings, report, lineage: buildLineage(report, imported) };
	return cleaning;
}

const cleanRows = (clean: CleaningState) =>
	Object.fromEntries(Object.entries(clean.report.rows).map(([t, r]) => [t, r.after]));

async function imports(): Promise<ImportSession> {
	const { duck: d } = await duck();
	session ??= new ImportSession({ db: d.api, parquet: browserParquetReader });
	return session;
}

/** Calls `report` at most every 100 ms (and always for the final value). */
function throttled(report: ((p: Progress) => void) | undefined) {
	let last = 0;
	return (p: Progress) => {
		const now = performance.now();
		if (!report || (now - last < 100 && p.done !== p.total)) return;
		last = now;
		// Fire and forget: the UI acknowledging a progress tick must not slow the job.
		void Promise.resolve(report(p)).catch(() => undefined);
	};
}

/** Runs one job at a time; a new job cancels the one before. */
async function exclusive<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
	job?.abort(new CancelledError());
	const controller = new AbortController();
	job = controller;
	try {
		return await run(controller.signal);
	} catch (e) {
		if (controller.signal.aborted) throw new CancelledError();
		throw e;
	} finally {
		if (job === controller) job = null;
	}
}

/** The engine state a project save stores, read when its snapshot starts. */
const engineData = (): EngineData => ({ settings, imported, dataset: current });

/** Waits until no job runs, so a table save starts between imports, never halfway through one. */
async function jobDone(): Promise<void> {
	while (job) await new Promise((r) => setTimeout(r, 50));
}

const api = {
	async start(opts: StartOptions): Promise<EngineInfo> {
		settings ??= defaultCleaningSettings(opts.today, opts.salt);
		const { duck: d, startMs } = await duck();
		return { duckdb: d.info.version, bundle: d.info.bundle, startMs };
	},

	async dataset() {
		return current;
	},

	async generateSample(req: SampleRequest, onProgress?: (p: Progress) => void) {
		const size = Math.floor(req.waybills);
		if (!Number.isFinite(size) || size < SAMPLE_LIMITS.min || size > SAMPLE_LIMITS.max) {
			throw new InvalidRequestError(`sample size out of range: ${req.waybills}`);
		}
		if (!Number.isInteger(req.seed)) throw new InvalidRequestError(`invalid seed: ${req.seed}`);
		// The job exists from the first moment, so a cancel while DuckDB is still starting counts.
		return exclusive(async (signal) => {
			const { duck: d } = await duck();
			signal.throwIfAborted();
			const progress = throttled(onProgress);
			const report = await loadSample(d.api, {
				seed: req.seed,
				waybills: size,
				signal,
				onProgress: (p) => progress({ phase: 'generate', unit: 'waybills', ...p })
			});
			imported = null;
			const clean = await runCleaning(d.api);
			current = {
				id: `sample-${req.seed}-${size}`,
				source: { kind: 'sample', seed: req.seed, size },
				rows: cleanRows(clean),
				timings: { ...report.timings, clean: clean.report.timings.total ?? 0 }
			};
			return current;
		});
	},

	async addFiles(files: File[], onProgress?: (p: Progress) => void) {
		const session = await imports();
		return exclusive((signal) =>
			session.add(
				files.map((file) => ({ file, name: file.name })),
				{ signal, onProgress: throttled(onProgress) }
			)
		);
	},

	async importState() {
		return (await imports()).state();
	},

	async removeFile(fileId: number) {
		return (await imports()).remove(fileId);
	},

	async assignFile(fileId: number, table: CanonicalTable | null) {
		return (await imports()).assign(fileId, table);
	},

	async chooseSheet(fileId: number, sheet: string, onProgress?: (p: Progress) => void) {
		const session = await imports();
		return exclusive((signal) =>
			session.chooseSheet(fileId, sheet, { signal, onProgress: throttled(onProgress) })
		);
	},

	async suggestMapping(table: CanonicalTable) {
		return (await imports()).suggest(table);
	},

	async applyImport(request: ApplyRequest): Promise<ApplyResult> {
		const session = await imports();
		const { duck: d } = await duck();
		return exclusive(async () => {
			const t0 = performance.now();
			const result = await session.apply(request.mappings, request.options);
			if (result.issues.some((i) => i.severity === 'error')) {
				return { dataset: current, tables: result.tables, issues: result.issues };
			}
			const parsed = TABLE_NAMES.flatMap((t) => session.assignedTo(t)).map((e) => e.parsed);
			const files = parsed.map((p) => ({
				name: p.name,
				bytes: p.size,
				fingerprint: p.fingerprint
			}));
			imported = { files: parsed, tables: result.tables };
			const c0 = performance.now();
			const clean = await runCleaning(d.api);
			const cleanMs = performance.now() - c0;
			current = {
				id: `files-${files
					.map((f) => f.fingerprint.slice(0, 6))
					.join('')
					.slice(0, 24)}`,
				source: { kind: 'files', files },
				rows: cleanRows(clean),
				timings: { clean: cleanMs, total: performance.now() - t0 }
			};
			return { dataset: current, tables: result.tables, issues: result.issues };
		});
	},

	async quarantine(table: CanonicalTable, limit: number) {
		return (await imports()).quarantine(table, Math.min(Math.max(1, limit), 1000));
	},

	async cleaning() {
		return cleaning;
	},

	async applyCleaning(next: CleaningSettings) {
		if (!current) throw new NoDataError();
		const problems = settingProblems(next);
		if (problems.length > 0) {
			throw new InvalidRequestError(`cleaning settings invalid: ${problems.join(', ')}`);
		}
		const { duck: d } = await duck();
		return exclusive(async () => {
			settings = next;
			const clean = await runCleaning(d.api);
			current = current && { ...current, rows: cleanRows(clean) };
			return clean;
		});
	},

	async dataQuality(table: CanonicalTable): Promise<DataQuality> {
		if (!current) throw new NoDataError();
		const { duck: d } = await duck();
		const dateColumn = DATE_COLUMNS[table];
		const repairs = imported?.tables.find((r) => r.table === table)?.repairs ?? [];
		const columns = (await columnQuality(d.api, table)).map((c) => ({
			...c,
			repairs: repairs
				.filter((r) => r.field === c.column)
				.map((r) => ({ kind: r.kind, count: r.count }))
		}));
		return {
			table,
			columns,
			months: dateColumn ? await monthCoverage(d.api, table, dateColumn) : []
		};
	},

	async unmatched(table: 'service_sessions' | 'payments', limit: number) {
		if (!current) throw new NoDataError();
		const { duck: d } = await duck();
		return unmatchedRows(d.api, table, limit);
	},

	async cancel() {
		job?.abort(new CancelledError());
	},

	async profileOverview(weightEdges?: number[], filters: ProfileFilter[] = []) {
		if (!current) throw new NoDataError();
		const { duck: d } = await duck();
		const table = await profileSource(d.api, filters);
		const o = await profileOverview(d.api, weightEdges ?? DEFAULT_WEIGHT_EDGES, table);
		const dto: ProfileOverviewDto = {
			...o,
			hourWeekday: tableToIPC(o.hourWeekday, 'stream'),
			weightBands: tableToIPC(o.weightBands, 'stream')
		};
		return Comlink.transfer(dto, [dto.hourWeekday.buffer, dto.weightBands.buffer] as ArrayBuffer[]);
	},

	async profileDetails(
		options: { night: NightHours; bubbleGroup: BubbleGroup },
		filters: ProfileFilter[]
	) {
		if (!current) throw new NoDataError();
		const { duck: d } = await duck();
		const from = fromTable(await profileSource(d.api, filters));
		return profilePage2(d.api, { night: options.night, bubbleGroup: options.bubbleGroup, from });
	},

	async nightCities(province: string, night: NightHours, filters: ProfileFilter[]) {
		if (!current) throw new NoDataError();
		const { duck: d } = await duck();
		const from = fromTable(await profileSource(d.api, filters));
		return nightCities(d.api, province, night, from);
	},

	async nightDensity(night: NightHours, filters: ProfileFilter[]) {
		if (!current) throw new NoDataError();
		const { duck: d } = await duck();
		const from = fromTable(await profileSource(d.api, filters));
		return nightDensity(d.api, night, 0.1, from);
	},

	async valueAnalysis(next: ValueSettings) {
		if (!current) throw new NoDataError();
		const problems = valueProblems(next);
		if (problems.length > 0) {
			throw new InvalidRequestError(`value settings invalid: ${problems.join(', ')}`);
		}
		const { duck: d } = await duck();
		return exclusive(async () => {
			const result = await runValue(d.api, next);
			value = { result, settings: next, on: cleaning };
			return result;
		});
	},

	async chooseK(next: ValueSettings) {
		if (!current) throw new NoDataError();
		if (valueProblems(next).length > 0) throw new InvalidRequestError('value settings invalid');
		const { duck: d } = await duck();
		return exclusive(async () => {
			if (!value || value.on !== cleaning) await runValue(d.api, next);
			return chooseK(d.api, next);
		});
	},

	async exportCustomers(sel: ListSelector, format: 'csv' | 'xlsx', locale: Locale) {
		if (!current) throw new NoDataError();
		if (!value) throw new InvalidRequestError('run the value analysis first');
		const { duck: d } = await duck();
		return exclusive(async () => {
			// The segment tables belong to the cleaning they were built on; rebuild when it changed.
			if (value && value.on !== cleaning) {
				value = {
					result: await runValue(d.api, value.settings),
					settings: value.settings,
					on: cleaning
				};
			}
			const t = (key: MessageKey, params?: Record<string, string | number>) =>
				translate(locale, key, params);
			const names = clusterNames(t, value?.result?.clusters?.clusters ?? []);
			const headers = Object.fromEntries(
				LIST_COLUMNS.map((c) => [c, t(`value.col.${c}` as MessageKey)])
			) as Record<(typeof LIST_COLUMNS)[number], string>;
			const list = await customerList(d.api, sel, headers, (scheme, id) =>
				scheme === 'cluster' ? (names[Number(id)] ?? id) : segmentLabel(t, scheme, id)
			);
			const bytes = format === 'csv' ? toCsv(list) : toXlsx(list);
			return Comlink.transfer({ bytes, rows: list.rows.length, format }, [
				bytes.buffer as ArrayBuffer
			]);
		});
	},

	async setScenarioRules(rules: ScenarioRule[]) {
		if (!current) throw new NoDataError();
		const { rules: checked, problems } = parseRules(rules);
		if (!checked)
			throw new InvalidRequestError(
				`scenario rules invalid: ${problems.map((p) => p.code).join(', ')}`
			);
		const { duck: d } = await duck();
		return exclusive(async () => {
			scenarioRules = checked;
			return profileScenarios(d.api, checked, { asOf: value?.result?.window.asOf ?? null });
		});
	},

	async clusterTrend(asOf: string, months: number) {
		if (!current) throw new NoDataError();
		if (!value?.result?.clusters) return [];
		const { duck: d } = await duck();
		return clusterTrend(d.api, asOf, months);
	},

	async emotion(onProgress?: (p: Progress) => void) {
		if (!current) throw new NoDataError();
		const { duck: d } = await duck();
		const report = throttled(onProgress);
		return exclusive(async (signal) => {
			const r = await ensureScored(d.api, signal, report);
			// Claim churn needs the business cycle from the value analysis; run it if it has not.
			if (!value || value.on !== cleaning) {
				const settings = value?.settings ?? defaultValueSettings();
				value = { result: await runValue(d.api, settings), settings, on: cleaning };
			}
			const asOf = value.result?.window.asOf ?? null;
			const scenarios = await profileScenarios(d.api, scenarioRules, { asOf });
			const touchpoints = await profileTouchpoints(d.api, {
				churnDays: value.result?.thresholds.used.seed.recencyAlertDays ?? null,
				asOf
			});
			if (r)
				await buildCustomerEmotion(d.api, await detectTouchTables(d.api), {
					asOf,
					windowStart: value.result?.window.windowStart ?? null
				});
			return {
				report: r,
				summary: r ? await emotionSummary(d.api) : null,
				scenarios,
				touchpoints
			};
		});
	},

	// Projects: the store and the heavy lifting are in ./projects; these keep the engine in step.
	async projects() {
		return (await projectStore()).list();
	},

	async projectCreate(name: string, ui: ProjectUiState) {
		const { duck: d } = await duck();
		await jobDone();
		const { meta, doc } = await createProject(snapshotOf(d.db), engineData, name, ui);
		if (!current) throw new NoDataError();
		// The data belongs to the project now: the project's id is the dataset's (and the URL's).
		current = { ...current, id: meta.id };
		return { meta, dataset: current, ui: uiState(doc), migratedFrom: null };
	},

	async projectSave(id: string, ui: ProjectUiState, opts: { tables: boolean }) {
		const { duck: d } = await duck();
		if (opts.tables) await jobDone();
		const meta = await saveProject(snapshotOf(d.db), engineData, id, ui, opts);
		// Data saved into a project (a re-import) goes by the project's id from now on.
		if (opts.tables && current) current = { ...current, id };
		return meta;
	},

	async projectSaveBytes() {
		const { duck: d } = await duck();
		return estimateSaveBytes(d.api, engineData());
	},

	async projectOpen(id: string) {
		if (!settings) throw new InvalidRequestError('cleaning settings missing: start() first');
		const fallback = settings;
		const { duck: d } = await duck();
		return exclusive(async (signal) => {
			const p = await restoreProject(d.api, id, fallback, signal);
			// The tables are the project's from here on (the import session's raw tables went too).
			current = null;
			session = null;
			deactivate();
			settings = p.settings;
			imported = p.imported;
			const c0 = performance.now();
			const clean = await runCleaning(d.api);
			current = {
				...p.dataset,
				id: p.meta.id,
				rows: cleanRows(clean),
				timings: { restore: p.restoreMs, clean: performance.now() - c0 }
			};
			activate(p.meta.id, p.doc);
			return { meta: p.meta, dataset: current, ui: uiState(p.doc), migratedFrom: p.migratedFrom };
		});
	},

	async projectClose() {
		deactivate();
	},

	async projectRename(id: string, name: string) {
		return (await projectStore()).rename(id, name);
	},

	async projectDuplicate(id: string, name: string) {
		return (await projectStore()).duplicate(id, name);
	},

	async projectDelete(id: string) {
		await (await projectStore()).remove(id);
		deactivate(id);
	},

	async projectExport(id: string, opts: { dropPii: boolean; appVersion: string }) {
		const { duck: d } = await duck();
		return exportProject(snapshotOf(d.db), id, opts);
	},

	async projectMarkBackedUp(id: string) {
		return (await projectStore()).markBackedUp(id);
	},

	async projectImport(file: Blob) {
		return importProject(file);
	},

	async memory() {
		const { duck: d } = await duck();
		const m = await queryOne<{ bytes: number | null }>(
			d.api,
			sql`SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory()`
		);
		return { duckdbBytes: m.bytes ?? 0 };
	}
} satisfies EngineApi;

Comlink.expose(api);

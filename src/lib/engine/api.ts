// The one contract between the UI and the engine worker. Both sides import it; the worker's
// implementation `satisfies EngineApi`. Tables cross as Arrow IPC bytes, small results as plain
// objects (structured clone keeps nothing but data).

import type { ImportOptions, TableImportReport } from '$lib/ingest/apply';
import type { DataIssue } from '$lib/ingest/issues';
import type { ParsedFile } from '$lib/ingest/raw';
import type { TableMapping } from '$lib/ingest/suggest';
import type { CleaningReport } from '$lib/model/clean/clean';
import type { CleaningSettings } from '$lib/model/clean/settings';
import type { TableLineage } from '$lib/model/lineage';
import type { ColumnQuality, MonthCoverage } from '$lib/model/quality';
import type { CanonicalTable } from '$lib/model/schema';
import type { HourPeak } from '$lib/profile/peaks';
import type { Kpis, WeightStory } from '$lib/profile/overview';
import type { Locale } from '$lib/i18n';
import type { ScoreReport } from '$lib/emotion/score-sessions';
import type { ClusterShareTrend } from '$lib/value/trend';
import type { ScenarioRule } from '$lib/scenario/rules';
import type { ScenarioProfile } from '$lib/scenario/summary';
import type { Touchpoints } from '$lib/touchpoints';
import type { EmotionSummary } from '$lib/emotion/summary';
import type { Profile2 } from '$lib/profile2';
import type { ProfileFilter } from '$lib/profile2/filter';
import type { BubbleGroup } from '$lib/profile2/bubble';
import type { DensityCell, NightHours, NightRow } from '$lib/profile2/night';
import type { KScore } from '$lib/value/clusters/quality';
import type { ValueSettings } from '$lib/value/settings';
import type { ListSelector, ValueResult } from '$lib/value/value';
import type { ProjectMeta } from '$lib/storage/projects';

/** What is running inside the worker. */
export interface EngineInfo {
	duckdb: string;
	bundle: 'eh' | 'mvp';
	/** Milliseconds the engine took to start DuckDB. */
	startMs: number;
}

/** Progress of a long job; `total` null when unknown. */
export interface Progress {
	phase: 'generate' | 'read' | 'convert' | 'score';
	done: number;
	total: number | null;
	unit: 'waybills' | 'bytes' | 'rows' | 'texts';
	/** The file being read, when reading files. */
	file?: string;
	/** 1-based position of that file among the files being read. */
	fileIndex?: number;
	fileCount?: number;
}

export type DatasetSource =
	| { kind: 'sample'; seed: number; size: number }
	| { kind: 'files'; files: { name: string; bytes: number; fingerprint: string }[] };

/** The data currently loaded in the engine. */
export interface DatasetSummary {
	/** Stable id for the URL: the same sample or file gives the same id. */
	id: string;
	source: DatasetSource;
	/** Rows per canonical table. */
	rows: Record<string, number>;
	/** Stage timings of the load, in ms. */
	timings: Record<string, number>;
}

/** Bounds of the sample generator, enforced by the worker. */
export const SAMPLE_LIMITS = { min: 1_000, max: 10_000_000 } as const;

export interface SampleRequest {
	seed: number;
	waybills: number;
}

/** A column of an imported file, with a few of its values for the mapping table. */
export interface ColumnView {
	name: string;
	samples: string[];
}

/** An imported file as the import page shows it. */
export interface ImportFileView extends Omit<ParsedFile, 'columns'> {
	columns: ColumnView[];
	/** The table the user (or the suggestion) assigned; null when not imported. */
	assigned: CanonicalTable | null;
	suggested: CanonicalTable;
	/** Id of the file with the same content dropped earlier, if any. */
	duplicateOf: number | null;
}

export interface ImportState {
	files: ImportFileView[];
}

export interface ApplyRequest {
	mappings: TableMapping[];
	options?: ImportOptions;
}

export interface ApplyResult {
	/** The new dataset, or null when nothing could be loaded (the previous data is kept). */
	dataset: DatasetSummary | null;
	tables: TableImportReport[];
	issues: DataIssue[];
}

/** Quarantined rows for inspection: position, reason and the raw text of each mapped field. */
export interface QuarantineRows {
	table: CanonicalTable;
	total: number;
	rows: Record<string, string | number | null>[];
}

/** Profile overview with its tables as Arrow IPC streams. */
export interface ProfileOverviewDto {
	kpis: Kpis;
	/** Arrow IPC: weekday, hour, waybills, revenue. */
	hourWeekday: Uint8Array;
	/** Arrow IPC: band, lower, upper, waybills, revenue, waybill_share, revenue_share. */
	weightBands: Uint8Array;
	peaks: HourPeak[];
	busiestWeekday: number | null;
	weightStory: WeightStory | null;
	unweighed: number;
	timings: Record<string, number>;
}

/** The cleaning in force: its settings, what each rule did, and the lineage it produced. */
export interface CleaningState {
	settings: CleaningSettings;
	report: CleaningReport;
	lineage: TableLineage[];
}

export interface DataQuality {
	table: CanonicalTable;
	columns: ColumnQuality[];
	/** Rows per month of the table's main date. */
	months: MonthCoverage[];
}

/** What the UI supplies when the engine starts: the engine itself never reads a clock. */
export interface StartOptions {
	/** The browser's local date, YYYY-MM-DD (for the "order in the future" rule). */
	today: string;
	/** Per-project salt for phone pseudonymisation. */
	salt: string;
}

export type ListFormat = 'csv' | 'xlsx';

/** A customer list ready to download. */
export interface CustomerListFile {
	bytes: Uint8Array;
	rows: number;
	format: ListFormat;
}

export interface EngineMemory {
	/** Bytes DuckDB reports in use (buffer manager). */
	duckdbBytes: number;
}

export interface EngineApi {
	/** Starts DuckDB (once) and reports what runs. */
	start(opts: StartOptions): Promise<EngineInfo>;
	/** The dataset currently loaded, if any. */
	dataset(): Promise<DatasetSummary | null>;
	/** Generates sample data in the worker, replacing the current dataset. */
	generateSample(req: SampleRequest, onProgress?: (p: Progress) => void): Promise<DatasetSummary>;
	/** Reads dropped files into raw tables and suggests a table for each. */
	addFiles(files: File[], onProgress?: (p: Progress) => void): Promise<ImportState>;
	importState(): Promise<ImportState>;
	removeFile(fileId: number): Promise<ImportState>;
	/** Assigns a file to a canonical table (null: leave it out). */
	assignFile(fileId: number, table: CanonicalTable | null): Promise<ImportState>;
	/** Re-reads an XLSX file from another sheet. */
	chooseSheet(
		fileId: number,
		sheet: string,
		onProgress?: (p: Progress) => void
	): Promise<ImportState>;
	/** A mapping suggestion for a table from the columns of its assigned files. */
	suggestMapping(table: CanonicalTable): Promise<TableMapping>;
	/** Builds the canonical tables from the assigned files and mappings. */
	applyImport(request: ApplyRequest, onProgress?: (p: Progress) => void): Promise<ApplyResult>;
	/** The first quarantined rows of a table. */
	quarantine(table: CanonicalTable, limit: number): Promise<QuarantineRows>;
	/** The cleaning in force, or null before any data is loaded. */
	cleaning(): Promise<CleaningState | null>;
	/** Re-runs cleaning with new settings (after a load, cleaning runs with the current ones). */
	applyCleaning(settings: CleaningSettings): Promise<CleaningState>;
	/** Column quality and month coverage of a clean table. */
	dataQuality(table: CanonicalTable): Promise<DataQuality>;
	/** Rows whose customer could not be found. */
	unmatched(
		table: 'service_sessions' | 'payments',
		limit: number
	): Promise<
		{
			key: string;
			waybill_id: string | null;
			phone_masked: string | null;
			at: string | null;
			_file_id: number | null;
			_line: number | null;
		}[]
	>;
	/** Cancels the running job; its promise rejects with a CancelledError. */
	cancel(): Promise<void>;
	/**
	 * Headline figures and the first two charts; `weightEdges` are band upper edges in kg;
	 * `filters` narrow the parcels (cross-filter).
	 */
	profileOverview(weightEdges?: number[], filters?: ProfileFilter[]): Promise<ProfileOverviewDto>;
	/** 谁在寄 / 怎么寄 breakdowns, night shipping, the Sankey and the bubbles, cross-filtered. */
	profileDetails(
		options: { night: NightHours; bubbleGroup: BubbleGroup },
		filters: ProfileFilter[]
	): Promise<Profile2>;
	/** Night parcels per city of one province (the map's drill-down). */
	nightCities(province: string, night: NightHours, filters: ProfileFilter[]): Promise<NightRow[]>;
	/** Grid cells of night orders for the dot map; null without coordinates. */
	nightDensity(night: NightHours, filters: ProfileFilter[]): Promise<DensityCell[] | null>;
	/** Customer features, RFM, the three schemes, clusters and the golden number; null without data in the window. */
	valueAnalysis(settings: ValueSettings): Promise<ValueResult | null>;
	/** Elbow and silhouette for k = 2…10 on a seeded sample. */
	chooseK(settings: ValueSettings): Promise<KScore[]>;
	/** One segment or cluster of the last value analysis as a CSV (UTF-8 BOM) or XLSX file. */
	exportCustomers(sel: ListSelector, format: ListFormat, locale: Locale): Promise<CustomerListFile>;
	/**
	 * Sentiment and complaint types of every service text (scored once per cleaning, in the
	 * worker), what they add up to, scenario tags and touchpoints.
	 */
	emotion(onProgress?: (p: Progress) => void): Promise<EmotionResult>;
	/** Each cluster's parcel share in the last `months` months before as_of and the months before. */
	clusterTrend(asOf: string, months: number): Promise<ClusterShareTrend[]>;
	/** Replaces the scenario rules (validated) and re-tags; returns the new scenario profile. */
	setScenarioRules(rules: ScenarioRule[]): Promise<ScenarioProfile>;
	memory(): Promise<EngineMemory>;
	// Projects (saved in IndexedDB by the worker, next to DuckDB; see workers/projects.ts).
	/** Saved projects, the most recently used first. */
	projects(): Promise<ProjectMeta[]>;
	/** Saves the loaded data as a new project; it becomes the open one and lends the dataset its id. */
	projectCreate(name: string, ui: ProjectUiState): Promise<OpenedProjectView>;
	/** Saves the open project: its document, and its tables too with `tables`. */
	projectSave(id: string, ui: ProjectUiState, opts: { tables: boolean }): Promise<ProjectMeta>;
	/** About how many bytes a save with tables would write now (for the quota check). */
	projectSaveBytes(): Promise<number>;
	/** Replaces the loaded data with a saved project's (no file is read again) and cleans it. */
	projectOpen(id: string): Promise<OpenedProjectView>;
	/** Leaves the open project (the data stays loaded) so the next load starts a new one. */
	projectClose(): Promise<void>;
	projectRename(id: string, name: string): Promise<ProjectMeta>;
	projectDuplicate(id: string, name: string): Promise<ProjectMeta>;
	projectDelete(id: string): Promise<void>;
	/** A saved project as a backup file, in parts for `new Blob(parts)` (transferred). */
	projectExport(id: string, opts: BackupRequest): Promise<Uint8Array[]>;
	/** Records that a backup of the project was saved. */
	projectMarkBackedUp(id: string): Promise<ProjectMeta>;
	/** Creates a project from a backup file; the file is checked before anything is stored. */
	projectImport(file: Blob): Promise<ProjectMeta>;
}

// ------------------------------------------------------------------------------------ projects

/**
 * What the page contributes to a project's document; the worker adds the cleaning settings in
 * force and the import lineage.
 */
export interface ProjectUiState {
	value: ValueSettings | null;
	/** The edited report (its page owns the shape). */
	report: unknown;
	/** Settings other pages registered, by key. */
	extras: Record<string, unknown>;
	/** The mappings just applied (a save right after an import); absent: keep the saved ones. */
	mappings?: TableMapping[];
}

/** A project as it is open in the engine. */
export interface OpenedProjectView {
	meta: ProjectMeta;
	/** The loaded data, with the project's id. */
	dataset: DatasetSummary;
	ui: ProjectUiState;
	/** The schema version the document was migrated from, if it was. */
	migratedFrom: number | null;
}

export interface BackupRequest {
	/** Pseudonymise phones, mask names and drop value samples (see storage/backup.ts). */
	dropPii: boolean;
	/** Recorded in the backup, for support. */
	appVersion: string;
}

export interface EmotionResult {
	/** Null without service sessions (scenarios and the damage analysis still run). */
	report: ScoreReport | null;
	summary: EmotionSummary | null;
	scenarios: ScenarioProfile;
	touchpoints: Touchpoints;
}

// The one contract between the UI and the engine worker. Both sides import it; the worker's
// implementation `satisfies EngineApi`. Tables cross as Arrow IPC bytes, small results as plain
// objects (structured clone keeps nothing but data).

import type { CsvLoadReport } from '$lib/ingest/canonical-csv';
import type { HourPeak } from '$lib/profile/peaks';
import type { Kpis, WeightStory } from '$lib/profile/overview';

/** What is running inside the worker. */
export interface EngineInfo {
	duckdb: string;
	bundle: 'eh' | 'mvp';
	/** Milliseconds the engine took to start DuckDB. */
	startMs: number;
}

/** Progress of a long job; `total` null when unknown. */
export interface Progress {
	phase: 'generate' | 'read' | 'convert';
	done: number;
	total: number | null;
	unit: 'waybills' | 'bytes' | 'rows';
}

export type DatasetSource =
	{ kind: 'sample'; seed: number; size: number } | { kind: 'csv'; name: string; bytes: number };

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

export interface CsvLoadResult {
	report: CsvLoadReport;
	/** The new dataset, or null when the load failed (the previous data is then kept). */
	dataset: DatasetSummary | null;
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

export interface EngineMemory {
	/** Bytes DuckDB reports in use (buffer manager). */
	duckdbBytes: number;
}

export interface EngineApi {
	/** Starts DuckDB (once) and reports what runs. */
	start(): Promise<EngineInfo>;
	/** The dataset currently loaded, if any. */
	dataset(): Promise<DatasetSummary | null>;
	/** Generates sample data in the worker, replacing the current dataset. */
	generateSample(req: SampleRequest, onProgress?: (p: Progress) => void): Promise<DatasetSummary>;
	/** Loads a UTF-8 CSV of waybills with canonical headers, replacing the current dataset. */
	loadWaybillCsv(file: File, onProgress?: (p: Progress) => void): Promise<CsvLoadResult>;
	/** Cancels the running job; its promise rejects with a CancelledError. */
	cancel(): Promise<void>;
	/** Headline figures and the first two charts; `weightEdges` are band upper edges in kg. */
	profileOverview(weightEdges?: number[]): Promise<ProfileOverviewDto>;
	memory(): Promise<EngineMemory>;
}

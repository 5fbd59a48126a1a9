import * as Comlink from 'comlink';
import { tableFromIPC, type Table, type TypeMap } from 'apache-arrow';
import type { EngineApi } from './api';

/** The engine as the UI sees it: every call is async and runs in the worker. */
export type Engine = Comlink.Remote<EngineApi>;

/** Starts the engine worker. Vite bundles it (and DuckDB) as same-origin files. */
export function createEngine(): Engine {
	const worker = new Worker(new URL('../../../workers/engine.worker.ts', import.meta.url), {
		type: 'module',
		name: 'parcellens-engine'
	});
	return Comlink.wrap<EngineApi>(worker);
}

/** Wraps a callback so the worker can call it (progress reports). */
export const callback = <T extends (...args: never[]) => unknown>(fn: T) => Comlink.proxy(fn);

/** Decodes an Arrow IPC stream from the worker. */
export const table = <T extends TypeMap>(bytes: Uint8Array): Table<T> => tableFromIPC<T>(bytes);

// parquet-wasm in the browser: its wasm file is bundled by Vite (same origin, no CDN) and
// instantiated on first use, so sessions without Parquet files never pay for it.
import initParquet, { ParquetFile } from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetReader } from '$lib/ingest/parquet';

let ready: Promise<unknown> | null = null;

export const browserParquetReader: ParquetReader = {
	async *batches(file: Blob, batchRows: number) {
		ready ??= initParquet({ module_or_path: new URL(wasmUrl, self.location.href) });
		await ready;
		// stream() takes ownership of the ParquetFile on the Rust side: no free() afterwards.
		const parquet = await ParquetFile.fromFile(file);
		const stream = await parquet.stream({ batchSize: batchRows });
		const reader = stream.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			// intoIPCStream() consumes the batch's wasm memory too.
			yield (value as { intoIPCStream(): Uint8Array }).intoIPCStream();
		}
	}
};

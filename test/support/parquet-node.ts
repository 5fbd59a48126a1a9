// parquet-wasm's Node build behind the ParquetReader interface the worker implements in the
// browser, plus a writer for fixtures.
import * as pq from 'parquet-wasm/node';
import type { ParquetReader } from '../../src/lib/ingest/parquet';

export const nodeParquetReader: ParquetReader = {
	async *batches(file: Blob, batchRows: number) {
		const table = pq.readParquet(new Uint8Array(await file.arrayBuffer()), {
			batchSize: batchRows
		});
		for (let i = 0; i < table.numBatches; i++) {
			const batch = table.recordBatch(i);
			if (batch) yield batch.intoIPCStream();
		}
	}
};

/** Parquet bytes from an Arrow IPC stream. */
export function writeParquetFromIpc(ipc: Uint8Array): Uint8Array {
	return pq.writeParquet(pq.Table.fromIPCStream(ipc));
}

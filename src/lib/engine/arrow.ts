// Arrow tables from generated columns without Arrow's Builder classes: those compile their null
// checks with `new Function`, which the app's CSP (no 'unsafe-eval') rightly refuses.

import {
	Float64,
	Int16,
	Int32,
	Int8,
	Table,
	Uint8,
	Utf8,
	makeData,
	makeVector,
	tableToIPC,
	type Vector
} from 'apache-arrow';

type NumberArray = Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array;
export type ColumnValues = NumberArray | readonly (string | null)[];

/** A Utf8 vector from strings (null for missing), built directly from offsets and bytes. */
export function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
	const encoder = new TextEncoder();
	const encoded = values.map((v) => (v == null ? null : encoder.encode(v)));
	const offsets = new Int32Array(values.length + 1);
	let size = 0;
	encoded.forEach((bytes, i) => {
		size += bytes?.length ?? 0;
		offsets[i + 1] = size;
	});
	const data = new Uint8Array(size);
	encoded.forEach((bytes, i) => {
		if (bytes) data.set(bytes, offsets[i]!);
	});
	const nullCount = encoded.filter((b) => b === null).length;
	let nullBitmap: Uint8Array | undefined;
	if (nullCount > 0) {
		nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
		encoded.forEach((b, i) => {
			if (b !== null) nullBitmap![i >> 3]! |= 1 << (i & 7);
		});
	}
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount,
			nullBitmap,
			valueOffsets: offsets,
			data
		})
	);
}

function numberVector(values: NumberArray): Vector {
	const type =
		values instanceof Float64Array
			? new Float64()
			: values instanceof Int32Array
				? new Int32()
				: values instanceof Int16Array
					? new Int16()
					: values instanceof Int8Array
						? new Int8()
						: new Uint8();
	return makeVector(
		makeData({ type, length: values.length, data: values } as Parameters<typeof makeData>[0])
	);
}

/** An Arrow IPC stream from named columns of typed arrays or strings. */
export function columnsToIpc(columns: Record<string, ColumnValues>): Uint8Array {
	const vectors: Record<string, Vector> = {};
	for (const [name, values] of Object.entries(columns)) {
		vectors[name] = ArrayBuffer.isView(values)
			? numberVector(values as NumberArray)
			: utf8Vector(values as (string | null)[]);
	}
	return tableToIPC(new Table(vectors), 'stream');
}

// Arrow tables from generated columns without Arrow's Builder classes: those compile their null
// checks with `new Function`, which the app's CSP (no 'unsafe-eval') rightly refuses.

import {
	Dictionary,
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

/** Codes into a list of labels (code -1 = null): sent as an Arrow dictionary, read as VARCHAR. */
export interface DictionaryColumn {
	codes: Int8Array | Int16Array | Int32Array;
	labels: readonly string[];
}

export type ColumnValues = NumberArray | readonly (string | null)[] | DictionaryColumn;

export const dictionary = (
	codes: DictionaryColumn['codes'],
	labels: readonly string[]
): DictionaryColumn => ({ codes, labels });

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

function validity(codes: DictionaryColumn['codes']): {
	nullCount: number;
	nullBitmap?: Uint8Array;
} {
	let nullCount = 0;
	for (const c of codes) if (c < 0) nullCount++;
	if (nullCount === 0) return { nullCount };
	const nullBitmap = new Uint8Array(Math.ceil(codes.length / 8));
	codes.forEach((c, i) => {
		if (c >= 0) nullBitmap[i >> 3]! |= 1 << (i & 7);
	});
	return { nullCount, nullBitmap };
}

function dictionaryVector({ codes, labels }: DictionaryColumn): Vector {
	const indexType =
		codes instanceof Int8Array
			? new Int8()
			: codes instanceof Int16Array
				? new Int16()
				: new Int32();
	const { nullCount, nullBitmap } = validity(codes);
	// Always a fresh index buffer: null slots need a valid index, and two dictionary columns
	// sharing one index buffer (city and province from the same codes) make DuckDB-WASM's IPC
	// insert create no table, without an error.
	const indices = nullCount > 0 ? codes.map((c) => (c < 0 ? 0 : c)) : codes.slice();
	return makeVector(
		makeData({
			type: new Dictionary(new Utf8(), indexType),
			length: codes.length,
			nullCount,
			nullBitmap,
			data: indices,
			dictionary: utf8Vector(labels)
		} as Parameters<typeof makeData>[0])
	);
}

const isDictionary = (v: ColumnValues): v is DictionaryColumn => 'codes' in v && 'labels' in v;

/** An Arrow IPC stream from named columns of typed arrays, strings or dictionary codes. */
export function columnsToIpc(columns: Record<string, ColumnValues>): Uint8Array {
	const vectors: Record<string, Vector> = {};
	for (const [name, values] of Object.entries(columns)) {
		vectors[name] = ArrayBuffer.isView(values)
			? numberVector(values as NumberArray)
			: isDictionary(values)
				? dictionaryVector(values)
				: utf8Vector(values);
	}
	return tableToIPC(new Table(vectors), 'stream');
}

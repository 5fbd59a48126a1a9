// Growable typed columns: the generator writes rows into these, and each flush hands Arrow
// exact-length typed arrays (no per-row objects, so millions of rows stay cheap).

type TypedArray = Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array;

/** A column of numbers, handed over as a typed array. */
export interface NumberColumn<T extends TypedArray> {
	readonly length: number;
	push(v: number): void;
	/** Returns the filled part as a new array and empties the column. */
	take(): T;
}

// Rows accumulate in plain arrays (Array.prototype.push is a fast builtin for any element kind)
// and become typed arrays at flush. A generic typed-array column sees five array kinds at one
// store site and goes megamorphic in V8: that cost ~45% of generation time.
function columnOf<T extends TypedArray>(ctor: { new (values: ArrayLike<number>): T }) {
	return class implements NumberColumn<T> {
		private data: number[] = [];

		get length(): number {
			return this.data.length;
		}

		push(v: number): void {
			this.data.push(v);
		}

		take(): T {
			const out = new ctor(this.data);
			this.data = [];
			return out;
		}
	};
}

const F64 = columnOf(Float64Array);
const I32 = columnOf(Int32Array);
const I16 = columnOf(Int16Array);
const I8 = columnOf(Int8Array);
const U8 = columnOf(Uint8Array);

/** A column of nullable strings. */
export class StringColumn {
	private data: (string | null)[] = [];

	get length(): number {
		return this.data.length;
	}

	push(v: string | null): void {
		this.data.push(v);
	}

	take(): (string | null)[] {
		const out = this.data;
		this.data = [];
		return out;
	}
}

export const f64 = (): NumberColumn<Float64Array> => new F64();
export const i32 = (): NumberColumn<Int32Array> => new I32();
export const i16 = (): NumberColumn<Int16Array> => new I16();
export const i8 = (): NumberColumn<Int8Array> => new I8();
export const u8 = (): NumberColumn<Uint8Array> => new U8();
export const str = () => new StringColumn();

/** Empties every column of a column group into plain arrays, keyed like the group. */
export function takeAll<G extends Record<string, NumberColumn<TypedArray> | StringColumn>>(
	group: G
): { [K in keyof G]: ReturnType<G[K]['take']> } {
	const out: Record<string, unknown> = {};
	for (const [k, col] of Object.entries(group)) out[k] = col.take();
	return out as { [K in keyof G]: ReturnType<G[K]['take']> };
}

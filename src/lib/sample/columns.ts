// Growable typed columns: the generator writes rows into these, and each flush hands Arrow
// exact-length typed arrays (no per-row objects, so millions of rows stay cheap).

type TypedArray = Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array;
type TypedCtor<T extends TypedArray> = { new (n: number): T };

/** A column of numbers backed by a typed array that doubles when full. */
export class NumberColumn<T extends TypedArray> {
	private data: T;
	length = 0;

	constructor(
		private readonly ctor: TypedCtor<T>,
		capacity = 1024
	) {
		this.data = new ctor(capacity);
	}

	push(v: number): void {
		if (this.length === this.data.length) {
			const bigger = new this.ctor(this.data.length * 2);
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.length++] = v;
	}

	/** Returns the filled part as a new array and empties the column. */
	take(): T {
		const out = this.data.slice(0, this.length) as T;
		this.length = 0;
		return out;
	}
}

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

export const f64 = () => new NumberColumn(Float64Array);
export const i32 = () => new NumberColumn(Int32Array);
export const i16 = () => new NumberColumn(Int16Array);
export const i8 = () => new NumberColumn(Int8Array);
export const u8 = () => new NumberColumn(Uint8Array);
export const str = () => new StringColumn();

/** Empties every column of a column group into plain arrays, keyed like the group. */
export function takeAll<G extends Record<string, NumberColumn<TypedArray> | StringColumn>>(
	group: G
): { [K in keyof G]: ReturnType<G[K]['take']> } {
	const out: Record<string, unknown> = {};
	for (const [k, col] of Object.entries(group)) out[k] = col.take();
	return out as { [K in keyof G]: ReturnType<G[K]['take']> };
}

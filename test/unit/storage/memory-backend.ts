// An in-memory StorageBackend that behaves like IndexedDB where the protocol cares (values are
// copied in and out, a commit is all or nothing) and can fail on demand: `fail` runs before
// every operation and may throw (a crash, a closed tab, a quota error).
import { StorageError, type ProjectHead, type StorageBackend } from '$lib/storage/projects';

export type Op = 'putPart' | 'getPart' | 'commit' | 'deleteGeneration' | 'generations' | 'heads';

export class MemoryBackend implements StorageBackend {
	readonly headStore = new Map<string, ProjectHead>();
	readonly parts = new Map<string, Uint8Array>();
	/** Throw from here to make an operation fail before it changes anything. */
	fail: ((op: Op, detail: string) => void) | null = null;
	/** Bytes of parts allowed; a put beyond it fails like a full disk. */
	quota = Infinity;
	/** How quota failures arrive (browsers differ). */
	quotaError: () => unknown = () => new DOMException('quota exceeded', 'QuotaExceededError');
	readonly calls: Op[] = [];

	private check(op: Op, detail = '') {
		this.calls.push(op);
		this.fail?.(op, detail);
	}

	get bytes(): number {
		let n = 0;
		for (const p of this.parts.values()) n += p.length;
		return n;
	}

	generationsOf(id: string): string[] {
		return [
			...new Set(
				[...this.parts.keys()]
					.map((k) => JSON.parse(k) as string[])
					.filter((k) => k[0] === id)
					.map((k) => k[1]!)
			)
		];
	}

	async heads() {
		this.check('heads');
		return [...this.headStore.values()].map((h) => structuredClone(h));
	}

	async head(id: string) {
		const h = this.headStore.get(id);
		return h ? structuredClone(h) : undefined;
	}

	async commit(
		id: string,
		change: (current: ProjectHead | undefined) => ProjectHead | null | undefined,
		require?: { generation: string; parts: number }
	) {
		this.check('commit', id);
		if (require) {
			const n = [...this.parts.keys()].filter((k) => {
				const [pid, gen] = JSON.parse(k) as string[];
				return pid === id && gen === require.generation;
			}).length;
			if (n < require.parts) throw new StorageError('incomplete', `${n} of ${require.parts}`);
		}
		const current = this.headStore.get(id);
		const next = change(current ? structuredClone(current) : undefined);
		if (next === null) this.headStore.delete(id);
		else if (next) this.headStore.set(id, structuredClone(next));
	}

	async putPart(id: string, generation: string, part: string, data: Uint8Array) {
		this.check('putPart', `${generation}/${part}`);
		const key = JSON.stringify([id, generation, part]);
		if (this.bytes - (this.parts.get(key)?.length ?? 0) + data.length > this.quota)
			throw this.quotaError();
		this.parts.set(key, data.slice());
	}

	async getPart(id: string, generation: string, part: string) {
		this.check('getPart', `${generation}/${part}`);
		return this.parts.get(JSON.stringify([id, generation, part]))?.slice();
	}

	async generations(id?: string) {
		this.check('generations');
		const seen = new Map<string, { id: string; generation: string }>();
		for (const k of this.parts.keys()) {
			const [pid, generation] = JSON.parse(k) as [string, string];
			if (id === undefined || pid === id)
				seen.set(`${pid}\n${generation}`, { id: pid, generation });
		}
		return [...seen.values()];
	}

	async deleteGeneration(id: string, generation: string) {
		this.check('deleteGeneration', generation);
		for (const k of [...this.parts.keys()]) {
			const [pid, gen] = JSON.parse(k) as string[];
			if (pid === id && gen === generation) this.parts.delete(k);
		}
	}
}

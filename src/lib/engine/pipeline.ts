/**
 * Keeps one DuckDB job in flight while this thread prepares the next: `submit` waits for the
 * previous job, then starts the new one without waiting for it. `settle` waits for the last.
 * A failure surfaces at the next `submit` or `settle`.
 */
export class Pipeline {
	private inflight: Promise<void> | null = null;
	/** Milliseconds spent waiting for DuckDB (time it was not overlapped with our work). */
	waitMs = 0;

	async submit(job: () => Promise<void>): Promise<void> {
		await this.settle();
		const p = job();
		// Until the next settle() a rejection must not count as unhandled.
		p.catch(() => undefined);
		this.inflight = p;
	}

	async settle(): Promise<void> {
		const p = this.inflight;
		if (!p) return;
		const t0 = performance.now();
		try {
			await p;
		} finally {
			if (this.inflight === p) this.inflight = null;
			this.waitMs += performance.now() - t0;
		}
	}

	/** True while a job runs (worth yielding to the event loop for). */
	get busy(): boolean {
		return this.inflight !== null;
	}
}

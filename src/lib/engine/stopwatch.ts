/**
 * Stage timings for a multi-step computation: `timed('stage', run)` runs a step and records its
 * milliseconds in `timings` (also when it throws), which the pages and the bench report.
 */
export function stopwatch() {
	const timings: Record<string, number> = {};
	const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
		const t0 = performance.now();
		try {
			return await run();
		} finally {
			timings[name] = performance.now() - t0;
		}
	};
	return { timings, timed };
}

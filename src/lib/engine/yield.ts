/**
 * Resolves after the event loop has had a turn (a macrotask), so messages from other threads
 * (DuckDB's worker, a cancel from the UI) are handled. MessageChannel, not setTimeout: nested
 * timeouts are clamped to 4 ms each.
 */
export function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => {
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(null);
	});
}

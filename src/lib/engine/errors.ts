// Errors that cross the worker boundary keep only name, message and stack (Comlink), so each
// class sets `name` and the UI tells them apart by it.

/** The user cancelled the running job. */
export class CancelledError extends Error {
	override name = 'CancelledError';
	constructor(message = 'cancelled') {
		super(message);
	}
}

/** A request the engine refuses (bad size, no data loaded…); the message says which. */
export class InvalidRequestError extends Error {
	override name = 'InvalidRequestError';
}

/** No dataset is loaded in the engine. */
export class NoDataError extends Error {
	override name = 'NoDataError';
	constructor(message = 'no dataset loaded') {
		super(message);
	}
}

const nameOf = (e: unknown) =>
	typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';

export const isCancelled = (e: unknown) =>
	nameOf(e) === 'CancelledError' || nameOf(e) === 'AbortError';
export const isNoData = (e: unknown) => nameOf(e) === 'NoDataError';

/** Message keys the UI has for engine failures. */
export type FailureKey =
	'error.cancelled' | 'error.noData' | 'error.invalidRequest' | 'error.engine';

/** A failure as the UI keeps it: an i18n key plus the technical detail. */
export interface Failure {
	key: FailureKey;
	detail: string;
}

/** The single place that decides how an engine error is worded. */
export function toFailure(e: unknown): Failure {
	const detail = e instanceof Error ? e.message : String(e);
	if (isCancelled(e)) return { key: 'error.cancelled', detail };
	if (isNoData(e)) return { key: 'error.noData', detail };
	if (nameOf(e) === 'InvalidRequestError') return { key: 'error.invalidRequest', detail };
	return { key: 'error.engine', detail };
}

import type { Locale } from '$lib/i18n';

/** A moment as the projects list shows it: the time alone when it is today, else date and time. */
export function formatWhen(ms: number, locale: Locale, now = Date.now()): string {
	const at = new Date(ms);
	const today = new Date(now).toDateString() === at.toDateString();
	return new Intl.DateTimeFormat(
		locale,
		today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }
	).format(at);
}

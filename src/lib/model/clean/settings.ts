// What cleaning does, as the analyst can see and change it on the data page. Every rule has a
// switch; thresholds are explicit numbers, never hidden constants.

export interface CleaningSettings {
	/** Keep one row per waybill number (the most complete; later files win ties). */
	removeDuplicates: boolean;
	/** Exclude waybills whose fee is missing, zero or negative (refunds, adjustments). */
	excludeNonPositiveFees: boolean;
	/** Exclude waybills with a fee above this (yuan); null: no upper limit. */
	maxFee: number | null;
	/** Clear weights that are zero, negative or above maxWeightKg (the row stays). */
	clearBadWeights: boolean;
	maxWeightKg: number;
	/**
	 * Orders outside this window are excluded. 'auto' takes the run of nearby months holding
	 * most rows, then trims edge months below minMonthShare of its median month.
	 */
	dateWindow:
		| { mode: 'auto'; minMonthShare: number }
		| { mode: 'fixed'; start: string; end: string }
		| { mode: 'off' };
	/** Exclude orders after `today` (a date the browser supplies; the engine never reads a clock). */
	excludeFuture: boolean;
	today: string;
	/** Clear sign and pickup times earlier than the order time (the row stays). */
	clearTimesBeforeOrder: boolean;
	/** Normalise province and city names (广东/粤/guangdong → 广东省) and fill provinces from cities. */
	normalizeRegions: boolean;
	/** Customer IDs of test or internal accounts to exclude; a trailing * matches a prefix. */
	testAccounts: string[];
	/** Per-project salt for pseudonymising phone numbers (hex). */
	salt: string;
	/** Keep raw phone numbers and names in the clean tables (off by default). */
	keepRawPii: boolean;
}

/** Defaults: every rule on, thresholds a courier analyst would start from. */
export function defaultCleaningSettings(today: string, salt: string): CleaningSettings {
	return {
		removeDuplicates: true,
		excludeNonPositiveFees: true,
		maxFee: 5000,
		clearBadWeights: true,
		maxWeightKg: 200,
		dateWindow: { mode: 'auto', minMonthShare: 0.05 },
		excludeFuture: true,
		today,
		clearTimesBeforeOrder: true,
		normalizeRegions: true,
		testAccounts: [],
		salt,
		keepRawPii: false
	};
}

/** A random hex salt (crypto.getRandomValues works on plain-http hosts too). */
export function newSalt(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A setting the engine cannot use, named by its field. */
export type SettingProblem =
	'maxFee' | 'maxWeightKg' | 'dateWindow' | 'today' | 'salt' | 'testAccounts';

const isDate = (s: unknown): s is string =>
	typeof s === 'string' &&
	/^\d{4}-\d{2}-\d{2}$/.test(s) &&
	!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
	new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const positive = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;

/** What is wrong with settings as typed (empty when they can be applied). */
export function settingProblems(s: CleaningSettings): SettingProblem[] {
	const out: SettingProblem[] = [];
	if (s.maxFee !== null && !positive(s.maxFee)) out.push('maxFee');
	if (!positive(s.maxWeightKg)) out.push('maxWeightKg');
	const w = s.dateWindow;
	if (
		(w.mode === 'auto' &&
			!(typeof w.minMonthShare === 'number' && w.minMonthShare >= 0 && w.minMonthShare <= 1)) ||
		(w.mode === 'fixed' && !(isDate(w.start) && isDate(w.end) && w.start <= w.end))
	)
		out.push('dateWindow');
	if (!isDate(s.today)) out.push('today');
	if (!/^[0-9a-f]{8,64}$/.test(s.salt)) out.push('salt');
	if (
		!Array.isArray(s.testAccounts) ||
		s.testAccounts.length > 1000 ||
		s.testAccounts.some((a) => typeof a !== 'string' || a.trim() === '' || a.length > 100)
	)
		out.push('testAccounts');
	return out;
}

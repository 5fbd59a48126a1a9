// Pieces shared by the emotion-touchpoint (情绪触点) analyses and the scenario summary: which
// optional tables exist, and what makes a service session "a complaint of type X".
//
// A session is a complaint of type X when its category maps to X (延误 → delay …) OR the text
// analysis (`session_emotion.types`, when that table exists) found X in its text. Without
// `session_emotion` only the category counts, so every query here runs either way.

import {
	constant,
	constantTuple,
	fragment,
	ident,
	join,
	queryOne,
	queryRows,
	sql,
	type Db,
	type SqlFragment
} from '$lib/engine/sql';
import type { MessageKey, MessageParams } from '$lib/i18n';
import type { zh } from '$lib/i18n/messages/areas/touchpoints';

/** Complaint types, as the text analysis names them. */
export const TOUCH_TYPES = ['delay', 'damage', 'loss', 'claim', 'attitude', 'fee'] as const;
export type TouchType = (typeof TOUCH_TYPES)[number];

/** Service-session category → complaint type (咨询 and 表扬 are not complaints). */
export const CATEGORY_OF_TYPE: Readonly<Record<TouchType, string>> = {
	delay: '延误',
	damage: '破损',
	loss: '丢件',
	claim: '理赔',
	attitude: '态度',
	fee: '费用'
};

/** Which optional tables the analyses can read. */
export interface TouchTables {
	/** Clean `service_sessions`. */
	sessions: boolean;
	/** `session_emotion` with session_id, sentiment, label and types. */
	emotion: boolean;
	/** Clean `tracking_events`. */
	tracking: boolean;
	/** `customer_features` with a frequency column (from the value analysis). */
	features: boolean;
	/** `service_sessions.claim_amount` exists (a claimed amount marks a claim). */
	claimAmount: boolean;
}

/** What the session queries can read: the sessions, the text analysis, claim amounts. */
export interface SessionTables {
	present: boolean;
	emotion: boolean;
	claimAmount?: boolean;
}

/** The session part of `TouchTables`. */
export const sessionTables = (t: TouchTables): SessionTables => ({
	present: t.sessions,
	emotion: t.emotion,
	claimAmount: t.claimAmount
});

async function columns(db: Db, table: string): Promise<Set<string>> {
	const rows = await queryRows<{ name: string }>(
		db,
		sql`SELECT column_name AS name FROM duckdb_columns() WHERE table_name = ${table}`
	);
	return new Set(rows.map((r) => r.name.toLowerCase()));
}

/**
 * True when `table` has all `names` as columns and at least one row: the import creates every
 * canonical table, so an empty one means "not imported" and the page says what would unlock it.
 */
async function usable(db: Db, table: string, names: readonly string[]): Promise<boolean> {
	const cols = await columns(db, table);
	if (!names.every((n) => cols.has(n))) return false;
	const { ok } = await queryOne<{ ok: boolean }>(
		db,
		// `table` is one of the fixed names below, found in the catalogue above.
		sql`SELECT EXISTS (SELECT 1 FROM ${ident(table)}) AS ok`
	);
	return ok;
}

/**
 * Looks the optional tables up, with the columns the queries need, so a half-written or older
 * `session_emotion` is treated as absent rather than failing the page.
 */
export async function detectTouchTables(db: Db): Promise<TouchTables> {
	const sessions = await usable(db, 'service_sessions', [
		'session_id',
		'customer_key',
		'waybill_id',
		'created_at',
		'category'
	]);
	return {
		sessions,
		// Only with sessions: the text analysis is joined onto them.
		emotion:
			sessions &&
			(await usable(db, 'session_emotion', ['session_id', 'sentiment', 'label', 'types'])),
		tracking: await usable(db, 'tracking_events', ['waybill_id', 'event_time', 'event']),
		features: await usable(db, 'customer_features', ['customer_key', 'frequency']),
		claimAmount: sessions && (await columns(db, 'service_sessions')).has('claim_amount')
	};
}

/**
 * "Session s is a complaint of type X" over `service_sessions AS s` (and `session_emotion AS e`
 * when `emotion`). Types and categories are program constants. A claim is also any session with
 * a claimed amount (a 破损 or 丢件 complaint that asks for compensation is a claim too).
 */
export function isType(type: TouchType, t: SessionTables): SqlFragment {
	const tests = [fragment`s.category = ${constant(CATEGORY_OF_TYPE[type])}`];
	if (t.emotion) tests.push(fragment`list_contains(e.types, ${constant(type)})`);
	if (type === 'claim' && t.claimAmount) tests.push(fragment`s.claim_amount > 0`);
	return fragment`coalesce(${join(tests, ' OR ')}, false)`;
}

/**
 * Any complaint: a complaint category, or (with the text analysis) any complaint type in the
 * text, `other` included — a negative text that names no known type is still a complaint.
 */
export function isComplaint(t: SessionTables): SqlFragment {
	const tests = [fragment`s.category IN ${constantTuple(Object.values(CATEGORY_OF_TYPE))}`];
	if (t.emotion) tests.push(fragment`len(e.types) > 0`);
	if (t.claimAmount) tests.push(fragment`s.claim_amount > 0`);
	return fragment`coalesce(${join(tests, ' OR ')}, false)`;
}

/**
 * Every session with its complaint flags, as a subquery: session_id, customer_key, waybill_id,
 * created_at, first_response_at, resolved_at, category, is_complaint, is_<type> for each type,
 * sentiment and sentiment_label (NULL without the text analysis).
 */
export function sessionFlags(t: SessionTables): SqlFragment {
	const columns = join(
		TOUCH_TYPES.map((type) => fragment`${isType(type, t)} AS ${ident(`is_${type}`)}`)
	);
	return t.emotion
		? fragment`(SELECT s.session_id, s.customer_key, s.waybill_id, s.created_at,
				s.first_response_at, s.resolved_at, s.category,
				${isComplaint(t)} AS is_complaint, ${columns},
				e.sentiment, e.label AS sentiment_label
			FROM service_sessions AS s LEFT JOIN session_emotion AS e USING (session_id))`
		: fragment`(SELECT s.session_id, s.customer_key, s.waybill_id, s.created_at,
				s.first_response_at, s.resolved_at, s.category,
				${isComplaint(t)} AS is_complaint, ${columns},
				NULL::DOUBLE AS sentiment, NULL::VARCHAR AS sentiment_label
			FROM service_sessions AS s)`;
}

/**
 * as_of as YYYY-MM-DD: the given date, or the day after the last order (DESIGN.md). Null when
 * there are no orders and no date was given.
 */
export async function resolveAsOf(
	db: Db,
	asOf: string | null | undefined,
	from: SqlFragment
): Promise<string | null> {
	const r = await queryOne<{ as_of: string | null }>(
		db,
		sql`SELECT strftime(coalesce(${asOf ?? null}::DATE, max(order_time)::DATE + 1), '%Y-%m-%d') AS as_of
			FROM ${from}`
	);
	return r.as_of;
}

/** Message keys of this area (scenario.* and touch.*). */
export type TouchKey = keyof typeof zh;

/**
 * The translator the sentence and chart helpers take. The app's `t` fits once the area is wired
 * into the catalogue; tests can pass one over the area's own messages.
 */
export type TouchTranslate = (key: TouchKey | MessageKey, params?: MessageParams) => string;

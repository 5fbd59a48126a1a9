// One row per distinct phone number in the source tables: its pseudonym, its masked form and
// the customer ID it belongs to. Hashing and masking run once per number (tens of thousands),
// not once per row (millions), and every table joins this instead of hashing again.

import { constant, fragment, ident, join, sql, type Db, type SqlFragment } from '$lib/engine/sql';
import { sourceTable, type CanonicalTable } from '$lib/model/schema';
import { maskPhone } from './fragments';

export const PHONES = '_phones';

/** A value that already is a pseudonym (a saved project stores phones hashed, not raw). */
export const HASHED_PHONE = '^h[0-9a-f]{15}$';

/**
 * 'h' + 15 hex of SHA-256(salt ‖ phone): stable per project, useless without the salt. A value
 * that is already such a hash stays as it is, so a reopened project keeps its customer keys.
 */
export function phoneHash(phone: SqlFragment, salt: string): SqlFragment {
	if (!/^[0-9a-f]{8,64}$/.test(salt)) throw new Error('invalid salt');
	return fragment`CASE WHEN ${phone} IS NULL THEN NULL
		WHEN regexp_full_match(${phone}, ${constant(HASHED_PHONE)}) THEN ${phone}
		ELSE 'h' || left(sha256(${constant(salt)} || ${phone}), 15) END`;
}

/**
 * Writes `_phones` (phone, hash, masked, owner). The owner is the customer ID seen most often
 * with the number on waybills and customer records (ties: the smallest ID, so runs agree).
 */
export async function buildPhoneTable(
	db: Db,
	present: ReadonlySet<CanonicalTable>,
	salt: string
): Promise<void> {
	const src = (t: CanonicalTable) => ident(sourceTable(t));
	const numbers: SqlFragment[] = [];
	const withIds: SqlFragment[] = [];
	if (present.has('waybills')) {
		numbers.push(fragment`SELECT sender_phone AS phone FROM ${src('waybills')}`);
		withIds.push(fragment`SELECT sender_phone AS phone, customer_id FROM ${src('waybills')}`);
	}
	if (present.has('customers')) {
		numbers.push(fragment`SELECT phone FROM ${src('customers')}`);
		withIds.push(fragment`SELECT phone, customer_id FROM ${src('customers')}`);
	}
	// Sessions add numbers to hash but never decide an owner: a caller may ring about someone
	// else's parcel.
	if (present.has('service_sessions'))
		numbers.push(fragment`SELECT phone FROM ${src('service_sessions')}`);
	const none = fragment`SELECT NULL::VARCHAR AS phone, NULL::VARCHAR AS customer_id`;
	await db.query(sql`
		CREATE OR REPLACE TEMP TABLE ${ident(PHONES)} AS
		WITH numbers AS (
			SELECT DISTINCT phone FROM (${numbers.length ? join(numbers, ' UNION ALL ') : none}) WHERE phone IS NOT NULL
		),
		counted AS (
			SELECT phone, customer_id, count(*) AS n
			FROM (${withIds.length ? join(withIds, ' UNION ALL ') : none})
			WHERE phone IS NOT NULL AND customer_id IS NOT NULL GROUP BY ALL
		),
		owner AS (
			SELECT phone, first(customer_id ORDER BY n DESC, customer_id) AS owner FROM counted GROUP BY phone
		)
		SELECT numbers.phone, ${phoneHash(fragment`numbers.phone`, salt)} AS hash,
			${maskPhone(fragment`numbers.phone`)} AS masked, owner.owner
		FROM numbers LEFT JOIN owner USING (phone)`);
}

// Damage by item category, against the average ("3C数码 破损率是平均的 2.4 倍"). A waybill is
// damaged when its status is 破损 OR a service session about it is a damage complaint (category
// 破损, or the text analysis found damage) — customers often report damage the status never shows.

import {
	fragment,
	queryRows,
	sql,
	type Db,
	type SqlFragment,
	type SqlQuery
} from '$lib/engine/sql';
import {
	compareText,
	highestRate,
	labelOf,
	MIN_GROUP_PARCELS,
	UNKNOWN,
	WAYBILLS,
	type RateFinding
} from '$lib/profile2/common';
import { sessionFlags, type SessionTables } from './common';

/** What the query returns per category. */
export interface DamageCountRow {
	key: string;
	parcels: number;
	/** Status 破损. */
	status_damaged: number;
	/** With a damage complaint; 0 without sessions. */
	complaint_damaged: number;
	/** Either (each waybill once). */
	damaged: number;
}

/** A category with its rate and its ratio to the average. */
export interface DamageRow extends DamageCountRow {
	rate: number;
	/** rate / average rate of all known categories; null when that average is zero. */
	ratio: number | null;
	/** Below the minimum group size: shown, but never named in a sentence. */
	small: boolean;
}

export interface DamageProfile {
	rows: DamageRow[];
	/** Damaged / parcels over all known categories (the 1× line). */
	avgRate: number;
	finding: RateFinding | null;
	hasSessions: boolean;
	minParcels: number;
}

/** Damaged waybills per item category (NULL → 未知). */
export function damageByCategoryQuery(
	sessions: SessionTables,
	from: SqlFragment = WAYBILLS
): SqlQuery {
	const complained = sessions.present
		? fragment`(SELECT DISTINCT waybill_id FROM ${sessionFlags(sessions)}
				WHERE is_damage AND waybill_id IS NOT NULL)`
		: fragment`(SELECT NULL::VARCHAR AS waybill_id WHERE false)`;
	return sql`
		WITH d AS ${complained}
		SELECT ${labelOf('item_category')} AS key, count(*) AS parcels,
			count(*) FILTER (WHERE w.status = '破损') AS status_damaged,
			count(d.waybill_id) AS complaint_damaged,
			count(*) FILTER (WHERE w.status = '破损' OR d.waybill_id IS NOT NULL) AS damaged
		FROM ${from} AS w LEFT JOIN d USING (waybill_id)
		GROUP BY 1
		ORDER BY 1`;
}

/**
 * Rates and ratios (pure). The average covers every known category, small ones included, as in
 * profile2's `highestRate`, so the 1× line and the sentence agree. Sorted by rate, 未知 last.
 */
export function damageRows(
	counts: readonly DamageCountRow[],
	minParcels = MIN_GROUP_PARCELS
): { rows: DamageRow[]; avgRate: number } {
	const known = counts.filter((r) => r.key !== UNKNOWN);
	const parcels = known.reduce((s, r) => s + r.parcels, 0);
	const damaged = known.reduce((s, r) => s + r.damaged, 0);
	const avgRate = parcels > 0 ? damaged / parcels : 0;
	const rows = counts
		.filter((r) => r.parcels > 0)
		.map((r): DamageRow => {
			const rate = r.damaged / r.parcels;
			return {
				...r,
				rate,
				ratio: avgRate > 0 ? rate / avgRate : null,
				small: r.parcels < minParcels
			};
		})
		.sort(
			(a, b) =>
				Number(a.key === UNKNOWN) - Number(b.key === UNKNOWN) ||
				b.rate - a.rate ||
				b.parcels - a.parcels ||
				compareText(a.key, b.key)
		);
	return { rows, avgRate };
}

/** The damage view. */
export async function damageByCategory(
	db: Db,
	sessions: SessionTables,
	minParcels = MIN_GROUP_PARCELS,
	from: SqlFragment = WAYBILLS
): Promise<DamageProfile> {
	const counts = await queryRows<DamageCountRow>(db, damageByCategoryQuery(sessions, from));
	const { rows, avgRate } = damageRows(counts, minParcels);
	return {
		rows,
		avgRate,
		finding: highestRate(
			counts.map((r) => ({ key: r.key, count: r.damaged, total: r.parcels })),
			minParcels
		),
		hasSessions: sessions.present,
		minParcels
	};
}

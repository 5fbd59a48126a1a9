// City tiers for the profile: 一线 / 新一线 / 二线 / 三线, everything else 四线及以下.
//
// The tier of each city is NOT a second table: it comes from `CITIES` in regions.ts (第一财经·新一线
// 城市研究所 2023 城市商业魅力排行榜: 4 一线, 15 新一线 incl. 昆明, 30 二线, 70 三线), which is also what
// the cleaning step writes into `waybills.origin_city_tier`, so the data page and the profile never
// disagree. Two deliberate extras, inherited from regions.ts: 香港 and 台北 are tagged 一线, 澳门 二线
// (they are not ranked by 第一财经). The profile folds 四线 and 五线 into one bucket because the lower
// boundary of the ranking is the least reliable part of it.

import { constant, join, fragment, type SqlFragment } from '$lib/engine/sql';
import { CITIES, findCity } from './regions';

/** A city tier as the profile groups cities. */
export type TierBucket = '一线' | '新一线' | '二线' | '三线' | '四线及以下';

/** Tiers from highest to lowest. */
export const TIER_BUCKETS: readonly TierBucket[] = ['一线', '新一线', '二线', '三线', '四线及以下'];

/** Bucket of every known or unknown city below 三线. */
export const LOWER_TIERS: TierBucket = '四线及以下';

/** The group of parcels whose origin city is missing (not a tier; shown separately). */
export const UNKNOWN_TIER = '未知';

const RANKED = new Set<string>(['一线', '新一线', '二线', '三线']);

/** Full city name → tier, for the ranked cities only (everything else is LOWER_TIERS). */
const BY_NAME: ReadonlyMap<string, TierBucket> = new Map(
	CITIES.filter((c) => RANKED.has(c.tier)).map((c) => [c.name, c.tier as TierBucket])
);

/**
 * Lookup keys for SQL: the full name ('深圳市', as the cleaning writes it) and the short name
 * ('深圳', as raw exports often have it when region normalisation is switched off). Short names
 * of prefecture-level cities are unique and never equal another city's full name (checked in the
 * tests), so the two kinds of key cannot collide.
 */
export function tierKeys(): readonly { key: string; tier: TierBucket }[] {
	const keys: { key: string; tier: TierBucket }[] = [];
	for (const c of CITIES) {
		if (!RANKED.has(c.tier)) continue;
		keys.push({ key: c.name, tier: c.tier as TierBucket });
		if (c.short !== c.name) keys.push({ key: c.short, tier: c.tier as TierBucket });
	}
	return keys;
}

/** Names of the cities of one tier (full names), in the order of the reference table. */
export function citiesOfTier(tier: TierBucket): string[] {
	return [...BY_NAME].filter(([, t]) => t === tier).map(([name]) => name);
}

/**
 * Tier of a city as typed or cleaned ('深圳市', '深圳', '深圳 市'); null/blank → null (unknown),
 * anything not ranked → 四线及以下.
 */
export function cityTier(city: string | null | undefined): TierBucket | null {
	const name = city?.trim();
	if (!name) return null;
	const direct = BY_NAME.get(name);
	if (direct) return direct;
	const found = findCity(name);
	return (found && BY_NAME.get(found.name)) ?? LOWER_TIERS;
}

/** Sort position of a tier bucket (unknown last). */
export function tierRank(tier: string): number {
	const i = TIER_BUCKETS.indexOf(tier as TierBucket);
	return i === -1 ? TIER_BUCKETS.length : i;
}

/**
 * `(VALUES ('北京市', '一线'), …)` of the ranked cities (full and short names) as program
 * constants, to join as `LEFT JOIN ${cityTierValues()} AS ct(city, tier) ON ct.city = w.origin_city`.
 */
export function cityTierValues(): SqlFragment {
	const rows = tierKeys().map((k) => fragment`(${constant(k.key)}, ${constant(k.tier)})`);
	return fragment`(VALUES ${join(rows)})`;
}

/**
 * SQL expression giving the tier bucket of a city column, '未知' for NULL/blank. `column` is a
 * fragment naming a column from our own code (never user text). Uses a CASE over literal lists,
 * which DuckDB folds once, so it can sit inside GROUP BY without a join.
 */
export function cityTierExpression(column: SqlFragment): SqlFragment {
	const whens = (['一线', '新一线', '二线', '三线'] as const).map((tier) => {
		const names = tierKeys()
			.filter((k) => k.tier === tier)
			.map((k) => constant(k.key));
		return fragment`WHEN ${column} IN (${join(names)}) THEN ${constant(tier)}`;
	});
	return fragment`CASE WHEN nullif(trim(${column}), '') IS NULL THEN ${constant(UNKNOWN_TIER)} ${join(
		whens,
		' '
	)} ELSE ${constant(LOWER_TIERS)} END`;
}

// Province and city names as analysts' files spell them, resolved against the shipped
// reference table. Done in TypeScript over the distinct values (a few hundred), then joined in SQL.

import { columnsToIpc } from '$lib/engine/arrow';
import { fragment, ident, queryRows, sql, type Db } from '$lib/engine/sql';
import { findCity, normalizeProvince } from '$lib/reference/regions';

/** How a (province, city) pair was resolved. */
export type GeoStatus =
	'ok' | 'normalized' | 'from-city' | 'unknown-province' | 'unknown-city' | 'empty';

export interface GeoResolution {
	province: string | null;
	city: string | null;
	tier: string | null;
	status: GeoStatus;
}

/** Resolves one raw pair: the province by name, the city within it, a missing province from the city. */
export function resolveGeo(rawProvince: string | null, rawCity: string | null): GeoResolution {
	const p = rawProvince?.trim() || null;
	const c = rawCity?.trim() || null;
	if (!p && !c) return { province: null, city: null, tier: null, status: 'empty' };
	const province = p ? normalizeProvince(p) : null;
	const city = c ? (findCity(c, province ?? undefined) ?? (province ? null : findCity(c))) : null;
	if (p && !province) {
		return {
			province: p,
			city: city?.name ?? c,
			tier: city?.tier ?? null,
			status: 'unknown-province'
		};
	}
	if (c && !city) return { province: province ?? p, city: c, tier: null, status: 'unknown-city' };
	const resolvedProvince = province ?? city?.province ?? null;
	const status: GeoStatus =
		!p && city ? 'from-city' : province !== p || (c && city?.name !== c) ? 'normalized' : 'ok';
	return { province: resolvedProvince, city: city?.name ?? null, tier: city?.tier ?? null, status };
}

/** The lookup table's name for a source table. */
export const geoTable = (source: string) => `_geo_${source}`;

/**
 * Builds `_geo_<source>` (raw_province, raw_city → province, city, tier, status) from the distinct
 * pairs in the given columns of a table.
 */
export async function buildGeoLookup(
	db: Db,
	source: string,
	pairs: readonly [province: string | null, city: string | null][]
): Promise<void> {
	const distinct = new Map<string, [string | null, string | null]>();
	for (const [provinceCol, cityCol] of pairs) {
		const column = (name: string | null) => (name ? fragment`${ident(name)}` : fragment`NULL`);
		const rows = await queryRows<{ p: string | null; c: string | null }>(
			db,
			sql`SELECT DISTINCT ${column(provinceCol)}::VARCHAR AS p, ${column(cityCol)}::VARCHAR AS c
				FROM ${ident(source)}`
		);
		for (const r of rows) distinct.set(JSON.stringify([r.p, r.c]), [r.p, r.c]);
	}
	const entries = [...distinct.values()].map(([p, c]) => ({ p, c, r: resolveGeo(p, c) }));
	const ipc = columnsToIpc({
		raw_province: entries.map((e) => e.p),
		raw_city: entries.map((e) => e.c),
		province: entries.map((e) => e.r.province),
		city: entries.map((e) => e.r.city),
		tier: entries.map((e) => e.r.tier),
		status: entries.map((e) => e.r.status)
	});
	await db.query(sql`DROP TABLE IF EXISTS ${ident(geoTable(source))}`);
	await db.insertArrow(ipc, geoTable(source), { create: true });
}

// The 情绪触点 tab in one call for the worker: each analysis runs only when the tables it needs
// exist (null otherwise, so the page can say which file would unlock it), each timed.

import { stopwatch } from '$lib/engine/stopwatch';
import type { Db, SqlFragment } from '$lib/engine/sql';
import { MIN_GROUP_PARCELS, WAYBILLS } from '$lib/profile2/common';
import { claimChurn, type ClaimChurnProfile, type ResponseBy } from './claims';
import { detectTouchTables, sessionTables, type TouchTables } from './common';
import { damageByCategory, type DamageProfile } from './damage';
import { delayByRoute, type DelayRouteProfile } from './routes';
import { transitStays, type StayProfile } from './transit';

export { buildCustomerEmotion, customerEmotionQuery } from './customer-emotion';
export { detectTouchTables } from './common';

export interface TouchpointOptions {
	/**
	 * N for claim churn, in days: the value analysis's recency alert (thresholds.ts
	 * `seed.recencyAlertDays`). Null skips the claim analysis (no threshold yet).
	 */
	churnDays: number | null;
	/** YYYY-MM-DD; default the day after the last order. */
	asOf?: string | null;
	responseBy?: ResponseBy;
	/** Smallest group a key sentence may single out (default 30). */
	minParcels?: number;
	/** Smallest response bucket the claim sentence compares (default 30 customers). */
	minCustomers?: number;
	from?: SqlFragment;
	/** Reuse `waybill_stays` from the last call (only the filter changed). */
	reuseStays?: boolean;
}

export interface Touchpoints {
	tables: TouchTables;
	/** Needs service_sessions. */
	routes: DelayRouteProfile | null;
	/** Needs tracking_events (delay rates also need service_sessions). */
	transit: StayProfile | null;
	/** Always (damage complaints join in when service_sessions exist). */
	damage: DamageProfile;
	/** Needs service_sessions and a churn threshold. */
	claims: ClaimChurnProfile | null;
	timings: Record<string, number>;
}

/** Everything the tab shows. Throws on an invalid churn window. */
export async function profileTouchpoints(db: Db, options: TouchpointOptions): Promise<Touchpoints> {
	const from = options.from ?? WAYBILLS;
	const minParcels = options.minParcels ?? MIN_GROUP_PARCELS;
	const { timings, timed } = stopwatch();
	const tables = await detectTouchTables(db);
	const sessions = sessionTables(tables);
	const routes = tables.sessions
		? await timed('routes', () => delayByRoute(db, sessions, minParcels, from))
		: null;
	const transit = tables.tracking
		? await timed('transit', () =>
				transitStays(db, sessions, minParcels, from, options.reuseStays ?? false)
			)
		: null;
	const damage = await timed('damage', () => damageByCategory(db, sessions, minParcels, from));
	const claims =
		tables.sessions && options.churnDays !== null
			? await timed('claims', () =>
					claimChurn(
						db,
						sessions,
						{
							churnDays: options.churnDays!,
							asOf: options.asOf ?? null,
							responseBy: options.responseBy ?? 'resolved',
							from
						},
						options.minCustomers ?? MIN_GROUP_PARCELS
					)
				)
			: null;
	return { tables, routes, transit, damage, claims, timings };
}

// 谁在寄 (basic attributes): where senders are, which city tier, which ordering channel, what kind
// of customer, age and gender when the data has them, and coupon use by channel when payments
// were imported. Every aggregate is one GROUP BY over the clean `waybills`.

import {
	constant,
	queryRows,
	sql,
	type Db,
	type SqlQuery,
	type SqlFragment
} from '$lib/engine/sql';
import { tierRank } from '$lib/reference/city-tiers';
import {
	columnsOf,
	hasData,
	highestRate,
	mix,
	MIN_GROUP_PARCELS,
	topShare,
	UNKNOWN,
	type MixRow,
	type RateFinding,
	type TopFinding,
	WAYBILLS
} from './common';

/** Coupon use of the paid waybills of one ordering channel. */
export interface CouponRow {
	channel: string;
	/** Waybills with at least one payment row. */
	paid: number;
	/** Of those, waybills where any payment used a coupon. */
	with_coupon: number;
	coupon_share: number;
}

/** The leading provinces and the share of parcels they send together. */
export interface ConcentrationFinding {
	keys: string[];
	share: number;
}

export interface AttributeFindings {
	/** Province with most parcels. */
	topProvince: TopFinding | null;
	/** The top three provinces together. */
	concentration: ConcentrationFinding | null;
	/** City tier with the highest return share, against all tiers. */
	tierReturn: RateFinding | null;
	/** Channel with most parcels. */
	topChannel: TopFinding | null;
	/** Customer type with most revenue. */
	topCustomerType: TopFinding | null;
	/** Age band with most parcels. */
	topAgeBand: TopFinding | null;
	/** Channel whose paid waybills use coupons most, against all channels. */
	coupon: RateFinding | null;
}

export interface AttributeProfile {
	provinces: MixRow[];
	/** In tier order (一线 → 四线及以下, then 未知). */
	tiers: MixRow[];
	channels: MixRow[];
	customerTypes: MixRow[];
	/** Null when neither `age_band` nor `age` has a value. */
	ageBands: MixRow[] | null;
	/** Null when `gender` has no value. */
	genders: MixRow[] | null;
	/** Null without a `payments` table with `coupon_used` values. */
	couponByChannel: CouponRow[] | null;
	findings: AttributeFindings;
	/** The minimum group size (parcels) a finding may single out. */
	minParcels: number;
}

/**
 * Coupon share by ordering channel: payments are joined to waybills by waybill_id and folded to
 * one row per waybill first (a waybill paid in two parts counts once; it used a coupon when any
 * part did). Payments whose waybill is not in `waybills` are left out.
 */
export function couponByChannelQuery(from: SqlFragment = WAYBILLS): SqlQuery {
	return sql`
		WITH paid AS (
			SELECT waybill_id, bool_or(coalesce(coupon_used, false)) AS coupon
			FROM payments
			WHERE waybill_id IS NOT NULL
			GROUP BY waybill_id
		),
		w AS (
			SELECT DISTINCT ON (waybill_id) waybill_id,
				coalesce(nullif(trim(channel), ''), ${constant(UNKNOWN)}) AS channel
			FROM ${from}
		)
		SELECT w.channel, count(*) AS paid, count(*) FILTER (WHERE p.coupon) AS with_coupon,
			count(*) FILTER (WHERE p.coupon) / count(*) AS coupon_share
		FROM paid AS p JOIN w USING (waybill_id)
		GROUP BY w.channel
		ORDER BY paid DESC, channel`;
}

/** Coupon rows, or null when there is no payments table or no coupon flag in it. */
export async function couponByChannel(
	db: Db,
	from: SqlFragment = WAYBILLS
): Promise<CouponRow[] | null> {
	const cols = await columnsOf(db, 'payments');
	if (!cols.has('waybill_id') || !cols.has('coupon_used')) return null;
	if (!(await hasData(db, 'payments', 'coupon_used'))) return null;
	const rows = await queryRows<CouponRow>(db, couponByChannelQuery(from));
	return rows.length > 0 ? rows : null;
}

/** Sorts tier rows into tier order. */
export function sortTiers(rows: readonly MixRow[]): MixRow[] {
	return [...rows].sort((a, b) => tierRank(a.key) - tierRank(b.key));
}

/** Return share per tier, as rate groups (parcels with a known return flag as the base). */
const returnGroups = (rows: readonly MixRow[]) =>
	rows
		.filter((r) => r.return_share != null)
		.map((r) => ({ key: r.key, count: r.returns, total: r.return_known }));

/** The key sentences' facts, from the rows alone (pure). */
export function attributeFindings(
	p: Omit<AttributeProfile, 'findings' | 'minParcels'>,
	minParcels = MIN_GROUP_PARCELS
): AttributeFindings {
	const known = p.provinces.filter((r) => r.key !== UNKNOWN);
	const top3 = known.slice(0, 3);
	return {
		topProvince: topShare(p.provinces),
		concentration:
			known.length > 3
				? { keys: top3.map((r) => r.key), share: top3.reduce((s, r) => s + r.parcel_share, 0) }
				: null,
		tierReturn: highestRate(returnGroups(p.tiers), minParcels),
		topChannel: topShare(p.channels),
		topCustomerType: topShare(p.customerTypes, 'revenue_share'),
		topAgeBand: p.ageBands ? topShare(p.ageBands) : null,
		coupon: p.couponByChannel
			? highestRate(
					p.couponByChannel.map((c) => ({ key: c.channel, count: c.with_coupon, total: c.paid })),
					minParcels
				)
			: null
	};
}

/** Everything on the 谁在寄 tab. */
export async function profileAttributes(
	db: Db,
	minParcels = MIN_GROUP_PARCELS,
	from: SqlFragment = WAYBILLS
): Promise<AttributeProfile> {
	const optional = async (column: string, dim: 'age_band' | 'gender') => {
		const present =
			(await hasData(db, 'waybills', column)) ||
			(dim === 'age_band' && (await hasData(db, 'waybills', 'age')));
		return present ? mix(db, dim, undefined, from) : null;
	};
	const rows = {
		provinces: await mix(db, 'origin_province', undefined, from),
		tiers: sortTiers(await mix(db, 'city_tier', undefined, from)),
		channels: await mix(db, 'channel', undefined, from),
		customerTypes: await mix(db, 'customer_type', undefined, from),
		ageBands: await optional('age_band', 'age_band'),
		genders: await optional('gender', 'gender'),
		couponByChannel: await couponByChannel(db, from)
	};
	if (rows.ageBands) rows.ageBands.sort((a, b) => ageOrder(a.key) - ageOrder(b.key));
	return { ...rows, findings: attributeFindings(rows, minParcels), minParcels };
}

// Age bands read young → old on the chart; 未知 goes last.
const ageOrder = (band: string) => (band === UNKNOWN ? 999 : Number.parseInt(band, 10) || 998);

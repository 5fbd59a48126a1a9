// 怎么寄 (behaviour): how customers settle (月结 contracts against pay-as-you-go), what routes they
// ship (同城 / 省内 / 跨省) and which products they buy.

import { queryRows, sql, type Db, type SqlQuery, type SqlFragment } from '$lib/engine/sql';
import {
	labelOf,
	mix,
	MIN_GROUP_PARCELS,
	premiumGroup,
	topShare,
	UNKNOWN,
	type MixRow,
	type PremiumFinding,
	type TopFinding,
	compareText,
	WAYBILLS
} from './common';

/** Pay-as-you-go at the counter: the baseline the other settlement methods are compared with. */
export const PREPAID = '寄付现结';

/** One payment method: how many customers use it and how much each of them ships with it. */
export interface SettlementRow {
	method: string;
	/** Customers with at least one parcel paid this way (a customer may count under two methods). */
	customers: number;
	parcels: number;
	revenue: number;
	/** parcels / customers: parcels per customer paid this way over the whole data window. */
	per_customer: number;
	avg_fee: number | null;
	parcel_share: number;
	revenue_share: number;
}

/** The method whose customers ship most each, against 寄付现结. */
export interface SettlementFinding {
	method: string;
	perCustomer: number;
	prepaidPerCustomer: number;
	/** perCustomer / prepaidPerCustomer. */
	ratio: number;
}

export interface BehaviourFindings {
	settlement: SettlementFinding | null;
	/** Route type with most parcels. */
	topRoute: TopFinding | null;
	/** Route type paying most per parcel. */
	premiumRoute: PremiumFinding | null;
	/** Product with most revenue. */
	topProduct: TopFinding | null;
	/** Product paying most per parcel. */
	premiumProduct: PremiumFinding | null;
}

export interface BehaviourProfile {
	settlement: SettlementRow[];
	/** 同城 / 省内 / 跨省, then 未知 (origin or destination city missing). */
	routes: MixRow[];
	products: MixRow[];
	findings: BehaviourFindings;
	minParcels: number;
}

/** Parcels per customer by payment method (NULL → 未知), most parcels per customer first. */
export function settlementQuery(from: SqlFragment = WAYBILLS): SqlQuery {
	return sql`
		WITH g AS (
			SELECT ${labelOf('payment_method')} AS method,
				count(DISTINCT customer_key) AS customers,
				count(*) AS parcels,
				coalesce(sum(fee), 0) AS revenue,
				avg(fee) AS avg_fee
			FROM ${from}
			GROUP BY 1
		)
		SELECT method, customers, parcels, revenue,
			parcels / nullif(customers, 0) AS per_customer,
			avg_fee,
			parcels / sum(parcels) OVER () AS parcel_share,
			coalesce(revenue / nullif(sum(revenue) OVER (), 0), 0) AS revenue_share
		FROM g
		ORDER BY per_customer DESC, method`;
}

/**
 * The known method with the most parcels per customer, compared with 寄付现结. Null when there is
 * no 寄付现结, when 寄付现结 is itself the top, or when the top has fewer than `minParcels`.
 */
export function settlementFinding(
	rows: readonly SettlementRow[],
	minParcels = MIN_GROUP_PARCELS
): SettlementFinding | null {
	const prepaid = rows.find((r) => r.method === PREPAID);
	if (!prepaid || prepaid.per_customer <= 0) return null;
	const top = rows
		.filter((r) => r.method !== UNKNOWN && r.parcels >= minParcels)
		.sort((a, b) => b.per_customer - a.per_customer || compareText(a.method, b.method))[0];
	if (!top || top.method === PREPAID) return null;
	return {
		method: top.method,
		perCustomer: top.per_customer,
		prepaidPerCustomer: prepaid.per_customer,
		ratio: top.per_customer / prepaid.per_customer
	};
}

const ROUTE_ORDER = ['同城', '省内', '跨省'];

/** Everything on the 怎么寄 tab. */
export async function profileBehaviour(
	db: Db,
	minParcels = MIN_GROUP_PARCELS,
	from: SqlFragment = WAYBILLS
): Promise<BehaviourProfile> {
	const settlement = await queryRows<SettlementRow>(db, settlementQuery(from));
	const routes = (await mix(db, 'route_type', undefined, from)).sort(
		(a, b) => rank(ROUTE_ORDER, a.key) - rank(ROUTE_ORDER, b.key)
	);
	const products = await mix(db, 'product', undefined, from);
	return {
		settlement,
		routes,
		products,
		findings: behaviourFindings(settlement, routes, products, minParcels),
		minParcels
	};
}

/** The key sentences' facts (pure). */
export function behaviourFindings(
	settlement: readonly SettlementRow[],
	routes: readonly MixRow[],
	products: readonly MixRow[],
	minParcels = MIN_GROUP_PARCELS
): BehaviourFindings {
	return {
		settlement: settlementFinding(settlement, minParcels),
		topRoute: topShare(routes),
		premiumRoute: premiumGroup(routes, minParcels),
		topProduct: topShare(products, 'revenue_share'),
		premiumProduct: premiumGroup(products, minParcels)
	};
}

const rank = (order: readonly string[], key: string) => {
	const i = order.indexOf(key);
	return i === -1 ? order.length : i;
};

// The seeded sample generator: a year of waybills for a Chinese courier, with the customers who
// sent them, their customer-service sessions and their payments. Pure and deterministic: the same
// seed and size give the same rows on every machine. Output is columnar (codes and typed arrays);
// src/lib/sample/load.ts turns the codes into the canonical tables inside DuckDB.

import { CITIES, type City } from '$lib/reference/regions';
import { ITEM_CATEGORIES, PRODUCTS } from '$lib/model/vocab';
import {
	AGE_BAND_RANGES,
	AGE_BAND_SHARES,
	ARCHETYPES,
	CATEGORY_WEIGHT,
	CHANNELS_BY_AGE,
	SELLER_PROVINCE_BOOST,
	type Archetype
} from './archetypes';
import {
	DAY_MS,
	DAYS,
	HOUR_MS,
	YEAR_START_MS,
	dayWeights,
	monthOf,
	type WeekShape
} from './calendar';
import { f64, i16, i32, i8, str, takeAll, u8 } from './columns';
import { listPrice } from './pricing';
import { Rng, cumulative, searchCumulative } from './prng';
import { businessName, personName, serviceText } from './texts';

/** How much sample data to make. */
export interface SampleOptions {
	seed: number;
	/** Exact number of waybills. */
	waybills: number;
	/** Waybills per chunk (a chunk may overshoot by one customer's parcels). */
	chunkSize?: number;
	/** Yield TICK after about this many waybills, so a caller can let other work run. */
	tickEvery?: number;
}

/** Yielded between chunks when `tickEvery` is set: no data, just a chance to pause. */
export const TICK = Symbol('tick');

// Codes shared with load.ts (indexes into the vocab arrays).
const CH = { miniProgram: 0, app: 1, web: 2, outlet: 3, marketplace: 4, phone: 5, alipay: 6 };
const PAY = { prepaid: 0, cod: 1, monthly: 2, thirdParty: 3 };
const PROD = { standard: 0, express: 1, morning: 2, nextDay: 3, sameCity: 4, economy: 5, cold: 6 };
const CAT = { document: 0, apparel: 1, electronics: 2, fresh: 3, food: 4, cosmetics: 5, drugs: 6 };
const ST = { signed: 0, delayed: 1, damaged: 2, lost: 3, returned: 4 };
const ROUTE = { sameCity: 0, province: 1, cross: 2 };
/** Service categories, indexes into SERVICE_CATEGORIES. */
const SVC = { delay: 0, damage: 1, lost: 2, claim: 3, consult: 4, attitude: 5, fee: 6, praise: 7 };
const SVC_NAMES = ['延误', '破损', '丢件', '理赔', '咨询', '态度', '费用', '表扬'];
/** Payment instruments, indexes into PAY_INSTRUMENTS. */
const INSTR = { wechat: 0, alipay: 1, cash: 2, monthly: 3, thirdParty: 4 };

const TIER_FACTOR: Record<string, number> = {
	一线: 3,
	新一线: 2,
	二线: 1.4,
	三线: 1,
	四线: 0.75,
	五线: 0.55
};
// Individuals in smaller cities send more e-commerce returns (the "三四线退货" story).
const RETURN_RATE_BY_TIER: Record<string, number> = {
	一线: 0.05,
	新一线: 0.07,
	二线: 0.09,
	三线: 0.13,
	四线: 0.16,
	五线: 0.18
};
/** Transit hours from pickup to delivery for 同城, 省内, 跨省 (before product speed-ups). */
const TRANSIT_HOURS: readonly (readonly [number, number])[] = [
	[3, 10],
	[18, 40],
	[36, 90]
];
const RETURN_WAREHOUSES = [
	'杭州市',
	'广州市',
	'深圳市',
	'金华市',
	'苏州市',
	'上海市',
	'东莞市',
	'武汉市'
];
const RETURN_CATEGORIES = cumulative([0, 0.5, 0.15, 0, 0, 0.2, 0, 0.15]);
const AGE_CUM = cumulative(AGE_BAND_SHARES);
const SERVICE_CHANNEL_CUM = cumulative([0.45, 0.3, 0.25]);
const OUTLET_INSTRUMENTS = cumulative([0.45, 0.3, 0.25, 0, 0]);

/** Regional lookups built once from the shipped city table. */
class Geography {
	readonly mainland: number[] = [];
	readonly homeCum: Float64Array;
	readonly sellerCum: Float64Array;
	readonly destCum: Float64Array;
	readonly byProvince = new Map<string, { cities: number[]; cum: Float64Array }>();
	readonly warehouses: number[];

	constructor(cities: readonly City[]) {
		const home: number[] = [];
		const seller: number[] = [];
		const dest: number[] = [];
		const provinceCities = new Map<string, number[]>();
		cities.forEach((c, i) => {
			if (c.province.endsWith('特别行政区') || c.province === '台湾省') return;
			const base = Math.max(1, c.pop) * (TIER_FACTOR[c.tier] ?? 1);
			this.mainland.push(i);
			home.push(base);
			seller.push(base * (SELLER_PROVINCE_BOOST[c.province] ?? 1));
			dest.push(Math.max(1, c.pop) * Math.sqrt(TIER_FACTOR[c.tier] ?? 1));
			const list = provinceCities.get(c.province) ?? [];
			list.push(i);
			provinceCities.set(c.province, list);
		});
		this.homeCum = cumulative(home);
		this.sellerCum = cumulative(seller);
		this.destCum = cumulative(dest);
		for (const [province, list] of provinceCities) {
			const weights = list.map((i) => Math.max(1, cities[i]?.pop ?? 1));
			this.byProvince.set(province, { cities: list, cum: cumulative(weights) });
		}
		this.warehouses = RETURN_WAREHOUSES.map((n) => cities.findIndex((c) => c.name === n)).filter(
			(i) => i >= 0
		);
	}
}

function newCustomerColumns() {
	return {
		idx: i32(),
		archetype: i8(),
		customer_type: i8(),
		phone: str(),
		name: str(),
		age: i16(),
		age_band: i8(),
		gender: i8(),
		city: i16(),
		register_channel: i8(),
		registered_ms: f64()
	};
}

function newWaybillColumns() {
	return {
		seq: i32(),
		cust: i32(),
		order_ms: f64(),
		pickup_ms: f64(),
		sign_ms: f64(),
		origin_city: i16(),
		dest_city: i16(),
		origin_lat: f64(),
		origin_lng: f64(),
		weight_kg: f64(),
		fee: f64(),
		declared_value: f64(),
		insured: u8(),
		payment_method: i8(),
		channel: i8(),
		product: i8(),
		item_category: i8(),
		is_return: u8(),
		status: i8(),
		remark: i8()
	};
}

function newSessionColumns() {
	return {
		seq: i32(),
		cust: i32(),
		known_customer: u8(),
		waybill_seq: i32(),
		created_ms: f64(),
		first_response_ms: f64(),
		resolved_ms: f64(),
		channel: i8(),
		category: i8(),
		text: str(),
		claim_amount: f64(),
		satisfaction: i8()
	};
}

function newPaymentColumns() {
	return {
		seq: i32(),
		waybill_seq: i32(),
		cust: i32(),
		known_customer: u8(),
		paid_ms: f64(),
		amount: f64(),
		method: i8(),
		coupon_used: u8(),
		settlement: i8()
	};
}

type Columns<F extends () => Record<string, { take(): unknown }>> = {
	[K in keyof ReturnType<F>]: ReturnType<ReturnType<F>[K]['take']>;
};
export type CustomerChunk = Columns<typeof newCustomerColumns>;
export type WaybillChunk = Columns<typeof newWaybillColumns>;
export type SessionChunk = Columns<typeof newSessionColumns>;
export type PaymentChunk = Columns<typeof newPaymentColumns>;

/** One flush of generated rows, in columns of codes. */
export interface SampleChunk {
	customers: CustomerChunk;
	waybills: WaybillChunk;
	sessions: SessionChunk;
	payments: PaymentChunk;
	/** Waybills generated so far, including this chunk. */
	done: number;
	total: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function phoneNumber(rng: Rng): string {
	let s = '1' + '3456789'[rng.int(7)];
	for (let i = 0; i < 9; i++) s += String(rng.int(10));
	return s;
}

/** Yields the sample in chunks until exactly `opts.waybills` waybills exist. */
export function* generateSample(
	opts: SampleOptions
): Generator<SampleChunk | typeof TICK, void, undefined> {
	const total = Math.max(0, Math.floor(opts.waybills));
	const chunkSize = opts.chunkSize ?? 200_000;
	const rng = new Rng(opts.seed);
	const geo = new Geography(CITIES);
	const archetypeCum = cumulative(ARCHETYPES.map((a) => a.share));
	const dayCum: Record<WeekShape, Float64Array> = {
		personal: cumulative(dayWeights('personal')),
		business: cumulative(dayWeights('business')),
		office: cumulative(dayWeights('office'))
	};
	const hourCum = ARCHETYPES.map((a) => cumulative(a.hours));
	const productCum = ARCHETYPES.map((a) => cumulative(a.products));
	const categoryCum = ARCHETYPES.map((a) => cumulative(a.categories));
	const routeCum = ARCHETYPES.map((a) => cumulative(a.routes));
	const channelCum = ARCHETYPES.map((a) => cumulative(a.channels));
	const ageChannelCum = CHANNELS_BY_AGE.map((w) => cumulative(w));

	const customers = newCustomerColumns();
	const waybills = newWaybillColumns();
	const sessions = newSessionColumns();
	const payments = newPaymentColumns();
	let nCustomers = 0;
	let nWaybills = 0;
	let nSessions = 0;
	let nPayments = 0;
	let lastTick = 0;

	const flush = (): SampleChunk => ({
		customers: takeAll(customers),
		waybills: takeAll(waybills),
		sessions: takeAll(sessions),
		payments: takeAll(payments),
		done: nWaybills,
		total
	});

	while (nWaybills < total) {
		const archIndex = rng.pick(archetypeCum);
		const arch = ARCHETYPES[archIndex] as Archetype;
		const cust = nCustomers++;
		const personal = arch.customerType === 0;

		const home = geo.mainland[rng.pick(arch.name === 'ecommerce' ? geo.sellerCum : geo.homeCum)]!;
		const homeCity = CITIES[home]!;
		const ageBand = personal ? rng.pick(AGE_CUM) : -1;
		const range = AGE_BAND_RANGES[ageBand];
		const age = range ? range[0] + rng.int(range[1] - range[0] + 1) : -1;
		const gender = personal ? (rng.chance(0.56) ? 1 : 0) : -1;
		const known = rng.chance(0.72);
		const chCum =
			arch.name === 'individual'
				? ageChannelCum[ageBand]!
				: (channelCum[archIndex] as Float64Array);
		const mainChannel = rng.pick(chCum);
		const monthly = rng.chance(arch.monthly);
		const cod = arch.cashOnDelivery * rng.uniform(0.4, 1.6);
		const discount = rng.uniform(arch.discount[0], arch.discount[1]);
		const primaryCategory = rng.pick(categoryCum[archIndex]!);
		const returnRate =
			arch.name === 'individual'
				? (RETURN_RATE_BY_TIER[homeCity.tier] ?? 0.1) * (gender === 1 ? 1.25 : 0.8)
				: 0;
		const newcomer = rng.chance(arch.newcomers);
		const start = newcomer ? rng.int(330) : 0;
		const churns = rng.chance(arch.naturalChurn);
		const end = churns
			? Math.min(DAYS - 1, start + 20 + rng.int(Math.max(1, DAYS - start - 20)))
			: DAYS - 1;
		const registeredMs = newcomer
			? YEAR_START_MS + (start - rng.uniform(0, 10)) * DAY_MS
			: YEAR_START_MS - rng.uniform(30, 1500) * DAY_MS;
		const phone = phoneNumber(rng);
		const name = personal
			? personName(rng)
			: businessName(rng, homeCity.short, arch.name === 'ecommerce' ? 'shop' : 'company');

		customers.idx.push(cust);
		customers.archetype.push(archIndex);
		customers.customer_type.push(arch.customerType);
		customers.phone.push(phone);
		customers.name.push(name);
		customers.age.push(known ? age : -1);
		customers.age_band.push(known ? ageBand : -1);
		customers.gender.push(known ? gender : -1);
		customers.city.push(home);
		customers.register_channel.push(mainChannel);
		customers.registered_ms.push(Math.floor(registeredMs / 1000) * 1000);

		const annual = rng.logNormal(arch.annualMedian, arch.annualSigma);
		const span = (end - start + 1) / DAYS;
		const parcels = Math.min(total - nWaybills, Math.max(1, rng.poisson(annual * span)));
		const cum = dayCum[arch.week];
		const lo = start > 0 ? (cum[start - 1] ?? 0) : 0;
		const hi = cum[end] ?? 0;
		const days = new Float64Array(parcels);
		for (let j = 0; j < parcels; j++) days[j] = searchCumulative(cum, lo + rng.next() * (hi - lo));
		days.sort();

		const monthTotals = new Float64Array(12);
		for (let j = 0; j < parcels; j++) {
			const seq = nWaybills++;
			const day = days[j]!;
			const hour = rng.pick(hourCum[archIndex]!);
			const orderMs = YEAR_START_MS + day * DAY_MS + hour * HOUR_MS + rng.int(3600) * 1000;
			const month = monthOf(day);
			const channel = rng.chance(0.8) ? mainChannel : rng.pick(chCum);
			const isReturn = rng.chance(returnRate);

			let category: number;
			if (isReturn) category = rng.pick(RETURN_CATEGORIES);
			else if (arch.name === 'ecommerce' && rng.chance(0.85)) category = primaryCategory;
			else category = rng.pick(categoryCum[archIndex]!);

			let dest: number;
			if (isReturn && geo.warehouses.length > 0)
				dest = geo.warehouses[rng.int(geo.warehouses.length)]!;
			else {
				const wanted = rng.pick(routeCum[archIndex]!);
				dest = home;
				if (wanted === ROUTE.province) {
					const p = geo.byProvince.get(homeCity.province);
					if (p && p.cities.length > 1) {
						for (let t = 0; t < 8 && dest === home; t++) dest = p.cities[rng.pick(p.cum)]!;
					}
				} else if (wanted === ROUTE.cross) {
					for (let t = 0; t < 10; t++) {
						dest = geo.mainland[rng.pick(geo.destCum)]!;
						if (CITIES[dest]!.province !== homeCity.province) break;
					}
				}
			}
			const destCity = CITIES[dest]!;
			const route =
				dest === home
					? ROUTE.sameCity
					: destCity.province === homeCity.province
						? ROUTE.province
						: ROUTE.cross;

			const [wMedian, wSigma] = CATEGORY_WEIGHT[category] ?? [1, 1];
			const weight = Math.min(60, Math.max(0.05, round2(rng.logNormal(wMedian, wSigma))));

			let product: number;
			if (category === CAT.fresh) product = rng.chance(0.7) ? PROD.cold : PROD.express;
			else {
				product = rng.pick(productCum[archIndex]!);
				if (product === PROD.sameCity && route !== ROUTE.sameCity) product = PROD.standard;
				if (product === PROD.cold) product = PROD.standard;
			}

			const insuredP =
				category === CAT.electronics ? 0.55 : category === CAT.document ? 0.12 : 0.05;
			const insured = rng.chance(insuredP);
			const declared = insured
				? round2(
						category === CAT.electronics
							? rng.logNormal(2600, 0.8)
							: category === CAT.document
								? rng.logNormal(1000, 0.6)
								: rng.logNormal(300, 0.8)
					)
				: NaN;
			const premium = insured ? Math.max(1, Math.round(declared * 0.005)) : 0;
			const fee = round2(listPrice(product, route, weight) * discount + premium);

			let payment: number;
			if (monthly) payment = PAY.monthly;
			else if (isReturn)
				payment = rng.chance(0.55) ? PAY.thirdParty : rng.chance(0.45) ? PAY.cod : PAY.prepaid;
			else payment = rng.chance(cod) ? PAY.cod : rng.chance(0.01) ? PAY.thirdParty : PAY.prepaid;

			// Status: delays follow distance and season; damage follows fragile, valuable goods.
			const season = month >= 10 ? 1.5 : month <= 1 ? 1.3 : 1;
			const speed =
				product === PROD.express || product === PROD.morning || product === PROD.sameCity
					? 0.55
					: product === PROD.economy
						? 1.5
						: product === PROD.cold
							? 0.8
							: 1;
			const pDelay = [0.012, 0.028, 0.08][route]! * season * speed;
			const pDamage =
				category === CAT.electronics
					? declared >= 2000
						? 0.045
						: 0.014
					: category === CAT.fresh
						? 0.014
						: category === CAT.food
							? 0.007
							: 0.0035;
			const pLost = 0.0015;
			const pRefused = payment === PAY.cod ? 0.02 : 0.005;
			const u = rng.next();
			const status =
				u < pDelay
					? ST.delayed
					: u < pDelay + pDamage
						? ST.damaged
						: u < pDelay + pDamage + pLost
							? ST.lost
							: u < pDelay + pDamage + pLost + pRefused
								? ST.returned
								: ST.signed;

			const pickupMs =
				channel === CH.outlet
					? orderMs + rng.int(600) * 1000
					: hour >= 20
						? YEAR_START_MS + (day + 1) * DAY_MS + (8 + rng.uniform(0, 3)) * HOUR_MS
						: orderMs + rng.uniform(0.4, 5) * HOUR_MS;
			const [fastest, slowest] = TRANSIT_HOURS[route]!;
			const transitHours =
				rng.uniform(fastest, slowest) *
				(product === PROD.express
					? 0.65
					: product === PROD.morning
						? 0.6
						: product === PROD.sameCity
							? 0.3
							: product === PROD.economy
								? 1.35
								: product === PROD.cold
									? 0.8
									: 1);
			const delayHours = status === ST.delayed ? rng.uniform(24, 100) : 0;
			const expectedSignMs = pickupMs + transitHours * HOUR_MS;
			const signMs =
				status === ST.lost || status === ST.returned ? NaN : expectedSignMs + delayHours * HOUR_MS;

			let remark = -1;
			if (isReturn) remark = rng.chance(0.4) ? 5 : -1;
			else if (category === CAT.document) remark = rng.chance(0.4) ? (rng.chance(0.5) ? 2 : 3) : -1;
			else if (category === CAT.fresh) remark = rng.chance(0.5) ? 4 : -1;
			else if (category === CAT.electronics)
				remark = rng.chance(0.3) ? (declared >= 2000 ? 8 : 0) : -1;
			else if (category === CAT.food && (month === 0 || month === 8))
				remark = rng.chance(0.3) ? 6 : -1;
			else if (rng.chance(0.04)) remark = [1, 7, 9][rng.int(3)]!;

			waybills.seq.push(seq);
			waybills.cust.push(cust);
			waybills.order_ms.push(orderMs);
			waybills.pickup_ms.push(Math.floor(pickupMs / 1000) * 1000);
			waybills.sign_ms.push(Number.isNaN(signMs) ? NaN : Math.floor(signMs / 1000) * 1000);
			waybills.origin_city.push(home);
			waybills.dest_city.push(dest);
			waybills.origin_lat.push(round4(homeCity.lat + 0.06 * rng.normal()));
			waybills.origin_lng.push(round4(homeCity.lng + 0.06 * rng.normal()));
			waybills.weight_kg.push(weight);
			waybills.fee.push(fee);
			waybills.declared_value.push(declared);
			waybills.insured.push(insured ? 1 : 0);
			waybills.payment_method.push(payment);
			waybills.channel.push(channel);
			waybills.product.push(product);
			waybills.item_category.push(category);
			waybills.is_return.push(isReturn ? 1 : 0);
			waybills.status.push(status);
			waybills.remark.push(remark);

			// Payment: monthly accounts settle once a month; the rest pay per parcel.
			if (payment === PAY.monthly) monthTotals[month]! += fee;
			else if (payment !== PAY.cod || !Number.isNaN(signMs)) {
				let instrument: number;
				let paidMs: number;
				let coupon = 0;
				if (payment === PAY.prepaid) {
					instrument =
						channel === CH.miniProgram
							? INSTR.wechat
							: channel === CH.alipay
								? INSTR.alipay
								: channel === CH.outlet
									? rng.pick(OUTLET_INSTRUMENTS)
									: rng.chance(0.6)
										? INSTR.wechat
										: INSTR.alipay;
					paidMs = channel === CH.outlet ? pickupMs : orderMs + rng.uniform(5, 90) * 1000;
					const couponP =
						channel === CH.miniProgram
							? 0.3
							: channel === CH.app
								? 0.22
								: channel === CH.alipay
									? 0.2
									: 0.03;
					if (rng.chance(couponP)) coupon = Math.min(round2(fee * 0.3), [2, 3, 5][rng.int(3)]!);
				} else if (payment === PAY.cod) {
					instrument = rng.chance(0.5) ? INSTR.wechat : rng.chance(0.7) ? INSTR.alipay : INSTR.cash;
					paidMs = signMs;
				} else {
					instrument = INSTR.thirdParty;
					paidMs = orderMs + rng.uniform(1, 48) * HOUR_MS;
				}
				payments.seq.push(nPayments++);
				payments.waybill_seq.push(seq);
				payments.cust.push(cust);
				// Cash on delivery and platform-paid returns are paid by someone else.
				payments.known_customer.push(payment === PAY.prepaid ? 1 : 0);
				payments.paid_ms.push(Math.floor(paidMs / 1000) * 1000);
				payments.amount.push(round2(fee - coupon));
				payments.method.push(instrument);
				payments.coupon_used.push(coupon > 0 ? 1 : 0);
				payments.settlement.push(0);
			}

			// Customer service: problems turn into complaints, slow claims drive customers away.
			const propensity = arch.complaintPropensity;
			let svc = -1;
			let svcMs = NaN;
			if (status === ST.delayed && rng.chance(0.34 * propensity)) {
				svc = SVC.delay;
				svcMs = expectedSignMs + rng.uniform(2, 30) * HOUR_MS;
			} else if (status === ST.damaged && rng.chance(Math.min(1, 0.78 * propensity + 0.1))) {
				svc = rng.chance(0.6) ? SVC.damage : SVC.claim;
				svcMs = signMs + rng.uniform(0.5, 30) * HOUR_MS;
			} else if (status === ST.lost && rng.chance(Math.min(1, 0.9 * propensity + 0.1))) {
				svc = rng.chance(0.55) ? SVC.lost : SVC.claim;
				svcMs = orderMs + rng.uniform(4, 10) * DAY_MS;
			} else if (status === ST.returned && rng.chance(0.15)) {
				svc = rng.chance(0.6) ? SVC.consult : SVC.fee;
				svcMs = orderMs + rng.uniform(48, 120) * HOUR_MS;
			} else {
				const v = rng.next();
				const pc = 0.016 * Math.sqrt(propensity);
				const pa = 0.0022 * propensity;
				const pf = 0.0025 * propensity;
				const pp = 0.005;
				if (v < pc) svc = SVC.consult;
				else if (v < pc + pa) svc = SVC.attitude;
				else if (v < pc + pa + pf) svc = SVC.fee;
				else if (v < pc + pa + pf + pp) svc = SVC.praise;
				if (svc >= 0) {
					svcMs =
						svc === SVC.consult
							? orderMs + rng.uniform(0, 72) * HOUR_MS
							: (Number.isNaN(signMs) ? orderMs + 2 * DAY_MS : signMs) +
								rng.uniform(0.5, 48) * HOUR_MS;
				}
			}

			let churned = false;
			if (svc >= 0) {
				const svcChannel = rng.pick(SERVICE_CHANNEL_CUM);
				const createdMs = Math.floor(svcMs / 1000) * 1000;
				const firstMs =
					createdMs + Math.round(rng.exponential(svcChannel === 0 ? 1.5 : 12) * 60) * 1000;
				const isClaim = svc === SVC.damage || svc === SVC.lost || svc === SVC.claim;
				const isComplaint = isClaim || svc === SVC.delay || svc === SVC.attitude || svc === SVC.fee;
				const hours = isClaim
					? rng.logNormal(30, 0.85)
					: isComplaint
						? rng.logNormal(8, 0.9)
						: rng.uniform(0.05, 2);
				const unresolved = isClaim && rng.chance(0.06);
				const resolvedMs = unresolved ? NaN : Math.floor(firstMs + hours * HOUR_MS);
				const claimAmount = isClaim
					? round2(
							insured ? declared * rng.uniform(0.3, 1) : Math.min(fee * 3, rng.uniform(20, 300))
						)
					: NaN;
				const slow = unresolved || hours > 48;
				let satisfaction = -1;
				if (rng.chance(0.7)) {
					if (svc === SVC.praise) satisfaction = 5;
					else if (!isComplaint) satisfaction = rng.chance(0.7) ? 5 : 4;
					else if (slow) satisfaction = rng.chance(0.8) ? 1 : 2;
					else if (hours > 24) satisfaction = rng.chance(0.6) ? 2 : 3;
					else satisfaction = rng.chance(0.6) ? 3 : 4;
				}
				const text = serviceText(rng, SVC_NAMES[svc]!, {
					days: Math.max(2, Math.round((delayHours + transitHours) / 24)),
					city: destCity.short,
					product: PRODUCTS[product] ?? '标快',
					category: ITEM_CATEGORIES[category] ?? '其他',
					value: Number.isNaN(declared) ? 500 : declared,
					weight
				});
				sessions.seq.push(nSessions++);
				sessions.cust.push(cust);
				sessions.known_customer.push(rng.chance(0.65) ? 1 : 0);
				sessions.waybill_seq.push(svc === SVC.consult && rng.chance(0.3) ? -1 : seq);
				sessions.created_ms.push(createdMs);
				sessions.first_response_ms.push(firstMs);
				sessions.resolved_ms.push(resolvedMs);
				sessions.channel.push(svcChannel);
				sessions.category.push(svc);
				sessions.text.push(text);
				sessions.claim_amount.push(claimAmount);
				sessions.satisfaction.push(satisfaction);

				const churnP = isClaim
					? slow
						? 0.5
						: hours > 24
							? 0.2
							: 0.06
					: svc === SVC.delay || svc === SVC.attitude
						? 0.08
						: 0;
				churned = rng.chance(churnP * arch.churnSensitivity);
			}
			if (churned) break;
		}

		for (let m = 0; m < 12; m++) {
			const amount = monthTotals[m]!;
			if (amount <= 0) continue;
			payments.seq.push(nPayments++);
			payments.waybill_seq.push(-1);
			payments.cust.push(cust);
			payments.known_customer.push(1);
			// Statements are paid on the 10th of the following month.
			payments.paid_ms.push(Date.UTC(2025, m + 1, 10, 10 + rng.int(6), rng.int(60)));
			payments.amount.push(round2(amount));
			payments.method.push(INSTR.monthly);
			payments.coupon_used.push(0);
			payments.settlement.push(1);
		}

		if (waybills.seq.length >= chunkSize) yield flush();
		else if (opts.tickEvery && nWaybills - lastTick >= opts.tickEvery) {
			lastTick = nWaybills;
			yield TICK;
		}
	}
	if (waybills.seq.length > 0 || customers.idx.length > 0) yield flush();
}

function round4(x: number): number {
	return Math.round(x * 10_000) / 10_000;
}

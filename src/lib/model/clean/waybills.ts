// src_waybills → waybills. An excluded row is counted by the first rule that excludes it (so
// the lineage can show rows left after each rule); fixes clear or normalise values and keep the
// row. At a million rows the work is three scans: one for the (few) excluded rows, one for the
// (few) fixed rows, one that writes the clean table.

import {
	constant,
	fragment,
	ident,
	join,
	queryOne,
	sql,
	type Db,
	type SqlFragment
} from '$lib/engine/sql';
import { sourceTable } from '$lib/model/schema';
import { duplicatesTable, findDuplicates, maskName, testAccount } from './fragments';
import { buildGeoLookup, geoTable } from './geo';
import { PHONES } from './phones';
import { countBy, samplesOf, type RuleId, type RuleLog } from './report';
import type { CleaningSettings } from './settings';
import { dataWindow, monthCounts, type DataWindow } from './window';

const SOURCE = sourceTable('waybills');
const EXCLUDED = '_excluded_waybills';
const FIXED = '_fixed_waybills';

/** Cleans the waybills into `waybills`; returns the data window it used. */
export async function cleanWaybills(
	db: Db,
	settings: CleaningSettings,
	log: RuleLog
): Promise<DataWindow> {
	const window = dataWindow(await monthCounts(db, SOURCE), settings.dateWindow);
	const s = ident(SOURCE);

	// ---- exclusions
	if (settings.removeDuplicates) await findDuplicates(db, 'waybills', SOURCE, ['waybill_id']);
	const dupJoin = settings.removeDuplicates
		? fragment`LEFT JOIN ${ident(duplicatesTable(SOURCE))} AS d ON d.rid = s.rowid`
		: fragment`CROSS JOIN (SELECT NULL::BIGINT AS dup_rank, NULL::VARCHAR AS kept) AS d`;
	// Dates are validated (settingProblems) and inlined: a parameter would be re-evaluated per row.
	const exclusions: [RuleId, SqlFragment][] = [
		['missing-customer', fragment`s.customer_id IS NULL AND s.sender_phone IS NULL`],
		['test-account', testAccount(fragment`s.customer_id`, settings.testAccounts)]
	];
	if (settings.removeDuplicates) exclusions.push(['duplicate', fragment`d.dup_rank > 1`]);
	if (settings.excludeNonPositiveFees)
		exclusions.push(['fee-not-positive', fragment`s.fee IS NULL OR s.fee <= 0`]);
	if (settings.maxFee != null)
		exclusions.push(['fee-too-high', fragment`s.fee > ${constant(settings.maxFee)}`]);
	if (window.start && window.end) {
		exclusions.push([
			'outside-window',
			fragment`s.order_time < ${constant(window.start)}::DATE OR s.order_time >= ${constant(window.end)}::DATE + 1`
		]);
	}
	if (settings.excludeFuture)
		exclusions.push(['future', fragment`s.order_time >= ${constant(settings.today)}::DATE + 1`]);
	await db.query(sql`
		CREATE OR REPLACE TEMP TABLE ${ident(EXCLUDED)} AS
		SELECT rid, _file_id, _line, waybill_id, rule, CASE rule
				WHEN 'test-account' THEN customer_id
				WHEN 'duplicate' THEN 'kept ' || coalesce(kept, '')
				WHEN 'fee-not-positive' THEN fee::VARCHAR
				WHEN 'fee-too-high' THEN fee::VARCHAR
				WHEN 'outside-window' THEN order_time::VARCHAR
				WHEN 'future' THEN order_time::VARCHAR END AS value
		FROM (
			SELECT s.rowid AS rid, s._file_id, s._line, s.waybill_id, s.customer_id, s.fee, s.order_time, d.kept,
				CASE ${join(
					exclusions.map(([id, when]) => fragment`WHEN ${when} THEN ${constant(id)}`),
					' '
				)} END AS rule
			FROM ${s} AS s ${dupJoin}
		) WHERE rule IS NOT NULL`);
	const counts = await countBy(db, EXCLUDED, 'rule');
	const samples = await samplesOf(
		db,
		EXCLUDED,
		'waybill_id',
		exclusions.map(([id]) => ({
			rule: id,
			when: fragment`rule = ${constant(id)}`,
			value: fragment`value`
		}))
	);
	const excluded = (id: RuleId, enabled: boolean, params: Record<string, string | number> = {}) =>
		log.add(id, 'waybills', {
			enabled,
			count: counts.get(id) ?? 0,
			samples: samples.get(id) ?? [],
			params
		});
	excluded('missing-customer', true);
	excluded('test-account', settings.testAccounts.length > 0, {
		accounts: settings.testAccounts.join(', ')
	});
	excluded('duplicate', settings.removeDuplicates);
	excluded('fee-not-positive', settings.excludeNonPositiveFees);
	excluded(
		'fee-too-high',
		settings.maxFee != null,
		settings.maxFee != null ? { maxFee: settings.maxFee } : {}
	);
	excluded(
		'outside-window',
		window.start != null,
		window.start ? { start: window.start, end: window.end ?? '' } : {}
	);
	excluded('future', settings.excludeFuture, { today: settings.today });

	// ---- fixes on the rows that stay
	if (settings.normalizeRegions) {
		await buildGeoLookup(db, SOURCE, [
			['origin_province', 'origin_city'],
			['dest_province', 'dest_city']
		]);
	}
	const geo = ident(geoTable(SOURCE));
	const geoJoin = settings.normalizeRegions
		? fragment`LEFT JOIN ${geo} AS go ON go.raw_province IS NOT DISTINCT FROM s.origin_province AND go.raw_city IS NOT DISTINCT FROM s.origin_city
			LEFT JOIN ${geo} AS gd ON gd.raw_province IS NOT DISTINCT FROM s.dest_province AND gd.raw_city IS NOT DISTINCT FROM s.dest_city`
		: fragment`CROSS JOIN (SELECT NULL::VARCHAR AS province, NULL::VARCHAR AS city, NULL::VARCHAR AS tier, NULL::VARCHAR AS status) AS go
			CROSS JOIN (SELECT NULL::VARCHAR AS province, NULL::VARCHAR AS city, NULL::VARCHAR AS tier, NULL::VARCHAR AS status) AS gd`;
	const kept = fragment`NOT EXISTS (SELECT 1 FROM ${ident(EXCLUDED)} AS x WHERE x.rid = s.rowid)`;
	const badWeight = settings.clearBadWeights
		? fragment`(s.weight_kg <= 0 OR s.weight_kg > ${constant(settings.maxWeightKg)})`
		: fragment`false`;
	const badPickup = settings.clearTimesBeforeOrder
		? fragment`coalesce(s.pickup_time < s.order_time, false)`
		: fragment`false`;
	const badSign = settings.clearTimesBeforeOrder
		? fragment`coalesce(s.sign_time < s.order_time, false)`
		: fragment`false`;
	const status = (side: 'go' | 'gd', ...values: string[]) =>
		fragment`${ident(side)}.status IN (${join(values.map((v) => constant(v)))})`;
	const regionValue = (side: 'go' | 'gd', province: string, city: string) =>
		fragment`CASE WHEN ${ident(side)}.status NOT IN ('ok', 'empty') THEN concat_ws(' ', coalesce(s.${ident(province)}, '∅'), s.${ident(city)}, '→', ${ident(side)}.province, ${ident(side)}.city) END`;
	await db.query(sql`
		CREATE OR REPLACE TEMP TABLE ${ident(FIXED)} AS
		SELECT * FROM (
			SELECT s._file_id, s._line, s.waybill_id,
				coalesce(${badWeight}, false) AS weight,
				${badPickup} OR ${badSign} AS times,
				coalesce(${status('go', 'normalized')} OR ${status('gd', 'normalized')}, false) AS normalized,
				coalesce(${status('go', 'from-city')} OR ${status('gd', 'from-city')}, false) AS from_city,
				coalesce(${status('go', 'unknown-province', 'unknown-city')} OR ${status('gd', 'unknown-province', 'unknown-city')}, false) AS unknown,
				s.weight_kg::VARCHAR AS weight_value,
				s.order_time::VARCHAR || ' > ' || coalesce(CASE WHEN ${badSign} THEN s.sign_time END, s.pickup_time)::VARCHAR AS times_value,
				concat_ws(' | ', ${regionValue('go', 'origin_province', 'origin_city')}, ${regionValue('gd', 'dest_province', 'dest_city')}) AS region_value
			FROM ${s} AS s ${geoJoin}
			WHERE ${kept}
		) WHERE weight OR times OR normalized OR from_city OR unknown`);
	const fixes = await queryOne<Record<string, number>>(
		db,
		sql`SELECT count(*) FILTER (WHERE weight) AS weight, count(*) FILTER (WHERE times) AS times,
			count(*) FILTER (WHERE normalized) AS normalized, count(*) FILTER (WHERE from_city) AS from_city,
			count(*) FILTER (WHERE unknown) AS unknown FROM ${ident(FIXED)}`
	);
	const fixSamples = await samplesOf(db, FIXED, 'waybill_id', [
		{ rule: 'weight-cleared', when: fragment`weight`, value: fragment`weight_value` },
		{ rule: 'time-before-order', when: fragment`times`, value: fragment`times_value` },
		{ rule: 'region-normalized', when: fragment`normalized`, value: fragment`region_value` },
		{ rule: 'province-from-city', when: fragment`from_city`, value: fragment`region_value` },
		{ rule: 'unknown-region', when: fragment`unknown`, value: fragment`region_value` }
	]);
	const fixed = (
		id: RuleId,
		enabled: boolean,
		count: number | undefined,
		params: Record<string, string | number> = {}
	) =>
		log.add(id, 'waybills', {
			enabled,
			count: Number(count ?? 0),
			samples: fixSamples.get(id) ?? [],
			params
		});
	fixed('weight-cleared', settings.clearBadWeights, fixes.weight, {
		maxWeightKg: settings.maxWeightKg
	});
	fixed('time-before-order', settings.clearTimesBeforeOrder, fixes.times);
	fixed('region-normalized', settings.normalizeRegions, fixes.normalized);
	fixed('province-from-city', settings.normalizeRegions, fixes.from_city);
	fixed('unknown-region', settings.normalizeRegions, fixes.unknown);

	// ---- the clean table
	const keep = settings.keepRawPii;
	const region = (side: 'go' | 'gd', column: 'province' | 'city', raw: string) =>
		settings.normalizeRegions
			? fragment`${ident(side)}.${ident(column)}`
			: fragment`s.${ident(raw)}`;
	await db.query(sql`
		CREATE OR REPLACE TABLE waybills AS
		SELECT *, CASE WHEN origin_city IS NULL OR dest_city IS NULL THEN NULL
				WHEN origin_city = dest_city THEN '同城'
				WHEN origin_province = dest_province THEN '省内' ELSE '跨省' END AS route_type
		FROM (
			SELECT s.waybill_id,
				coalesce(s.customer_id, ph.owner, 'P:' || ph.hash) AS customer_key,
				s.customer_id,
				${keep ? fragment`s.sender_phone` : fragment`ph.hash`} AS sender_phone,
				ph.masked AS sender_phone_masked,
				${keep ? fragment`s.sender_name` : maskName(fragment`s.sender_name`)} AS sender_name,
				s.order_time,
				CASE WHEN ${badPickup} THEN NULL ELSE s.pickup_time END AS pickup_time,
				CASE WHEN ${badSign} THEN NULL ELSE s.sign_time END AS sign_time,
				${region('go', 'province', 'origin_province')} AS origin_province,
				${region('go', 'city', 'origin_city')} AS origin_city,
				s.origin_district, s.origin_lat, s.origin_lng,
				${region('gd', 'province', 'dest_province')} AS dest_province,
				${region('gd', 'city', 'dest_city')} AS dest_city,
				CASE WHEN ${badWeight} THEN NULL ELSE s.weight_kg END AS weight_kg,
				s.fee, s.declared_value, s.insured, s.payment_method, s.channel, s.product, s.item_category,
				s.is_return, s.status, s.customer_type, s.age, s.age_band, s.gender, s.remark,
				go.tier AS origin_city_tier, gd.tier AS dest_city_tier,
				CASE WHEN s.customer_id IS NOT NULL THEN 'id' WHEN ph.owner IS NOT NULL THEN 'phone' ELSE 'phone-only' END AS customer_match,
				s._file_id, s._line
			FROM ${s} AS s
			LEFT JOIN ${ident(PHONES)} AS ph ON ph.phone = s.sender_phone
			${geoJoin}
			WHERE ${kept}
		)`);
	for (const t of [EXCLUDED, FIXED, duplicatesTable(SOURCE)]) {
		await db.query(sql`DROP TABLE IF EXISTS ${ident(t)}`);
	}
	return window;
}

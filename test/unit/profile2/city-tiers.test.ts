// The city tier table and its SQL forms.
import { describe, expect, it } from 'vitest';
import { queryRows, sql, fragment } from '$lib/engine/sql';
import {
	citiesOfTier,
	cityTier,
	cityTierExpression,
	cityTierValues,
	tierKeys,
	tierRank,
	TIER_BUCKETS
} from '$lib/reference/city-tiers';
import { suiteDb } from '../../support/duckdb-node';

const db = suiteDb();

describe('city tiers', () => {
	it('follows the 第一财经 2023 list (plus 港澳台 as tagged in regions.ts)', () => {
		expect(citiesOfTier('一线').sort()).toEqual(
			['上海市', '北京市', '台北市', '广州市', '深圳市', '香港特别行政区'].sort()
		);
		expect(citiesOfTier('新一线')).toHaveLength(15);
		expect(citiesOfTier('新一线')).toContain('成都市');
		expect(citiesOfTier('二线')).toHaveLength(31); // 30 + 澳门
		expect(citiesOfTier('三线')).toHaveLength(70);
	});

	it('looks up full, short and spaced names; everything else is 四线及以下', () => {
		expect(cityTier('深圳市')).toBe('一线');
		expect(cityTier('深圳')).toBe('一线');
		expect(cityTier(' 杭州 ')).toBe('新一线');
		expect(cityTier('丽水市')).toBe('四线及以下');
		expect(cityTier('不存在市')).toBe('四线及以下');
		expect(cityTier(null)).toBeNull();
		expect(cityTier('  ')).toBeNull();
		expect(TIER_BUCKETS.map(tierRank)).toEqual([0, 1, 2, 3, 4]);
		expect(tierRank('未知')).toBe(5);
	});

	it('has unique SQL keys', () => {
		const keys = tierKeys().map((k) => k.key);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('joins as a VALUES list and evaluates as a CASE expression', async () => {
		const input = fragment`(VALUES ('深圳市'), ('深圳'), ('佛山市'), ('丽水市'), (NULL), ('')) AS w(origin_city)`;
		const joined = await queryRows<{ origin_city: string | null; tier: string | null }>(
			db,
			sql`SELECT w.origin_city, ct.tier FROM ${input}
				LEFT JOIN ${cityTierValues()} AS ct(city, tier) ON ct.city = w.origin_city
				ORDER BY w.origin_city NULLS LAST`
		);
		// '' and 丽水市 sort first and have no ranked tier; NULL last.
		expect(joined.map((r) => r.tier)).toEqual([null, null, '二线', '一线', '一线', null]);
		const cased = await queryRows<{ tier: string }>(
			db,
			sql`SELECT ${cityTierExpression(fragment`origin_city`)} AS tier FROM ${input}`
		);
		expect(cased.map((r) => r.tier)).toEqual([
			'一线',
			'一线',
			'二线',
			'四线及以下',
			'未知',
			'未知'
		]);
	});
});

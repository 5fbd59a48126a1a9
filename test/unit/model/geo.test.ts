// Province and city normalisation as files spell them, with known answers.
import { describe, expect, it } from 'vitest';
import { resolveGeo } from '$lib/model/clean/geo';
import { findCity, normalizeProvince } from '$lib/reference/regions';

describe('province names', () => {
	const CASES: [string, string | null][] = [
		['广东', '广东省'],
		['广东省', '广东省'],
		['粤', '广东省'],
		['guangdong', '广东省'],
		['GuangDong', '广东省'],
		[' 广 东 ', '广东省'],
		['Guangdong Province', '广东省'],
		['陕西', '陕西省'],
		['shaanxi', '陕西省'],
		['shanxi', '山西省'],
		['内蒙古', '内蒙古自治区'],
		['新疆', '新疆维吾尔自治区'],
		['北京', '北京市'],
		['京', '北京市'],
		['香港', '香港特别行政区'],
		['火星', null],
		['', null]
	];
	for (const [raw, want] of CASES) {
		it(`${JSON.stringify(raw)} → ${want}`, () => expect(normalizeProvince(raw)).toBe(want));
	}
});

describe('cities', () => {
	it('finds cities with or without 市 and rejects a city from another province', () => {
		expect(findCity('深圳')?.name).toBe('深圳市');
		expect(findCity('深圳市', '广东')?.tier).toBe('一线');
		expect(findCity('深圳', '浙江')).toBeNull();
	});
});

describe('resolveGeo', () => {
	it('says how each pair was resolved', () => {
		expect(resolveGeo('粤', '深圳')).toEqual({
			province: '广东省',
			city: '深圳市',
			tier: '一线',
			status: 'normalized'
		});
		expect(resolveGeo('广东省', '深圳市')).toMatchObject({ status: 'ok' });
		expect(resolveGeo(null, '杭州')).toMatchObject({
			province: '浙江省',
			city: '杭州市',
			status: 'from-city'
		});
		expect(resolveGeo('火星', '深圳')).toMatchObject({
			province: '火星',
			status: 'unknown-province'
		});
		expect(resolveGeo('浙江', '不存在市')).toMatchObject({
			province: '浙江省',
			city: '不存在市',
			status: 'unknown-city'
		});
		expect(resolveGeo(' ', null)).toMatchObject({ status: 'empty' });
	});
});

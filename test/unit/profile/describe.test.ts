import { describe, expect, it } from 'vitest';
import { translate, type Locale, type Translate } from '$lib/i18n';
import {
	bandLabel,
	hourWindowLabel,
	peakRule,
	peakSentence,
	weightSentence
} from '$lib/profile/describe';

const tr =
	(locale: Locale): Translate =>
	(key, params) =>
		translate(locale, key, params);
const zh = tr('zh-CN');
const en = tr('en');

describe('profile sentences', () => {
	it('name hour windows the way people say them', () => {
		expect(hourWindowLabel(10, 11, zh, 'zh-CN')).toBe('上午10–11点');
		expect(hourWindowLabel(20, 22, zh, 'zh-CN')).toBe('晚上8–10点');
		expect(hourWindowLabel(11, 13, zh, 'zh-CN')).toBe('上午11点–中午1点');
		expect(hourWindowLabel(3, 3, zh, 'zh-CN')).toBe('凌晨3点');
		expect(hourWindowLabel(20, 22, en, 'en')).toBe('20:00–22:59');
		expect(hourWindowLabel(9, 9, en, 'en')).toBe('09:00–09:59');
	});

	it('state the peaks with their shares, or say there are none', () => {
		const peaks = [
			{ start: 10, end: 11, peakHour: 11, share: 0.208 },
			{ start: 20, end: 22, peakHour: 21, share: 0.225 }
		];
		expect(peakSentence(peaks, zh, 'zh-CN')).toBe(
			'上午10–11点(占全部运单的 20.8%)、晚上8–10点(占全部运单的 22.5%)是下单高峰。'
		);
		expect(peakSentence(peaks, en, 'en')).toBe(
			'Orders peak at 10:00–11:59 (20.8% of all waybills), 20:00–22:59 (22.5% of all waybills).'
		);
		expect(peakSentence([], zh, 'zh-CN')).toBe('全天下单较为平均,没有明显的高峰时段。');
		expect(peakRule(zh)).toContain('1.4 倍');
		expect(peakRule(zh)).toContain('80%');
	});

	it('contrast light and heavy parcels', () => {
		const story = {
			lightUpper: 1,
			lightWaybillShare: 0.65,
			lightRevenueShare: 0.35,
			heavyLower: 3,
			heavyWaybillShare: 0.15,
			heavyRevenueShare: 0.4
		};
		expect(weightSentence(story, zh, 'zh-CN')).toBe(
			'1 kg 及以下的包裹占件量的 65%,只贡献了 35% 的收入;3 kg 以上的包裹只占件量的 15%,却贡献了 40% 的收入。'
		);
		expect(weightSentence(story, en, 'en')).toContain(
			'Parcels of 1 kg or less are 65% of all parcels'
		);
	});

	it('label weight bands', () => {
		expect(bandLabel({ lower: 0, upper: 1 }, zh, 'zh-CN')).toBe('0–1 kg');
		expect(bandLabel({ lower: 10, upper: null }, zh, 'zh-CN')).toBe('10 kg 以上');
		expect(bandLabel({ lower: 0.5, upper: 2.25 }, en, 'en')).toBe('0.5–2.25 kg');
	});
});

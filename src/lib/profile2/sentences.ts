// The key sentences of the second profile page, worded from the findings through i18n templates
// (never hard-coded), plus the definitions shown next to each chart.

import type { Locale, Translate } from '$lib/i18n';
import { formatInteger, formatNumber, formatPercent, formatYuan } from '$lib/i18n/format';
import type { AttributeFindings } from './attributes';
import type { BehaviourFindings } from './behaviour';
import type { BubbleGroup, PotentialFinding } from './bubble';
import type { RateFinding } from './common';
import { provinceLabel, valueLabel } from './labels';
import { nightHourCount, type NightHours } from './night';
import type { DropOff } from './sankey';

const ratio = (r: number, locale: Locale) => formatNumber(r, locale, 1);

/** 谁在寄: one sentence per finding that exists, in reading order. */
export function attributeSentences(f: AttributeFindings, t: Translate, locale: Locale): string[] {
	const out: string[] = [];
	if (f.topProvince)
		out.push(
			t('profile2.finding.topProvince', {
				province: provinceLabel(f.topProvince.key, t, locale),
				share: formatPercent(f.topProvince.share)
			})
		);
	if (f.concentration)
		out.push(
			t('profile2.finding.concentration', {
				list: f.concentration.keys
					.map((k) => provinceLabel(k, t, locale))
					.join(t('list.separator')),
				share: formatPercent(f.concentration.share)
			})
		);
	if (f.tierReturn)
		out.push(rateSentence('profile2.finding.tierReturn', 'tier', f.tierReturn, t, locale));
	if (f.topChannel)
		out.push(
			t('profile2.finding.topChannel', {
				channel: valueLabel(f.topChannel.key, t),
				share: formatPercent(f.topChannel.share)
			})
		);
	if (f.topCustomerType)
		out.push(
			t('profile2.finding.topCustomerType', {
				type: valueLabel(f.topCustomerType.key, t),
				share: formatPercent(f.topCustomerType.share)
			})
		);
	if (f.topAgeBand)
		out.push(
			t('profile2.finding.topAgeBand', {
				band: f.topAgeBand.key,
				share: formatPercent(f.topAgeBand.share)
			})
		);
	if (f.coupon) out.push(rateSentence('profile2.finding.coupon', 'channel', f.coupon, t, locale));
	return out;
}

function rateSentence(
	key: 'profile2.finding.tierReturn' | 'profile2.finding.coupon' | 'profile2.finding.night',
	name: 'tier' | 'channel' | 'province',
	f: RateFinding,
	t: Translate,
	locale: Locale
): string {
	const label = name === 'province' ? provinceLabel(f.key, t, locale) : valueLabel(f.key, t);
	return t(key, {
		[name]: label,
		share: formatPercent(f.rate),
		avg: formatPercent(f.avg),
		ratio: ratio(f.ratio, locale)
	});
}

/** 怎么寄: one sentence per finding that exists. */
export function behaviourSentences(f: BehaviourFindings, t: Translate, locale: Locale): string[] {
	const out: string[] = [];
	if (f.settlement)
		out.push(
			t('profile2.finding.settlement', {
				method: valueLabel(f.settlement.method, t),
				perCustomer: formatNumber(f.settlement.perCustomer, locale, 1),
				prepaid: formatNumber(f.settlement.prepaidPerCustomer, locale, 1),
				ratio: ratio(f.settlement.ratio, locale)
			})
		);
	if (f.topRoute)
		out.push(
			t('profile2.finding.topRoute', {
				route: valueLabel(f.topRoute.key, t),
				share: formatPercent(f.topRoute.share)
			})
		);
	if (f.premiumRoute && f.premiumRoute.key !== f.topRoute?.key)
		out.push(
			t('profile2.finding.premiumRoute', {
				route: valueLabel(f.premiumRoute.key, t),
				fee: formatYuan(f.premiumRoute.avgFee, locale),
				avg: formatYuan(f.premiumRoute.overallAvgFee, locale),
				ratio: ratio(f.premiumRoute.ratio, locale)
			})
		);
	if (f.topProduct)
		out.push(
			t('profile2.finding.topProduct', {
				product: valueLabel(f.topProduct.key, t),
				share: formatPercent(f.topProduct.share)
			})
		);
	if (f.premiumProduct)
		out.push(
			t('profile2.finding.premiumProduct', {
				product: valueLabel(f.premiumProduct.key, t),
				fee: formatYuan(f.premiumProduct.avgFee, locale),
				avg: formatYuan(f.premiumProduct.overallAvgFee, locale),
				ratio: ratio(f.premiumProduct.ratio, locale)
			})
		);
	return out;
}

/** The night map's sentence. */
export function nightSentence(f: RateFinding | null, t: Translate, locale: Locale): string {
	return f
		? rateSentence('profile2.finding.night', 'province', f, t, locale)
		: t('profile2.finding.nightNone');
}

/** "夜间 = 下单时间在 20:00 至次日 6:00 之前(共 10 小时)。" */
export function nightDefinition(hours: NightHours, t: Translate): string {
	const params = { start: hours.start, end: hours.end, hours: nightHourCount(hours) };
	return t(hours.start > hours.end ? 'profile2.def.nightWrap' : 'profile2.def.nightDay', params);
}

/** The Sankey's sentence. */
export function dropOffSentence(d: DropOff | null, t: Translate, locale: Locale): string {
	if (!d) return t('profile2.finding.dropOffNone');
	return t('profile2.finding.dropOff', {
		stage: t(d.stage === 'channel' ? 'chart2.stage.channel' : 'chart2.stage.payment'),
		node: valueLabel(d.node, t),
		share: formatPercent(d.badShare),
		avg: formatPercent(d.avgBadShare),
		excess: formatNumber(d.excess, locale, d.excess < 10 ? 1 : 0),
		outcome: valueLabel(d.topOutcome, t)
	});
}

/** What counts as a bad outcome and how the drop-off is chosen. */
export function dropOffDefinition(
	badOutcomes: readonly string[],
	minParcels: number,
	t: Translate
): string {
	return t('profile2.def.dropOff', {
		bad: badOutcomes.map((o) => valueLabel(o, t)).join(t('list.separator')),
		min: minParcels
	});
}

/** The bubble chart's sentence; the group label is the translated group value. */
export function potentialSentence(
	f: PotentialFinding | null,
	t: Translate,
	locale: Locale
): string {
	if (!f) return t('profile2.finding.potentialNone');
	return t('profile2.finding.potential', {
		group: valueLabel(f.id, t),
		potential: formatYuan(f.potential, locale),
		perMonth: formatYuan(f.perMonth, locale),
		share: formatPercent(f.share)
	});
}

/** Label of a bubble grouping for the group-by selector. */
export function bubbleGroupLabel(group: BubbleGroup, t: Translate): string {
	return t(`profile2.bubble.group.${group}`);
}

/** "只比较运单数不少于 30 的组。" */
export function minParcelsNote(minParcels: number, t: Translate, locale: Locale): string {
	return t('profile2.finding.minParcels', { min: formatInteger(minParcels, locale) });
}

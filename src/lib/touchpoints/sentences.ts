// The 情绪触点 tab in words: one key sentence per analysis (or a "not enough data" sentence) and
// the definitions shown next to each chart, through i18n templates.

import type { Locale } from '$lib/i18n';
import { formatInteger, formatNumber, formatPercent } from '$lib/i18n/format';
import type { RateFinding } from '$lib/profile2/common';
import { valueLabel } from '$lib/profile2/labels';
import type { ClaimChurnFinding, ClaimChurnProfile, ResponseBucket, ResponseBy } from './claims';
import type { TouchTranslate } from './common';
import type { DelayRouteFinding, DelayRouteCoverage } from './routes';
import type { StayBucket, StayCoverage, StayFinding } from './transit';

const ratio = (r: number, locale: Locale) => formatNumber(r, locale, 1);

/** "跨省运单每千件有 4.2 件延误投诉,是各线路平均(2.1)的 2 倍;…" */
export function routeSentence(
	f: DelayRouteFinding | null,
	t: TouchTranslate,
	locale: Locale
): string {
	if (!f) return t('touch.finding.routeNone');
	const share = (s: number | null) =>
		s === null ? t('touch.finding.routeShareNone') : formatPercent(s);
	return t('touch.finding.route', {
		route: valueLabel(f.key, t),
		rate: formatNumber(f.per1000, locale, 1),
		avg: formatNumber(f.avgPer1000, locale, 1),
		ratio: ratio(f.ratio, locale),
		share: share(f.delayShare),
		avgShare: share(f.avgDelayShare)
	});
}

/** Definition of both route measures, plus how many complaints could be linked. */
export function routeDefinitions(
	coverage: DelayRouteCoverage,
	t: TouchTranslate,
	locale: Locale
): string[] {
	return [
		t('touch.def.route'),
		t('touch.def.routeCoverage', {
			total: formatInteger(coverage.complaints, locale),
			linked: formatInteger(coverage.linked, locale)
		})
	];
}

export const stayBucketLabel = (bucket: StayBucket, t: TouchTranslate): string =>
	t(`touch.stay.bucket.${bucket}`);

/** "中转停留超 12 小时的运单延误投诉率为 3%,是其他运单(1%)的 3 倍。" */
export function staySentence(f: StayFinding | null, t: TouchTranslate, locale: Locale): string {
	if (!f) return t('touch.finding.stayNone');
	return t('touch.finding.stay', {
		hours: f.hours,
		longRate: formatPercent(f.longRate),
		otherRate: formatPercent(f.otherRate),
		ratio: ratio(f.ratio, locale)
	});
}

export function stayDefinitions(
	coverage: StayCoverage,
	t: TouchTranslate,
	locale: Locale
): string[] {
	return [
		t('touch.def.stay'),
		t('touch.def.stayCoverage', {
			tracked: formatInteger(coverage.tracked, locale),
			measured: formatInteger(coverage.measured, locale)
		})
	];
}

/** "3C数码的破损率为 1.2%,是平均(0.5%)的 2.4 倍。" */
export function damageSentence(f: RateFinding | null, t: TouchTranslate, locale: Locale): string {
	if (!f) return t('touch.finding.damageNone');
	return t('touch.finding.damage', {
		category: valueLabel(f.key, t),
		rate: formatPercent(f.rate, 2),
		avg: formatPercent(f.avg, 2),
		ratio: ratio(f.ratio, locale)
	});
}

export function damageDefinitions(
	hasSessions: boolean,
	minParcels: number,
	t: TouchTranslate,
	locale: Locale
): string[] {
	return [
		t('touch.def.damage'),
		...(hasSessions ? [] : [t('touch.def.damageNoSessions')]),
		t('touch.minGroup', { min: formatInteger(minParcels, locale) })
	];
}

/** A response bucket's label; the bucket without an end time reads "未解决" when measuring to resolution. */
export const claimBucketLabel = (
	bucket: ResponseBucket,
	t: TouchTranslate,
	responseBy: ResponseBy = 'resolved'
): string =>
	bucket === 'none' && responseBy === 'resolved'
		? t('touch.claim.bucket.unresolved')
		: t(`touch.claim.bucket.${bucket}`);

/** "理赔响应超过 48 小时的客户流失率为 40%,是 24 小时内响应的(10%)的 4 倍。" */
export function claimSentence(
	f: ClaimChurnFinding | null,
	t: TouchTranslate,
	locale: Locale
): string {
	if (!f) return t('touch.finding.claimNone');
	if (f.ratio === null)
		return t('touch.finding.claimNoFastChurn', { slowRate: formatPercent(f.slowRate) });
	return t('touch.finding.claim', {
		slowRate: formatPercent(f.slowRate),
		fastRate: formatPercent(f.fastRate),
		ratio: ratio(f.ratio, locale)
	});
}

/** How claims, response time and churn are defined, and how many claims were too recent. */
export function claimDefinitions(
	p: Pick<ClaimChurnProfile, 'churnDays' | 'responseBy' | 'coverage' | 'asOf' | 'minCustomers'>,
	t: TouchTranslate,
	locale: Locale
): string[] {
	const days = formatNumber(p.churnDays, locale, 1);
	const out = [
		t(
			p.responseBy === 'first_response'
				? 'touch.def.claimFirstResponse'
				: 'touch.def.claimResolved',
			{
				days
			}
		)
	];
	if (p.coverage.too_recent > 0)
		out.push(
			t('touch.def.claimCoverage', {
				claims: formatInteger(p.coverage.claims, locale),
				recent: formatInteger(p.coverage.too_recent, locale),
				days,
				asOf: p.asOf ?? '—'
			})
		);
	out.push(t('touch.minGroup', { min: formatInteger(p.minCustomers, locale) }));
	return out;
}

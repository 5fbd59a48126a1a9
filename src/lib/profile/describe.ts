// The key sentences of the profile page, worded from the data through i18n (never hard-coded).

import type { Locale, MessageKey, Translate } from '$lib/i18n';
import { formatNumber, formatPercent } from '$lib/i18n/format';
import { DEFAULT_PEAK_OPTIONS, type HourPeak, type PeakOptions } from './peaks';
import type { WeightStory } from './overview';
import type { WeightBandRow } from './weight-bands';

function period(hour: number): MessageKey {
	if (hour < 6) return 'period.dawn';
	if (hour < 12) return 'period.morning';
	if (hour < 14) return 'period.noon';
	if (hour < 18) return 'period.afternoon';
	return 'period.evening';
}

// Chinese speaks of 晚上8点, not 20点; English messages use the 24-hour clock.
const clock = (hour: number, locale: Locale) =>
	locale === 'zh-CN' ? String(hour > 12 ? hour - 12 : hour) : String(hour).padStart(2, '0');

/** "上午10–11点" / "10:00–11:59" for a window of whole hours (end inclusive). */
export function hourWindowLabel(start: number, end: number, t: Translate, locale: Locale): string {
	const p = t(period(start));
	if (start === end) return t('hours.single', { period: p, from: clock(start, locale) });
	if (locale === 'zh-CN' && period(start) !== period(end)) {
		return `${t('hours.single', { period: p, from: clock(start, locale) })}–${t('hours.single', {
			period: t(period(end)),
			from: clock(end, locale)
		})}`;
	}
	return t('hours.window', { period: p, from: clock(start, locale), to: clock(end, locale) });
}

/** "上午10–11点(占全部运单的 16.5%)、晚上8–10点(…)是下单高峰。" or the no-peak sentence. */
export function peakSentence(peaks: readonly HourPeak[], t: Translate, locale: Locale): string {
	if (peaks.length === 0) return t('profile.heatmap.noPeak');
	const items = peaks.map((p) =>
		t('profile.heatmap.peakItem', {
			window: hourWindowLabel(p.start, p.end, t, locale),
			share: formatPercent(p.share)
		})
	);
	return t('profile.heatmap.peaks', { list: items.join(t('list.separator')) });
}

/** The rule behind the peaks, with its thresholds. */
export function peakRule(t: Translate, options: PeakOptions = DEFAULT_PEAK_OPTIONS): string {
	return t('profile.heatmap.rule', {
		lift: options.minLift,
		shoulder: formatPercent(options.shoulder, 0)
	});
}

/** Axis and legend label of a weight band: "0–1 kg", "10 kg 以上". */
export function bandLabel(
	row: Pick<WeightBandRow, 'lower' | 'upper'>,
	t: Translate,
	locale: Locale
): string {
	const lo = formatNumber(row.lower, locale, 2);
	if (row.upper == null) return t('weight.band.open', { lo });
	return t('weight.band.range', { lo, hi: formatNumber(row.upper, locale, 2) });
}

/** The light-versus-heavy sentence of the weight bands. */
export function weightSentence(story: WeightStory, t: Translate, locale: Locale): string {
	return t('profile.weight.story', {
		light: t('weight.upTo', { hi: formatNumber(story.lightUpper, locale, 2) }),
		lightParcels: formatPercent(story.lightWaybillShare),
		lightRevenue: formatPercent(story.lightRevenueShare),
		heavy: t('weight.atLeast', { lo: formatNumber(story.heavyLower, locale, 2) }),
		heavyParcels: formatPercent(story.heavyWaybillShare),
		heavyRevenue: formatPercent(story.heavyRevenueShare)
	});
}

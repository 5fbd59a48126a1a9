// Display text for the raw values the aggregates return (stored in Chinese, as the source
// systems write them). Keys stay raw everywhere (selection, filters); only labels are translated.

import type { Locale, MessageKey, Translate } from '$lib/i18n';
import { PROVINCES } from '$lib/reference/regions';

const PROVINCE_EN = new Map(PROVINCES.map((p) => [p.name, p.en]));
const PROVINCE_SHORT = new Map(PROVINCES.map((p) => [p.name, p.short]));

/** A vocabulary value (channel, payment method, status, tier…) in the UI language. */
export function valueLabel(value: string, t: Translate): string {
	const key = `chart2.value.${value}` as MessageKey;
	const text = t(key);
	// translate() answers the key itself for a value outside the catalogue: show the raw value.
	return text === key ? value : text;
}

/** A province: the short Chinese name (广东) or the English name (Guangdong); 未知 translated. */
export function provinceLabel(name: string, t: Translate, locale: Locale): string {
	if (locale === 'en') return PROVINCE_EN.get(name) ?? valueLabel(name, t);
	return PROVINCE_SHORT.get(name) ?? valueLabel(name, t);
}

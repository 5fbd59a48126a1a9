// A translator over this area's messages and the app catalogue, for tests that run before the
// area is wired into src/lib/i18n/messages/areas/index.ts (afterwards `translate` alone would do).
import { translate, type Locale, type MessageKey, type MessageParams } from '$lib/i18n';
import { en, zh } from '$lib/i18n/messages/areas/touchpoints';
import type { TouchTranslate } from '$lib/touchpoints/common';

export function touchT(locale: Locale): TouchTranslate {
	const own: Record<string, string> = locale === 'zh-CN' ? zh : en;
	return (key, params?: MessageParams) => {
		const text = own[key];
		if (text === undefined) return translate(locale, key as MessageKey, params);
		if (!params) return text;
		return text.replace(/\{(\w+)\}/g, (m, name: string) =>
			name in params ? String(params[name]) : m
		);
	};
}

// A translator over the report area's two catalogues (not yet spread into the main ones), falling
// back to the app catalogue for the keys the rules borrow (segment labels, vocabulary values…).
import { translate, type Locale, type Translate } from '$lib/i18n';
import * as report from '$lib/i18n/messages/areas/report';

export function reportT(locale: Locale): Translate {
	const own: Record<string, string> = locale === 'en' ? report.en : report.zh;
	return (key, params) => {
		const text = own[key];
		if (text === undefined) return translate(locale, key, params);
		if (!params) return text;
		return text.replace(/\{(\w+)\}/g, (m, name: string) =>
			name in params ? String(params[name]) : m
		);
	};
}

export const zhT = reportT('zh-CN');
export const enT = reportT('en');

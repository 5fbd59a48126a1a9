// The i18n layer: every UI string goes through `translate`. Messages live in messages/*.ts.

import { en } from './messages/en';
import { zhCN, type MessageKey } from './messages/zh-CN';

export type { MessageKey };
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Values spliced into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** A bound translator, as components and pure formatters receive it. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** The message for `key` in `locale` with `{placeholders}` filled; unknown placeholders stay. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const text = CATALOGS[locale][key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}

/** The best locale for a browser language list: Chinese in any form, else English. */
export function detectLocale(languages: readonly string[]): Locale {
	for (const lang of languages) {
		const l = lang.toLowerCase();
		if (l.startsWith('zh')) return 'zh-CN';
		if (l.startsWith('en')) return 'en';
	}
	return 'zh-CN';
}

/** Narrows a stored or typed value to a Locale. */
export function asLocale(value: unknown): Locale | null {
	return LOCALES.includes(value as Locale) ? (value as Locale) : null;
}

import { asLocale, detectLocale, translate, type Locale, type Translate } from '$lib/i18n';

const STORAGE_KEY = 'parcellens.locale';

/** The UI language: detected from the browser, switchable, remembered in localStorage. */
export class I18n {
	locale = $state<Locale>('zh-CN');

	constructor(initial?: Locale) {
		this.locale = initial ?? I18n.preferred();
	}

	/** Translates through the current locale; reading it makes the caller reactive to switches. */
	t: Translate = (key, params) => translate(this.locale, key, params);

	set(locale: Locale): void {
		this.locale = locale;
		try {
			localStorage.setItem(STORAGE_KEY, locale);
		} catch {
			// Storage may be disabled (private mode); the choice then lasts for this page only.
		}
		document.documentElement.lang = locale;
	}

	toggle(): void {
		this.set(this.locale === 'zh-CN' ? 'en' : 'zh-CN');
	}

	/** A remembered choice first, then the browser's languages. */
	static preferred(): Locale {
		return asLocale(readStored()) ?? detectLocale(navigator.languages ?? [navigator.language]);
	}
}

function readStored(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

// The workbook parts read before any sheet: sheet names and files, date styles, the 1904 flag,
// and the shared strings table.

import { attributes, decodeXmlText, tagsNamed } from './xml';

export interface SheetInfo {
	name: string;
	/** Zip entry of the sheet XML, e.g. xl/worksheets/sheet1.xml. */
	path: string;
	hidden: boolean;
}

/** Sheets in workbook order, with their zip paths resolved through the relationships. */
export function parseSheets(workbookXml: string, relsXml: string): SheetInfo[] {
	const targets = new Map<string, string>();
	for (const rel of tagsNamed(relsXml, 'Relationship')) {
		const id = rel.get('Id');
		const target = rel.get('Target');
		if (id && target) targets.set(id, target);
	}
	return tagsNamed(workbookXml, 'sheet').flatMap((s) => {
		const id = s.get('r:id') ?? [...s].find(([k]) => k.endsWith(':id'))?.[1];
		const target = id ? targets.get(id) : undefined;
		if (!target) return [];
		const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
		return [
			{ name: s.get('name') ?? path, path, hidden: (s.get('state') ?? 'visible') !== 'visible' }
		];
	});
}

/** True when the workbook counts dates from 1904 (old Mac Excel). */
export const uses1904 = (workbookXml: string) =>
	tagsNamed(workbookXml, 'workbookPr').some((w) => ['1', 'true'].includes(w.get('date1904') ?? ''));

// Built-in number formats that are dates or times, including the zh-CN ones (27–36, 50–58).
const BUILTIN_DATE_FORMATS = new Set([
	14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
	52, 53, 54, 55, 56, 57, 58
]);

/** True for a custom number format that shows a date or time (y, m, d, h, s outside quotes). */
export function isDateFormat(code: string): boolean {
	const bare = code
		.replace(/"[^"]*"/g, '')
		.replace(/\[[^\]]*\]/g, '')
		.replace(/\\./g, '');
	return /[ymdhs年月日时分秒]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** For each cell style index (the `s` attribute), whether it formats numbers as dates. */
export function dateStyles(stylesXml: string): boolean[] {
	const custom = new Map<number, boolean>();
	for (const f of tagsNamed(stylesXml, 'numFmt')) {
		custom.set(Number(f.get('numFmtId')), isDateFormat(f.get('formatCode') ?? ''));
	}
	const start = stylesXml.indexOf('<cellXfs');
	const end = stylesXml.indexOf('</cellXfs>', start);
	if (start < 0 || end < 0) return [];
	return tagsNamed(stylesXml.slice(start, end), 'xf').map((xf) => {
		const id = Number(xf.get('numFmtId') ?? 0);
		return custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id);
	});
}

/**
 * Incremental parser for sharedStrings.xml: each <si> becomes one string, its <t> texts joined
 * (rich-text runs), phonetic guides (<rPh>) left out.
 */
export class SharedStringsParser {
	readonly strings: string[] = [];
	private buffer = '';

	push(text: string): void {
		this.buffer += text;
		let done = 0;
		for (;;) {
			const open = this.buffer.indexOf('<si', done);
			if (open < 0) break;
			const selfClose = this.buffer.indexOf('/>', open);
			const tagEnd = this.buffer.indexOf('>', open);
			if (tagEnd < 0) break;
			if (selfClose >= 0 && selfClose + 1 === tagEnd) {
				this.strings.push('');
				done = tagEnd + 1;
				continue;
			}
			const close = this.buffer.indexOf('</si>', tagEnd);
			if (close < 0) break;
			this.strings.push(siText(this.buffer.slice(tagEnd + 1, close)));
			done = close + 5;
		}
		this.buffer = this.buffer.slice(done);
	}
}

function siText(inner: string): string {
	const withoutPhonetic = inner.includes('<rPh')
		? inner.replace(/<rPh[\s\S]*?<\/rPh>/g, '')
		: inner;
	let out = '';
	const re = /<t(\s[^>]*)?>([\s\S]*?)<\/t>|<t(\s[^>]*)?\/>/g;
	for (let m = re.exec(withoutPhonetic); m; m = re.exec(withoutPhonetic)) out += m[2] ?? '';
	return decodeXmlText(out);
}

export { attributes };

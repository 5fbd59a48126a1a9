// Streams the rows of one worksheet's XML. Only <row>/<c> are read; formulas are ignored in
// favour of their cached values. Nothing is allocated from the sheet's claimed dimension, so
// a single cell at XFD1048576 costs one cell, not a billion.

import { attributes, decodeXmlText } from './xml';

export interface SheetRow {
	/** The sheet's row number (1-based, as Excel shows it). */
	row: number;
	cells: (string | null)[];
}

export interface SheetContext {
	shared: readonly string[];
	dateStyles: readonly boolean[];
	date1904: boolean;
	maxColumns: number;
}

/** Column index (0-based) of a cell reference such as "AB12"; -1 when there is none. */
export function columnIndex(ref: string): number {
	let n = 0;
	let i = 0;
	for (; i < ref.length; i++) {
		const c = ref.charCodeAt(i);
		if (c < 65 || c > 90) break;
		n = n * 26 + (c - 64);
	}
	return i === 0 ? -1 : n - 1;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An Excel date serial as text: "2024-03-05 10:22:00", "2024-03-05", or "10:22:00". */
export function serialToText(serial: number, date1904: boolean): string | null {
	if (!Number.isFinite(serial)) return null;
	const days = serial + (date1904 ? 1462 : 0);
	const ms = Math.round((days - 25569) * 86_400_000);
	const d = new Date(ms);
	if (Number.isNaN(d.getTime())) return null;
	const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	if (serial >= 0 && serial < 1) return time;
	const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	return Number.isInteger(serial) ? date : `${date} ${time}`;
}

/** Incremental <row> parser: push decoded XML text, get the complete rows back. */
export class SheetParser {
	private buffer = '';
	private nextRow = 1;
	/** Cells to the right of maxColumns (ignored). */
	cellsBeyond = 0;
	/** Cells holding an Excel error such as #N/A (read as empty). */
	errorCells = 0;
	cells = 0;

	constructor(private readonly ctx: SheetContext) {}

	/** Characters waiting for the end of a row (a guard against a row that never ends). */
	get pending(): number {
		return this.buffer.length;
	}

	push(text: string): SheetRow[] {
		this.buffer += text;
		const rows: SheetRow[] = [];
		let pos = 0;
		for (;;) {
			const open = this.buffer.indexOf('<row', pos);
			if (open < 0) {
				pos = Math.max(pos, this.buffer.length - 4);
				break;
			}
			const tagEnd = this.buffer.indexOf('>', open);
			if (tagEnd < 0) {
				pos = open;
				break;
			}
			const tag = this.buffer.slice(open, tagEnd + 1);
			// <rowBreaks> and friends start with "<row" too.
			const after = this.buffer.charCodeAt(open + 4);
			if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10) {
				pos = tagEnd + 1;
				continue;
			}
			const rowNumber = Number(attributes(tag).get('r')) || this.nextRow;
			if (tag.endsWith('/>')) {
				this.nextRow = rowNumber + 1;
				pos = tagEnd + 1;
				continue;
			}
			const close = this.buffer.indexOf('</row>', tagEnd);
			if (close < 0) {
				pos = open;
				break;
			}
			rows.push({ row: rowNumber, cells: this.cellsOf(this.buffer.slice(tagEnd + 1, close)) });
			this.nextRow = rowNumber + 1;
			pos = close + 6;
		}
		this.buffer = this.buffer.slice(pos);
		return rows;
	}

	private cellsOf(xml: string): (string | null)[] {
		const cells: (string | null)[] = [];
		let next = 0;
		let pos = 0;
		for (;;) {
			const open = xml.indexOf('<c', pos);
			if (open < 0) break;
			const c = xml.charCodeAt(open + 2);
			if (c !== 32 && c !== 62 && c !== 47) {
				pos = open + 2;
				continue;
			}
			const tagEnd = xml.indexOf('>', open);
			if (tagEnd < 0) break;
			const tag = xml.slice(open, tagEnd + 1);
			const attrs = attributes(tag);
			const ref = attrs.get('r');
			const col = ref ? columnIndex(ref) : next;
			let inner = '';
			if (tag.endsWith('/>')) pos = tagEnd + 1;
			else {
				const close = xml.indexOf('</c>', tagEnd);
				if (close < 0) break;
				inner = xml.slice(tagEnd + 1, close);
				pos = close + 4;
			}
			next = col + 1;
			this.cells++;
			if (col >= this.ctx.maxColumns || col < 0) {
				this.cellsBeyond++;
				continue;
			}
			const value = this.valueOf(attrs, inner);
			while (cells.length < col) cells.push(null);
			cells[col] = value;
		}
		return cells;
	}

	private valueOf(attrs: Map<string, string>, inner: string): string | null {
		const type = attrs.get('t') ?? 'n';
		if (type === 'inlineStr') {
			let text = '';
			const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
			for (let m = re.exec(inner); m; m = re.exec(inner)) text += m[1];
			return decodeXmlText(text);
		}
		const vStart = inner.indexOf('<v');
		if (vStart < 0) return null;
		const vOpen = inner.indexOf('>', vStart);
		const vClose = inner.indexOf('</v>', vOpen);
		if (vOpen < 0 || vClose < 0) return null;
		const raw = inner.slice(vOpen + 1, vClose);
		switch (type) {
			case 's':
				return this.ctx.shared[Number(raw)] ?? null;
			case 'str':
			case 'd':
				return decodeXmlText(raw);
			case 'b':
				return raw === '1' ? 'true' : 'false';
			case 'e':
				this.errorCells++;
				return null;
			default: {
				const style = Number(attrs.get('s') ?? 0);
				if (this.ctx.dateStyles[style]) return serialToText(Number(raw), this.ctx.date1904);
				return raw;
			}
		}
	}
}

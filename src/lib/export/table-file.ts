// A customer list as a file Excel opens correctly: CSV with a UTF-8 BOM (without it Excel reads
// Chinese as GBK mojibake) or a minimal XLSX. Text that starts with = + - @ (or a tab/CR) is
// neutralised with a leading apostrophe so a spreadsheet never evaluates it as a formula.

import { strToU8, zipSync } from 'fflate';

export type Cell = string | number | boolean | null;

export interface TableFile {
	columns: string[];
	rows: Cell[][];
}

/** Excel's row limit including the header. */
export const XLSX_MAX_ROWS = 1_048_576;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe against CSV/formula injection (OWASP). Numbers stay numbers. */
export function neutralize(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
	const text = neutralize(cell);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV (RFC 4180, CRLF) with a UTF-8 byte order mark. */
export function toCsv(t: TableFile): Uint8Array {
	const lines = [t.columns, ...t.rows].map((r) => r.map(csvField).join(','));
	return strToU8(`\uFEFF${lines.join('\r\n')}\r\n`);
}

const xmlEscape = (s: string) =>
	s
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		// Characters XML 1.0 cannot carry at all.
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

function columnName(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

function xlsxCell(cell: Cell, ref: string): string {
	if (cell === null) return '';
	if (typeof cell === 'number')
		return Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : '';
	if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
	return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(neutralize(cell))}</t></is></c>`;
}

// OOXML namespace names: identifiers the format requires verbatim in every part. They look like
// addresses but are never fetched — by us or by any spreadsheet that opens the file.
const NS_OOXML = 'http://schemas.openxmlformats.org';
const NS = {
	types: `${NS_OOXML}/package/2006/content-types`,
	rels: `${NS_OOXML}/package/2006/relationships`,
	main: `${NS_OOXML}/spreadsheetml/2006/main`,
	docRels: `${NS_OOXML}/officeDocument/2006/relationships`
};
const REL_TYPE = {
	officeDocument: `${NS.docRels}/officeDocument`,
	worksheet: `${NS.docRels}/worksheet`
};

/** A one-sheet XLSX workbook (inline strings, typed numbers), zipped with fflate. */
export function toXlsx(t: TableFile, sheetName = 'Sheet1'): Uint8Array {
	if (t.rows.length + 1 > XLSX_MAX_ROWS)
		throw new Error(`too many rows for XLSX: ${t.rows.length}`);
	const rows = [t.columns, ...t.rows]
		.map(
			(r, i) =>
				`<row r="${i + 1}">${r.map((c, j) => xlsxCell(c, `${columnName(j)}${i + 1}`)).join('')}</row>`
		)
		.join('');
	const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS.main}"><sheetData>${rows}</sheetData></worksheet>`;
	const name = xmlEscape(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1');
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="${NS.types}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
		'_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/></Relationships>`),
		'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS.main}" xmlns:r="${NS.docRels}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
		'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet1.xml"/></Relationships>`),
		'xl/worksheets/sheet1.xml': strToU8(sheet)
	};
	return zipSync(files, { level: 6 });
}

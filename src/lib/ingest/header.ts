// The header line of a delimited text file: delimiter and column names.

const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The first line (up to the first unquoted newline) of `text`, without its line break. */
export function firstLine(text: string): string {
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) return text.slice(0, i);
	}
	return text;
}

/** The delimiter that splits the header line into the most fields (comma on a tie). */
export function detectDelimiter(line: string): Delimiter {
	let best: Delimiter = ',';
	let bestCount = 0;
	for (const d of DELIMITERS) {
		const n = splitLine(line, d).length;
		if (n > bestCount) {
			best = d;
			bestCount = n;
		}
	}
	return best;
}

/** Splits one CSV line on `delimiter`, honouring double quotes ("" escapes a quote). */
export function splitLine(line: string, delimiter: string): string[] {
	const out: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === delimiter) {
			out.push(field);
			field = '';
		} else field += ch;
	}
	out.push(field);
	return out;
}

// Splits delimited text into records as it streams in: quoted fields may hold delimiters and
// line breaks, lines may end in \n, \r\n or a lone \r. Each record carries the line it starts
// on, so every message can name the exact line.

/** One record: its text without the line break, and the 1-based line it starts on. */
export interface TextRecord {
	line: number;
	text: string;
}

export interface SplitterLimits {
	/** A record longer than this is cut off and reported (not parsed). */
	maxRecordChars: number;
}

export const DEFAULT_SPLITTER_LIMITS: SplitterLimits = { maxRecordChars: 1_000_000 };

/** A record that broke a limit or never closed its quote. */
export interface BadRecord {
	line: number;
	reason: 'too-long' | 'unclosed-quote';
	/** The first characters, for the message. */
	preview: string;
}

// Parser states. A quote opens a quoted field only at the start of a field (RFC 4180, read
// leniently): in `12" monitor` it is just a character.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

/**
 * Streaming record splitter. Feed decoded text in any pieces; complete records come back from
 * each `push`, the rest waits for more text (or `finish`).
 */
export class RecordSplitter {
	private carry = '';
	private state = FIELD_START;
	private line = 1;
	/** Line on which the carried (incomplete) record started. */
	private carryLine = 1;
	/** Skip an \n that directly follows a \r that ended the previous piece. */
	private pendingCr = false;
	private overflow: BadRecord | null = null;
	private readonly delimiter: number;
	readonly bad: BadRecord[] = [];

	constructor(
		delimiter: string,
		private readonly limits: SplitterLimits = DEFAULT_SPLITTER_LIMITS
	) {
		this.delimiter = delimiter.charCodeAt(0);
	}

	/** Records completed by this piece of text. */
	push(piece: string): TextRecord[] {
		let text = piece;
		const out: TextRecord[] = [];
		const delimiter = this.delimiter;
		let i = 0;
		let state = this.state;
		if (this.pendingCr && text.charCodeAt(0) === 10) {
			// The \n of a \r\n split across pieces: no new line. Inside quotes it stays in the text.
			if (state === QUOTED) i = 1;
			else text = text.slice(1);
		}
		this.pendingCr = false;
		let start = state === QUOTED ? 0 : i;
		let recordLine = this.carry.length > 0 || state !== FIELD_START ? this.carryLine : this.line;
		let prefix = this.carry;
		for (; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 10 || c === 13) {
				if (state === QUOTED) {
					// A line break inside a quoted field: same record, next line.
					if (c === 13) {
						if (i + 1 < text.length) {
							if (text.charCodeAt(i + 1) === 10) i++;
						} else this.pendingCr = true;
					}
					this.line++;
					continue;
				}
				this.emit(out, recordLine, prefix + text.slice(start, i));
				prefix = '';
				if (c === 13) {
					if (i + 1 < text.length) {
						if (text.charCodeAt(i + 1) === 10) i++;
					} else this.pendingCr = true;
				}
				this.line++;
				start = i + 1;
				recordLine = this.line;
				state = FIELD_START;
			} else if (c === 34 /* " */) {
				if (state === FIELD_START) state = QUOTED;
				else if (state === QUOTED) state = QUOTE_IN_QUOTED;
				else if (state === QUOTE_IN_QUOTED) state = QUOTED;
			} else if (c === delimiter) {
				if (state !== QUOTED) state = FIELD_START;
			} else if (state === FIELD_START || state === QUOTE_IN_QUOTED) {
				state = UNQUOTED;
			}
		}
		this.carry = prefix + text.slice(start);
		this.state = state;
		this.carryLine = recordLine;
		if (this.carry.length > this.limits.maxRecordChars) {
			// Keep reading to find the end, but stop holding the text.
			this.overflow ??= { line: recordLine, reason: 'too-long', preview: this.carry.slice(0, 80) };
			this.carry = this.carry.slice(0, 80);
		}
		return out;
	}

	/** The last record (without a final line break), if any. */
	finish(): TextRecord[] {
		const out: TextRecord[] = [];
		if (this.state === QUOTED) {
			this.bad.push({
				line: this.carryLine,
				reason: 'unclosed-quote',
				preview: this.carry.slice(0, 80)
			});
		} else if (this.carry.length > 0) this.emit(out, this.carryLine, this.carry);
		else if (this.overflow) this.flushOverflow();
		this.carry = '';
		this.state = FIELD_START;
		return out;
	}

	private emit(out: TextRecord[], line: number, text: string) {
		if (this.overflow) {
			this.flushOverflow();
			return;
		}
		if (text.length > this.limits.maxRecordChars) {
			this.bad.push({ line, reason: 'too-long', preview: text.slice(0, 80) });
			return;
		}
		out.push({ line, text });
	}

	private flushOverflow() {
		if (this.overflow) this.bad.push(this.overflow);
		this.overflow = null;
	}
}

/** Splits one record into fields with the same quoting rules as RecordSplitter. */
export function splitFields(text: string, delimiter: string): string[] {
	const d = delimiter.charCodeAt(0);
	const out: string[] = [];
	let field = '';
	let state = FIELD_START;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const ch = text[i]!;
		if (state === QUOTED) {
			if (c === 34) state = QUOTE_IN_QUOTED;
			else field += ch;
		} else if (c === d) {
			out.push(field);
			field = '';
			state = FIELD_START;
		} else if (c === 34 && state === FIELD_START) state = QUOTED;
		else if (c === 34 && state === QUOTE_IN_QUOTED) {
			field += '"';
			state = QUOTED;
		} else {
			field += ch;
			state = UNQUOTED;
		}
	}
	out.push(field);
	return out;
}

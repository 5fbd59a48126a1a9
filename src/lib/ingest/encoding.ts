// Text encodings of the exports analysts really have: UTF-8 (with or without BOM), GBK and
// GB18030 from Chinese Excel/WPS, UTF-16 from Excel's "Unicode text".

/** Encodings we decode (names as the Encoding Standard's TextDecoder labels). */
export type TextEncoding = 'utf-8' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DetectedEncoding {
	encoding: TextEncoding;
	/** Bytes of byte-order mark to skip. */
	bomLength: number;
	/** How we know: a BOM, valid UTF-8, GB18030 byte patterns, or NUL-byte statistics. */
	evidence: 'bom' | 'utf8-valid' | 'gb-valid' | 'utf16-zeros' | 'mostly-valid';
}

const startsWith = (b: Uint8Array, p: readonly number[]) => p.every((x, i) => b[i] === x);

/** True if `bytes` decodes without error as `encoding` (a cut-off last character is allowed). */
export function decodesAs(bytes: Uint8Array, encoding: TextEncoding): boolean {
	try {
		new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/**
 * Detects the encoding of a text file from its first bytes (64 KiB is plenty), or null when
 * the bytes are no text we know. GB18030 is reported only when a four-byte sequence appears;
 * otherwise the file is plain GBK (which GB18030 decodes identically).
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding | null {
	if (startsWith(head, [0xef, 0xbb, 0xbf]))
		return { encoding: 'utf-8', bomLength: 3, evidence: 'bom' };
	if (startsWith(head, [0xff, 0xfe]))
		return { encoding: 'utf-16le', bomLength: 2, evidence: 'bom' };
	if (startsWith(head, [0xfe, 0xff]))
		return { encoding: 'utf-16be', bomLength: 2, evidence: 'bom' };
	const utf16 = utf16WithoutBom(head);
	if (utf16) return { encoding: utf16, bomLength: 0, evidence: 'utf16-zeros' };
	if (head.includes(0)) return null;
	if (decodesAs(head, 'utf-8')) return { encoding: 'utf-8', bomLength: 0, evidence: 'utf8-valid' };
	if (decodesAs(head, 'gb18030')) {
		return {
			encoding: hasFourByteGb18030(head) ? 'gb18030' : 'gbk',
			bomLength: 0,
			evidence: 'gb-valid'
		};
	}
	// A real export with a few corrupt bytes: take the encoding that breaks least, if it breaks
	// rarely (the reader then reports the undecodable characters).
	const broken = (['utf-8', 'gb18030'] as const).map((encoding) => {
		const text = new TextDecoder(encoding).decode(head);
		return { encoding, bad: text.split('\uFFFD').length - 1, length: text.length };
	});
	const best = broken.sort((a, b) => a.bad - b.bad)[0]!;
	if (best.length >= 50 && best.bad <= best.length * 0.01) {
		const encoding =
			best.encoding === 'gb18030' && !hasFourByteGb18030(head) ? 'gbk' : best.encoding;
		return { encoding, bomLength: 0, evidence: 'mostly-valid' };
	}
	return null;
}

// UTF-16 text of mostly ASCII/CJK has NUL in every other byte for Latin characters; look for
// a strong skew of NULs to even (BE) or odd (LE) positions.
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(head.length, 4096) & ~1;
	if (n < 4) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i++) {
		if (head[i] !== 0) continue;
		if (i % 2 === 0) even++;
		else odd++;
	}
	const pairs = n / 2;
	const guess =
		odd > pairs * 0.3 && even < pairs * 0.02
			? 'utf-16le'
			: even > pairs * 0.3 && odd < pairs * 0.02
				? 'utf-16be'
				: null;
	if (!guess || n < 8) return null;
	// Real text decodes to printable characters; binary with NULs in a pattern does not.
	const text = new TextDecoder(guess).decode(head.subarray(0, n));
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) return null;
	}
	return guess;
}

// GB18030 four-byte sequences: lead 0x81–0xFE, second byte 0x30–0x39 (a digit, never valid in GBK).
function hasFourByteGb18030(b: Uint8Array): boolean {
	for (let i = 0; i + 3 < b.length; i++) {
		const x = b[i]!;
		if (x < 0x81) continue;
		const y = b[i + 1]!;
		if (y >= 0x30 && y <= 0x39) return true;
		i++; // skip the trail byte of a two-byte character
	}
	return false;
}

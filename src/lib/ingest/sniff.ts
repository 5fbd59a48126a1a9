// Content sniffing on the first bytes of a file: what it is, whatever its name says.

/** What the first bytes of a file say about it. */
export type Sniffed =
	| { kind: 'empty' }
	| { kind: 'binary'; format: string }
	| {
			kind: 'text';
			encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
			bomLength: number;
			valid: boolean;
	  };

const MAGIC: readonly { format: string; bytes: readonly number[] }[] = [
	{ format: 'XLSX/ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
	{ format: 'XLS', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
	{ format: 'Parquet', bytes: [0x50, 0x41, 0x52, 0x31] },
	{ format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
	{ format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
	{ format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
	{ format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
	{ format: 'GZIP', bytes: [0x1f, 0x8b] },
	{ format: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
	{ format: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] }
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Classifies a file from its first bytes (64 KiB is plenty): empty, a known binary format (or
 * NUL bytes), or text with its BOM and whether the sample is valid UTF-8.
 */
export function sniffBytes(head: Uint8Array): Sniffed {
	if (head.length === 0) return { kind: 'empty' };
	for (const m of MAGIC) if (startsWith(head, m.bytes)) return { kind: 'binary', format: m.format };
	if (startsWith(head, [0xff, 0xfe]))
		return { kind: 'text', encoding: 'utf-16le', bomLength: 2, valid: true };
	if (startsWith(head, [0xfe, 0xff]))
		return { kind: 'text', encoding: 'utf-16be', bomLength: 2, valid: true };
	const bomLength = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
	if (head.includes(0)) return { kind: 'binary', format: 'binary' };
	return { kind: 'text', encoding: 'utf-8', bomLength, valid: isValidUtf8Prefix(head) };
}

/** True if `bytes` is valid UTF-8, allowing a multi-byte character cut off at the end. */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		decoder.decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}

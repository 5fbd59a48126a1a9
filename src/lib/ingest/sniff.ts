// What a file is, from its content (magic bytes, BOM, byte statistics), whatever its name says.

import { detectEncoding, type DetectedEncoding } from './encoding';
import { jsonKind } from './json';

export type SniffedFormat =
	| { kind: 'empty' }
	| { kind: 'xlsx' }
	| { kind: 'parquet' }
	| { kind: 'text'; format: 'csv' | 'json' | 'ndjson'; encoding: DetectedEncoding }
	/** Something we cannot read; `format` names it for the message (XLS, PDF, PNG…). */
	| { kind: 'unsupported'; format: string };

const MAGIC: readonly { format: string; bytes: readonly number[] }[] = [
	{ format: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
	{ format: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] },
	{ format: 'XLS', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
	{ format: 'Parquet', bytes: [0x50, 0x41, 0x52, 0x31] },
	{ format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
	{ format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
	{ format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
	{ format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
	{ format: 'GZIP', bytes: [0x1f, 0x8b] },
	{ format: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
	{ format: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] }
];

const startsWith = (b: Uint8Array, p: readonly number[]) =>
	b.length >= p.length && p.every((x, i) => b[i] === x);

/** Classifies a file from its first bytes (64 KiB). */
export function sniffFormat(head: Uint8Array): SniffedFormat {
	if (head.length === 0) return { kind: 'empty' };
	const magic = MAGIC.find((m) => startsWith(head, m.bytes));
	if (magic?.format === 'ZIP') return { kind: 'xlsx' };
	if (magic?.format === 'Parquet') return { kind: 'parquet' };
	if (magic) return { kind: 'unsupported', format: magic.format };
	const encoding = detectEncoding(head);
	if (!encoding) return { kind: 'unsupported', format: 'binary' };
	const text = new TextDecoder(encoding.encoding).decode(head);
	if (text.replace(/^\uFEFF/, '').trim() === '') return { kind: 'empty' };
	return { kind: 'text', format: jsonKind(text) ?? 'csv', encoding };
}

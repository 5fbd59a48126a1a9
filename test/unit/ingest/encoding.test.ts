import { describe, expect, it } from 'vitest';
import { detectEncoding } from '$lib/ingest/encoding';
import { encodeGbk, encodeUtf16 } from '../../fixtures/encoders';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('detectEncoding', () => {
	const CASES: [string, Uint8Array, string | null, string?][] = [
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('运单号,金额')]), 'utf-8', 'bom'],
		['UTF-8 without BOM', utf8('运单号,金额\n1,2'), 'utf-8', 'utf8-valid'],
		['plain ASCII', utf8('a,b\n1,2'), 'utf-8'],
		['GBK', encodeGbk('运单号,寄件客户\nA1,张三'), 'gbk', 'gb-valid'],
		// 𠀀 (U+20000) needs a four-byte GB18030 sequence.
		[
			'GB18030 four-byte',
			new Uint8Array([...encodeGbk('名称,'), 0x95, 0x32, 0x82, 0x36]),
			'gb18030'
		],
		['UTF-16LE with BOM', encodeUtf16('a\tb\n运单', 'le'), 'utf-16le', 'bom'],
		['UTF-16BE with BOM', encodeUtf16('a\tb\n运单', 'be'), 'utf-16be', 'bom'],
		[
			'UTF-16LE without BOM',
			encodeUtf16('waybill\tfee\r\nA1\t12', 'le').subarray(2),
			'utf-16le',
			'utf16-zeros'
		],
		['binary', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), null],
		['random high bytes', new Uint8Array([0xff, 0xff, 0xfe, 0x80, 0x80]), null]
	];
	for (const [name, bytes, encoding, evidence] of CASES) {
		it(name, () => {
			const d = detectEncoding(bytes);
			expect(d?.encoding ?? null).toBe(encoding);
			if (evidence) expect(d?.evidence).toBe(evidence);
		});
	}

	it('decodes the GBK it detects', () => {
		const bytes = encodeGbk('运单号,寄件客户\nA1,张三');
		const d = detectEncoding(bytes)!;
		expect(new TextDecoder(d.encoding).decode(bytes)).toBe('运单号,寄件客户\nA1,张三');
	});
});

import { describe, expect, it } from 'vitest';
import { RecordSplitter, splitFields } from '$lib/ingest/records';

function split(text: string, pieces = 1, delimiter = ',', maxRecordChars = 1_000_000) {
	const s = new RecordSplitter(delimiter, { maxRecordChars });
	const out = [];
	const size = Math.ceil(text.length / pieces);
	for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
	out.push(...s.finish());
	return { records: out.map((r) => [r.line, r.text]), bad: s.bad };
}

describe('RecordSplitter', () => {
	const CASES: [string, string, [number, string][]][] = [
		[
			'LF',
			'a,b\n1,2\n',
			[
				[1, 'a,b'],
				[2, '1,2']
			]
		],
		[
			'CRLF',
			'a,b\r\n1,2\r\n',
			[
				[1, 'a,b'],
				[2, '1,2']
			]
		],
		[
			'lone CR (old Mac)',
			'a,b\r1,2\r',
			[
				[1, 'a,b'],
				[2, '1,2']
			]
		],
		[
			'mixed line endings',
			'a\r\nb\nc\rd',
			[
				[1, 'a'],
				[2, 'b'],
				[3, 'c'],
				[4, 'd']
			]
		],
		[
			'no final line break',
			'a,b\n1,2',
			[
				[1, 'a,b'],
				[2, '1,2']
			]
		],
		[
			'quoted line break counts lines',
			'h\n"x\ny",1\nz,2\n',
			[
				[1, 'h'],
				[2, '"x\ny",1'],
				[4, 'z,2']
			]
		],
		[
			'quoted CRLF',
			'h\r\n"x\r\ny",1\r\nz\r\n',
			[
				[1, 'h'],
				[2, '"x\r\ny",1'],
				[4, 'z']
			]
		],
		['escaped quotes', 'a,"say ""hi""",b\n', [[1, 'a,"say ""hi""",b']]],
		[
			'quote inside an unquoted field is text',
			'12" monitor,5\nnext\n',
			[
				[1, '12" monitor,5'],
				[2, 'next']
			]
		],
		[
			'blank lines keep their numbers',
			'a\n\nb\n',
			[
				[1, 'a'],
				[2, ''],
				[3, 'b']
			]
		]
	];
	for (const [name, text, want] of CASES) {
		it(name, () => {
			expect(split(text).records).toEqual(want);
			// Any chunking gives the same records (chunk boundaries inside quotes, CRLF, …).
			for (const pieces of [2, 3, 7, text.length])
				expect(split(text, pieces).records).toEqual(want);
		});
	}

	it('reports an unclosed quote with its line instead of swallowing the file silently', () => {
		const { records, bad } = split('h\nok,1\n"never closed,2\nmore\n');
		expect(records).toEqual([
			[1, 'h'],
			[2, 'ok,1']
		]);
		expect(bad).toEqual([
			{ line: 3, reason: 'unclosed-quote', preview: '"never closed,2\nmore\n' }
		]);
	});

	it('cuts off absurdly long records and keeps going', () => {
		const long = 'x'.repeat(500);
		const { records, bad } = split(`h\n${long}\nafter\n`, 20, ',', 100);
		expect(records).toEqual([
			[1, 'h'],
			[3, 'after']
		]);
		expect(bad[0]).toMatchObject({ line: 2, reason: 'too-long' });
	});

	it('splits on tabs and pipes', () => {
		expect(split('a\tb\n', 1, '\t').records).toEqual([[1, 'a\tb']]);
		expect(splitFields('a|"b|c"|d', '|')).toEqual(['a', 'b|c', 'd']);
	});
});

describe('splitFields', () => {
	it('unquotes and unescapes', () => {
		expect(splitFields('1,"a,b","say ""hi""",,x', ',')).toEqual(['1', 'a,b', 'say "hi"', '', 'x']);
		expect(splitFields('12" monitor,5', ',')).toEqual(['12" monitor', '5']);
	});
});

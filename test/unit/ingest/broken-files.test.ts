// Bad input never crashes or hangs: each broken or hostile file gets a clear issue naming it.
import { describe, expect, it } from 'vitest';
import type { IssueCode } from '$lib/ingest/issues';
import { readFile } from '$lib/ingest/read-file';
import { suiteDb } from '../../support/duckdb-node';
import { fixtureBytes } from '../../support/fixtures';
import { nodeParquetReader } from '../../support/parquet-node';

const db = suiteDb();

let nextId = 100;
const read = (name: string, bytes = fixtureBytes(name)) =>
	readFile(
		db,
		new Blob([bytes as BlobPart]),
		{ fileId: nextId++, name, fingerprint: name },
		{ parquet: nodeParquetReader }
	);

const CASES: [file: string, code: IssueCode, severity: 'error' | 'warning', detail?: RegExp][] = [
	['empty.csv', 'empty-file', 'error'],
	['not-a-csv.csv', 'unsupported-format', 'error', /PNG/],
	['legacy.xls', 'unsupported-format', 'error', /XLS/],
	['header-only.csv', 'no-rows', 'error'],
	['truncated.xlsx', 'corrupt-file', 'error'],
	['truncated.parquet', 'corrupt-file', 'error'],
	['hostile-dimension.xlsx', 'cells-beyond-limit', 'warning', /1000/]
];

describe('broken and hostile files', () => {
	for (const [file, code, severity, detail] of CASES) {
		it(`${file}: ${code}`, async () => {
			const t0 = performance.now();
			const parsed = await read(file);
			const issue = parsed.issues.find((i) => i.code === code);
			expect(issue, JSON.stringify(parsed.issues)).toMatchObject({ file, severity });
			if (detail) expect(issue?.detail).toMatch(detail);
			expect(performance.now() - t0).toBeLessThan(5_000);
		});
	}

	it('still reads the data next to a hostile cell at XFD1048576', async () => {
		const parsed = await read('hostile-dimension.xlsx');
		expect(parsed.rows).toBe(1);
		expect(parsed.columns.map((c) => c.name)).toEqual(['运单号', '寄件客户', '下单时间', '运费']);
	});

	it('refuses a header wider than 1000 columns', async () => {
		const header = Array.from({ length: 1500 }, (_, i) => `c${i}`).join(',');
		const parsed = await read('wide.csv', new TextEncoder().encode(`${header}\n${header}\n`));
		expect(parsed.issues).toContainEqual(
			expect.objectContaining({ code: 'too-many-columns', count: 1500, line: 1 })
		);
	});

	it('reports ragged rows, unclosed quotes and undecodable bytes with their lines', async () => {
		const text = 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n"open,1,2\n';
		const parsed = await read('ragged.csv', new TextEncoder().encode(text));
		expect(parsed.rows).toBe(1);
		expect(parsed.issues.find((i) => i.code === 'malformed-rows')).toMatchObject({
			count: 2,
			line: 3
		});
		expect(parsed.issues.find((i) => i.code === 'unclosed-quote')).toMatchObject({ line: 5 });
		const { encodeGbk } = await import('../../fixtures/encoders');
		const good = encodeGbk(
			'运单号,寄件客户,运费\n' + Array.from({ length: 20 }, (_, i) => `A${i},张三,${i}\n`).join('')
		);
		// One corrupt byte in an otherwise clean GBK export.
		const gbkWithJunk = new Uint8Array([...good, 0x81, 0x0a]);
		const junk = await read('junk.csv', gbkWithJunk);
		expect(junk.encoding).toBe('gbk');
		expect(junk.issues.find((i) => i.code === 'undecodable-characters')?.count).toBeGreaterThan(0);
	});

	it('does not let a zip that is no workbook pass as Excel', async () => {
		const { zipSync, strToU8 } = await import('fflate');
		const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
		const parsed = await read('report.docx.csv', zip);
		expect(parsed.issues).toContainEqual(
			expect.objectContaining({ code: 'unsupported-format', detail: 'zip' })
		);
	});
});

// Customer lists open correctly in Excel and never carry a live formula.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutralize, toCsv, toXlsx } from '$lib/export/table-file';

const table = {
	columns: ['客户', '收入', '备注', '预警'],
	rows: [
		['张三', 12.5, '=HYPERLINK("http://x")', true],
		['+8613800000000', -3, '@SUM(A1)', false],
		['李,四', null, 'line\nbreak "quoted"', null],
		['-2+3', 0, '\tTAB', true]
	]
};

describe('customer list export', () => {
	it('neutralises text that a spreadsheet would evaluate', () => {
		expect(neutralize('=1+1')).toBe("'=1+1");
		expect(neutralize('+86')).toBe("'+86");
		expect(neutralize('-x')).toBe("'-x");
		expect(neutralize('@a')).toBe("'@a");
		expect(neutralize('\tx')).toBe("'\tx");
		expect(neutralize('a=b')).toBe('a=b');
	});

	it('writes CSV with a UTF-8 BOM, quoting and numbers left as numbers', () => {
		const bytes = toCsv(table);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		expect(text.split('\r\n')).toEqual([
			'客户,收入,备注,预警',
			`张三,12.5,"'=HYPERLINK(""http://x"")",TRUE`,
			"'+8613800000000,-3,'@SUM(A1),FALSE",
			'"李,四",,"line\nbreak ""quoted""",',
			"'-2+3,0,'\tTAB,TRUE",
			''
		]);
	});

	it('writes an XLSX whose sheet holds typed numbers and neutralised strings', () => {
		const files = unzipSync(toXlsx(table, '高价值/高频'));
		expect(Object.keys(files).sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml'
		]);
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
		expect(sheet).toContain('<c r="B2"><v>12.5</v></c>');
		expect(sheet).toContain('<c r="B3"><v>-3</v></c>');
		expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://x&quot;)</t>`);
		expect(sheet).toContain('<c r="D2" t="b"><v>1</v></c>');
		expect(sheet).not.toContain('<f>');
		expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="高价值 高频"');
	});
});

// Every coercion rule on DuckDB: input text → canonical value and repair label.
import { describe, expect, it } from 'vitest';
import { fragment, queryRows, sql } from '$lib/engine/sql';
import { coerceField, normalizedText } from '$lib/ingest/coerce';
import { CANONICAL_TABLES, type FieldSpec } from '$lib/model/schema';
import { suiteDb } from '../../support/duckdb-node';

const db = suiteDb();

const spec = (name: string, table: keyof typeof CANONICAL_TABLES = 'waybills'): FieldSpec =>
	CANONICAL_TABLES[table].find((f) => f.name === name)!;

async function coerce(field: FieldSpec, input: string | null, factor = 1) {
	const raw = fragment`x`;
	const c = coerceField(field, {
		raw,
		rawType: 'VARCHAR',
		text: normalizedText(raw),
		factor: fragment`${factor}::DOUBLE`,
		utcOffsetHours: 8
	});
	const [row] = await queryRows<{ v: string | number | boolean | null; k: string; t: string }>(
		db,
		sql`SELECT ${c.value} AS v, typeof(${c.value}) AS t, ${c.kind} AS k FROM (SELECT ${input}::VARCHAR AS x)`
	);
	// TIMESTAMP values arrive as epoch milliseconds of the wall-clock time.
	if (row!.t === 'TIMESTAMP' && typeof row!.v === 'number') {
		return [new Date(row!.v).toISOString().slice(0, 19).replace('T', ' '), row!.k];
	}
	return [row!.v, row!.k];
}

type Case = [
	input: string | null,
	value: string | number | boolean | null,
	kind: string,
	factor?: number
];

const CASES: Record<string, [FieldSpec, Case[]]> = {
	timestamp: [
		spec('order_time'),
		[
			['2024-03-05 10:22:00', '2024-03-05 10:22:00', 'ok'],
			['2024-03-05T10:22:00', '2024-03-05 10:22:00', 'ok'],
			['2024/3/5 10:22', '2024-03-05 10:22:00', 'slash-date'],
			['2024.03.05', '2024-03-05 00:00:00', 'slash-date'],
			['2024年3月5日 10时22分', '2024-03-05 10:22:00', 'chinese-date'],
			['2024年3月5日', '2024-03-05 00:00:00', 'chinese-date'],
			['2024年3月5日10点22分30秒', '2024-03-05 10:22:30', 'chinese-date'],
			['45356.43125', '2024-03-05 10:21:00', 'excel-serial'],
			['1709605320', '2024-03-05 10:22:00', 'unix-seconds'],
			['1709605320000', '2024-03-05 10:22:00', 'unix-ms'],
			['  2024-03-05 10:22:00 ', '2024-03-05 10:22:00', 'normalized'],
			['not a date', null, 'invalid'],
			['12345', null, 'invalid'],
			['', null, 'blank'],
			[null, null, 'blank']
		]
	],
	amount: [
		spec('fee'),
		[
			['12.5', 12.5, 'ok'],
			['¥1,234.50', 1234.5, 'separators'],
			['1,234,567', 1234567, 'separators'],
			['8.5元', 8.5, 'currency'],
			['￥12', 12, 'currency'],
			['RMB 30', 30, 'currency'],
			['１２．５', 12.5, 'normalized'],
			['1250', 12.5, 'unit', 0.01],
			['-3', -3, 'ok'],
			['abc', null, 'invalid'],
			['1,2', null, 'invalid']
		]
	],
	weight: [
		spec('weight_kg'),
		[
			['1.2', 1.2, 'ok'],
			['500', 0.5, 'unit', 0.001],
			['500g', 0.5, 'unit'],
			['500 克', 0.5, 'unit'],
			['1.2kg', 1.2, 'suffix'],
			['2公斤', 2, 'suffix'],
			['heavy', null, 'invalid']
		]
	],
	phone: [
		spec('sender_phone'),
		[
			['13800138000', '13800138000', 'ok'],
			['138 0013 8000', '13800138000', 'normalized'],
			['138-0013-8000', '13800138000', 'normalized'],
			['+86 13800138000', '13800138000', 'phone-prefix'],
			['0086-138-0013-8000', '13800138000', 'phone-prefix'],
			['8613800138000', '13800138000', 'phone-prefix'],
			['13800138000.0', '13800138000', 'decimal-phone'],
			['1.3800138000E+10', '13800138000', 'sci-phone'],
			['1.38E+10', null, 'sci-lossy'],
			['010-62345678', '01062345678', 'landline'],
			['12345', null, 'invalid']
		]
	],
	boolean: [
		spec('insured'),
		[
			['是', true, 'ok'],
			['否', false, 'ok'],
			['Y', true, 'ok'],
			['n', false, 'ok'],
			['1', true, 'ok'],
			['0', false, 'ok'],
			['已保价', true, 'ok'],
			['maybe', null, 'invalid']
		]
	],
	integer: [
		spec('age'),
		[
			['32', 32, 'ok'],
			['32岁', 32, 'suffix'],
			['32.6', 33, 'ok'],
			['abc', null, 'invalid']
		]
	],
	enumeration: [
		spec('payment_method'),
		[
			['月结', '月结', 'ok'],
			[' 月结 ', '月结', 'normalized'],
			['月结\u3000', '月结', 'normalized'],
			['寄付', '寄付现结', 'synonym'],
			['COD', '到付', 'synonym'],
			['支票', '支票', 'unknown-value']
		]
	],
	channel: [
		spec('channel'),
		[
			['app', 'APP', 'synonym'],
			['淘宝', '电商平台', 'synonym'],
			['微信小程序', '微信小程序', 'ok']
		]
	],
	id: [
		spec('waybill_id'),
		[
			['SF0001', 'SF0001', 'ok'],
			[' SF0001\t', 'SF0001', 'normalized'],
			['ＳＦ０００１', 'SF0001', 'normalized']
		]
	]
};

describe('coercion rules', () => {
	for (const [name, [field, cases]] of Object.entries(CASES)) {
		describe(name, () => {
			for (const [input, value, kind, factor] of cases) {
				it(`${JSON.stringify(input)} → ${JSON.stringify(value)} (${kind})`, async () => {
					const [v, k] = await coerce(field, input, factor);
					if (typeof value === 'number' && typeof v === 'number') expect(v).toBeCloseTo(value, 9);
					else expect(v).toBe(value);
					expect(k).toBe(kind);
				});
			}
		});
	}

	it('keeps typed Parquet numbers and timestamps as they are', () => {
		const c = coerceField(spec('fee'), {
			raw: fragment`x`,
			rawType: 'DOUBLE',
			text: fragment`x`,
			factor: fragment`1`,
			utcOffsetHours: 8
		});
		expect(c.value.text).toContain('CAST(x AS DOUBLE)');
	});
});

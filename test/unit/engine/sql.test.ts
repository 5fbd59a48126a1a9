import { describe, expect, it } from 'vitest';
import { fragment, fromFile, ident, join, list, sql, sqlType, tuple } from '$lib/engine/sql';

describe('sql tagged template', () => {
	it('turns every value into a parameter', () => {
		const name = "x'; DROP TABLE waybills; --";
		const q = sql`SELECT * FROM waybills WHERE customer_id = ${name} AND fee > ${10}`;
		expect(q.text).toBe('SELECT * FROM waybills WHERE customer_id = ? AND fee > ?');
		expect(q.params).toEqual([name, 10]);
	});

	it('quotes identifiers and doubles embedded quotes', () => {
		expect(sql`SELECT ${ident('运单号')} FROM t`.text).toBe('SELECT "运单号" FROM t');
		expect(sql`SELECT ${ident('a"b')}`.text).toBe('SELECT "a""b"');
		expect(() => ident('a\0b')).toThrow(/invalid identifier/);
	});

	it('splices fragments, lists and tuples with their parameters in order', () => {
		const cond = fragment`fee > ${5}`;
		const q = sql`SELECT ${list(['a', 'b'])}[1] WHERE ${cond} AND x IN ${tuple([1, 2])} AND y = ${'z'}`;
		expect(q.text).toBe('SELECT [?, ?][1] WHERE fee > ? AND x IN (?, ?) AND y = ?');
		expect(q.params).toEqual(['a', 'b', 5, 1, 2, 'z']);
		const joined = join([fragment`${ident('a')} = ${1}`, fragment`${ident('b')} = ${2}`], ' AND ');
		expect(sql`WHERE ${joined}`).toEqual({ text: 'WHERE "a" = ? AND "b" = ?', params: [1, 2] });
	});

	it('only lets whitelisted type names into SQL text', () => {
		expect(sql`CAST(x AS ${sqlType('DOUBLE')})`.text).toBe('CAST(x AS DOUBLE)');
		expect(() => sqlType('DOUBLE); DROP TABLE t; --' as 'DOUBLE')).toThrow(/unknown column type/);
		expect(() => tuple([])).toThrow(/empty tuple/);
	});

	it('keeps .sql file text and positional parameters', () => {
		expect(fromFile('SELECT $1', '2025-01-01')).toEqual({
			text: 'SELECT $1',
			params: ['2025-01-01']
		});
	});
});

import { describe, expect, it } from 'vitest';
import { suggestMapping } from '$lib/ingest/suggest';
import type { MappingTemplate } from '$lib/storage/db';
import { fromTemplate, headerOverlap, headerSignature } from '$lib/storage/templates';

describe('mapping templates', () => {
	it('sign headers independently of order, width, case and units', () => {
		const a = headerSignature('waybills', ['运单号', '重量(kg)', 'Fee']);
		expect(headerSignature('waybills', ['fee', '重量（g）', '运单号'])).toBe(a);
		expect(headerSignature('payments', ['运单号', '重量(kg)', 'Fee'])).not.toBe(a);
		expect(headerOverlap(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'e'])).toBeCloseTo(0.6, 9);
	});

	it('apply a saved mapping to next month’s columns', () => {
		const template: MappingTemplate = {
			signature: 'x',
			table: 'waybills',
			name: '三月',
			headers: ['单号X', '客户Y', '时间Z', '钱'],
			fields: [
				{ field: 'waybill_id', column: '单号X', unit: null },
				{ field: 'customer_id', column: '客户Y', unit: null },
				{ field: 'order_time', column: '时间Z', unit: null },
				{ field: 'fee', column: '钱', unit: 'fen' }
			],
			savedAt: '2025-04-01T00:00:00.000Z'
		};
		const columns = ['单号X', '客户Y', '时间Z', '钱'];
		const suggestion = suggestMapping(
			'waybills',
			columns.map((name) => ({ name, samples: [] }))
		);
		const m = fromTemplate(template, suggestion, columns);
		expect(
			m.fields.filter((f) => f.column).map((f) => [f.field, f.column, f.unit, f.source])
		).toEqual([
			['waybill_id', '单号X', null, 'template'],
			['customer_id', '客户Y', null, 'template'],
			['order_time', '时间Z', null, 'template'],
			['fee', '钱', 'fen', 'template']
		]);
	});
});

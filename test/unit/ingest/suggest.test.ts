import { describe, expect, it } from 'vitest';
import { headerScore, missingRequired, suggestMapping, suggestTable } from '$lib/ingest/suggest';
import { normalizeHeader } from '$lib/ingest/synonyms';

const col = (name: string, samples: string[] = []) => ({ name, samples });
const mapped = (m: ReturnType<typeof suggestMapping>) =>
	Object.fromEntries(m.fields.filter((f) => f.column).map((f) => [f.field, f.column]));

describe('normalizeHeader', () => {
	it('folds width, case, spaces and units', () => {
		expect(normalizeHeader('重量(kg)')).toEqual({ key: '重量', unit: 'kg' });
		expect(normalizeHeader('重量（克）')).toEqual({ key: '重量', unit: 'g' });
		expect(normalizeHeader('运费 [元]')).toEqual({ key: '运费', unit: 'yuan' });
		expect(normalizeHeader('金额(分)')).toEqual({ key: '金额', unit: 'fen' });
		expect(normalizeHeader('Ｗａｙｂｉｌｌ　Ｎｏ')).toEqual({ key: 'waybillno', unit: null });
		expect(normalizeHeader('重量kg')).toEqual({ key: '重量', unit: 'kg' });
		expect(normalizeHeader('Order_Time*')).toEqual({ key: 'ordertime', unit: null });
	});
});

describe('mapping suggestions', () => {
	it('maps Chinese export headers exactly', () => {
		const m = suggestMapping('waybills', [
			col('快递单号'),
			col('月结账号'),
			col('寄件时间'),
			col('计费重量(kg)'),
			col('实收(元)'),
			col('付款方式'),
			col('托寄物')
		]);
		expect(mapped(m)).toEqual({
			waybill_id: '快递单号',
			customer_id: '月结账号',
			order_time: '寄件时间',
			weight_kg: '计费重量(kg)',
			fee: '实收(元)',
			payment_method: '付款方式',
			item_category: '托寄物'
		});
		expect(missingRequired(m)).toEqual([]);
	});

	it('maps English headers', () => {
		const m = suggestMapping('waybills', [
			col('Tracking Number'),
			col('Customer ID'),
			col('Order Date'),
			col('Freight')
		]);
		expect(mapped(m)).toEqual({
			waybill_id: 'Tracking Number',
			customer_id: 'Customer ID',
			order_time: 'Order Date',
			fee: 'Freight'
		});
	});

	it('falls back on values when headers say nothing, and says so', () => {
		const m = suggestMapping('waybills', [
			col('col_a', ['13800138000', '+86 139-0013-9000', '1.3800138000E+10']),
			col('col_b', ['2025/3/5 10:22', '2025-03-06 09:00:00'])
		]);
		const phone = m.fields.find((f) => f.field === 'sender_phone')!;
		expect(phone).toMatchObject({ column: 'col_a', source: 'values' });
		expect(phone.confidence).toBeLessThan(0.5);
		expect(m.fields.find((f) => f.field === 'order_time')?.column).toBe('col_b');
	});

	it('does not take a column twice and demotes header matches the values contradict', () => {
		const m = suggestMapping('waybills', [
			col('运单号', ['A1']),
			col('手机', ['not a phone', 'x'])
		]);
		expect(m.fields.filter((f) => f.column === '运单号')).toHaveLength(1);
		expect(m.fields.find((f) => f.field === 'sender_phone')?.confidence).toBeLessThan(1);
		expect(headerScore('waybills', 'waybill_id', '运单号')).toBe(1);
		expect(headerScore('waybills', 'waybill_id', '原始运单号')).toBeGreaterThan(0.5);
		expect(headerScore('waybills', 'waybill_id', '金额')).toBe(0);
	});

	it('suggests the table a file feeds', () => {
		expect(suggestTable([col('运单号'), col('客户编号'), col('下单时间'), col('运费')]).table).toBe(
			'waybills'
		);
		expect(
			suggestTable([
				col('工单号'),
				col('运单号'),
				col('创建时间'),
				col('问题类型'),
				col('内容'),
				col('满意度')
			]).table
		).toBe('service_sessions');
		expect(
			suggestTable([col('交易流水号'), col('运单号'), col('支付时间'), col('支付金额')]).table
		).toBe('payments');
		expect(
			suggestTable([col('客户编号'), col('手机号'), col('年龄'), col('性别'), col('注册时间')])
				.table
		).toBe('customers');
		expect(
			suggestTable([col('运单号'), col('操作时间'), col('操作网点'), col('操作类型')]).table
		).toBe('tracking_events');
	});
});

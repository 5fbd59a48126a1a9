import type { SqlType } from '$lib/engine/sql';

// The canonical tables after mapping (DESIGN.md). Field names are the SQL names; every later
// query uses only these.

/** DuckDB column types used by the canonical model. */
export type ColumnType = Extract<
	SqlType,
	'VARCHAR' | 'TIMESTAMP' | 'DOUBLE' | 'BOOLEAN' | 'INTEGER'
>;

export interface FieldSpec {
	name: string;
	type: ColumnType;
	required?: boolean;
}

/** Waybills (运单): the one required table. */
export const WAYBILL_FIELDS: readonly FieldSpec[] = [
	{ name: 'waybill_id', type: 'VARCHAR', required: true },
	{ name: 'customer_id', type: 'VARCHAR', required: true },
	{ name: 'sender_phone', type: 'VARCHAR' },
	{ name: 'sender_name', type: 'VARCHAR' },
	{ name: 'order_time', type: 'TIMESTAMP', required: true },
	{ name: 'pickup_time', type: 'TIMESTAMP' },
	{ name: 'sign_time', type: 'TIMESTAMP' },
	{ name: 'origin_province', type: 'VARCHAR' },
	{ name: 'origin_city', type: 'VARCHAR' },
	{ name: 'origin_district', type: 'VARCHAR' },
	{ name: 'origin_lat', type: 'DOUBLE' },
	{ name: 'origin_lng', type: 'DOUBLE' },
	{ name: 'dest_province', type: 'VARCHAR' },
	{ name: 'dest_city', type: 'VARCHAR' },
	{ name: 'weight_kg', type: 'DOUBLE' },
	{ name: 'fee', type: 'DOUBLE', required: true },
	{ name: 'declared_value', type: 'DOUBLE' },
	{ name: 'insured', type: 'BOOLEAN' },
	{ name: 'payment_method', type: 'VARCHAR' },
	{ name: 'channel', type: 'VARCHAR' },
	{ name: 'product', type: 'VARCHAR' },
	{ name: 'item_category', type: 'VARCHAR' },
	{ name: 'is_return', type: 'BOOLEAN' },
	{ name: 'status', type: 'VARCHAR' },
	{ name: 'customer_type', type: 'VARCHAR' },
	{ name: 'age', type: 'INTEGER' },
	{ name: 'age_band', type: 'VARCHAR' },
	{ name: 'gender', type: 'VARCHAR' },
	{ name: 'remark', type: 'VARCHAR' }
];

/** Customer-service sessions and tickets (客服会话/工单). */
export const SERVICE_SESSION_FIELDS: readonly FieldSpec[] = [
	{ name: 'session_id', type: 'VARCHAR', required: true },
	{ name: 'customer_id', type: 'VARCHAR' },
	{ name: 'phone', type: 'VARCHAR' },
	{ name: 'waybill_id', type: 'VARCHAR' },
	{ name: 'created_at', type: 'TIMESTAMP', required: true },
	{ name: 'first_response_at', type: 'TIMESTAMP' },
	{ name: 'resolved_at', type: 'TIMESTAMP' },
	{ name: 'channel', type: 'VARCHAR' },
	{ name: 'category', type: 'VARCHAR' },
	{ name: 'text', type: 'VARCHAR' },
	{ name: 'claim_amount', type: 'DOUBLE' },
	{ name: 'satisfaction', type: 'INTEGER' }
];

/** Payments (支付). */
export const PAYMENT_FIELDS: readonly FieldSpec[] = [
	{ name: 'payment_id', type: 'VARCHAR', required: true },
	{ name: 'waybill_id', type: 'VARCHAR' },
	{ name: 'customer_id', type: 'VARCHAR' },
	{ name: 'paid_at', type: 'TIMESTAMP', required: true },
	{ name: 'amount', type: 'DOUBLE', required: true },
	{ name: 'method', type: 'VARCHAR' },
	{ name: 'coupon_used', type: 'BOOLEAN' },
	{ name: 'settlement', type: 'VARCHAR' }
];

/** Customers (客户/实名). */
export const CUSTOMER_FIELDS: readonly FieldSpec[] = [
	{ name: 'customer_id', type: 'VARCHAR', required: true },
	{ name: 'phone', type: 'VARCHAR' },
	{ name: 'age', type: 'INTEGER' },
	{ name: 'gender', type: 'VARCHAR' },
	{ name: 'city', type: 'VARCHAR' },
	{ name: 'register_channel', type: 'VARCHAR' },
	{ name: 'registered_at', type: 'TIMESTAMP' },
	{ name: 'customer_type', type: 'VARCHAR' }
];

/** Canonical table names and their fields. */
export const CANONICAL_TABLES = {
	waybills: WAYBILL_FIELDS,
	service_sessions: SERVICE_SESSION_FIELDS,
	payments: PAYMENT_FIELDS,
	customers: CUSTOMER_FIELDS
} as const;

export type CanonicalTable = keyof typeof CANONICAL_TABLES;

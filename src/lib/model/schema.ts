import type { SqlType } from '$lib/engine/sql';

// The canonical tables after mapping (DESIGN.md). Field names are the SQL names; every later
// query uses only these. `kind` says how raw values are parsed and repaired (ingest/coerce.ts).

/** DuckDB column types used by the canonical model. */
export type ColumnType = Extract<
	SqlType,
	'VARCHAR' | 'TIMESTAMP' | 'DOUBLE' | 'BOOLEAN' | 'INTEGER'
>;

/** How a raw value becomes a canonical one. */
export type FieldKind =
	| 'id'
	| 'text'
	| 'phone'
	| 'timestamp'
	| 'amount'
	| 'weight'
	| 'number'
	| 'integer'
	| 'boolean'
	| 'enum'
	| 'province'
	| 'city';

/** Vocabularies of enum fields (values and synonyms in model/vocab.ts). */
export type VocabName =
	| 'channel'
	| 'payment_method'
	| 'product'
	| 'item_category'
	| 'status'
	| 'customer_type'
	| 'gender'
	| 'service_channel'
	| 'service_category'
	| 'pay_instrument'
	| 'settlement'
	| 'tracking_event';

export interface FieldSpec {
	name: string;
	type: ColumnType;
	kind: FieldKind;
	required?: boolean;
	vocab?: VocabName;
}

const f = (
	name: string,
	type: ColumnType,
	kind: FieldKind,
	extra: { required?: boolean; vocab?: VocabName } = {}
): FieldSpec => ({ name, type, kind, ...extra });

/** Waybills (运单): the one required table. */
export const WAYBILL_FIELDS: readonly FieldSpec[] = [
	f('waybill_id', 'VARCHAR', 'id', { required: true }),
	// Optional on its own: a phone number can stand in (cleaning unifies the two).
	f('customer_id', 'VARCHAR', 'id'),
	f('sender_phone', 'VARCHAR', 'phone'),
	f('sender_name', 'VARCHAR', 'text'),
	f('order_time', 'TIMESTAMP', 'timestamp', { required: true }),
	f('pickup_time', 'TIMESTAMP', 'timestamp'),
	f('sign_time', 'TIMESTAMP', 'timestamp'),
	f('origin_province', 'VARCHAR', 'province'),
	f('origin_city', 'VARCHAR', 'city'),
	f('origin_district', 'VARCHAR', 'text'),
	f('origin_lat', 'DOUBLE', 'number'),
	f('origin_lng', 'DOUBLE', 'number'),
	f('dest_province', 'VARCHAR', 'province'),
	f('dest_city', 'VARCHAR', 'city'),
	f('weight_kg', 'DOUBLE', 'weight'),
	f('fee', 'DOUBLE', 'amount', { required: true }),
	f('declared_value', 'DOUBLE', 'amount'),
	f('insured', 'BOOLEAN', 'boolean'),
	f('payment_method', 'VARCHAR', 'enum', { vocab: 'payment_method' }),
	f('channel', 'VARCHAR', 'enum', { vocab: 'channel' }),
	f('product', 'VARCHAR', 'enum', { vocab: 'product' }),
	f('item_category', 'VARCHAR', 'enum', { vocab: 'item_category' }),
	f('is_return', 'BOOLEAN', 'boolean'),
	f('status', 'VARCHAR', 'enum', { vocab: 'status' }),
	f('customer_type', 'VARCHAR', 'enum', { vocab: 'customer_type' }),
	f('age', 'INTEGER', 'integer'),
	f('age_band', 'VARCHAR', 'text'),
	f('gender', 'VARCHAR', 'enum', { vocab: 'gender' }),
	f('remark', 'VARCHAR', 'text')
];

/** Tracking events (物流轨迹): transit stays between nodes. */
export const TRACKING_EVENT_FIELDS: readonly FieldSpec[] = [
	f('waybill_id', 'VARCHAR', 'id', { required: true }),
	f('event_time', 'TIMESTAMP', 'timestamp', { required: true }),
	f('node', 'VARCHAR', 'text'),
	f('event', 'VARCHAR', 'enum', { vocab: 'tracking_event' })
];

/** Customer-service sessions and tickets (客服会话/工单). */
export const SERVICE_SESSION_FIELDS: readonly FieldSpec[] = [
	f('session_id', 'VARCHAR', 'id', { required: true }),
	f('customer_id', 'VARCHAR', 'id'),
	f('phone', 'VARCHAR', 'phone'),
	f('waybill_id', 'VARCHAR', 'id'),
	f('created_at', 'TIMESTAMP', 'timestamp', { required: true }),
	f('first_response_at', 'TIMESTAMP', 'timestamp'),
	f('resolved_at', 'TIMESTAMP', 'timestamp'),
	f('channel', 'VARCHAR', 'enum', { vocab: 'service_channel' }),
	f('category', 'VARCHAR', 'enum', { vocab: 'service_category' }),
	f('text', 'VARCHAR', 'text'),
	f('claim_amount', 'DOUBLE', 'amount'),
	f('satisfaction', 'INTEGER', 'integer')
];

/** Payments (支付). */
export const PAYMENT_FIELDS: readonly FieldSpec[] = [
	f('payment_id', 'VARCHAR', 'id', { required: true }),
	f('waybill_id', 'VARCHAR', 'id'),
	f('customer_id', 'VARCHAR', 'id'),
	f('paid_at', 'TIMESTAMP', 'timestamp', { required: true }),
	f('amount', 'DOUBLE', 'amount', { required: true }),
	f('method', 'VARCHAR', 'enum', { vocab: 'pay_instrument' }),
	f('coupon_used', 'BOOLEAN', 'boolean'),
	f('settlement', 'VARCHAR', 'enum', { vocab: 'settlement' })
];

/** Customers (客户/实名). */
export const CUSTOMER_FIELDS: readonly FieldSpec[] = [
	f('customer_id', 'VARCHAR', 'id', { required: true }),
	f('phone', 'VARCHAR', 'phone'),
	f('age', 'INTEGER', 'integer'),
	f('gender', 'VARCHAR', 'enum', { vocab: 'gender' }),
	f('city', 'VARCHAR', 'city'),
	f('register_channel', 'VARCHAR', 'enum', { vocab: 'channel' }),
	f('registered_at', 'TIMESTAMP', 'timestamp'),
	f('customer_type', 'VARCHAR', 'enum', { vocab: 'customer_type' })
];

/** Canonical table names and their fields, in the order the import page lists them. */
export const CANONICAL_TABLES = {
	waybills: WAYBILL_FIELDS,
	service_sessions: SERVICE_SESSION_FIELDS,
	payments: PAYMENT_FIELDS,
	customers: CUSTOMER_FIELDS,
	tracking_events: TRACKING_EVENT_FIELDS
} as const;

export type CanonicalTable = keyof typeof CANONICAL_TABLES;
export const TABLE_NAMES = Object.keys(CANONICAL_TABLES) as CanonicalTable[];

/** Lineage columns every canonical table carries: which file and where in it. */
export const LINEAGE_COLUMNS = ['_file_id', '_line'] as const;

/**
 * Where the import (or the sample generator) writes a canonical table before cleaning:
 * src_<table>. Cleaning reads it and writes <table>, the table every analysis reads.
 */
export const sourceTable = (table: CanonicalTable) => `src_${table}`;

/** Groups of fields of which a table needs at least one mapped (a customer ID or a phone). */
export const REQUIRED_ONE_OF: Partial<Record<CanonicalTable, readonly (readonly string[])[]>> = {
	waybills: [['customer_id', 'sender_phone']]
};

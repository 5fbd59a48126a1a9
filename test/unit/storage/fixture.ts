// A small src_waybills and quarantine_waybills with the types, NULLs and Chinese text a real
// import produces.
import { queryRows, type Db } from '$lib/engine/sql';
import { quarantineTable } from '$lib/ingest/apply';
import { createTableSql } from '$lib/model/ddl';
import { CANONICAL_TABLES } from '$lib/model/schema';

export async function waybillFixture(db: Db): Promise<void> {
	await db.query(createTableSql('src_waybills', CANONICAL_TABLES.waybills));
	await db.run(`INSERT INTO src_waybills (waybill_id, customer_id, sender_phone, sender_name, order_time,
			origin_province, origin_city, weight_kg, fee, insured, age, remark, _file_id, _line)
		VALUES ('W1', 'C1', '13800138000', '张三', TIMESTAMP '2024-03-01 08:15:30.123456', '广东省', '深圳市', 1.25, 12.5, true, 30, '易碎品,轻放', 1, 2),
			('W2', NULL, '13900139000', '李四', TIMESTAMP '2024-03-02 23:59:59', NULL, NULL, NULL, 8, false, NULL, NULL, 1, 3),
			('W3', 'C2', NULL, NULL, TIMESTAMP '1999-12-31 00:00:00', '北京', '北京市', 0.0, -1.5, NULL, 0, '', 2, 2)`);
	await db.run(`CREATE OR REPLACE TABLE ${quarantineTable('waybills')} AS
		SELECT 1::INTEGER AS _file_id, 9::INTEGER AS _line, 'missing:fee' AS reason,
			'W9' AS waybill_id, '138 0013 8000' AS sender_phone, '王五' AS sender_name, NULL::VARCHAR AS fee`);
}

/** All rows of a table in rowid order. */
export const allRows = (db: Db, table: string) =>
	queryRows<Record<string, unknown>>(db, {
		text: `SELECT * FROM "${table}" ORDER BY rowid`,
		params: []
	});

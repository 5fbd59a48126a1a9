// A hand-built clean `waybills` table for the scenario tests; every expected figure is worked out
// by hand in the tests. Default-rule matches are in the last column.
//
// id   cust order_time  fee cat     product ret   ins   declared weight remark              → scenarios
// s1   A    01-10 12:00 10  服装    标快    true  false –        1      –                   ecommerce_return
// s2   A    02-10 12:00 20  生鲜    冷链    false false –        2      礼盒                fresh_gift
// s3   A    03-10 12:00 30  文件    标快    false false –        0.5    合同原件            contract_invoice
// s4   B    03-11 12:00 40  3C数码  特快    true  true  5000     3      退换 iPhone         ecommerce_return, high_value
// s5   B    04-01 12:00 15  其他    标快    false false –        25     –                   bulky
// s6   B    04-02 12:00 12  其他    标快    false –     –        –      PROMO 100%_off      daily
// s7   C    04-03 12:00  8  药品    标快    false false –        1      –                   medicine
// s8   C    04-04 12:00  9  服装    标快    –     –     1999.99  1      O'Brien 退货        ecommerce_return
// s9   D    04-05 12:00 11  食品    标快    false false 2000     20     a.b*c               fresh_gift, high_value, bulky
// s10  E    04-06 12:00  5  –       –       –     –     –        –      –                   daily
// s11  –    04-07 12:00  7  服装    标快    false false –        1      –                   daily
// s12  B    04-08 12:00 18  其他    标快    false false –        30     –                   bulky
// (all in 2024; total fee 185)
import type { Db } from '$lib/engine/sql';

export async function loadScenarioWaybills(db: Db): Promise<void> {
	await db.run(`CREATE OR REPLACE TABLE waybills (waybill_id VARCHAR, customer_key VARCHAR,
		order_time TIMESTAMP, fee DOUBLE, item_category VARCHAR, product VARCHAR, is_return BOOLEAN,
		insured BOOLEAN, declared_value DOUBLE, weight_kg DOUBLE, remark VARCHAR)`);
	await db.run(`INSERT INTO waybills VALUES
		('s1', 'A', '2024-01-10 12:00', 10, '服装', '标快', true, false, NULL, 1, NULL),
		('s2', 'A', '2024-02-10 12:00', 20, '生鲜', '冷链', false, false, NULL, 2, '礼盒'),
		('s3', 'A', '2024-03-10 12:00', 30, '文件', '标快', false, false, NULL, 0.5, '合同原件'),
		('s4', 'B', '2024-03-11 12:00', 40, '3C数码', '特快', true, true, 5000, 3, '退换 iPhone'),
		('s5', 'B', '2024-04-01 12:00', 15, '其他', '标快', false, false, NULL, 25, NULL),
		('s6', 'B', '2024-04-02 12:00', 12, '其他', '标快', false, NULL, NULL, NULL, 'PROMO 100%_off'),
		('s7', 'C', '2024-04-03 12:00', 8, '药品', '标快', false, false, NULL, 1, NULL),
		('s8', 'C', '2024-04-04 12:00', 9, '服装', '标快', NULL, NULL, 1999.99, 1, 'O''Brien 退货'),
		('s9', 'D', '2024-04-05 12:00', 11, '食品', '标快', false, false, 2000, 20, 'a.b*c'),
		('s10', 'E', '2024-04-06 12:00', 5, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
		('s11', NULL, '2024-04-07 12:00', 7, '服装', '标快', false, false, NULL, 1, NULL),
		('s12', 'B', '2024-04-08 12:00', 18, '其他', '标快', false, false, NULL, 30, NULL)`);
}

/** Sessions on the scenario waybills: complaints on s1 (延误) and s5 (破损); s4's is a 咨询 whose
 * text the analysis typed as damage; ss4 has no waybill. */
export async function loadScenarioSessions(db: Db, { emotion = false } = {}): Promise<void> {
	await db.run(`CREATE OR REPLACE TABLE service_sessions (session_id VARCHAR, customer_key VARCHAR,
		waybill_id VARCHAR, created_at TIMESTAMP, first_response_at TIMESTAMP, resolved_at TIMESTAMP,
		category VARCHAR)`);
	await db.run(`INSERT INTO service_sessions VALUES
		('ss1', 'A', 's1', '2024-01-11', NULL, NULL, '延误'),
		('ss2', 'B', 's4', '2024-03-12', NULL, NULL, '咨询'),
		('ss3', 'B', 's5', '2024-04-02', NULL, NULL, '破损'),
		('ss4', 'C', NULL, '2024-04-04', NULL, NULL, '理赔'),
		('ss5', 'D', 's9', '2024-04-06', NULL, NULL, '表扬')`);
	await db.run('DROP TABLE IF EXISTS session_emotion');
	if (emotion) {
		await db.run(`CREATE TABLE session_emotion (session_id VARCHAR, sentiment DOUBLE,
			label VARCHAR, types VARCHAR[])`);
		await db.run(`INSERT INTO session_emotion VALUES ('ss2', -0.7, 'negative', ['damage']),
			('ss5', 0.9, 'positive', [])`);
	}
}

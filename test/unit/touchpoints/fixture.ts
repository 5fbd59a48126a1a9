// Hand-built clean tables for the touchpoint tests; every expected figure is worked out by hand
// in the test files from these rows.
//
// waybills                                  service_sessions (created 2024-01-NN 09:00, NN = 1 + n)
// id  cust route category status            id   cust wb   category  (session_emotion: sentiment label types)
// w1  A    同城  服装      已签收            c1   A    w2   延误      -0.9 negative [delay]
// w2  A    跨省  3C数码    破损              c2   A    w2   破损
// w3  B    跨省  3C数码    已签收            c3   B    w4   延误
// w4  B    跨省  服装      延误              c4   B    w4   延误
// w5  C    省内  生鲜      已签收            c5   C    w5   咨询      -0.6 negative [delay]
// w6  C    省内  文件      已签收            c6   C    w6   费用      -0.3 negative [fee]
// w7  D    同城  3C数码    已签收            c7   D    w7   破损
// w8  D    –     –         破损              c8   D    w99  延误      (w99 is not a waybill)
//                                           c9   D    –    态度
//                                           c10  A    w1   表扬       0.8 positive []
//                                           c11  B    w3   咨询      -0.5 negative [damage]
//                                           c12  A    –    理赔      (resolved_at NULL)
//                                           c13  –    –    咨询
//
// tracking_events (T = 2024-01-01 00:00), longest same-node stay before 发件:
// w1 揽收 n1 T+8h, 发件 n1 T+12h (4h), 到件 n2 T+20h, 发件 n2 T+30h (10h), 派件 n3 T+34h, 签收 T+38h → 10h
// w2 揽收 n1 T, 发件 n1 T+2h (2h), 到件 n2 T+10h, 发件 n2 T+40h (30h)                                    → 30h
// w3 揽收 n1 T, 发件 n1 T+1h (1h), 到件 n2 T+5h, 发件 n3 T+20h (other node: not a stay)                 → 1h
// w4 揽收 n1 T, 发件 n1 T+12h (12h), 到件 n2 T+20h, 派件 n2 T+50h (last mile: not a stay)                → 12h
// w5 签收 T+30h only                                                                                   → unmeasured
// w6 揽收 (no node) T, 发件 n1 T+13h (unknown node counts)                                               → 13h
// w7 发件 n1 T and 揽收 n1 T (same time: 揽收 sorts first)                                               → 0h
// w99 揽收 n1 T, 发件 n1 T+50h (not a waybill: ignored)
import type { Db } from '$lib/engine/sql';

const WAYBILLS = [
	`CREATE OR REPLACE TABLE waybills (waybill_id VARCHAR, customer_key VARCHAR, order_time TIMESTAMP,
		route_type VARCHAR, item_category VARCHAR, status VARCHAR, fee DOUBLE)`,
	`INSERT INTO waybills VALUES
		('w1', 'A', '2024-01-01 08:00', '同城', '服装', '已签收', 10),
		('w2', 'A', '2024-01-01 08:00', '跨省', '3C数码', '破损', 20),
		('w3', 'B', '2024-01-01 08:00', '跨省', '3C数码', '已签收', 20),
		('w4', 'B', '2024-01-01 08:00', '跨省', '服装', '延误', 15),
		('w5', 'C', '2024-01-01 08:00', '省内', '生鲜', '已签收', 12),
		('w6', 'C', '2024-01-01 08:00', '省内', '文件', '已签收', 8),
		('w7', 'D', '2024-01-01 08:00', '同城', '3C数码', '已签收', 9),
		('w8', 'D', '2024-01-01 08:00', NULL, NULL, '破损', 7)`
];

const SESSIONS = [
	`CREATE OR REPLACE TABLE service_sessions (session_id VARCHAR, customer_key VARCHAR,
		waybill_id VARCHAR, created_at TIMESTAMP, first_response_at TIMESTAMP, resolved_at TIMESTAMP,
		category VARCHAR, text VARCHAR)`,
	`INSERT INTO service_sessions
		SELECT id, cust, wb, TIMESTAMP '2024-01-01 09:00' + to_days(n), NULL, NULL, cat, NULL
		FROM (VALUES
			('c1', 'A', 'w2', 1, '延误'), ('c2', 'A', 'w2', 2, '破损'), ('c3', 'B', 'w4', 3, '延误'),
			('c4', 'B', 'w4', 4, '延误'), ('c5', 'C', 'w5', 5, '咨询'), ('c6', 'C', 'w6', 6, '费用'),
			('c7', 'D', 'w7', 7, '破损'), ('c8', 'D', 'w99', 8, '延误'), ('c9', 'D', NULL, 9, '态度'),
			('c10', 'A', 'w1', 10, '表扬'), ('c11', 'B', 'w3', 11, '咨询'), ('c12', 'A', NULL, 12, '理赔'),
			('c13', NULL, NULL, 13, '咨询')
		) AS v(id, cust, wb, n, cat)`
];

export const EMOTION = [
	`CREATE OR REPLACE TABLE session_emotion (session_id VARCHAR, sentiment DOUBLE, label VARCHAR,
		types VARCHAR[])`,
	`INSERT INTO session_emotion VALUES
		('c1', -0.9, 'negative', ['delay']), ('c5', -0.6, 'negative', ['delay']),
		('c6', -0.3, 'negative', ['fee']), ('c10', 0.8, 'positive', []),
		('c11', -0.5, 'negative', ['damage'])`
];

const TRACKING = [
	`CREATE OR REPLACE TABLE tracking_events (waybill_id VARCHAR, event_time TIMESTAMP, node VARCHAR,
		event VARCHAR)`,
	`INSERT INTO tracking_events
		SELECT wb, TIMESTAMP '2024-01-01 00:00' + to_hours(h), node, ev
		FROM (VALUES
			('w1', 8, 'n1', '揽收'), ('w1', 12, 'n1', '发件'), ('w1', 20, 'n2', '到件'),
			('w1', 30, 'n2', '发件'), ('w1', 34, 'n3', '派件'), ('w1', 38, 'n3', '签收'),
			('w2', 0, 'n1', '揽收'), ('w2', 2, 'n1', '发件'), ('w2', 10, 'n2', '到件'), ('w2', 40, 'n2', '发件'),
			('w3', 0, 'n1', '揽收'), ('w3', 1, 'n1', '发件'), ('w3', 5, 'n2', '到件'), ('w3', 20, 'n3', '发件'),
			('w4', 0, 'n1', '揽收'), ('w4', 12, 'n1', '发件'), ('w4', 20, 'n2', '到件'), ('w4', 50, 'n2', '派件'),
			('w5', 30, 'n9', '签收'),
			('w6', 0, NULL, '揽收'), ('w6', 13, 'n1', '发件'),
			('w7', 0, 'n1', '发件'), ('w7', 0, 'n1', '揽收'),
			('w99', 0, 'n1', '揽收'), ('w99', 50, 'n1', '发件')
		) AS v(wb, h, node, ev)`
];

export interface TouchFixture {
	sessions?: boolean;
	emotion?: boolean;
	tracking?: boolean;
}

/** Loads the tables; optional ones are dropped when not asked for. */
export async function loadTouchFixture(
	db: Db,
	{ sessions = true, emotion = false, tracking = true }: TouchFixture = {}
): Promise<void> {
	for (const s of WAYBILLS) await db.run(s);
	for (const table of [
		'service_sessions',
		'session_emotion',
		'tracking_events',
		'customer_features'
	])
		await db.run(`DROP TABLE IF EXISTS ${table}`);
	if (sessions) for (const s of SESSIONS) await db.run(s);
	if (emotion) for (const s of EMOTION) await db.run(s);
	if (tracking) for (const s of TRACKING) await db.run(s);
}

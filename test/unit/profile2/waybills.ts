// A hand-built clean `waybills` table of eight parcels (and a small `payments` table), small
// enough that every expected figure in the profile2 tests is computed by hand in the test.
//
// id  cust order_time        province city    route fee ret   channel    payment  type age band  gender status   product  lat/lng
// w1  A    2024-01-05 21:00  广东省   深圳市  同城  10  false APP        月结     企业  –   –     –      已签收   标快     22.54/114.06
// w2  A    2024-01-06 10:00  广东省   深圳市  跨省  20  false APP        月结     企业  –   –     –      已签收   特快     22.56/114.04
// w3  A    2024-02-10 23:30  广东省   深圳    省内  10  true  APP        月结     企业  –   –     –      退回     标快     –
// w4  B    2024-02-11 05:59  广东省   佛山市  跨省  10  true  微信小程序 寄付现结 个人  30  –     女     退回     标快     23.02/113.12
// w5  C    2024-03-01 06:00  浙江省   杭州市  跨省  15  false 微信小程序 寄付现结 个人  –   25-34 男     已签收   标快     30.27/120.16
// w6  C    2024-03-02 19:59  浙江省   杭州市  同城   5  –     微信小程序 到付     个人  –   25-34 男     延误     同城急送 0/0
// w7  D    2024-03-15 20:00  浙江省   丽水市  省内   8  false 官网       寄付现结 个人  50  –     女     破损     经济快递 28.47/119.92
// w8  E    2024-04-20 12:00  –        –       –     12  false –          –        –     –   –     –      –        –        –
import type { Db } from '$lib/engine/sql';

export const WAYBILLS_DDL = `CREATE OR REPLACE TABLE waybills (
	waybill_id VARCHAR, customer_key VARCHAR, order_time TIMESTAMP, origin_province VARCHAR,
	origin_city VARCHAR, route_type VARCHAR, fee DOUBLE, is_return BOOLEAN, channel VARCHAR,
	payment_method VARCHAR, customer_type VARCHAR, age INTEGER, age_band VARCHAR, gender VARCHAR,
	status VARCHAR, product VARCHAR, origin_lat DOUBLE, origin_lng DOUBLE)`;

export const WAYBILLS_ROWS = `INSERT INTO waybills VALUES
	('w1', 'A', '2024-01-05 21:00', '广东省', '深圳市', '同城', 10, false, 'APP', '月结', '企业', NULL, NULL, NULL, '已签收', '标快', 22.54, 114.06),
	('w2', 'A', '2024-01-06 10:00', '广东省', '深圳市', '跨省', 20, false, 'APP', '月结', '企业', NULL, NULL, NULL, '已签收', '特快', 22.56, 114.04),
	('w3', 'A', '2024-02-10 23:30', '广东省', '深圳', '省内', 10, true, 'APP', '月结', '企业', NULL, NULL, NULL, '退回', '标快', NULL, NULL),
	('w4', 'B', '2024-02-11 05:59', '广东省', '佛山市', '跨省', 10, true, '微信小程序', '寄付现结', '个人', 30, NULL, '女', '退回', '标快', 23.02, 113.12),
	('w5', 'C', '2024-03-01 06:00', '浙江省', '杭州市', '跨省', 15, false, '微信小程序', '寄付现结', '个人', NULL, '25-34', '男', '已签收', '标快', 30.27, 120.16),
	('w6', 'C', '2024-03-02 19:59', '浙江省', '杭州市', '同城', 5, NULL, '微信小程序', '到付', '个人', NULL, '25-34', '男', '延误', '同城急送', 0, 0),
	('w7', 'D', '2024-03-15 20:00', '浙江省', '丽水市', '省内', 8, false, '官网', '寄付现结', '个人', 50, NULL, '女', '破损', '经济快递', 28.47, 119.92),
	('w8', 'E', '2024-04-20 12:00', NULL, NULL, NULL, 12, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`;

export const PAYMENTS = [
	`CREATE OR REPLACE TABLE payments (payment_id VARCHAR, waybill_id VARCHAR, coupon_used BOOLEAN)`,
	// w1 paid in two parts (one with a coupon), w99 has no waybill.
	`INSERT INTO payments VALUES ('p1', 'w1', true), ('p2', 'w1', false), ('p3', 'w4', false),
		('p4', 'w5', true), ('p5', 'w6', NULL), ('p6', 'w99', true)`
];

/** Creates the eight-parcel waybills table (and, if asked, the payments table). */
export async function loadWaybills(db: Db, { payments = false } = {}): Promise<void> {
	await db.run(WAYBILLS_DDL);
	await db.run(WAYBILLS_ROWS);
	await db.run('DROP TABLE IF EXISTS payments');
	if (payments) for (const s of PAYMENTS) await db.run(s);
}

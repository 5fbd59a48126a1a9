// Six customers whose RFM values, scores, segments and thresholds are worked out by hand in
// value.test.ts. as_of is fixed at 2024-07-01.
import type { Db } from '../../../src/lib/engine/sql';

const ORDERS: [string, string[], number][] = [
	// customer, order days, fee per order
	[
		'A',
		['06-03', '06-06', '06-09', '06-12', '06-15', '06-18', '06-21', '06-24', '06-27', '06-30'],
		100
	],
	['B', ['06-04', '06-08', '06-12', '06-16', '06-20'], 20],
	['C', ['01-10'], 500],
	['D', ['03-01', '03-11'], 10],
	['E', ['05-01', '05-15', '06-01'], 30],
	['F', ['06-25'], 5]
];

/** Creates `waybills` (and `service_sessions` unless `sessions` is false). */
export async function createValueFixture(db: Db, sessions = true): Promise<void> {
	const rows: string[] = [];
	let n = 0;
	for (const [customer, days, fee] of ORDERS)
		for (const day of days) {
			n += 1;
			// A ships at night (21:00), everyone else at 10:00; A is a monthly-billed e-commerce seller.
			const hour = customer === 'A' ? '21' : '10';
			const pay = customer === 'A' ? '月结' : '寄付现结';
			const channel = customer === 'A' ? '电商平台' : 'APP';
			const type = customer === 'A' ? '企业' : '个人';
			const route = customer === 'C' ? '跨省' : '省内';
			const category = customer === 'C' ? '3C数码' : '服装';
			rows.push(
				`('W${n}', '${customer}', TIMESTAMP '2024-${day} ${hour}:00:00', ${fee}, 1.5, '${route}', false, '${category}', '${pay}', '${channel}', '${type}')`
			);
		}
	await db.run(`CREATE OR REPLACE TABLE waybills AS SELECT * FROM (VALUES ${rows.join(', ')})
		AS t(waybill_id, customer_key, order_time, fee, weight_kg, route_type, is_return, item_category, payment_method, channel, customer_type)`);
	await db.run('DROP TABLE IF EXISTS service_sessions');
	if (sessions)
		await db.run(`CREATE TABLE service_sessions AS SELECT * FROM (VALUES
			('S1', 'A', TIMESTAMP '2024-06-10 09:00:00', '延误'),
			('S2', 'A', TIMESTAMP '2024-06-11 09:00:00', '表扬'),
			('S3', 'C', TIMESTAMP '2024-01-12 09:00:00', '破损'),
			('S4', 'C', TIMESTAMP '2024-01-13 09:00:00', '理赔'),
			('S5', 'D', TIMESTAMP '2024-03-12 09:00:00', '咨询'),
			('S6', 'B', TIMESTAMP '2024-07-05 09:00:00', '延误')
		) AS t(session_id, customer_key, created_at, category)`);
}

// Scoring service texts into session_emotion: each distinct text once, every session joined back,
// empty texts left unscored, and the table present (empty) when there are no texts at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '$lib/engine/sql';
import { createAnalyzer, type TextAnalyzer } from '$lib/emotion/analyze';
import { scoreSessions } from '$lib/emotion/score-sessions';
import { emotionSummary, maskDigits } from '$lib/emotion/summary';
import { defaultSentimentModel } from '$lib/emotion/sentiment-model';
import { loadNodeTokenizer } from '$lib/emotion/tokenize-node';
import { openNodeDuckDb, type NodeDuckDb } from '../../support/duckdb-node';

let duck: NodeDuckDb;
let db: Db;
let analyzer: TextAnalyzer;
let calls = 0;

beforeAll(async () => {
	duck = await openNodeDuckDb();
	db = duck.db;
	const real = createAnalyzer(await loadNodeTokenizer(), defaultSentimentModel());
	analyzer = {
		analyze(text) {
			calls += 1;
			return real.analyze(text);
		}
	};
});
afterAll(() => duck.close());

describe('scoreSessions', () => {
	it('scores each distinct text once and joins every session back', async () => {
		await db.run(`CREATE OR REPLACE TABLE service_sessions AS SELECT * FROM (VALUES
			('S1', '快递三天了还没到,太慢了'),
			('S2', '包裹破损了,里面的东西摔坏了'),
			('S3', '快递员很负责,速度很快,非常满意'),
			('S4', '快递三天了还没到,太慢了'),
			('S5', NULL),
			('S6', '   ')
		) AS t(session_id, text)`);
		calls = 0;
		const r = (await scoreSessions(db, analyzer, { batch: 2 }))!;
		expect(r).toMatchObject({ sessions: 6, texts: 3 });
		expect(calls).toBe(3);
		const rows = await queryRows<{
			session_id: string;
			label: string | null;
			types: string[];
			sentiment: number | null;
		}>(db, {
			text: 'SELECT session_id, label, types, sentiment FROM session_emotion ORDER BY session_id',
			params: []
		});
		const by = Object.fromEntries(rows.map((x) => [x.session_id, x]));
		expect(by.S1!.label).toBe('negative');
		expect(by.S1!.types).toContain('delay');
		expect(by.S4).toEqual(by.S1 && { ...by.S1, session_id: 'S4' });
		expect(by.S2!.types).toContain('damage');
		expect(by.S3!.label).toBe('positive');
		expect(by.S3!.types).toEqual([]);
		expect(by.S5!.sentiment).toBeNull();
		expect(by.S6!.types).toEqual([]);
	});

	it('builds an unscored table when no session has text, and nothing without sessions (or an empty table)', async () => {
		await db.run(`CREATE OR REPLACE TABLE service_sessions AS
			SELECT 'S1' AS session_id, NULL::VARCHAR AS text`);
		const r = (await scoreSessions(db, analyzer))!;
		expect(r.texts).toBe(0);
		expect(r.sessions).toBe(1);
		await db.run('DELETE FROM service_sessions');
		expect(await scoreSessions(db, analyzer)).toBeNull();
		await db.run('DROP TABLE service_sessions');
		expect(await scoreSessions(db, analyzer)).toBeNull();
	});

	it('summarises labels and complaint types from text and category', async () => {
		await db.run(`CREATE OR REPLACE TABLE service_sessions AS SELECT * FROM (VALUES
			('S1', '延误', '电话', '快递三天了还没到,太慢了'),
			('S2', '咨询', '在线', '包裹破损了,里面的东西摔坏了,电话13800001111'),
			('S3', '表扬', '在线', '快递员很负责,速度很快,非常满意'),
			('S4', '破损', '电话', NULL)
		) AS t(session_id, category, channel, text)`);
		await scoreSessions(db, analyzer);
		const s = await emotionSummary(db);
		expect(s.sessions).toBe(4);
		expect(s.scored).toBe(3);
		const types = Object.fromEntries(s.types.map((x) => [x.type, x]));
		// S1: delay by category and text; S2: damage by text only; S4: damage by category only.
		expect(types.delay).toMatchObject({ sessions: 1, fromText: 1, fromCategory: 1 });
		expect(types.damage).toMatchObject({ sessions: 2, fromText: 1, fromCategory: 1 });
		// S2 is filed as a question but its words are a damage complaint.
		expect(s.hiddenComplaints).toBe(1);
		expect(s.examples[0]!.text).not.toContain('13800001111');
		expect(s.byChannel.find((c) => c.channel === '电话')!.sessions).toBe(2);
	});

	it('masks long digit runs', () => {
		expect(maskDigits('单号 SF1234567890123 电话 13800001111 共 3 件')).toBe(
			'单号 SF123****0123 电话 138****1111 共 3 件'
		);
	});

	it('stops between batches when cancelled', async () => {
		await db.run(`CREATE OR REPLACE TABLE service_sessions AS
			SELECT 'S' || i AS session_id, '第' || i || '次催件,还没到' AS text FROM range(10) AS t(i)`);
		const controller = new AbortController();
		let batches = 0;
		await expect(
			scoreSessions(db, analyzer, {
				batch: 3,
				signal: controller.signal,
				onProgress: () => {
					batches += 1;
					controller.abort(new Error('cancelled'));
				}
			})
		).rejects.toThrow('cancelled');
		expect(batches).toBe(1);
	});
});

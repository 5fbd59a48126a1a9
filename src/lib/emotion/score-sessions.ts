// Scores every customer-service text into `session_emotion` (session_id, sentiment, label,
// types). Each distinct text is analysed once — exports repeat template texts a lot — in
// batches that yield between them, so the worker stays responsive and can be cancelled.

import { columnsToIpc, dictionary } from '$lib/engine/arrow';
import { queryOne, queryRows, sql, tableExists, type Db } from '$lib/engine/sql';
import type { TextAnalyzer } from './analyze';

export interface ScoreProgress {
	done: number;
	total: number;
}

export interface ScoreReport {
	sessions: number;
	/** Distinct non-empty texts analysed. */
	texts: number;
	/** Milliseconds spent in the analyser (tokenising, sentiment, complaint types). */
	analyzeMs: number;
	totalMs: number;
}

const LABELS = ['negative', 'neutral', 'positive'] as const;

/**
 * True when there are service sessions: the table is optional, and an import without a sessions
 * file leaves it empty (an empty table counts as absent, as in touchpoints/common.ts).
 */
export async function hasSessions(db: Db): Promise<boolean> {
	if (!(await tableExists(db, 'service_sessions'))) return false;
	const rows = await queryOne<{ n: number }>(
		db,
		sql`SELECT count(*) AS n FROM (SELECT 1 FROM service_sessions LIMIT 1)`
	);
	return rows.n > 0;
}

export async function scoreSessions(
	db: Db,
	analyzer: TextAnalyzer,
	opts: { batch?: number; onProgress?: (p: ScoreProgress) => void; signal?: AbortSignal } = {}
): Promise<ScoreReport | null> {
	const t0 = performance.now();
	if (!(await hasSessions(db))) return null;
	const batch = opts.batch ?? 20_000;
	await db.run(`CREATE OR REPLACE TABLE _session_texts AS
		SELECT text, (row_number() OVER (ORDER BY text))::INTEGER AS tid
		FROM (SELECT DISTINCT text FROM service_sessions WHERE text IS NOT NULL AND trim(text) <> '')`);
	const { n } = await queryOne<{ n: number }>(db, sql`SELECT count(*) AS n FROM _session_texts`);
	await db.run('DROP TABLE IF EXISTS _text_scores');
	let analyzeMs = 0;
	for (let from = 1; from <= n; from += batch) {
		opts.signal?.throwIfAborted();
		const rows = await queryRows<{ tid: number; text: string }>(
			db,
			sql`SELECT tid, text FROM _session_texts WHERE tid >= ${from} AND tid < ${from + batch} ORDER BY tid`
		);
		const tid = new Int32Array(rows.length);
		const sentiment = new Float64Array(rows.length);
		const label = new Int8Array(rows.length);
		const types: string[] = [];
		const a0 = performance.now();
		rows.forEach((r, i) => {
			const a = analyzer.analyze(r.text);
			tid[i] = r.tid;
			sentiment[i] = a.sentiment.score;
			label[i] = LABELS.indexOf(a.sentiment.label);
			types.push(a.types.join(','));
		});
		analyzeMs += performance.now() - a0;
		const ipc = columnsToIpc({ tid, sentiment, label: dictionary(label, LABELS), types });
		await db.insertArrow(ipc, '_text_scores', { create: from === 1 });
		opts.onProgress?.({ done: Math.min(n, from + batch - 1), total: n });
		// Let comlink deliver other messages (progress, cancel) between batches.
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	const scores =
		n > 0
			? `LEFT JOIN _text_scores AS x USING (tid)`
			: `LEFT JOIN (SELECT NULL::INTEGER AS tid, NULL::DOUBLE AS sentiment, NULL::VARCHAR AS label, NULL::VARCHAR AS types) AS x USING (tid)`;
	await db.run(`CREATE OR REPLACE TABLE session_emotion AS
		SELECT s.session_id, x.sentiment, x.label,
			CASE WHEN x.types IS NULL OR x.types = '' THEN []::VARCHAR[] ELSE string_split(x.types, ',') END AS types
		FROM service_sessions AS s
		LEFT JOIN _session_texts AS t USING (text)
		${scores}`);
	await db.run('DROP TABLE IF EXISTS _session_texts');
	await db.run('DROP TABLE IF EXISTS _text_scores');
	const { sessions } = await queryOne<{ sessions: number }>(
		db,
		sql`SELECT count(*) AS sessions FROM session_emotion`
	);
	return { sessions, texts: n, analyzeMs, totalMs: performance.now() - t0 };
}

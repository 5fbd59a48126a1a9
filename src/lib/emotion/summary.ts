// What the scored texts say overall: labels, complaint types (from the text or the session's
// category), sentiment per service category and channel, and the most negative texts as examples.

import {
	constant,
	constantList,
	fragment,
	join,
	queryOne,
	queryRows,
	sql,
	type Db
} from '$lib/engine/sql';
import { COMPLAINT_TYPES, type ComplaintType } from './complaints';

/** Category of a session → the complaint type it already states. */
export const CATEGORY_TYPE: Record<string, ComplaintType> = {
	延误: 'delay',
	破损: 'damage',
	丢件: 'loss',
	理赔: 'claim',
	态度: 'attitude',
	费用: 'fee'
};

export interface EmotionSummary {
	sessions: number;
	scored: number;
	avgSentiment: number | null;
	labels: { label: string; sessions: number; share: number }[];
	/** Sessions per complaint type: from the text, the category, or both. */
	types: { type: ComplaintType; sessions: number; fromText: number; fromCategory: number }[];
	/** Texts whose category says nothing of a complaint but whose words do (what categories miss). */
	hiddenComplaints: number;
	byCategory: {
		category: string;
		sessions: number;
		avg_sentiment: number | null;
		negative_share: number | null;
	}[];
	byChannel: {
		channel: string;
		sessions: number;
		avg_sentiment: number | null;
		negative_share: number | null;
	}[];
	examples: {
		session_id: string;
		category: string | null;
		sentiment: number;
		text: string;
		types: string[];
	}[];
}

/** Long digit runs (phones, IDs) in example texts are masked before they leave the worker. */
export function maskDigits(text: string): string {
	return text.replace(/\d{7,}/g, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`);
}

export async function emotionSummary(db: Db): Promise<EmotionSummary> {
	const head = await queryOne<{ sessions: number; scored: number; avg: number | null }>(
		db,
		sql`SELECT count(*) AS sessions, count(sentiment) AS scored, avg(sentiment) AS avg FROM session_emotion`
	);
	const labels = await queryRows<{ label: string; sessions: number; share: number }>(
		db,
		sql`SELECT label, count(*) AS sessions, count(*) / sum(count(*)) OVER () AS share
			FROM session_emotion WHERE label IS NOT NULL GROUP BY label ORDER BY label`
	);
	const categoryType = join(
		Object.entries(CATEGORY_TYPE).map(
			([c, t]) => fragment`WHEN ${constant(c)} THEN ${constant(t)}`
		),
		' '
	);
	const typeRows = await queryRows<{
		type: string;
		from_text: number;
		from_category: number;
		sessions: number;
	}>(
		db,
		sql`WITH s AS (
				SELECT e.types, CASE s.category ${categoryType} END AS cat_type
				FROM session_emotion AS e JOIN service_sessions AS s USING (session_id)
			),
			t AS (SELECT unnest(${constantList(COMPLAINT_TYPES)}::VARCHAR[]) AS type)
			SELECT t.type,
				count(*) FILTER (WHERE list_contains(s.types, t.type)) AS from_text,
				count(*) FILTER (WHERE s.cat_type = t.type) AS from_category,
				count(*) FILTER (WHERE list_contains(s.types, t.type) OR s.cat_type = t.type) AS sessions
			FROM t CROSS JOIN s GROUP BY t.type`
	);
	const hidden = await queryOne<{ n: number }>(
		db,
		sql`SELECT count(*) AS n FROM session_emotion AS e JOIN service_sessions AS s USING (session_id)
			WHERE len(e.types) > 0 AND (s.category IS NULL OR s.category IN ('咨询', '表扬'))`
	);
	const byCategory = await queryRows<EmotionSummary['byCategory'][number]>(
		db,
		sql`SELECT coalesce(s.category, '未知') AS category, count(*) AS sessions,
				avg(e.sentiment) AS avg_sentiment,
				avg(CASE WHEN e.label = 'negative' THEN 1.0 WHEN e.label IS NULL THEN NULL ELSE 0.0 END) AS negative_share
			FROM session_emotion AS e JOIN service_sessions AS s USING (session_id)
			GROUP BY 1 ORDER BY sessions DESC, category`
	);
	const byChannel = await queryRows<EmotionSummary['byChannel'][number]>(
		db,
		sql`SELECT coalesce(s.channel, '未知') AS channel, count(*) AS sessions,
				avg(e.sentiment) AS avg_sentiment,
				avg(CASE WHEN e.label = 'negative' THEN 1.0 WHEN e.label IS NULL THEN NULL ELSE 0.0 END) AS negative_share
			FROM session_emotion AS e JOIN service_sessions AS s USING (session_id)
			GROUP BY 1 ORDER BY sessions DESC, channel`
	);
	const examples = await queryRows<EmotionSummary['examples'][number]>(
		db,
		sql`SELECT e.session_id, s.category, e.sentiment, s.text, e.types
			FROM session_emotion AS e JOIN service_sessions AS s USING (session_id)
			WHERE e.sentiment IS NOT NULL
			QUALIFY row_number() OVER (PARTITION BY s.text ORDER BY e.session_id) = 1
			ORDER BY e.sentiment, e.session_id LIMIT 8`
	);
	const order = new Map(COMPLAINT_TYPES.map((t, i) => [t as string, i]));
	return {
		sessions: head.sessions,
		scored: head.scored,
		avgSentiment: head.avg,
		labels,
		types: typeRows
			.map((r) => ({
				type: r.type as ComplaintType,
				sessions: r.sessions,
				fromText: r.from_text,
				fromCategory: r.from_category
			}))
			.sort((a, b) => (order.get(a.type) ?? 0) - (order.get(b.type) ?? 0)),
		hiddenComplaints: hidden.n,
		byCategory,
		byChannel,
		examples: examples.map((x) => ({ ...x, text: maskDigits(x.text) }))
	};
}

// The customer analysis report as plain data: JSON-serialisable so it is saved with the project
// and rendered by the exporters (render-html.ts, render-markdown.ts) without the app around it.
// Also the analyst's edits to the drafted insights and how they survive a data refresh.

import type { Locale, MessageKey, Translate } from '$lib/i18n';
import type { zh } from '$lib/i18n/messages/areas/report';

/** A key of the report's message area. */
export type ReportKey = keyof typeof zh;

/**
 * Translates a report key. The cast keeps this module compiling whether or not the report area is
 * spread into the main catalogue yet; once it is, every ReportKey is a MessageKey.
 */
export const say = (t: Translate, key: ReportKey, params?: Record<string, string | number>) =>
	t(key as string as MessageKey, params);

/** The app page a section or insight came from (the UI links back to it). */
export interface ReportSource {
	page: 'data' | 'profile' | 'value' | 'emotion';
	anchor?: string;
}

export interface ReportChart {
	id: string;
	title: string;
	/** A standalone serialised SVG document (charts/export.ts serializeSvg); sanitised on export. */
	svg: string;
	caption?: string;
}

/** One 问题 → 原因 → 动作 triplet. */
export interface ReportInsight {
	id: string;
	problem: string;
	cause: string;
	action: string;
	origin: 'rule' | 'analyst';
	/** The rule and its subject, e.g. 'night:广东省'; set on every rule draft. */
	ruleId?: string;
	source?: ReportSource;
	/**
	 * Set by the UI when the analyst changes the text of a rule draft: from then on the text is
	 * the analyst's and a data refresh no longer overwrites it.
	 */
	edited?: boolean;
	/** Set by mergeInsights on an edited draft whose pattern no longer shows in the data. */
	stale?: boolean;
}

export type SectionId =
	| 'opening'
	| 'sources'
	| 'who'
	| 'how'
	| 'value'
	| 'scenario'
	| 'emotion'
	| 'charts'
	| 'insights'
	| 'playbook'
	| (string & {});

export interface ReportTable {
	columns: string[];
	rows: string[][];
}

export interface ReportSection {
	id: SectionId;
	title: string;
	paragraphs: string[];
	charts: ReportChart[];
	table?: ReportTable;
	source?: ReportSource;
}

export interface ReportGolden {
	headline: string;
	whatIf: string;
	assumptions: string;
}

export interface ReportMeta {
	/** YYYY-MM-DD. */
	asOf: string;
	/** The data window in words, e.g. "2024-01-01 至 2024-12-31". */
	window: string;
	/** When the report was generated, passed in by the caller (never read from the clock here). */
	generatedAt: string;
	thresholds: { label: string; value: string }[];
	files: { name: string; fingerprint: string; rows: number }[];
	/** App name and version. */
	app: string;
}

export interface PlaybookRow {
	segment: string;
	size: string;
	action: string;
	source?: ReportSource;
}

export interface ReportModel {
	lang: Locale;
	title: string;
	subtitle: string;
	golden: ReportGolden | null;
	meta: ReportMeta;
	sections: ReportSection[];
	insights: ReportInsight[];
	playbook: PlaybookRow[];
}

/** The analyst's work on the insights, saved with the project. */
export interface ReportEdits {
	/** The analyst's current list, in their order: edited, reordered, added; removed ones absent. */
	insights: ReportInsight[];
	/** Rules the analyst removed: their drafts never come back, whatever the data says. */
	removedRuleIds: string[];
}

export const EMPTY_EDITS: ReportEdits = { insights: [], removedRuleIds: [] };

/**
 * The insights to show, from fresh rule drafts and the saved edits:
 * - the analyst's order comes first; drafts of rules not in it are appended in draft order;
 * - an untouched rule draft is replaced by its fresh draft (new numbers), and dropped when its
 *   rule no longer fires (the pattern is gone from the data);
 * - an edited rule draft keeps the analyst's text; `stale` marks it when its rule no longer fires;
 * - removed rule ids stay removed; analyst-added insights stay as written.
 * Duplicated ids or rule ids in the edits keep their first occurrence.
 */
export function mergeInsights(
	drafts: readonly ReportInsight[],
	edits: ReportEdits | null | undefined
): ReportInsight[] {
	const removed = new Set(edits?.removedRuleIds ?? []);
	const fresh = new Map<string, ReportInsight>();
	for (const d of drafts) if (d.ruleId && !fresh.has(d.ruleId)) fresh.set(d.ruleId, d);
	const seenIds = new Set<string>();
	const seenRules = new Set<string>();
	const out: ReportInsight[] = [];
	for (const e of edits?.insights ?? []) {
		if (seenIds.has(e.id)) continue;
		seenIds.add(e.id);
		if (e.origin !== 'rule' || !e.ruleId) {
			out.push(e);
			continue;
		}
		if (removed.has(e.ruleId) || seenRules.has(e.ruleId)) continue;
		seenRules.add(e.ruleId);
		const d = fresh.get(e.ruleId);
		if (e.edited) {
			const { stale: _stale, ...kept } = e;
			out.push(d ? kept : { ...kept, stale: true });
		} else if (d) out.push(d);
	}
	for (const d of fresh.values()) {
		if (!removed.has(d.ruleId!) && !seenRules.has(d.ruleId!) && !seenIds.has(d.id)) out.push(d);
	}
	return out;
}

// Small pure edit operations for the report page. Each takes the list as shown (the result of
// mergeInsights) and returns the edits to save; merging them again gives the new list.

type InsightText = Pick<ReportInsight, 'problem' | 'cause' | 'action'>;

/** Changes the text of one insight; a rule draft becomes the analyst's (`edited`). */
export function updateInsight(
	shown: readonly ReportInsight[],
	edits: ReportEdits,
	id: string,
	patch: Partial<InsightText>
): ReportEdits {
	return {
		insights: shown.map((i) =>
			i.id === id ? { ...i, ...patch, ...(i.origin === 'rule' ? { edited: true } : {}) } : i
		),
		removedRuleIds: [...edits.removedRuleIds]
	};
}

/** Removes one insight; a rule's id is remembered so its draft does not come back. */
export function removeInsight(
	shown: readonly ReportInsight[],
	edits: ReportEdits,
	id: string
): ReportEdits {
	const gone = shown.find((i) => i.id === id);
	const removedRuleIds = [...edits.removedRuleIds];
	if (gone?.origin === 'rule' && gone.ruleId && !removedRuleIds.includes(gone.ruleId))
		removedRuleIds.push(gone.ruleId);
	return { insights: shown.filter((i) => i.id !== id), removedRuleIds };
}

/** Moves one insight to position `to` (clamped to the list). */
export function moveInsight(
	shown: readonly ReportInsight[],
	edits: ReportEdits,
	id: string,
	to: number
): ReportEdits {
	const list = [...shown];
	const from = list.findIndex((i) => i.id === id);
	if (from >= 0) {
		const [item] = list.splice(from, 1);
		list.splice(Math.max(0, Math.min(to, list.length)), 0, item!);
	}
	return { insights: list, removedRuleIds: [...edits.removedRuleIds] };
}

/** Adds the analyst's own insight at `at` (default: the end) with the next free `analyst-N` id. */
export function addInsight(
	shown: readonly ReportInsight[],
	edits: ReportEdits,
	text: InsightText,
	at = shown.length
): ReportEdits {
	const used = shown
		.map((i) => /^analyst-(\d+)$/.exec(i.id)?.[1])
		.filter((n): n is string => n !== undefined)
		.map(Number);
	const id = `analyst-${used.length > 0 ? Math.max(...used) + 1 : 1}`;
	const list = [...shown];
	list.splice(Math.max(0, Math.min(at, list.length)), 0, { id, ...text, origin: 'analyst' });
	return { insights: list, removedRuleIds: [...edits.removedRuleIds] };
}

/** Lets a removed rule draft come back (appended at the next merge). */
export function restoreRule(edits: ReportEdits, ruleId: string): ReportEdits {
	return {
		insights: [...edits.insights],
		removedRuleIds: edits.removedRuleIds.filter((r) => r !== ruleId)
	};
}

/** Gives an edited rule draft back to the rule: the next merge refreshes it (or drops it). */
export function revertInsight(
	shown: readonly ReportInsight[],
	edits: ReportEdits,
	id: string
): ReportEdits {
	return {
		insights: shown.map((i) => {
			if (i.id !== id || i.origin !== 'rule') return i;
			const { edited: _edited, stale: _stale, ...rest } = i;
			return rest;
		}),
		removedRuleIds: [...edits.removedRuleIds]
	};
}

type LabelName<K> = K extends `report.label.${infer S}` ? S : never;

/** The fixed words of an exported report, in its language. */
export interface ReportLabels {
	problem: string;
	cause: string;
	action: string;
	insights: string;
	playbook: string;
	segment: string;
	size: string;
	playbookAction: string;
	golden: string;
	whatIf: string;
	assumptions: string;
	reproduce: string;
	asOf: string;
	window: string;
	generatedAt: string;
	thresholds: string;
	threshold: string;
	value: string;
	files: string;
	fileName: string;
	fingerprint: string;
	rows: string;
	app: string;
	contents: string;
	source: string;
	none: string;
	pages: Record<ReportSource['page'], string>;
}

/** The labels from the i18n layer (pass a translator bound to the report's language). */
export function reportLabels(t: Translate): ReportLabels {
	const l = (k: LabelName<ReportKey>) => say(t, `report.label.${k}` as const);
	return {
		problem: l('problem'),
		cause: l('cause'),
		action: l('action'),
		insights: l('insights'),
		playbook: l('playbook'),
		segment: l('segment'),
		size: l('size'),
		playbookAction: l('playbookAction'),
		golden: l('golden'),
		whatIf: l('whatIf'),
		assumptions: l('assumptions'),
		reproduce: l('reproduce'),
		asOf: l('asOf'),
		window: l('window'),
		generatedAt: l('generatedAt'),
		thresholds: l('thresholds'),
		threshold: l('threshold'),
		value: l('value'),
		files: l('files'),
		fileName: l('fileName'),
		fingerprint: l('fingerprint'),
		rows: l('rows'),
		app: l('app'),
		contents: l('contents'),
		source: l('source'),
		none: l('none'),
		pages: {
			data: say(t, 'report.page.data'),
			profile: say(t, 'report.page.profile'),
			value: say(t, 'report.page.value'),
			emotion: say(t, 'report.page.emotion')
		}
	};
}

/**
 * An id safe in an HTML id, a CSS selector and a file name: ASCII letters, digits, '-' and '_'
 * (anything else becomes '-'), never empty. Distinct ids may collide; callers dedupe.
 */
export function slug(id: string): string {
	const s = id
		.normalize('NFKC')
		.replace(/[^A-Za-z0-9_-]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return s || 'x';
}

/** Unique slugs for a list of ids, in order: a repeat gets '-2', '-3'… */
export function uniqueSlugs(ids: readonly string[]): string[] {
	const used = new Set<string>();
	return ids.map((id) => {
		const base = slug(id);
		let s = base;
		for (let n = 2; used.has(s); n++) s = `${base}-${n}`;
		used.add(s);
		return s;
	});
}

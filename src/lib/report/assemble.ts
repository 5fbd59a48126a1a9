// Assembles the report from what the app computed: the opening around the golden number, data
// sources and cleaning with lineage numbers, the profile dimensions, value, emotion, the three
// charts, insights (drafted by rules, merged with the analyst's edits) and the playbook.
// Pure: the page passes the results and, at export time, the charts' serialized SVG.

import type { CleaningState, DatasetSummary, EmotionResult } from '$lib/engine/api';
import type { Locale, MessageKey, Translate } from '$lib/i18n';
import { formatCompact, formatInteger, formatPercent, formatYuan } from '$lib/i18n/format';
import type { Kpis, WeightStory } from '$lib/profile/overview';
import { peakSentence, weightSentence } from '$lib/profile/describe';
import type { HourPeak } from '$lib/profile/peaks';
import type { Profile2 } from '$lib/profile2';
import {
	attributeSentences,
	behaviourSentences,
	dropOffSentence,
	nightSentence,
	potentialSentence
} from '$lib/profile2/sentences';
import {
	clusterNames,
	goldenSentence,
	segmentLabel,
	whatIfAssumptions,
	whatIfSentence
} from '$lib/value/describe';
import type { ValueResult } from '$lib/value/value';
import { draftInsights, ruleThresholdRows, type InsightInput } from './insights';
import {
	mergeInsights,
	type ReportChart,
	type ReportEdits,
	type ReportModel,
	type ReportSection
} from './model';
import { draftPlaybook } from './playbook';

export interface ReportInputs {
	dataset: DatasetSummary;
	cleaning: CleaningState | null;
	overview: { kpis: Kpis; peaks: HourPeak[]; weightStory: WeightStory | null } | null;
	details: Profile2 | null;
	value: ValueResult | null;
	emotion: EmotionResult | null;
	clusterTrend: InsightInput['clusterTrend'];
	touchpoints?: InsightInput['touchpoints'];
	/** Extra sentences per section from modules that add their own (scenarios, touchpoints). */
	extra?: Partial<Record<string, string[]>>;
	edits: ReportEdits;
	generatedAt: string;
	app: string;
}

/** The charts each section shows, by id; the page draws them and serializes them on export. */
export const SECTION_CHARTS: Record<string, readonly string[]> = {
	who: ['who-province', 'who-channel'],
	how: ['how-heatmap', 'how-weight'],
	value: ['value-segments', 'value-clusters'],
	emotion: ['emotion-types'],
	charts: ['night-map', 'sankey', 'bubbles']
};

export function chartTitles(t: Translate): Record<string, string> {
	return {
		'who-province': t('rp.chart.province'),
		'who-channel': t('profile2.attr.channel'),
		'how-heatmap': t('profile.heatmap.title'),
		'how-weight': t('profile.weight.title'),
		'value-segments': t('rp.chart.segments'),
		'value-clusters': t('value.clusters.profile'),
		'emotion-types': t('emotion.types.title'),
		'night-map': t('profile2.night.title'),
		sankey: t('profile.sankey.title'),
		bubbles: t('profile.bubble.title')
	};
}

export function assembleReport(
	input: ReportInputs,
	t: Translate,
	locale: Locale,
	svgOf: (chartId: string) => string = () => ''
): ReportModel {
	const titles = chartTitles(t);
	const charts = (section: string): ReportChart[] =>
		(SECTION_CHARTS[section] ?? []).map((id) => ({ id, title: titles[id] ?? id, svg: svgOf(id) }));
	const k = input.overview?.kpis;
	const v = input.value;
	const names = v?.clusters ? clusterNames(t, v.clusters.clusters) : [];
	const sections: ReportSection[] = [];

	const opening: string[] = [];
	if (k && k.first_day && k.last_day)
		opening.push(
			t('rp.opening.kpis', {
				from: k.first_day,
				to: k.last_day,
				customers: formatInteger(k.customers, locale),
				waybills: formatInteger(k.waybills, locale),
				revenue: formatYuan(k.revenue, locale)
			})
		);
	sections.push({
		id: 'opening',
		title: t('rp.section.opening'),
		paragraphs: opening,
		charts: [],
		source: { page: 'profile' }
	});

	// Sources and cleaning: files, rows read → analysed per table, and every rule that acted.
	const src = input.dataset.source;
	const sourceParas: string[] = [];
	const ruleRows: string[][] = [];
	for (const l of input.cleaning?.lineage ?? []) {
		const read = l.stages[0]?.rows ?? 0;
		const final = l.stages.at(-1)?.rows ?? 0;
		sourceParas.push(
			t('rp.sources.table', {
				table: t(`table.${l.table}` as MessageKey),
				files:
					src.kind === 'sample'
						? t('rp.sources.sample', { seed: src.seed })
						: t('rp.sources.files', { count: l.files.length }),
				read: formatInteger(read, locale),
				final: formatInteger(final, locale)
			})
		);
	}
	for (const r of input.cleaning?.report.rules ?? []) {
		if (!r.enabled || r.count === 0) continue;
		ruleRows.push([
			t(`table.${r.table}` as MessageKey),
			t(`rule.${r.id}` as MessageKey),
			t(`rp.action.${r.action}` as MessageKey),
			formatInteger(r.count, locale)
		]);
	}
	sections.push({
		id: 'sources',
		title: t('rp.section.sources'),
		paragraphs: sourceParas,
		charts: [],
		table: ruleRows.length
			? {
					columns: [
						t('rp.sources.col.table'),
						t('rp.sources.col.rule'),
						t('rp.sources.col.action'),
						t('rp.sources.col.count')
					],
					rows: ruleRows
				}
			: undefined,
		source: { page: 'data' }
	});

	const d = input.details;
	if (d) {
		sections.push({
			id: 'who',
			title: t('rp.section.who'),
			paragraphs: [
				...attributeSentences(d.attributes.findings, t, locale),
				...(input.extra?.who ?? [])
			],
			charts: charts('who'),
			source: { page: 'profile' }
		});
		const how: string[] = [];
		if (input.overview) how.push(peakSentence(input.overview.peaks, t, locale));
		if (input.overview?.weightStory)
			how.push(weightSentence(input.overview.weightStory, t, locale));
		how.push(...behaviourSentences(d.behaviour.findings, t, locale));
		sections.push({
			id: 'how',
			title: t('rp.section.how'),
			paragraphs: how,
			charts: charts('how'),
			source: { page: 'profile' }
		});
	}

	if (v) {
		const quadrants = v.schemes.seed.map((r) =>
			t('rp.value.quadrant', {
				name: segmentLabel(t, 'seed', r.segment),
				customers: formatPercent(r.customer_share),
				revenue: formatPercent(r.revenue_share ?? 0)
			})
		);
		const paras = [t('rp.value.quadrants', { list: quadrants.join(t('list.separator')) })];
		if (v.clusters)
			paras.push(
				t('rp.value.clusters', {
					k: v.clusters.k,
					list: v.clusters.clusters
						.map((c) => `${names[c.cluster]} ${formatPercent(c.customer_share)}`)
						.join(t('list.separator'))
				})
			);
		sections.push({
			id: 'value',
			title: t('rp.section.value'),
			paragraphs: paras,
			charts: charts('value'),
			source: { page: 'value' }
		});
	}

	if (input.extra?.scenario?.length)
		sections.push({
			id: 'scenario',
			title: t('scenario.title' as MessageKey),
			paragraphs: input.extra.scenario,
			charts: [],
			source: { page: 'emotion' }
		});

	const e = input.emotion?.summary ?? null;
	// Touchpoint sentences (damage by category) exist even without service texts.
	const touch = input.extra?.emotion ?? [];
	sections.push({
		id: 'emotion',
		title: t('rp.section.emotion'),
		paragraphs: e
			? [
					t('emotion.headline', {
						sessions: formatInteger(e.sessions, locale),
						scored: formatInteger(e.scored, locale),
						avg: e.avgSentiment === null ? '—' : e.avgSentiment.toFixed(2),
						negative: formatPercent(e.labels.find((l) => l.label === 'negative')?.share ?? 0)
					}),
					...touch
				]
			: [t('rp.emotion.none'), ...touch],
		charts: e ? charts('emotion') : [],
		source: { page: 'emotion' }
	});

	if (d)
		sections.push({
			id: 'charts',
			title: t('rp.section.charts'),
			paragraphs: [
				nightSentence(d.night.finding, t, locale),
				dropOffSentence(d.sankey.dropOff, t, locale),
				potentialSentence(d.potential, t, locale)
			],
			charts: charts('charts'),
			source: { page: 'profile' }
		});

	const insightInput: InsightInput = {
		profile: d,
		weightStory: input.overview?.weightStory ?? null,
		value: v,
		clusterTrend: input.clusterTrend ?? null,
		emotion: e,
		touchpoints: input.touchpoints ?? null
	};
	const insights = mergeInsights(draftInsights(insightInput, t, locale), input.edits);
	sections.push({ id: 'insights', title: t('rp.section.insights'), paragraphs: [], charts: [] });
	sections.push({
		id: 'playbook',
		title: t('rp.section.playbook'),
		paragraphs: [],
		charts: [],
		source: { page: 'value' }
	});

	const thresholds: { label: string; value: string }[] = [];
	if (v) {
		const seed = v.thresholds.used.seed;
		thresholds.push(
			{
				label: t('value.thresholds.highValueMin', { months: 6 }),
				value: formatYuan(seed.highValueMin, locale)
			},
			{
				label: t('value.thresholds.highFrequencyMin', { months: 6 }),
				value: String(seed.highFrequencyMin)
			},
			{
				label: t('value.thresholds.recencyAlertDays'),
				value: seed.recencyAlertDays === null ? '—' : String(seed.recencyAlertDays)
			}
		);
	}
	thresholds.push(...ruleThresholdRows(t, locale));
	const files =
		src.kind === 'files'
			? src.files.map((f) => ({ name: f.name, fingerprint: f.fingerprint, rows: 0 }))
			: [
					{
						name: t('rp.meta.sampleFile', { seed: src.seed, size: src.size }),
						fingerprint: input.dataset.id,
						rows: 0
					}
				];
	// Sample data has no files: its row count is the waybills it generated.
	if (src.kind === 'sample' && files[0]) files[0].rows = input.dataset.rows.waybills ?? 0;
	for (const l of input.cleaning?.lineage ?? [])
		for (const f of l.files) {
			const hit = files.find(
				(x) => x.name === f.name && (x.fingerprint === f.fingerprint || !x.fingerprint)
			);
			if (hit) hit.rows += f.rows;
		}

	return {
		lang: locale,
		title: t('rp.title'),
		subtitle: t('rp.subtitle', {
			data:
				src.kind === 'sample'
					? t('rp.meta.sampleFile', { seed: src.seed, size: formatCompact(src.size, locale) })
					: src.files.map((f) => f.name).join(', '),
			asOf: v?.window.asOf ?? k?.default_as_of ?? ''
		}),
		golden:
			v && v.golden
				? {
						headline: goldenSentence(t, v.golden, names),
						whatIf: whatIfSentence(t, v.whatIf, locale),
						assumptions: whatIfAssumptions(t, v.whatIf, locale)
					}
				: null,
		meta: {
			asOf: v?.window.asOf ?? k?.default_as_of ?? '',
			window:
				k?.first_day && k.last_day
					? t('rp.meta.window', { from: k.first_day, to: k.last_day })
					: '',
			generatedAt: input.generatedAt,
			thresholds,
			files,
			app: input.app
		},
		sections,
		insights,
		playbook: draftPlaybook(insightInput, t, locale)
	};
}

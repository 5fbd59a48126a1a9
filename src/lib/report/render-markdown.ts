// The report as Markdown for wikis and repositories: the text in one file, each chart a
// sanitised standalone SVG in charts/ referenced by a relative link (or embedded as a data: URI
// for viewers that show a single file), and the whole set zipped for one download.

import { strToU8, zipSync, type Zippable } from 'fflate';
import { formatInteger } from '$lib/i18n/format';
import { uniqueSlugs, type ReportLabels, type ReportModel, type ReportSection } from './model';
import { sanitizeSvg } from './sanitize-svg';

export interface MarkdownOptions {
	/** 'files' (default): charts/<id>.svg next to the text; 'data-uri': embedded in the text. */
	charts?: 'files' | 'data-uri';
}

export interface MarkdownReport {
	markdown: string;
	/** The chart files (empty with 'data-uri'); names are relative paths such as charts/x.svg. */
	files: { name: string; content: string }[];
}

/**
 * User text as inline Markdown: whitespace (line breaks included) collapsed, every ASCII
 * character with a Markdown or HTML meaning backslash-escaped (CommonMark renders `\x` as x for
 * any punctuation x), and block markers at the start defused, so no text can become a heading,
 * a list, a table cell break, a link, an image or raw HTML. Parentheses and '!' stay as they
 * are: without an unescaped '[' they cannot form a link or an image.
 */
export function escapeMarkdown(s: string): string {
	const flat = s.replace(/\s+/g, ' ').trim();
	return flat
		.replace(/[\\`*_{}[\]<>#|~&$]/g, '\\$&')
		.replace(/^([-+=])/, '\\$1')
		.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A paragraph the analyst may have broken into lines: each line escaped, hard breaks kept. */
function paragraph(s: string): string {
	return s
		.split(/\r\n|\r|\n/)
		.map(escapeMarkdown)
		.filter(Boolean)
		.join('\\\n');
}

function table(columns: readonly string[], rows: readonly string[][]): string {
	const line = (cells: readonly string[]) =>
		`| ${columns.map((_, i) => escapeMarkdown(cells[i] ?? '') || ' ').join(' | ')} |`;
	return [line(columns), `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map(line)].join(
		'\n'
	);
}

/** Base64 of a string's UTF-8 bytes, the same in the browser and Node. */
function base64(text: string): string {
	const bytes = strToU8(text);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

export function renderReportMarkdown(
	model: ReportModel,
	labels: ReportLabels,
	options: MarkdownOptions = {}
): MarkdownReport {
	const embed = options.charts === 'data-uri';
	const colon = model.lang === 'zh-CN' ? ':' : ': ';
	const files: MarkdownReport['files'] = [];
	const out: string[] = [];
	const field = (label: string, value: string) =>
		`- **${escapeMarkdown(label)}**${colon}${escapeMarkdown(value)}`;

	out.push(`# ${escapeMarkdown(model.title)}`);
	if (model.subtitle) out.push(paragraph(model.subtitle));
	const m = model.meta;
	out.push(
		[
			field(labels.asOf, m.asOf),
			field(labels.window, m.window),
			field(labels.generatedAt, m.generatedAt)
		].join('\n')
	);
	if (model.golden) {
		const g = model.golden;
		const quote = [`**${escapeMarkdown(labels.golden)}**`, `**${paragraph(g.headline)}**`];
		if (g.whatIf) quote.push(`${escapeMarkdown(labels.whatIf)}${colon}${paragraph(g.whatIf)}`);
		if (g.assumptions)
			quote.push(`${escapeMarkdown(labels.assumptions)}${colon}${paragraph(g.assumptions)}`);
		out.push(quote.map((q) => q.replace(/^/gm, '> ')).join('\n>\n'));
	}

	const sections: ReportSection[] = [...model.sections];
	if (!sections.some((s) => s.id === 'insights') && model.insights.length > 0)
		sections.push({ id: 'insights', title: labels.insights, paragraphs: [], charts: [] });
	if (!sections.some((s) => s.id === 'playbook') && model.playbook.length > 0)
		sections.push({ id: 'playbook', title: labels.playbook, paragraphs: [], charts: [] });
	const chartIds = sections.flatMap((s) => s.charts.map((c) => `${s.id}-${c.id}`));
	const chartSlugs = uniqueSlugs(chartIds);
	let chartIndex = 0;

	for (const s of sections) {
		out.push(`## ${escapeMarkdown(s.title)}`);
		for (const p of s.paragraphs) {
			const text = paragraph(p);
			if (text) out.push(text);
		}
		for (const c of s.charts) {
			const slug = chartSlugs[chartIndex]!;
			// Each chart keeps its own ids in its own file; a prefix only matters when embedded.
			const svg = sanitizeSvg(c.svg, { standalone: true, idPrefix: `c${chartIndex}-` });
			chartIndex++;
			const alt = escapeMarkdown(c.title);
			if (svg) {
				if (embed) out.push(`![${alt}](data:image/svg+xml;base64,${base64(svg)})`);
				else {
					const name = `charts/${slug}.svg`;
					files.push({ name, content: svg });
					out.push(`![${alt}](${name})`);
				}
			} else out.push(`**${alt}**`);
			if (c.caption) out.push(`*${escapeMarkdown(c.caption)}*`);
		}
		if (s.table) out.push(table(s.table.columns, s.table.rows));
		if (s.id === 'insights') {
			if (model.insights.length === 0) out.push(escapeMarkdown(labels.none));
			model.insights.forEach((i, n) => {
				out.push(
					[
						`### ${n + 1}`,
						'',
						`- **${escapeMarkdown(labels.problem)}**${colon}${escapeMarkdown(i.problem)}`,
						`- **${escapeMarkdown(labels.cause)}**${colon}${escapeMarkdown(i.cause)}`,
						`- **${escapeMarkdown(labels.action)}**${colon}${escapeMarkdown(i.action)}`
					].join('\n')
				);
			});
		}
		if (s.id === 'playbook')
			out.push(
				model.playbook.length === 0
					? escapeMarkdown(labels.none)
					: table(
							[labels.segment, labels.size, labels.playbookAction],
							model.playbook.map((r) => [r.segment, r.size, r.action])
						)
			);
	}

	out.push(`## ${escapeMarkdown(labels.reproduce)}`);
	out.push(
		[
			field(labels.asOf, m.asOf),
			field(labels.window, m.window),
			field(labels.generatedAt, m.generatedAt),
			field(labels.app, m.app)
		].join('\n')
	);
	out.push(`### ${escapeMarkdown(labels.thresholds)}`);
	out.push(
		m.thresholds.length === 0
			? escapeMarkdown(labels.none)
			: table(
					[labels.threshold, labels.value],
					m.thresholds.map((x) => [x.label, x.value])
				)
	);
	out.push(`### ${escapeMarkdown(labels.files)}`);
	out.push(
		m.files.length === 0
			? escapeMarkdown(labels.none)
			: table(
					[labels.fileName, labels.fingerprint, labels.rows],
					m.files.map((f) => [f.name, f.fingerprint, formatInteger(f.rows, model.lang)])
				)
	);
	return { markdown: out.join('\n\n') + '\n', files };
}

/** The earliest time a zip entry can carry (DOS dates start in 1980), in any time zone. */
export const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 2));

/**
 * A path safe to unpack anywhere: '/'-separated, no '.', '..', empty or absolute parts, no
 * backslashes or control characters (a recipient's unzip must not write outside its folder).
 */
export function safeZipPath(name: string): string {
	const parts = name
		// eslint-disable-next-line no-control-regex -- control characters are what is removed
		.replace(/[\u0000-\u001f\\:*?"<>|]/g, '-')
		.split('/')
		.map((p) => p.trim())
		.filter((p) => p !== '' && p !== '.' && p !== '..');
	return parts.join('/') || 'file';
}

/**
 * The files as one zip (e.g. report.md plus charts/*.svg). Entries carry `mtime` (default
 * ZIP_EPOCH) so the same report gives the same bytes; on a repeated path the first file wins.
 */
export function zipReport(
	files: readonly { name: string; content: string | Uint8Array }[],
	options: { mtime?: Date | string | number } = {}
): Uint8Array {
	const entries: Zippable = {};
	for (const f of files) {
		const path = safeZipPath(f.name);
		if (path in entries) continue;
		entries[path] = typeof f.content === 'string' ? strToU8(f.content) : f.content;
	}
	return zipSync(entries, { level: 6, mtime: options.mtime ?? ZIP_EPOCH });
}

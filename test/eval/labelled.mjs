// Shared by the sentiment training and evaluation scripts: reading a labelled CSV, the
// train/held-out split, and bundling the app's TypeScript emotion modules for Node.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Salt of the split hash: changing it reshuffles which reviews are held out. */
export const SPLIT_SEED = 'parcellens-sentiment-split-v1';
/** Percentage of texts held out from training. */
export const HELD_OUT_PERCENT = 20;

/** FNV-1a 32-bit; deterministic across runs and machines. */
function fnv1a(text) {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * Whether a text belongs to the held-out part. The split hashes the text itself, not the row
 * number, so duplicated reviews (the dev set has ~50) fall on the same side and cannot leak.
 */
export function isHeldOut(text) {
	return fnv1a(SPLIT_SEED + '\u0000' + text.trim()) % 100 < HELD_OUT_PERCENT;
}

/** RFC 4180 rows (quotes, doubled quotes, CRLF); a leading BOM is dropped. */
export function parseCsv(text) {
	const rows = [];
	let row = [];
	let field = '';
	let quoted = false;
	const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (quoted) {
			if (c === '"') {
				if (s[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else if (c !== '\r') field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

const POSITIVE = new Set(['1', 'pos', 'positive', '正面', '好评', '积极']);
const NEGATIVE = new Set(['0', 'neg', 'negative', '负面', '差评', '消极']);
const TEXT_COLUMNS = ['review', 'text', 'content', 'sentence', '评论', '内容', '文本'];

/**
 * Labelled texts from a CSV with a `label` column (1/0, pos/neg, 正面/负面) and a `review` column
 * (or text/content/sentence); other columns such as `cat` are ignored. Rows with another label or
 * an empty text are counted in `skipped`.
 */
export function readLabelled(path) {
	const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
	if (!header) throw new Error(`${path} is empty`);
	const names = header.map((h) => h.trim().toLowerCase());
	const labelAt = names.indexOf('label');
	const textAt = names.findIndex((n) => TEXT_COLUMNS.includes(n));
	if (labelAt < 0 || textAt < 0) {
		throw new Error(`${path} needs a "label" and a "review" (or text) column; found: ${header}`);
	}
	const items = [];
	let skipped = 0;
	for (const row of rows) {
		if (row.length === 1 && row[0] === '') continue;
		const label = (row[labelAt] ?? '').trim().toLowerCase();
		// A text with unquoted commas spills into extra fields; the text is the last column here.
		const text = (textAt === header.length - 1 ? row.slice(textAt).join(',') : row[textAt]) ?? '';
		const y = POSITIVE.has(label) ? 1 : NEGATIVE.has(label) ? 0 : null;
		if (y === null || !text.trim()) skipped++;
		else items.push({ y, text });
	}
	return { items, skipped };
}

/**
 * Bundles the app's TypeScript `modules` (paths from the project root) into one ES module for
 * Node and imports it. The bundle goes under node_modules/.cache so its bare imports
 * (jieba-wasm) resolve from the project.
 */
export async function importTs(modules, name) {
	const { build } = await import('rolldown');
	const dir = join(process.cwd(), 'node_modules', '.cache', 'parcellens-eval');
	mkdirSync(dir, { recursive: true });
	const entry = join(dir, `${name}.entry.ts`);
	writeFileSync(
		entry,
		modules.map((m) => `export * from ${JSON.stringify(join(process.cwd(), m))};`).join('\n')
	);
	const file = join(dir, `${name}.mjs`);
	await build({
		input: entry,
		platform: 'node',
		resolve: { alias: { $lib: join(process.cwd(), 'src/lib') } },
		external: [/^[^./$]/],
		output: { file, format: 'esm' },
		logLevel: 'silent'
	});
	return import(pathToFileURL(file).href);
}

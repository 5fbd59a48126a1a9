// npm run eval:sentiment -- <labelled.csv> [--all] [--json]
// Measures the sentiment method on labelled texts (CSV with label 1/0 and review; a `cat` column
// is ignored). By default only the held-out part of the split is scored, i.e. texts the shipped
// weights never saw in training (see labelled.mjs); --all scores every row, for a CSV that was
// never used in training. Prints accuracy, precision, recall and F1 per class and macro, for the
// app's method (model + courier lexicon) and for each half alone, plus throughput.
import { importTs, isHeldOut, readLabelled } from './labelled.mjs';

const argv = process.argv.slice(2);
const csvPath = argv.find((a) => !a.startsWith('--'));
if (!csvPath) {
	console.error('usage: npm run eval:sentiment -- <labelled.csv> [--all] [--json]');
	process.exit(2);
}
const all = argv.includes('--all');

const emotion = await importTs(
	[
		'src/lib/emotion/tokenize-node.ts',
		'src/lib/emotion/analyze.ts',
		'src/lib/emotion/sentiment-model.ts'
	],
	'eval'
);
let t0 = performance.now();
const tokenizer = await emotion.loadNodeTokenizer();
const tokenizerMs = performance.now() - t0;
const analyzer = emotion.createAnalyzer(tokenizer, emotion.defaultSentimentModel());

const { items, skipped } = readLabelled(csvPath);
const heldOut = all ? items : items.filter((item) => isHeldOut(item.text));
const trainSize = items.length - heldOut.length;

// Warm up the JIT and jieba's dictionary before timing.
for (const item of heldOut.slice(0, 200)) analyzer.analyze(item.text);

const methods = {
	'model + lexicon (app)': [],
	'model only': [],
	'lexicon only': []
};
let neutral = 0;
let labelCorrect = 0;
let lexiconCovered = 0;
const typeCounts = new Map();
t0 = performance.now();
const results = heldOut.map((item) => analyzer.analyze(item.text));
const analyzeMs = performance.now() - t0;
results.forEach((r, i) => {
	const y = heldOut[i].y;
	methods['model + lexicon (app)'].push([y, r.sentiment.score >= 0 ? 1 : 0]);
	methods['model only'].push([y, r.sentiment.modelLogit >= 0 ? 1 : 0]);
	// A text without lexicon words has no lexicon verdict; it counts as a miss either way.
	const lex = r.sentiment.lexicon;
	methods['lexicon only'].push([y, lex > 0 ? 1 : lex < 0 ? 0 : 1 - y]);
	if (r.sentiment.label === 'neutral') neutral++;
	if (r.sentiment.label === (y === 1 ? 'positive' : 'negative')) labelCorrect++;
	if (r.sentiment.hits.length) lexiconCovered++;
	if (y === 0) for (const t of r.types) typeCounts.set(t, (typeCounts.get(t) ?? 0) + 1);
});

function metrics(pairs) {
	const m = { n: pairs.length, tp: 0, fp: 0, tn: 0, fn: 0 };
	for (const [y, p] of pairs) {
		if (p === 1 && y === 1) m.tp++;
		else if (p === 1) m.fp++;
		else if (y === 0) m.tn++;
		else m.fn++;
	}
	const div = (a, b) => (b === 0 ? 0 : a / b);
	const cls = (tp, fp, fn) => {
		const precision = div(tp, tp + fp);
		const recall = div(tp, tp + fn);
		return { precision, recall, f1: div(2 * precision * recall, precision + recall) };
	};
	const positive = cls(m.tp, m.fp, m.fn);
	const negative = cls(m.tn, m.fn, m.fp);
	return {
		accuracy: div(m.tp + m.tn, m.n),
		positive,
		negative,
		macroF1: (positive.f1 + negative.f1) / 2
	};
}

const report = {
	file: csvPath,
	rows: items.length + skipped,
	skipped,
	split: all
		? { scored: heldOut.length, note: '--all: every row scored' }
		: { train: trainSize, heldOut: heldOut.length },
	heldOutBalance: {
		positive: heldOut.filter((i) => i.y === 1).length,
		negative: heldOut.filter((i) => i.y === 0).length
	},
	methods: Object.fromEntries(Object.entries(methods).map(([k, v]) => [k, metrics(v)])),
	labelledNeutral: neutral,
	strictAccuracy: labelCorrect / heldOut.length,
	lexiconCoverage: lexiconCovered / heldOut.length,
	complaintTypesOfNegativeTexts: Object.fromEntries([...typeCounts].sort((a, b) => b[1] - a[1])),
	speed: {
		tokenizerLoadMs: Math.round(tokenizerMs),
		msPer1kTexts: Math.round((analyzeMs / heldOut.length) * 1000 * 10) / 10,
		textsPerSecond: Math.round(heldOut.length / (analyzeMs / 1000))
	}
};

if (argv.includes('--json')) {
	console.log(JSON.stringify(report, null, 2));
} else {
	const pct = (v) => ((v * 100).toFixed(2) + '%').padStart(8);
	console.log(`file: ${csvPath}  (${report.rows} rows, ${skipped} skipped)`);
	console.log(
		all
			? `scored: all ${heldOut.length} texts`
			: `split: ${trainSize} train / ${heldOut.length} held out ` +
					`(${report.heldOutBalance.positive} positive, ${report.heldOutBalance.negative} negative)`
	);
	console.log('');
	console.log(
		'method'.padEnd(24) +
			'accuracy' +
			' |   neg P   neg R  neg F1 |   pos P   pos R  pos F1 | macro F1'
	);
	for (const [name, m] of Object.entries(report.methods)) {
		console.log(
			name.padEnd(24) +
				pct(m.accuracy) +
				' |' +
				[m.negative.precision, m.negative.recall, m.negative.f1].map(pct).join('') +
				' |' +
				[m.positive.precision, m.positive.recall, m.positive.f1].map(pct).join('') +
				' | ' +
				pct(m.macroF1)
		);
	}
	console.log('');
	console.log(
		`labelled neutral by the app (|score| < band; counted by sign above): ${neutral} ` +
			`(${((neutral / heldOut.length) * 100).toFixed(1)}%); ` +
			`accuracy of the app's three-way label, neutral counted as wrong: ${pct(report.strictAccuracy).trim()}`
	);
	console.log(
		`texts with at least one lexicon word: ${(report.lexiconCoverage * 100).toFixed(1)}% ` +
			'(lexicon only: a text without one counts as wrong)'
	);
	console.log(
		'complaint types found in negative texts: ' +
			Object.entries(report.complaintTypesOfNegativeTexts)
				.map(([t, c]) => `${t} ${c}`)
				.join(', ')
	);
	console.log(
		`speed: ${report.speed.msPer1kTexts} ms per 1k texts (${report.speed.textsPerSecond} texts/s, ` +
			`tokenise + sentiment + complaint types, one thread); tokenizer load ${report.speed.tokenizerLoadMs} ms`
	);
}

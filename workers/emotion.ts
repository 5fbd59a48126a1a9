// The text analyser inside the engine worker: jieba-wasm (bundled by Vite as a same-origin file,
// like DuckDB's wasm) plus the shipped sentiment weights, loaded on first use.
import jiebaWasmUrl from '../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm?url';
import { createAnalyzer, type TextAnalyzer } from '$lib/emotion/analyze';
import { defaultSentimentModel } from '$lib/emotion/sentiment-model';
import { loadWebTokenizer } from '$lib/emotion/tokenize-web';

let analyzer: Promise<TextAnalyzer> | null = null;

export function textAnalyzer(): Promise<TextAnalyzer> {
	analyzer ??= loadWebTokenizer(jiebaWasmUrl).then(
		(tokenizer) => createAnalyzer(tokenizer, defaultSentimentModel()),
		(e: unknown) => {
			analyzer = null;
			throw e;
		}
	);
	return analyzer;
}

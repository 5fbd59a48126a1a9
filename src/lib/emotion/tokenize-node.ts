// jieba-wasm for Node (vitest and the offline scripts in test/eval). The package's node build is
// CommonJS and instantiates its wasm synchronously from its own directory.

import { makeTokenizer, type JiebaModule, type Tokenizer } from './tokenize';

let loading: Promise<Tokenizer> | null = null;

/** The shared Node tokenizer (jieba keeps one global dictionary, so there is one per process). */
export function loadNodeTokenizer(): Promise<Tokenizer> {
	loading ??= import('jieba-wasm/node').then((mod) => {
		// Node's CommonJS interop puts the exports on both the namespace and `default`.
		const jieba = ('cut' in mod ? mod : (mod as { default: JiebaModule }).default) as JiebaModule;
		return makeTokenizer(jieba);
	});
	return loading;
}

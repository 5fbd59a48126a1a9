// jieba-wasm for the browser worker. The package does not export its .wasm file, so the worker
// imports it by relative path and hands the URL over:
//   import jiebaWasmUrl from '../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm?url';
//   const tokenizer = await loadWebTokenizer(jiebaWasmUrl);
// (Vite rejects a bare 'jieba-wasm/pkg/web/…?url': the path is not in the package's exports.)

import init, { add_word, cut } from 'jieba-wasm/web';
import { makeTokenizer, type Tokenizer } from './tokenize';

let loading: Promise<Tokenizer> | null = null;

/** The worker's tokenizer; `wasm` is the .wasm URL (or its bytes). Loads once per worker. */
export function loadWebTokenizer(wasm: string | URL | BufferSource): Promise<Tokenizer> {
	loading ??= init({ module_or_path: wasm }).then(
		() => makeTokenizer({ add_word, cut }),
		(error: unknown) => {
			// Let a later call retry (e.g. after the network share came back).
			loading = null;
			throw error;
		}
	);
	return loading;
}

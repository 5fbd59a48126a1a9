// Writes the benchmark's input files: the same sample waybills as a Chinese-header export in
// UTF-8 and in GBK, and as Parquet. Bundled and run by test/bench/run.mjs (Node).
import { createWriteStream, writeFileSync } from 'node:fs';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { CITIES } from '../../src/lib/reference/regions';
import { generateSample, TICK } from '../../src/lib/sample/generator';
import {
	CHANNELS,
	ITEM_CATEGORIES,
	PAYMENT_METHODS,
	PRODUCTS,
	STATUSES
} from '../../src/lib/model/vocab';
import { encodeGbk } from '../fixtures/encoders';
import { writeParquetFromIpc } from '../support/parquet-node';

const HEADER = [
	'运单号',
	'寄件客户',
	'寄件人手机',
	'下单时间',
	'签收时间',
	'寄件省',
	'寄件城市',
	'收件省',
	'收件城市',
	'重量(kg)',
	'运费(元)',
	'支付方式',
	'下单渠道',
	'产品',
	'物品类型',
	'状态'
];

const pad = (n: number) => String(n).padStart(2, '0');
const time = (ms: number) => {
	if (Number.isNaN(ms)) return '';
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** Rows of the sample as the strings an export would hold. */
function* rows(n: number) {
	for (const chunk of generateSample({ seed: 7, waybills: n })) {
		if (chunk === TICK) continue;
		const w = chunk.waybills;
		const first = chunk.customers.idx[0] ?? 0;
		for (let i = 0; i < w.seq.length; i++) {
			const c = w.cust[i]! - first;
			yield [
				`YT${String(w.seq[i]).padStart(12, '0')}`,
				`C${String(w.cust[i]! + 1).padStart(8, '0')}`,
				chunk.customers.phone[c] ?? '',
				time(w.order_ms[i]!),
				time(w.sign_ms[i]!),
				CITIES[w.origin_city[i]!]!.province,
				CITIES[w.origin_city[i]!]!.name,
				CITIES[w.dest_city[i]!]!.province,
				CITIES[w.dest_city[i]!]!.name,
				String(w.weight_kg[i]),
				String(w.fee[i]),
				PAYMENT_METHODS[w.payment_method[i]!]!,
				CHANNELS[w.channel[i]!]!,
				PRODUCTS[w.product[i]!]!,
				ITEM_CATEGORIES[w.item_category[i]!]!,
				STATUSES[w.status[i]!]!
			];
		}
	}
}

async function writeText(path: string, n: number, encode: (s: string) => Uint8Array) {
	const out = createWriteStream(path);
	let buffer = HEADER.join(',') + '\n';
	for (const r of rows(n)) {
		buffer += r.join(',') + '\n';
		if (buffer.length > 1 << 20) {
			if (!out.write(encode(buffer)))
				await new Promise<void>((ok) => out.once('drain', () => ok()));
			buffer = '';
		}
	}
	out.write(encode(buffer));
	await new Promise<void>((ok) => out.end(() => ok()));
}

/** Writes <dir>/waybills-<n>-utf8.csv, -gbk.csv and .parquet. */
export async function writeIngestFiles(dir: string, n: number): Promise<Record<string, string>> {
	const utf8 = `${dir}/waybills-${n}-utf8.csv`;
	const gbk = `${dir}/waybills-${n}-gbk.csv`;
	const parquet = `${dir}/waybills-${n}.parquet`;
	const enc = new TextEncoder();
	await writeText(utf8, n, (s) => enc.encode(s));
	await writeText(gbk, n, encodeGbk);
	const columns: string[][] = HEADER.map(() => []);
	for (const r of rows(n)) r.forEach((v, i) => columns[i]!.push(v));
	const table = tableFromArrays(
		Object.fromEntries(
			HEADER.map((h, i) => [
				h,
				i === 9 || i === 10 ? Float64Array.from(columns[i]!, Number) : columns[i]!
			])
		)
	);
	writeFileSync(parquet, writeParquetFromIpc(tableToIPC(table, 'stream')));
	return { 'CSV UTF-8': utf8, 'CSV GBK': gbk, Parquet: parquet };
}

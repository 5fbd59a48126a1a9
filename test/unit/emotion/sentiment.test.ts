import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, customerSide, type TextAnalyzer } from '$lib/emotion/analyze';
import { FEATURE_SCHEME } from '$lib/emotion/features';
import { defaultSentimentModel, SENTIMENT_TRAINING } from '$lib/emotion/sentiment-model';
import { parseSentimentModel, type SentimentLabel } from '$lib/emotion/sentiment';
import { loadNodeTokenizer } from '$lib/emotion/tokenize-node';

let analyzer: TextAnalyzer;
beforeAll(async () => {
	analyzer = createAnalyzer(await loadNodeTokenizer(), defaultSentimentModel());
});
const sentiment = (text: string) => analyzer.analyze(text).sentiment;

describe('negation', () => {
	it('reads 不满意 as negative and 满意 as positive', () => {
		expect(sentiment('不满意').label).toBe('negative');
		expect(sentiment('非常不满意').label).toBe('negative');
		expect(sentiment('满意').label).toBe('positive');
	});

	it('does not read 没有破损 as negative', () => {
		expect(sentiment('没有破损').label).not.toBe('negative');
		expect(sentiment('没有破损').score).toBeGreaterThan(sentiment('破损').score);
		expect(sentiment('包装完好,没有破损,速度很快').label).toBe('positive');
	});

	it('reads a missing expected event as negative', () => {
		expect(sentiment('我还没有收到快递').label).toBe('negative');
		expect(sentiment('物流一直不更新').label).toBe('negative');
		expect(sentiment('快递员态度不好').label).toBe('negative');
	});
});

describe('degree words', () => {
	it('make 非常慢 more negative than 慢, and 慢 more than 有点慢', () => {
		const lexicon = (t: string) => sentiment(t).lexicon;
		expect(lexicon('非常慢')).toBeLessThan(lexicon('慢'));
		expect(lexicon('慢')).toBeLessThan(lexicon('有点慢'));
		expect(lexicon('有点慢')).toBeLessThan(0);
		expect(lexicon('非常满意')).toBeGreaterThan(lexicon('满意'));
	});

	it('soften a negated degree: 不太好 is milder than 很不好', () => {
		expect(sentiment('不太好').lexicon).toBeGreaterThan(sentiment('很不好').lexicon);
		expect(sentiment('不太好').lexicon).toBeLessThan(0);
	});
});

describe('courier texts', () => {
	const cases: [string, SentimentLabel][] = [
		['快递员态度很差,打电话就挂,还让我自己下楼取', 'negative'],
		['包裹在广州分拨中心停了两天没动,什么时候能派送?', 'negative'],
		['显示已签收但是我根本没收到,东西丢了', 'negative'],
		['收到的包裹外箱破损严重,里面的手机摔坏了', 'negative'],
		['申请理赔已经十天了还没有结果,一直让我等', 'negative'],
		['运费比之前贵了好多,感觉被多收了', 'negative'],
		['虽然速度很快,但是东西摔坏了', 'negative'],
		['快递员很负责,速度很快', 'positive'],
		['小哥很负责,下雨天还送上门,辛苦了', 'positive'],
		['特快果然快,第二天一早就到了,非常满意', 'positive'],
		['理赔很快就到账了,客服也很耐心,点赞', 'positive'],
		['请问寄手机到北京需要几天?', 'neutral'],
		['可以上门取件吗?大概几点能到', 'neutral'],
		['客服你好,月结账户怎么开通?需要什么材料,麻烦了。', 'neutral'],
		['易碎品,请轻拿轻放以免破损', 'neutral'],
		['如果丢件了怎么理赔', 'neutral']
	];
	it.each(cases)('%s → %s', (text, label) => {
		expect(sentiment(text).label).toBe(label);
	});

	it('flags an inquiry, but not a complaint phrased as a question', () => {
		expect(sentiment('请问可以开电子发票吗').inquiry).toBe(true);
		expect(sentiment('为什么显示已到达却迟迟不派送?').inquiry).toBe(false);
	});

	it('scores only the customer in a tagged transcript', () => {
		const transcript = '客户:我的件五天了还没到。客服:非常抱歉给您带来不便。客户:太耽误事了';
		expect(customerSide(transcript)).toBe('我的件五天了还没到。太耽误事了');
		expect(customerSide('没有标签的文本')).toBe('没有标签的文本');
		expect(sentiment(transcript).label).toBe('negative');
	});
});

describe('scores', () => {
	it('stay within [-1, 1] and explain themselves', () => {
		const s = sentiment('快递延误了三天,非常失望');
		expect(s.score).toBeGreaterThanOrEqual(-1);
		expect(s.score).toBeLessThanOrEqual(1);
		expect(s.hits.map((h) => h.word)).toEqual(expect.arrayContaining(['延误', '失望']));
	});

	it('are deterministic, also with a freshly parsed model', async () => {
		const texts = ['快递员服务很好,送货很快,点赞', '包裹丢失了,请尽快处理', '没有破损'];
		const again = createAnalyzer(
			await loadNodeTokenizer(),
			parseSentimentModel(
				JSON.parse(readFileSync('src/lib/emotion/sentiment-weights.json', 'utf8'))
			)
		);
		for (const text of texts) expect(again.analyze(text)).toEqual(analyzer.analyze(text));
	});

	it('score an empty text as neutral', () => {
		expect(analyzer.analyze('')).toMatchObject({
			sentiment: { score: 0, label: 'neutral' },
			types: []
		});
	});
});

describe('shipped weights', () => {
	it('match the feature code, are compact and say what they were trained on', () => {
		const text = readFileSync('src/lib/emotion/sentiment-weights.json', 'utf8');
		expect(text.length).toBeLessThan(1.5 * 1024 * 1024);
		const file = JSON.parse(text);
		expect(file.scheme).toBe(FEATURE_SCHEME);
		expect(SENTIMENT_TRAINING.texts).toBeGreaterThan(40_000);
		expect(defaultSentimentModel().weights.size).toBe(SENTIMENT_TRAINING.kept);
	});

	it('refuse weights trained on other features', () => {
		expect(() =>
			parseSentimentModel({ format: 'x', scheme: 'other', bias: 0, weights: '' })
		).toThrow(/features/);
	});
});

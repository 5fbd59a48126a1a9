import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type TextAnalyzer } from '$lib/emotion/analyze';
import {
	COMPLAINT_DICTIONARIES,
	COMPLAINT_TYPES,
	type ComplaintType
} from '$lib/emotion/complaints';
import { defaultSentimentModel } from '$lib/emotion/sentiment-model';
import { loadNodeTokenizer } from '$lib/emotion/tokenize-node';
import { en, zh } from '$lib/i18n/messages/areas/emotion';
import { Rng } from '$lib/sample/prng';
import { serviceText } from '$lib/sample/texts';

let analyzer: TextAnalyzer;
beforeAll(async () => {
	analyzer = createAnalyzer(await loadNodeTokenizer(), defaultSentimentModel());
});
const types = (text: string) => analyzer.analyze(text).types;

describe('complaint types of hand-written courier texts', () => {
	const cases: [string, ComplaintType[]][] = [
		['我的快递已经5天了还没到,物流信息一直不更新', ['delay']],
		['说好的次日达,结果第三天才送到', ['delay']],
		['下单三天了还没有揽收,到底什么时候来取件', ['delay']],
		['物流显示在转运中心躺了四天了', ['delay']],
		['我还没有收到快递', ['delay']],
		['箱子被压扁了,东西漏了一地,太糟糕了', ['damage']],
		['打开一看杯子全碎了,包装太简陋', ['damage']],
		['收到的包裹外箱破损严重,里面的手机摔坏了,要求赔偿', ['damage', 'claim']],
		['快递显示已签收但是我根本没收到', ['loss']],
		['显示已签收,可是我家里根本没人收', ['loss']],
		['寄出的耳机一直查不到,是不是丢件了', ['loss']],
		['快递被别人冒领了,驿站说不知道', ['loss']],
		['收到的包裹里少了一件衣服', ['loss']],
		['申请理赔已经十天了还没有结果', ['claim']],
		['理赔太慢了', ['claim']],
		['包裹丢了,不给赔', ['loss', 'claim']],
		['快递员态度很差,打电话就挂', ['attitude']],
		['客服一直推脱,说话很不耐烦', ['attitude']],
		['快递员从来不送货上门,也不打电话通知', ['attitude']],
		['打了十几个电话都没人接', ['attitude']],
		['客服回复太慢', ['attitude']],
		['快递员把包裹扔下来就走了', ['attitude']],
		['运费比之前贵了好多,感觉被多收了', ['fee']],
		['续重费用太高了,3公斤收了这么多', ['fee']],
		['到付件被收了两次钱', ['fee']],
		['快递迟迟不到,客服态度也很敷衍', ['delay', 'attitude']],
		['太失望了,再也不会用了', ['other']]
	];
	it.each(cases)('%s → %j', (text, expected) => {
		expect(types(text)).toEqual(expected);
	});
});

describe('negation and conditions', () => {
	it('does not report a negated problem', () => {
		expect(types('没有破损')).toEqual([]);
		expect(types('包装完好,没有破损,也没有延误')).toEqual([]);
		expect(types('东西没丢,就是有点慢')).toEqual(['delay']);
	});

	it('does not report a condition or precaution', () => {
		expect(types('如果丢件了怎么理赔')).toEqual([]);
		expect(types('易碎品,请轻拿轻放以免破损')).toEqual([]);
	});

	it('reads topics only in a negative clause', () => {
		expect(types('快递员态度很好')).toEqual([]);
		expect(types('快递员态度不好')).toEqual(['attitude']);
		expect(types('运费不贵')).toEqual([]);
		expect(types('理赔很快就到账了,客服也很耐心')).toEqual([]);
	});

	it('gives no type to praise or a plain question', () => {
		expect(types('快递员服务很好,送货很快,点赞')).toEqual([]);
		expect(types('请问寄手机到北京需要几天?')).toEqual([]);
	});
});

describe('sample data', () => {
	it("classify the app's own sample service texts by their category", () => {
		const expected: Record<string, ComplaintType | null> = {
			延误: 'delay',
			破损: 'damage',
			丢件: 'loss',
			理赔: 'claim',
			态度: 'attitude',
			费用: 'fee',
			咨询: null,
			表扬: null
		};
		const rng = new Rng(2024);
		const slots = {
			days: 4,
			city: '杭州',
			product: '次日达',
			category: '3C数码',
			value: 3000,
			weight: 3
		};
		let agree = 0;
		let total = 0;
		for (let i = 0; i < 40; i++) {
			for (const [category, type] of Object.entries(expected)) {
				const found = types(serviceText(rng, category, slots));
				total++;
				if (type ? found.includes(type) : found.length === 0) agree++;
			}
		}
		expect(agree / total).toBeGreaterThan(0.9);
	});
});

describe('dictionaries', () => {
	it('cover every type but other, and every type has labels in both languages', () => {
		expect(Object.keys(COMPLAINT_DICTIONARIES).sort()).toEqual(
			COMPLAINT_TYPES.filter((t) => t !== 'other').sort()
		);
		for (const type of COMPLAINT_TYPES) {
			const key = `emotion.type.${type}` as keyof typeof zh;
			expect(zh[key]).toBeTruthy();
			expect(en[key]).toBeTruthy();
		}
		expect(zh['emotion.type.delay']).toBe('延误');
	});

	it('return types in a fixed order, whatever the text order', () => {
		expect(types('运费太贵,而且东西摔坏了,还延误了三天')).toEqual(['delay', 'damage', 'fee']);
	});
});

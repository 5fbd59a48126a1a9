/**
 * Reference data for Chinese provincial-level divisions and prefecture-level cities.
 *
 * Used to generate realistic sample data, to normalise province / city names typed by users,
 * to assign city tiers and to draw a tile-grid cartogram of China. Self-contained, no DOM.
 *
 * Sources (written from general knowledge, approximate where noted):
 * - Administrative divisions: the 333 prefecture-level divisions of the 31 mainland provinces
 *   (293 cities, 7 地区, 30 自治州, 3 盟) plus the 4 municipalities; 香港, 澳门 and 台北市 as
 *   single entries.
 * - Tiers: 第一财经·新一线城市研究所 2023 城市商业魅力排行榜 (4 / 15 / 30 / 70 / 90 / rest).
 *   一线 / 新一线 / 二线 follow the published list; the 三线 / 四线 boundary is a best effort.
 *   香港 and 台北 are tagged 一线, 澳门 二线 (not part of the ranking).
 * - `pop` is an approximate urban (城镇) resident population in 万 people, circa 2020–2022,
 *   meant only as a relative weight.
 */

/** Broad geographic region of China used for grouping provinces. */
export type Region = '华北' | '东北' | '华东' | '华中' | '华南' | '西南' | '西北' | '港澳台';

/** City tier following the 第一财经 城市商业魅力排行榜 scale. */
export type CityTier = '一线' | '新一线' | '二线' | '三线' | '四线' | '五线';

/** All city tiers ordered from highest to lowest. */
export const CITY_TIERS: readonly CityTier[] = ['一线', '新一线', '二线', '三线', '四线', '五线'];

/** A provincial-level division (province, municipality, autonomous region or SAR). */
export interface Province {
	/** Official full name, e.g. '广东省', '北京市', '广西壮族自治区', '香港特别行政区'. */
	name: string;
	/** Common short name, e.g. '广东', '北京', '广西', '内蒙古', '香港'. */
	short: string;
	/** One-character abbreviation, e.g. '粤', '京', '桂', '蒙', '港'. */
	abbr: string;
	/**
	 * Lower-case pinyin without tones/spaces, e.g. 'guangdong', 'shaanxi' (陕西) vs 'shanxi' (山西),
	 * 'neimenggu'.
	 */
	pinyin: string;
	/** English name as commonly written, e.g. 'Guangdong', 'Inner Mongolia', 'Hong Kong', 'Tibet'. */
	en: string;
	region: Region;
	/**
	 * Position on a tile-grid cartogram of China (row 0 = north, col 0 = west), 1 tile per province,
	 * no two provinces on the same tile, neighbours roughly adjacent, like the well-known China
	 * tile-grid maps (this grid: 8 rows × 7 columns, see the diagram above PROVINCES).
	 */
	tile: { row: number; col: number };
	/** Approximate geographic centroid [lng, lat] in degrees. */
	centroid: [number, number];
	/**
	 * Other spellings a user may type: e.g. for 新疆: ['新疆自治区', 'Xinjiang Uygur']
	 * (name/short/abbr/pinyin/en are not repeated here).
	 */
	aliases: string[];
}

/** A prefecture-level division (or a municipality / SAR / 台北 as a single entry). */
export interface City {
	/** Full name with suffix, e.g. '深圳市', '恩施土家族苗族自治州', '大兴安岭地区'. */
	name: string;
	/** Name without 市/地区/自治州 suffix as people type it, e.g. '深圳', '恩施', '大兴安岭'. */
	short: string;
	/** Province full name, must equal a Province.name. */
	province: string;
	tier: CityTier;
	/** City centre latitude/longitude in degrees (within ~0.3°). */
	lat: number;
	lng: number;
	/**
	 * Urban population in units of 10,000 people, approximate (used as a weight for sample data
	 * volume).
	 */
	pop: number;
}

/*
 * Tile grid (row 0 = north, col 0 = west), 8 rows × 7 columns:
 *
 *        0    1    2    3    4    5    6
 *   0                                  黑
 *   1                   蒙   京   辽   吉
 *   2    新   甘   宁   晋   冀   津
 *   3    藏   青   陕   豫   鲁
 *   4         川   渝   鄂   皖   苏   沪
 *   5         云   贵   湘   赣   浙
 *   6              桂   粤   闽   台
 *   7              琼   澳   港
 */

/** All 34 provincial-level divisions: 31 mainland divisions plus 香港, 澳门 and 台湾. */
export const PROVINCES: readonly Province[] = [
	{
		name: '北京市',
		short: '北京',
		abbr: '京',
		pinyin: 'beijing',
		en: 'Beijing',
		region: '华北',
		tile: { row: 1, col: 4 },
		centroid: [116.4, 40.2],
		aliases: ['Peking']
	},
	{
		name: '天津市',
		short: '天津',
		abbr: '津',
		pinyin: 'tianjin',
		en: 'Tianjin',
		region: '华北',
		tile: { row: 2, col: 5 },
		centroid: [117.3, 39.3],
		aliases: ['Tientsin']
	},
	{
		name: '河北省',
		short: '河北',
		abbr: '冀',
		pinyin: 'hebei',
		en: 'Hebei',
		region: '华北',
		tile: { row: 2, col: 4 },
		centroid: [115.7, 39.3],
		aliases: []
	},
	{
		name: '山西省',
		short: '山西',
		abbr: '晋',
		pinyin: 'shanxi',
		en: 'Shanxi',
		region: '华北',
		tile: { row: 2, col: 3 },
		centroid: [112.3, 37.6],
		aliases: []
	},
	{
		name: '内蒙古自治区',
		short: '内蒙古',
		abbr: '蒙',
		pinyin: 'neimenggu',
		en: 'Inner Mongolia',
		region: '华北',
		tile: { row: 1, col: 3 },
		centroid: [113.4, 43.7],
		aliases: [
			'内蒙',
			'內蒙古',
			'內蒙古自治區',
			'neimeng',
			'Nei Mongol',
			'Inner Mongolia Autonomous Region'
		]
	},
	{
		name: '辽宁省',
		short: '辽宁',
		abbr: '辽',
		pinyin: 'liaoning',
		en: 'Liaoning',
		region: '东北',
		tile: { row: 1, col: 5 },
		centroid: [122.6, 41.3],
		aliases: ['遼寧', '遼寧省']
	},
	{
		name: '吉林省',
		short: '吉林',
		abbr: '吉',
		pinyin: 'jilin',
		en: 'Jilin',
		region: '东北',
		tile: { row: 1, col: 6 },
		centroid: [126.2, 43.7],
		aliases: ['Kirin']
	},
	{
		name: '黑龙江省',
		short: '黑龙江',
		abbr: '黑',
		pinyin: 'heilongjiang',
		en: 'Heilongjiang',
		region: '东北',
		tile: { row: 0, col: 6 },
		centroid: [127.8, 47.9],
		aliases: ['黑龍江', '黑龍江省']
	},
	{
		name: '上海市',
		short: '上海',
		abbr: '沪',
		pinyin: 'shanghai',
		en: 'Shanghai',
		region: '华东',
		tile: { row: 4, col: 6 },
		centroid: [121.4, 31.2],
		aliases: ['申', '滬']
	},
	{
		name: '江苏省',
		short: '江苏',
		abbr: '苏',
		pinyin: 'jiangsu',
		en: 'Jiangsu',
		region: '华东',
		tile: { row: 4, col: 5 },
		centroid: [119.5, 32.9],
		aliases: ['江蘇', '江蘇省']
	},
	{
		name: '浙江省',
		short: '浙江',
		abbr: '浙',
		pinyin: 'zhejiang',
		en: 'Zhejiang',
		region: '华东',
		tile: { row: 5, col: 5 },
		centroid: [120.1, 29.2],
		aliases: ['Chekiang']
	},
	{
		name: '安徽省',
		short: '安徽',
		abbr: '皖',
		pinyin: 'anhui',
		en: 'Anhui',
		region: '华东',
		tile: { row: 4, col: 4 },
		centroid: [117.2, 31.8],
		aliases: []
	},
	{
		name: '福建省',
		short: '福建',
		abbr: '闽',
		pinyin: 'fujian',
		en: 'Fujian',
		region: '华东',
		tile: { row: 6, col: 4 },
		centroid: [118.0, 26.1],
		aliases: ['閩', 'Fukien']
	},
	{
		name: '江西省',
		short: '江西',
		abbr: '赣',
		pinyin: 'jiangxi',
		en: 'Jiangxi',
		region: '华东',
		tile: { row: 5, col: 4 },
		centroid: [115.7, 27.6],
		aliases: ['贛']
	},
	{
		name: '山东省',
		short: '山东',
		abbr: '鲁',
		pinyin: 'shandong',
		en: 'Shandong',
		region: '华东',
		tile: { row: 3, col: 4 },
		centroid: [118.2, 36.4],
		aliases: ['山東', '山東省', '魯']
	},
	{
		name: '河南省',
		short: '河南',
		abbr: '豫',
		pinyin: 'henan',
		en: 'Henan',
		region: '华中',
		tile: { row: 3, col: 3 },
		centroid: [113.6, 33.9],
		aliases: []
	},
	{
		name: '湖北省',
		short: '湖北',
		abbr: '鄂',
		pinyin: 'hubei',
		en: 'Hubei',
		region: '华中',
		tile: { row: 4, col: 3 },
		centroid: [112.3, 31.0],
		aliases: []
	},
	{
		name: '湖南省',
		short: '湖南',
		abbr: '湘',
		pinyin: 'hunan',
		en: 'Hunan',
		region: '华中',
		tile: { row: 5, col: 3 },
		centroid: [111.7, 27.6],
		aliases: []
	},
	{
		name: '广东省',
		short: '广东',
		abbr: '粤',
		pinyin: 'guangdong',
		en: 'Guangdong',
		region: '华南',
		tile: { row: 6, col: 3 },
		centroid: [113.4, 23.3],
		aliases: ['廣東', '廣東省', 'Kwangtung']
	},
	{
		name: '广西壮族自治区',
		short: '广西',
		abbr: '桂',
		pinyin: 'guangxi',
		en: 'Guangxi',
		region: '华南',
		tile: { row: 6, col: 2 },
		centroid: [108.8, 23.8],
		aliases: ['广西自治区', '广西壮族', '廣西', '廣西壯族自治區', 'Guangxi Zhuang', 'Kwangsi']
	},
	{
		name: '海南省',
		short: '海南',
		abbr: '琼',
		pinyin: 'hainan',
		en: 'Hainan',
		region: '华南',
		tile: { row: 7, col: 2 },
		centroid: [109.8, 19.2],
		aliases: ['瓊']
	},
	{
		name: '重庆市',
		short: '重庆',
		abbr: '渝',
		pinyin: 'chongqing',
		en: 'Chongqing',
		region: '西南',
		tile: { row: 4, col: 2 },
		centroid: [107.9, 30.1],
		aliases: ['重慶', '重慶市', 'Chungking']
	},
	{
		name: '四川省',
		short: '四川',
		abbr: '川',
		pinyin: 'sichuan',
		en: 'Sichuan',
		region: '西南',
		tile: { row: 4, col: 1 },
		centroid: [102.7, 30.6],
		aliases: ['蜀', 'Szechuan', 'Szechwan']
	},
	{
		name: '贵州省',
		short: '贵州',
		abbr: '贵',
		pinyin: 'guizhou',
		en: 'Guizhou',
		region: '西南',
		tile: { row: 5, col: 2 },
		centroid: [106.9, 26.8],
		aliases: ['黔', '貴州', '貴州省']
	},
	{
		name: '云南省',
		short: '云南',
		abbr: '云',
		pinyin: 'yunnan',
		en: 'Yunnan',
		region: '西南',
		tile: { row: 5, col: 1 },
		centroid: [101.5, 24.9],
		aliases: ['滇', '雲南', '雲南省']
	},
	{
		name: '西藏自治区',
		short: '西藏',
		abbr: '藏',
		pinyin: 'xizang',
		en: 'Tibet',
		region: '西南',
		tile: { row: 3, col: 0 },
		centroid: [88.4, 31.5],
		aliases: ['西藏自治區', 'Xizang Autonomous Region', 'Tibet Autonomous Region']
	},
	{
		name: '陕西省',
		short: '陕西',
		abbr: '陕',
		pinyin: 'shaanxi',
		en: 'Shaanxi',
		region: '西北',
		tile: { row: 3, col: 2 },
		centroid: [108.9, 35.2],
		aliases: ['秦', '陝', '陝西', '陝西省']
	},
	{
		name: '甘肃省',
		short: '甘肃',
		abbr: '甘',
		pinyin: 'gansu',
		en: 'Gansu',
		region: '西北',
		tile: { row: 2, col: 1 },
		centroid: [101.0, 38.0],
		aliases: ['陇', '甘肅', '甘肅省', 'Kansu']
	},
	{
		name: '青海省',
		short: '青海',
		abbr: '青',
		pinyin: 'qinghai',
		en: 'Qinghai',
		region: '西北',
		tile: { row: 3, col: 1 },
		centroid: [96.0, 35.7],
		aliases: []
	},
	{
		name: '宁夏回族自治区',
		short: '宁夏',
		abbr: '宁',
		pinyin: 'ningxia',
		en: 'Ningxia',
		region: '西北',
		tile: { row: 2, col: 2 },
		centroid: [106.2, 37.3],
		aliases: ['宁夏自治区', '寧夏', '寧夏回族自治區', 'Ningxia Hui']
	},
	{
		name: '新疆维吾尔自治区',
		short: '新疆',
		abbr: '新',
		pinyin: 'xinjiang',
		en: 'Xinjiang',
		region: '西北',
		tile: { row: 2, col: 0 },
		centroid: [85.3, 41.1],
		aliases: ['新疆自治区', '新疆維吾爾自治區', 'Xinjiang Uygur', 'Xinjiang Uyghur', 'Sinkiang']
	},
	{
		name: '香港特别行政区',
		short: '香港',
		abbr: '港',
		pinyin: 'xianggang',
		en: 'Hong Kong',
		region: '港澳台',
		tile: { row: 7, col: 4 },
		centroid: [114.17, 22.35],
		aliases: ['香港特區', '香港特区', '香港特別行政區', 'Hong Kong SAR', 'Hongkong', 'HK', 'HKSAR']
	},
	{
		name: '澳门特别行政区',
		short: '澳门',
		abbr: '澳',
		pinyin: 'aomen',
		en: 'Macau',
		region: '港澳台',
		tile: { row: 7, col: 3 },
		centroid: [113.55, 22.17],
		aliases: ['澳門', '澳门特区', '澳門特別行政區', 'Macao', 'Macau SAR', 'Macao SAR']
	},
	{
		name: '台湾省',
		short: '台湾',
		abbr: '台',
		pinyin: 'taiwan',
		en: 'Taiwan',
		region: '港澳台',
		tile: { row: 6, col: 5 },
		centroid: [120.97, 23.75],
		aliases: ['臺灣', '台灣', '臺灣省', '台灣省', '台湾地区', '中国台湾', '臺']
	}
];

/**
 * All prefecture-level divisions of the 31 mainland provinces (municipalities as single
 * entries), plus 香港, 澳门 and 台北市.
 */
// prettier-ignore
export const CITIES: readonly City[] = [
	{ name: '北京市', short: '北京', province: '北京市', tier: '一线', lat: 39.90, lng: 116.41, pop: 1916 },
	{ name: '天津市', short: '天津', province: '天津市', tier: '新一线', lat: 39.13, lng: 117.20, pop: 1160 },
	{ name: '上海市', short: '上海', province: '上海市', tier: '一线', lat: 31.23, lng: 121.47, pop: 2220 },
	{ name: '重庆市', short: '重庆', province: '重庆市', tier: '新一线', lat: 29.56, lng: 106.55, pop: 2280 },
	{ name: '石家庄市', short: '石家庄', province: '河北省', tier: '二线', lat: 38.04, lng: 114.51, pop: 790 },
	{ name: '唐山市', short: '唐山', province: '河北省', tier: '三线', lat: 39.63, lng: 118.18, pop: 510 },
	{ name: '秦皇岛市', short: '秦皇岛', province: '河北省', tier: '三线', lat: 39.94, lng: 119.60, pop: 200 },
	{ name: '邯郸市', short: '邯郸', province: '河北省', tier: '三线', lat: 36.63, lng: 114.54, pop: 550 },
	{ name: '邢台市', short: '邢台', province: '河北省', tier: '三线', lat: 37.07, lng: 114.50, pop: 400 },
	{ name: '保定市', short: '保定', province: '河北省', tier: '二线', lat: 38.87, lng: 115.46, pop: 670 },
	{ name: '张家口市', short: '张家口', province: '河北省', tier: '四线', lat: 40.77, lng: 114.89, pop: 255 },
	{ name: '承德市', short: '承德', province: '河北省', tier: '四线', lat: 40.95, lng: 117.96, pop: 195 },
	{ name: '沧州市', short: '沧州', province: '河北省', tier: '三线', lat: 38.30, lng: 116.84, pop: 410 },
	{ name: '廊坊市', short: '廊坊', province: '河北省', tier: '三线', lat: 39.54, lng: 116.68, pop: 365 },
	{ name: '衡水市', short: '衡水', province: '河北省', tier: '四线', lat: 37.74, lng: 115.67, pop: 235 },
	{ name: '太原市', short: '太原', province: '山西省', tier: '二线', lat: 37.87, lng: 112.55, pop: 480 },
	{ name: '大同市', short: '大同', province: '山西省', tier: '四线', lat: 40.08, lng: 113.30, pop: 220 },
	{ name: '阳泉市', short: '阳泉', province: '山西省', tier: '五线', lat: 37.86, lng: 113.58, pop: 93 },
	{ name: '长治市', short: '长治', province: '山西省', tier: '四线', lat: 36.20, lng: 113.12, pop: 178 },
	{ name: '晋城市', short: '晋城', province: '山西省', tier: '四线', lat: 35.49, lng: 112.85, pop: 138 },
	{ name: '朔州市', short: '朔州', province: '山西省', tier: '五线', lat: 39.33, lng: 112.43, pop: 92 },
	{ name: '晋中市', short: '晋中', province: '山西省', tier: '四线', lat: 37.69, lng: 112.75, pop: 203 },
	{ name: '运城市', short: '运城', province: '山西省', tier: '四线', lat: 35.03, lng: 111.01, pop: 243 },
	{ name: '忻州市', short: '忻州', province: '山西省', tier: '五线', lat: 38.42, lng: 112.73, pop: 147 },
	{ name: '临汾市', short: '临汾', province: '山西省', tier: '四线', lat: 36.09, lng: 111.52, pop: 219 },
	{ name: '吕梁市', short: '吕梁', province: '山西省', tier: '四线', lat: 37.52, lng: 111.14, pop: 184 },
	{ name: '呼和浩特市', short: '呼和浩特', province: '内蒙古自治区', tier: '三线', lat: 40.84, lng: 111.75, pop: 280 },
	{ name: '包头市', short: '包头', province: '内蒙古自治区', tier: '四线', lat: 40.66, lng: 109.84, pop: 236 },
	{ name: '乌海市', short: '乌海', province: '内蒙古自治区', tier: '五线', lat: 39.66, lng: 106.79, pop: 53 },
	{ name: '赤峰市', short: '赤峰', province: '内蒙古自治区', tier: '四线', lat: 42.26, lng: 118.89, pop: 208 },
	{ name: '通辽市', short: '通辽', province: '内蒙古自治区', tier: '五线', lat: 43.65, lng: 122.24, pop: 143 },
	{ name: '鄂尔多斯市', short: '鄂尔多斯', province: '内蒙古自治区', tier: '四线', lat: 39.61, lng: 109.78, pop: 168 },
	{ name: '呼伦贝尔市', short: '呼伦贝尔', province: '内蒙古自治区', tier: '五线', lat: 49.21, lng: 119.77, pop: 164 },
	{ name: '巴彦淖尔市', short: '巴彦淖尔', province: '内蒙古自治区', tier: '五线', lat: 40.74, lng: 107.39, pop: 86 },
	{ name: '乌兰察布市', short: '乌兰察布', province: '内蒙古自治区', tier: '五线', lat: 41.00, lng: 113.13, pop: 94 },
	{ name: '兴安盟', short: '兴安', province: '内蒙古自治区', tier: '五线', lat: 46.08, lng: 122.04, pop: 71 },
	{ name: '锡林郭勒盟', short: '锡林郭勒', province: '内蒙古自治区', tier: '五线', lat: 43.93, lng: 116.05, pop: 78 },
	{ name: '阿拉善盟', short: '阿拉善', province: '内蒙古自治区', tier: '五线', lat: 38.85, lng: 105.73, pop: 21 },
	{ name: '沈阳市', short: '沈阳', province: '辽宁省', tier: '二线', lat: 41.81, lng: 123.43, pop: 770 },
	{ name: '大连市', short: '大连', province: '辽宁省', tier: '二线', lat: 38.91, lng: 121.61, pop: 610 },
	{ name: '鞍山市', short: '鞍山', province: '辽宁省', tier: '四线', lat: 41.11, lng: 122.99, pop: 260 },
	{ name: '抚顺市', short: '抚顺', province: '辽宁省', tier: '五线', lat: 41.88, lng: 123.96, pop: 149 },
	{ name: '本溪市', short: '本溪', province: '辽宁省', tier: '五线', lat: 41.29, lng: 123.77, pop: 106 },
	{ name: '丹东市', short: '丹东', province: '辽宁省', tier: '五线', lat: 40.12, lng: 124.35, pop: 153 },
	{ name: '锦州市', short: '锦州', province: '辽宁省', tier: '四线', lat: 41.10, lng: 121.13, pop: 162 },
	{ name: '营口市', short: '营口', province: '辽宁省', tier: '四线', lat: 40.67, lng: 122.24, pop: 156 },
	{ name: '阜新市', short: '阜新', province: '辽宁省', tier: '五线', lat: 42.02, lng: 121.67, pop: 99 },
	{ name: '辽阳市', short: '辽阳', province: '辽宁省', tier: '五线', lat: 41.27, lng: 123.24, pop: 106 },
	{ name: '盘锦市', short: '盘锦', province: '辽宁省', tier: '五线', lat: 41.12, lng: 122.07, pop: 110 },
	{ name: '铁岭市', short: '铁岭', province: '辽宁省', tier: '五线', lat: 42.29, lng: 123.84, pop: 120 },
	{ name: '朝阳市', short: '朝阳', province: '辽宁省', tier: '五线', lat: 41.57, lng: 120.45, pop: 138 },
	{ name: '葫芦岛市', short: '葫芦岛', province: '辽宁省', tier: '五线', lat: 40.71, lng: 120.84, pop: 129 },
	{ name: '长春市', short: '长春', province: '吉林省', tier: '二线', lat: 43.82, lng: 125.32, pop: 635 },
	{ name: '吉林市', short: '吉林', province: '吉林省', tier: '四线', lat: 43.84, lng: 126.55, pop: 224 },
	{ name: '四平市', short: '四平', province: '吉林省', tier: '五线', lat: 43.17, lng: 124.35, pop: 90 },
	{ name: '辽源市', short: '辽源', province: '吉林省', tier: '五线', lat: 42.89, lng: 125.14, pop: 58 },
	{ name: '通化市', short: '通化', province: '吉林省', tier: '五线', lat: 41.73, lng: 125.94, pop: 78 },
	{ name: '白山市', short: '白山', province: '吉林省', tier: '五线', lat: 41.94, lng: 126.42, pop: 73 },
	{ name: '松原市', short: '松原', province: '吉林省', tier: '五线', lat: 45.14, lng: 124.83, pop: 106 },
	{ name: '白城市', short: '白城', province: '吉林省', tier: '五线', lat: 45.62, lng: 122.84, pop: 74 },
	{ name: '延边朝鲜族自治州', short: '延边', province: '吉林省', tier: '五线', lat: 42.89, lng: 129.51, pop: 140 },
	{ name: '哈尔滨市', short: '哈尔滨', province: '黑龙江省', tier: '二线', lat: 45.80, lng: 126.53, pop: 660 },
	{ name: '齐齐哈尔市', short: '齐齐哈尔', province: '黑龙江省', tier: '四线', lat: 47.35, lng: 123.92, pop: 223 },
	{ name: '鸡西市', short: '鸡西', province: '黑龙江省', tier: '五线', lat: 45.30, lng: 130.97, pop: 99 },
	{ name: '鹤岗市', short: '鹤岗', province: '黑龙江省', tier: '五线', lat: 47.35, lng: 130.30, pop: 73 },
	{ name: '双鸭山市', short: '双鸭山', province: '黑龙江省', tier: '五线', lat: 46.65, lng: 131.16, pop: 77 },
	{ name: '大庆市', short: '大庆', province: '黑龙江省', tier: '四线', lat: 46.59, lng: 125.10, pop: 189 },
	{ name: '伊春市', short: '伊春', province: '黑龙江省', tier: '五线', lat: 47.73, lng: 128.84, pop: 70 },
	{ name: '佳木斯市', short: '佳木斯', province: '黑龙江省', tier: '五线', lat: 46.80, lng: 130.32, pop: 129 },
	{ name: '七台河市', short: '七台河', province: '黑龙江省', tier: '五线', lat: 45.77, lng: 131.00, pop: 50 },
	{ name: '牡丹江市', short: '牡丹江', province: '黑龙江省', tier: '五线', lat: 44.55, lng: 129.63, pop: 151 },
	{ name: '黑河市', short: '黑河', province: '黑龙江省', tier: '五线', lat: 50.25, lng: 127.53, pop: 74 },
	{ name: '绥化市', short: '绥化', province: '黑龙江省', tier: '五线', lat: 46.65, lng: 126.97, pop: 150 },
	{ name: '大兴安岭地区', short: '大兴安岭', province: '黑龙江省', tier: '五线', lat: 50.42, lng: 124.12, pop: 25 },
	{ name: '南京市', short: '南京', province: '江苏省', tier: '新一线', lat: 32.06, lng: 118.80, pop: 810 },
	{ name: '无锡市', short: '无锡', province: '江苏省', tier: '二线', lat: 31.49, lng: 120.31, pop: 620 },
	{ name: '徐州市', short: '徐州', province: '江苏省', tier: '二线', lat: 34.26, lng: 117.28, pop: 600 },
	{ name: '常州市', short: '常州', province: '江苏省', tier: '二线', lat: 31.81, lng: 119.97, pop: 412 },
	{ name: '苏州市', short: '苏州', province: '江苏省', tier: '新一线', lat: 31.30, lng: 120.58, pop: 1045 },
	{ name: '南通市', short: '南通', province: '江苏省', tier: '二线', lat: 31.98, lng: 120.89, pop: 548 },
	{ name: '连云港市', short: '连云港', province: '江苏省', tier: '三线', lat: 34.60, lng: 119.22, pop: 285 },
	{ name: '淮安市', short: '淮安', province: '江苏省', tier: '三线', lat: 33.61, lng: 119.02, pop: 296 },
	{ name: '盐城市', short: '盐城', province: '江苏省', tier: '三线', lat: 33.35, lng: 120.16, pop: 436 },
	{ name: '扬州市', short: '扬州', province: '江苏省', tier: '三线', lat: 32.39, lng: 119.41, pop: 324 },
	{ name: '镇江市', short: '镇江', province: '江苏省', tier: '三线', lat: 32.19, lng: 119.42, pop: 234 },
	{ name: '泰州市', short: '泰州', province: '江苏省', tier: '三线', lat: 32.46, lng: 119.92, pop: 311 },
	{ name: '宿迁市', short: '宿迁', province: '江苏省', tier: '三线', lat: 33.96, lng: 118.28, pop: 309 },
	{ name: '杭州市', short: '杭州', province: '浙江省', tier: '新一线', lat: 30.27, lng: 120.16, pop: 1025 },
	{ name: '宁波市', short: '宁波', province: '浙江省', tier: '新一线', lat: 29.87, lng: 121.55, pop: 758 },
	{ name: '温州市', short: '温州', province: '浙江省', tier: '二线', lat: 28.00, lng: 120.70, pop: 704 },
	{ name: '嘉兴市', short: '嘉兴', province: '浙江省', tier: '二线', lat: 30.75, lng: 120.76, pop: 396 },
	{ name: '湖州市', short: '湖州', province: '浙江省', tier: '三线', lat: 30.89, lng: 120.09, pop: 224 },
	{ name: '绍兴市', short: '绍兴', province: '浙江省', tier: '二线', lat: 30.00, lng: 120.58, pop: 382 },
	{ name: '金华市', short: '金华', province: '浙江省', tier: '二线', lat: 29.08, lng: 119.65, pop: 490 },
	{ name: '衢州市', short: '衢州', province: '浙江省', tier: '三线', lat: 28.97, lng: 118.86, pop: 132 },
	{ name: '舟山市', short: '舟山', province: '浙江省', tier: '三线', lat: 29.99, lng: 122.21, pop: 84 },
	{ name: '台州市', short: '台州', province: '浙江省', tier: '二线', lat: 28.66, lng: 121.42, pop: 426 },
	{ name: '丽水市', short: '丽水', province: '浙江省', tier: '四线', lat: 28.47, lng: 119.92, pop: 156 },
	{ name: '合肥市', short: '合肥', province: '安徽省', tier: '新一线', lat: 31.82, lng: 117.23, pop: 818 },
	{ name: '芜湖市', short: '芜湖', province: '安徽省', tier: '三线', lat: 31.35, lng: 118.38, pop: 268 },
	{ name: '蚌埠市', short: '蚌埠', province: '安徽省', tier: '三线', lat: 32.92, lng: 117.39, pop: 198 },
	{ name: '淮南市', short: '淮南', province: '安徽省', tier: '四线', lat: 32.63, lng: 117.00, pop: 191 },
	{ name: '马鞍山市', short: '马鞍山', province: '安徽省', tier: '三线', lat: 31.67, lng: 118.51, pop: 157 },
	{ name: '淮北市', short: '淮北', province: '安徽省', tier: '四线', lat: 33.96, lng: 116.80, pop: 132 },
	{ name: '铜陵市', short: '铜陵', province: '安徽省', tier: '四线', lat: 30.94, lng: 117.81, pop: 86 },
	{ name: '安庆市', short: '安庆', province: '安徽省', tier: '三线', lat: 30.54, lng: 117.06, pop: 216 },
	{ name: '黄山市', short: '黄山', province: '安徽省', tier: '四线', lat: 29.71, lng: 118.34, pop: 76 },
	{ name: '滁州市', short: '滁州', province: '安徽省', tier: '三线', lat: 32.30, lng: 118.32, pop: 232 },
	{ name: '阜阳市', short: '阜阳', province: '安徽省', tier: '三线', lat: 32.89, lng: 115.81, pop: 369 },
	{ name: '宿州市', short: '宿州', province: '安徽省', tier: '三线', lat: 33.65, lng: 116.96, pop: 245 },
	{ name: '六安市', short: '六安', province: '安徽省', tier: '三线', lat: 31.73, lng: 116.52, pop: 220 },
	{ name: '亳州市', short: '亳州', province: '安徽省', tier: '四线', lat: 33.85, lng: 115.78, pop: 225 },
	{ name: '池州市', short: '池州', province: '安徽省', tier: '五线', lat: 30.66, lng: 117.49, pop: 78 },
	{ name: '宣城市', short: '宣城', province: '安徽省', tier: '四线', lat: 30.94, lng: 118.76, pop: 150 },
	{ name: '福州市', short: '福州', province: '福建省', tier: '二线', lat: 26.07, lng: 119.30, pop: 617 },
	{ name: '厦门市', short: '厦门', province: '福建省', tier: '二线', lat: 24.48, lng: 118.09, pop: 477 },
	{ name: '莆田市', short: '莆田', province: '福建省', tier: '三线', lat: 25.45, lng: 119.01, pop: 200 },
	{ name: '三明市', short: '三明', province: '福建省', tier: '四线', lat: 26.26, lng: 117.64, pop: 154 },
	{ name: '泉州市', short: '泉州', province: '福建省', tier: '二线', lat: 24.87, lng: 118.68, pop: 613 },
	{ name: '漳州市', short: '漳州', province: '福建省', tier: '三线', lat: 24.51, lng: 117.65, pop: 313 },
	{ name: '南平市', short: '南平', province: '福建省', tier: '四线', lat: 26.64, lng: 118.18, pop: 154 },
	{ name: '龙岩市', short: '龙岩', province: '福建省', tier: '四线', lat: 25.08, lng: 117.02, pop: 169 },
	{ name: '宁德市', short: '宁德', province: '福建省', tier: '三线', lat: 26.67, lng: 119.55, pop: 183 },
	{ name: '南昌市', short: '南昌', province: '江西省', tier: '二线', lat: 28.68, lng: 115.86, pop: 514 },
	{ name: '景德镇市', short: '景德镇', province: '江西省', tier: '四线', lat: 29.27, lng: 117.18, pop: 110 },
	{ name: '萍乡市', short: '萍乡', province: '江西省', tier: '五线', lat: 27.62, lng: 113.85, pop: 128 },
	{ name: '九江市', short: '九江', province: '江西省', tier: '三线', lat: 29.71, lng: 116.00, pop: 287 },
	{ name: '新余市', short: '新余', province: '江西省', tier: '五线', lat: 27.82, lng: 114.92, pop: 89 },
	{ name: '鹰潭市', short: '鹰潭', province: '江西省', tier: '五线', lat: 28.26, lng: 117.07, pop: 74 },
	{ name: '赣州市', short: '赣州', province: '江西省', tier: '三线', lat: 25.83, lng: 114.93, pop: 504 },
	{ name: '吉安市', short: '吉安', province: '江西省', tier: '四线', lat: 27.11, lng: 114.99, pop: 245 },
	{ name: '宜春市', short: '宜春', province: '江西省', tier: '三线', lat: 27.81, lng: 114.42, pop: 280 },
	{ name: '抚州市', short: '抚州', province: '江西省', tier: '四线', lat: 27.95, lng: 116.36, pop: 194 },
	{ name: '上饶市', short: '上饶', province: '江西省', tier: '三线', lat: 28.45, lng: 117.94, pop: 370 },
	{ name: '济南市', short: '济南', province: '山东省', tier: '二线', lat: 36.65, lng: 117.12, pop: 696 },
	{ name: '青岛市', short: '青岛', province: '山东省', tier: '新一线', lat: 36.07, lng: 120.38, pop: 793 },
	{ name: '淄博市', short: '淄博', province: '山东省', tier: '三线', lat: 36.81, lng: 118.05, pop: 348 },
	{ name: '枣庄市', short: '枣庄', province: '山东省', tier: '四线', lat: 34.81, lng: 117.32, pop: 231 },
	{ name: '东营市', short: '东营', province: '山东省', tier: '四线', lat: 37.43, lng: 118.67, pop: 156 },
	{ name: '烟台市', short: '烟台', province: '山东省', tier: '二线', lat: 37.46, lng: 121.45, pop: 476 },
	{ name: '潍坊市', short: '潍坊', province: '山东省', tier: '二线', lat: 36.71, lng: 119.16, pop: 611 },
	{ name: '济宁市', short: '济宁', province: '山东省', tier: '三线', lat: 35.41, lng: 116.59, pop: 515 },
	{ name: '泰安市', short: '泰安', province: '山东省', tier: '三线', lat: 36.20, lng: 117.09, pop: 343 },
	{ name: '威海市', short: '威海', province: '山东省', tier: '三线', lat: 37.51, lng: 122.12, pop: 210 },
	{ name: '日照市', short: '日照', province: '山东省', tier: '四线', lat: 35.42, lng: 119.53, pop: 184 },
	{ name: '临沂市', short: '临沂', province: '山东省', tier: '二线', lat: 35.10, lng: 118.36, pop: 638 },
	{ name: '德州市', short: '德州', province: '山东省', tier: '三线', lat: 37.43, lng: 116.36, pop: 325 },
	{ name: '聊城市', short: '聊城', province: '山东省', tier: '四线', lat: 36.46, lng: 115.99, pop: 313 },
	{ name: '滨州市', short: '滨州', province: '山东省', tier: '四线', lat: 37.38, lng: 117.97, pop: 236 },
	{ name: '菏泽市', short: '菏泽', province: '山东省', tier: '三线', lat: 35.23, lng: 115.48, pop: 466 },
	{ name: '郑州市', short: '郑州', province: '河南省', tier: '新一线', lat: 34.75, lng: 113.63, pop: 1024 },
	{ name: '开封市', short: '开封', province: '河南省', tier: '四线', lat: 34.80, lng: 114.31, pop: 250 },
	{ name: '洛阳市', short: '洛阳', province: '河南省', tier: '三线', lat: 34.62, lng: 112.45, pop: 467 },
	{ name: '平顶山市', short: '平顶山', province: '河南省', tier: '四线', lat: 33.77, lng: 113.19, pop: 268 },
	{ name: '安阳市', short: '安阳', province: '河南省', tier: '四线', lat: 36.10, lng: 114.39, pop: 286 },
	{ name: '鹤壁市', short: '鹤壁', province: '河南省', tier: '五线', lat: 35.75, lng: 114.30, pop: 97 },
	{ name: '新乡市', short: '新乡', province: '河南省', tier: '三线', lat: 35.30, lng: 113.93, pop: 352 },
	{ name: '焦作市', short: '焦作', province: '河南省', tier: '四线', lat: 35.22, lng: 113.24, pop: 222 },
	{ name: '濮阳市', short: '濮阳', province: '河南省', tier: '四线', lat: 35.76, lng: 115.03, pop: 188 },
	{ name: '许昌市', short: '许昌', province: '河南省', tier: '四线', lat: 34.04, lng: 113.85, pop: 241 },
	{ name: '漯河市', short: '漯河', province: '河南省', tier: '五线', lat: 33.58, lng: 114.02, pop: 133 },
	{ name: '三门峡市', short: '三门峡', province: '河南省', tier: '五线', lat: 34.77, lng: 111.20, pop: 118 },
	{ name: '南阳市', short: '南阳', province: '河南省', tier: '三线', lat: 33.00, lng: 112.53, pop: 495 },
	{ name: '商丘市', short: '商丘', province: '河南省', tier: '三线', lat: 34.41, lng: 115.66, pop: 363 },
	{ name: '信阳市', short: '信阳', province: '河南省', tier: '三线', lat: 32.15, lng: 114.09, pop: 322 },
	{ name: '周口市', short: '周口', province: '河南省', tier: '三线', lat: 33.63, lng: 114.70, pop: 387 },
	{ name: '驻马店市', short: '驻马店', province: '河南省', tier: '三线', lat: 33.01, lng: 114.02, pop: 317 },
	{ name: '武汉市', short: '武汉', province: '湖北省', tier: '新一线', lat: 30.59, lng: 114.31, pop: 1154 },
	{ name: '黄石市', short: '黄石', province: '湖北省', tier: '四线', lat: 30.20, lng: 115.04, pop: 164 },
	{ name: '十堰市', short: '十堰', province: '湖北省', tier: '四线', lat: 32.63, lng: 110.80, pop: 186 },
	{ name: '宜昌市', short: '宜昌', province: '湖北省', tier: '三线', lat: 30.69, lng: 111.29, pop: 255 },
	{ name: '襄阳市', short: '襄阳', province: '湖北省', tier: '三线', lat: 32.01, lng: 112.12, pop: 331 },
	{ name: '鄂州市', short: '鄂州', province: '湖北省', tier: '五线', lat: 30.39, lng: 114.89, pop: 72 },
	{ name: '荆门市', short: '荆门', province: '湖北省', tier: '四线', lat: 31.04, lng: 112.20, pop: 154 },
	{ name: '孝感市', short: '孝感', province: '湖北省', tier: '四线', lat: 30.92, lng: 113.92, pop: 256 },
	{ name: '荆州市', short: '荆州', province: '湖北省', tier: '三线', lat: 30.33, lng: 112.24, pop: 296 },
	{ name: '黄冈市', short: '黄冈', province: '湖北省', tier: '三线', lat: 30.45, lng: 114.87, pop: 294 },
	{ name: '咸宁市', short: '咸宁', province: '湖北省', tier: '四线', lat: 29.84, lng: 114.32, pop: 154 },
	{ name: '随州市', short: '随州', province: '湖北省', tier: '五线', lat: 31.69, lng: 113.38, pop: 117 },
	{ name: '恩施土家族苗族自治州', short: '恩施', province: '湖北省', tier: '四线', lat: 30.27, lng: 109.49, pop: 173 },
	{ name: '长沙市', short: '长沙', province: '湖南省', tier: '新一线', lat: 28.23, lng: 112.94, pop: 870 },
	{ name: '株洲市', short: '株洲', province: '湖南省', tier: '三线', lat: 27.83, lng: 113.13, pop: 273 },
	{ name: '湘潭市', short: '湘潭', province: '湖南省', tier: '四线', lat: 27.83, lng: 112.94, pop: 175 },
	{ name: '衡阳市', short: '衡阳', province: '湖南省', tier: '三线', lat: 26.89, lng: 112.57, pop: 376 },
	{ name: '邵阳市', short: '邵阳', province: '湖南省', tier: '四线', lat: 27.24, lng: 111.47, pop: 327 },
	{ name: '岳阳市', short: '岳阳', province: '湖南省', tier: '三线', lat: 29.36, lng: 113.13, pop: 308 },
	{ name: '常德市', short: '常德', province: '湖南省', tier: '三线', lat: 29.03, lng: 111.70, pop: 290 },
	{ name: '张家界市', short: '张家界', province: '湖南省', tier: '五线', lat: 29.12, lng: 110.48, pop: 79 },
	{ name: '益阳市', short: '益阳', province: '湖南省', tier: '四线', lat: 28.55, lng: 112.36, pop: 204 },
	{ name: '郴州市', short: '郴州', province: '湖南省', tier: '四线', lat: 25.77, lng: 113.01, pop: 266 },
	{ name: '永州市', short: '永州', province: '湖南省', tier: '四线', lat: 26.42, lng: 111.61, pop: 265 },
	{ name: '怀化市', short: '怀化', province: '湖南省', tier: '四线', lat: 27.57, lng: 110.00, pop: 239 },
	{ name: '娄底市', short: '娄底', province: '湖南省', tier: '四线', lat: 27.70, lng: 111.99, pop: 192 },
	{ name: '湘西土家族苗族自治州', short: '湘西', province: '湖南省', tier: '五线', lat: 28.31, lng: 109.74, pop: 125 },
	{ name: '广州市', short: '广州', province: '广东省', tier: '一线', lat: 23.13, lng: 113.26, pop: 1611 },
	{ name: '韶关市', short: '韶关', province: '广东省', tier: '四线', lat: 24.81, lng: 113.60, pop: 166 },
	{ name: '深圳市', short: '深圳', province: '广东省', tier: '一线', lat: 22.54, lng: 114.06, pop: 1766 },
	{ name: '珠海市', short: '珠海', province: '广东省', tier: '二线', lat: 22.27, lng: 113.58, pop: 222 },
	{ name: '汕头市', short: '汕头', province: '广东省', tier: '三线', lat: 23.35, lng: 116.68, pop: 394 },
	{ name: '佛山市', short: '佛山', province: '广东省', tier: '二线', lat: 23.02, lng: 113.12, pop: 913 },
	{ name: '江门市', short: '江门', province: '广东省', tier: '三线', lat: 22.58, lng: 113.08, pop: 324 },
	{ name: '湛江市', short: '湛江', province: '广东省', tier: '三线', lat: 21.27, lng: 110.36, pop: 323 },
	{ name: '茂名市', short: '茂名', province: '广东省', tier: '三线', lat: 21.66, lng: 110.93, pop: 273 },
	{ name: '肇庆市', short: '肇庆', province: '广东省', tier: '三线', lat: 23.05, lng: 112.47, pop: 210 },
	{ name: '惠州市', short: '惠州', province: '广东省', tier: '二线', lat: 23.11, lng: 114.42, pop: 442 },
	{ name: '梅州市', short: '梅州', province: '广东省', tier: '四线', lat: 24.29, lng: 116.12, pop: 201 },
	{ name: '汕尾市', short: '汕尾', province: '广东省', tier: '四线', lat: 22.79, lng: 115.38, pop: 150 },
	{ name: '河源市', short: '河源', province: '广东省', tier: '四线', lat: 23.74, lng: 114.70, pop: 142 },
	{ name: '阳江市', short: '阳江', province: '广东省', tier: '四线', lat: 21.86, lng: 111.98, pop: 140 },
	{ name: '清远市', short: '清远', province: '广东省', tier: '三线', lat: 23.68, lng: 113.06, pop: 222 },
	{ name: '东莞市', short: '东莞', province: '广东省', tier: '新一线', lat: 23.02, lng: 113.75, pop: 964 },
	{ name: '中山市', short: '中山', province: '广东省', tier: '二线', lat: 22.52, lng: 113.39, pop: 385 },
	{ name: '潮州市', short: '潮州', province: '广东省', tier: '四线', lat: 23.66, lng: 116.62, pop: 164 },
	{ name: '揭阳市', short: '揭阳', province: '广东省', tier: '三线', lat: 23.55, lng: 116.37, pop: 290 },
	{ name: '云浮市', short: '云浮', province: '广东省', tier: '五线', lat: 22.92, lng: 112.04, pop: 107 },
	{ name: '南宁市', short: '南宁', province: '广西壮族自治区', tier: '二线', lat: 22.82, lng: 108.37, pop: 622 },
	{ name: '柳州市', short: '柳州', province: '广西壮族自治区', tier: '三线', lat: 24.33, lng: 109.41, pop: 292 },
	{ name: '桂林市', short: '桂林', province: '广西壮族自治区', tier: '三线', lat: 25.27, lng: 110.29, pop: 261 },
	{ name: '梧州市', short: '梧州', province: '广西壮族自治区', tier: '五线', lat: 23.48, lng: 111.28, pop: 155 },
	{ name: '北海市', short: '北海', province: '广西壮族自治区', tier: '四线', lat: 21.48, lng: 109.12, pop: 111 },
	{ name: '防城港市', short: '防城港', province: '广西壮族自治区', tier: '五线', lat: 21.69, lng: 108.35, pop: 63 },
	{ name: '钦州市', short: '钦州', province: '广西壮族自治区', tier: '五线', lat: 21.98, lng: 108.65, pop: 142 },
	{ name: '贵港市', short: '贵港', province: '广西壮族自治区', tier: '五线', lat: 23.11, lng: 109.60, pop: 203 },
	{ name: '玉林市', short: '玉林', province: '广西壮族自治区', tier: '四线', lat: 22.63, lng: 110.18, pop: 278 },
	{ name: '百色市', short: '百色', province: '广西壮族自治区', tier: '四线', lat: 23.90, lng: 106.62, pop: 150 },
	{ name: '贺州市', short: '贺州', province: '广西壮族自治区', tier: '五线', lat: 24.40, lng: 111.57, pop: 96 },
	{ name: '河池市', short: '河池', province: '广西壮族自治区', tier: '五线', lat: 24.69, lng: 108.06, pop: 143 },
	{ name: '来宾市', short: '来宾', province: '广西壮族自治区', tier: '五线', lat: 23.75, lng: 109.22, pop: 97 },
	{ name: '崇左市', short: '崇左', province: '广西壮族自治区', tier: '五线', lat: 22.38, lng: 107.36, pop: 88 },
	{ name: '海口市', short: '海口', province: '海南省', tier: '三线', lat: 20.04, lng: 110.20, pop: 238 },
	{ name: '三亚市', short: '三亚', province: '海南省', tier: '三线', lat: 18.25, lng: 109.51, pop: 73 },
	{ name: '三沙市', short: '三沙', province: '海南省', tier: '五线', lat: 16.83, lng: 112.34, pop: 0.2 },
	{ name: '儋州市', short: '儋州', province: '海南省', tier: '五线', lat: 19.52, lng: 109.58, pop: 48 },
	{ name: '成都市', short: '成都', province: '四川省', tier: '新一线', lat: 30.66, lng: 104.07, pop: 1700 },
	{ name: '自贡市', short: '自贡', province: '四川省', tier: '五线', lat: 29.34, lng: 104.78, pop: 137 },
	{ name: '攀枝花市', short: '攀枝花', province: '四川省', tier: '五线', lat: 26.58, lng: 101.72, pop: 85 },
	{ name: '泸州市', short: '泸州', province: '四川省', tier: '四线', lat: 28.87, lng: 105.44, pop: 221 },
	{ name: '德阳市', short: '德阳', province: '四川省', tier: '四线', lat: 31.13, lng: 104.40, pop: 190 },
	{ name: '绵阳市', short: '绵阳', province: '四川省', tier: '三线', lat: 31.47, lng: 104.68, pop: 263 },
	{ name: '广元市', short: '广元', province: '四川省', tier: '五线', lat: 32.43, lng: 105.84, pop: 111 },
	{ name: '遂宁市', short: '遂宁', province: '四川省', tier: '四线', lat: 30.53, lng: 105.59, pop: 149 },
	{ name: '内江市', short: '内江', province: '四川省', tier: '五线', lat: 29.58, lng: 105.06, pop: 157 },
	{ name: '乐山市', short: '乐山', province: '四川省', tier: '四线', lat: 29.55, lng: 103.77, pop: 174 },
	{ name: '南充市', short: '南充', province: '四川省', tier: '四线', lat: 30.84, lng: 106.11, pop: 281 },
	{ name: '眉山市', short: '眉山', province: '四川省', tier: '四线', lat: 30.08, lng: 103.85, pop: 142 },
	{ name: '宜宾市', short: '宜宾', province: '四川省', tier: '四线', lat: 28.77, lng: 104.64, pop: 243 },
	{ name: '广安市', short: '广安', province: '四川省', tier: '五线', lat: 30.46, lng: 106.63, pop: 146 },
	{ name: '达州市', short: '达州', province: '四川省', tier: '四线', lat: 31.21, lng: 107.47, pop: 264 },
	{ name: '雅安市', short: '雅安', province: '四川省', tier: '五线', lat: 29.98, lng: 103.01, pop: 72 },
	{ name: '巴中市', short: '巴中', province: '四川省', tier: '五线', lat: 31.87, lng: 106.75, pop: 125 },
	{ name: '资阳市', short: '资阳', province: '四川省', tier: '五线', lat: 30.13, lng: 104.63, pop: 102 },
	{ name: '阿坝藏族羌族自治州', short: '阿坝', province: '四川省', tier: '五线', lat: 31.90, lng: 102.22, pop: 34 },
	{ name: '甘孜藏族自治州', short: '甘孜', province: '四川省', tier: '五线', lat: 30.05, lng: 101.96, pop: 37 },
	{ name: '凉山彝族自治州', short: '凉山', province: '四川省', tier: '四线', lat: 27.88, lng: 102.27, pop: 185 },
	{ name: '贵阳市', short: '贵阳', province: '贵州省', tier: '二线', lat: 26.65, lng: 106.63, pop: 480 },
	{ name: '六盘水市', short: '六盘水', province: '贵州省', tier: '五线', lat: 26.59, lng: 104.83, pop: 158 },
	{ name: '遵义市', short: '遵义', province: '贵州省', tier: '三线', lat: 27.73, lng: 106.93, pop: 376 },
	{ name: '安顺市', short: '安顺', province: '贵州省', tier: '五线', lat: 26.25, lng: 105.95, pop: 124 },
	{ name: '毕节市', short: '毕节', province: '贵州省', tier: '四线', lat: 27.30, lng: 105.29, pop: 311 },
	{ name: '铜仁市', short: '铜仁', province: '贵州省', tier: '四线', lat: 27.72, lng: 109.19, pop: 165 },
	{ name: '黔西南布依族苗族自治州', short: '黔西南', province: '贵州省', tier: '五线', lat: 25.09, lng: 104.90, pop: 150 },
	{ name: '黔东南苗族侗族自治州', short: '黔东南', province: '贵州省', tier: '四线', lat: 26.58, lng: 107.98, pop: 180 },
	{ name: '黔南布依族苗族自治州', short: '黔南', province: '贵州省', tier: '四线', lat: 26.26, lng: 107.52, pop: 193 },
	{ name: '昆明市', short: '昆明', province: '云南省', tier: '新一线', lat: 25.04, lng: 102.71, pop: 705 },
	{ name: '曲靖市', short: '曲靖', province: '云南省', tier: '四线', lat: 25.49, lng: 103.80, pop: 288 },
	{ name: '玉溪市', short: '玉溪', province: '云南省', tier: '四线', lat: 24.35, lng: 102.54, pop: 126 },
	{ name: '保山市', short: '保山', province: '云南省', tier: '五线', lat: 25.11, lng: 99.16, pop: 100 },
	{ name: '昭通市', short: '昭通', province: '云南省', tier: '五线', lat: 27.34, lng: 103.72, pop: 193 },
	{ name: '丽江市', short: '丽江', province: '云南省', tier: '五线', lat: 26.86, lng: 100.23, pop: 59 },
	{ name: '普洱市', short: '普洱', province: '云南省', tier: '五线', lat: 22.78, lng: 100.97, pop: 103 },
	{ name: '临沧市', short: '临沧', province: '云南省', tier: '五线', lat: 23.88, lng: 100.09, pop: 90 },
	{ name: '楚雄彝族自治州', short: '楚雄', province: '云南省', tier: '五线', lat: 25.04, lng: 101.53, pop: 121 },
	{ name: '红河哈尼族彝族自治州', short: '红河', province: '云南省', tier: '四线', lat: 23.36, lng: 103.37, pop: 233 },
	{ name: '文山壮族苗族自治州', short: '文山', province: '云南省', tier: '五线', lat: 23.40, lng: 104.22, pop: 147 },
	{ name: '西双版纳傣族自治州', short: '西双版纳', province: '云南省', tier: '五线', lat: 22.01, lng: 100.80, pop: 70 },
	{ name: '大理白族自治州', short: '大理', province: '云南省', tier: '四线', lat: 25.59, lng: 100.24, pop: 154 },
	{ name: '德宏傣族景颇族自治州', short: '德宏', province: '云南省', tier: '五线', lat: 24.43, lng: 98.58, pop: 61 },
	{ name: '怒江傈僳族自治州', short: '怒江', province: '云南省', tier: '五线', lat: 25.82, lng: 98.86, pop: 22 },
	{ name: '迪庆藏族自治州', short: '迪庆', province: '云南省', tier: '五线', lat: 27.83, lng: 99.71, pop: 14 },
	{ name: '拉萨市', short: '拉萨', province: '西藏自治区', tier: '四线', lat: 29.65, lng: 91.14, pop: 65 },
	{ name: '日喀则市', short: '日喀则', province: '西藏自治区', tier: '五线', lat: 29.27, lng: 88.88, pop: 20 },
	{ name: '昌都市', short: '昌都', province: '西藏自治区', tier: '五线', lat: 31.14, lng: 97.17, pop: 17 },
	{ name: '林芝市', short: '林芝', province: '西藏自治区', tier: '五线', lat: 29.65, lng: 94.36, pop: 11 },
	{ name: '山南市', short: '山南', province: '西藏自治区', tier: '五线', lat: 29.24, lng: 91.77, pop: 12 },
	{ name: '那曲市', short: '那曲', province: '西藏自治区', tier: '五线', lat: 31.48, lng: 92.05, pop: 11 },
	{ name: '阿里地区', short: '阿里', province: '西藏自治区', tier: '五线', lat: 32.50, lng: 80.10, pop: 3 },
	{ name: '西安市', short: '西安', province: '陕西省', tier: '新一线', lat: 34.34, lng: 108.94, pop: 1027 },
	{ name: '铜川市', short: '铜川', province: '陕西省', tier: '五线', lat: 34.90, lng: 108.95, pop: 47 },
	{ name: '宝鸡市', short: '宝鸡', province: '陕西省', tier: '四线', lat: 34.36, lng: 107.24, pop: 193 },
	{ name: '咸阳市', short: '咸阳', province: '陕西省', tier: '三线', lat: 34.33, lng: 108.71, pop: 231 },
	{ name: '渭南市', short: '渭南', province: '陕西省', tier: '四线', lat: 34.50, lng: 109.51, pop: 225 },
	{ name: '延安市', short: '延安', province: '陕西省', tier: '五线', lat: 36.59, lng: 109.49, pop: 144 },
	{ name: '汉中市', short: '汉中', province: '陕西省', tier: '四线', lat: 33.07, lng: 107.02, pop: 164 },
	{ name: '榆林市', short: '榆林', province: '陕西省', tier: '四线', lat: 38.29, lng: 109.73, pop: 217 },
	{ name: '安康市', short: '安康', province: '陕西省', tier: '五线', lat: 32.68, lng: 109.03, pop: 125 },
	{ name: '商洛市', short: '商洛', province: '陕西省', tier: '五线', lat: 33.87, lng: 109.94, pop: 96 },
	{ name: '兰州市', short: '兰州', province: '甘肃省', tier: '三线', lat: 36.06, lng: 103.83, pop: 370 },
	{ name: '嘉峪关市', short: '嘉峪关', province: '甘肃省', tier: '五线', lat: 39.77, lng: 98.29, pop: 29 },
	{ name: '金昌市', short: '金昌', province: '甘肃省', tier: '五线', lat: 38.52, lng: 102.19, pop: 34 },
	{ name: '白银市', short: '白银', province: '甘肃省', tier: '五线', lat: 36.54, lng: 104.14, pop: 79 },
	{ name: '天水市', short: '天水', province: '甘肃省', tier: '四线', lat: 34.58, lng: 105.72, pop: 134 },
	{ name: '武威市', short: '武威', province: '甘肃省', tier: '五线', lat: 37.93, lng: 102.64, pop: 66 },
	{ name: '张掖市', short: '张掖', province: '甘肃省', tier: '五线', lat: 38.93, lng: 100.45, pop: 57 },
	{ name: '平凉市', short: '平凉', province: '甘肃省', tier: '五线', lat: 35.54, lng: 106.67, pop: 80 },
	{ name: '酒泉市', short: '酒泉', province: '甘肃省', tier: '五线', lat: 39.74, lng: 98.49, pop: 67 },
	{ name: '庆阳市', short: '庆阳', province: '甘肃省', tier: '五线', lat: 35.71, lng: 107.64, pop: 83 },
	{ name: '定西市', short: '定西', province: '甘肃省', tier: '五线', lat: 35.58, lng: 104.63, pop: 93 },
	{ name: '陇南市', short: '陇南', province: '甘肃省', tier: '五线', lat: 33.40, lng: 104.92, pop: 84 },
	{ name: '临夏回族自治州', short: '临夏', province: '甘肃省', tier: '五线', lat: 35.60, lng: 103.21, pop: 80 },
	{ name: '甘南藏族自治州', short: '甘南', province: '甘肃省', tier: '五线', lat: 34.98, lng: 102.91, pop: 26 },
	{ name: '西宁市', short: '西宁', province: '青海省', tier: '四线', lat: 36.62, lng: 101.78, pop: 196 },
	{ name: '海东市', short: '海东', province: '青海省', tier: '五线', lat: 36.50, lng: 102.10, pop: 57 },
	{ name: '海北藏族自治州', short: '海北', province: '青海省', tier: '五线', lat: 36.96, lng: 100.90, pop: 11 },
	{ name: '黄南藏族自治州', short: '黄南', province: '青海省', tier: '五线', lat: 35.52, lng: 102.02, pop: 11 },
	{ name: '海南藏族自治州', short: '海南', province: '青海省', tier: '五线', lat: 36.29, lng: 100.62, pop: 18 },
	{ name: '果洛藏族自治州', short: '果洛', province: '青海省', tier: '五线', lat: 34.47, lng: 100.24, pop: 7 },
	{ name: '玉树藏族自治州', short: '玉树', province: '青海省', tier: '五线', lat: 33.00, lng: 97.01, pop: 13 },
	{ name: '海西蒙古族藏族自治州', short: '海西', province: '青海省', tier: '五线', lat: 37.37, lng: 97.37, pop: 34 },
	{ name: '银川市', short: '银川', province: '宁夏回族自治区', tier: '三线', lat: 38.49, lng: 106.23, pop: 235 },
	{ name: '石嘴山市', short: '石嘴山', province: '宁夏回族自治区', tier: '五线', lat: 39.02, lng: 106.38, pop: 58 },
	{ name: '吴忠市', short: '吴忠', province: '宁夏回族自治区', tier: '五线', lat: 37.99, lng: 106.20, pop: 73 },
	{ name: '固原市', short: '固原', province: '宁夏回族自治区', tier: '五线', lat: 36.02, lng: 106.24, pop: 49 },
	{ name: '中卫市', short: '中卫', province: '宁夏回族自治区', tier: '五线', lat: 37.50, lng: 105.19, pop: 48 },
	{ name: '乌鲁木齐市', short: '乌鲁木齐', province: '新疆维吾尔自治区', tier: '三线', lat: 43.83, lng: 87.62, pop: 390 },
	{ name: '克拉玛依市', short: '克拉玛依', province: '新疆维吾尔自治区', tier: '五线', lat: 45.58, lng: 84.89, pop: 49 },
	{ name: '吐鲁番市', short: '吐鲁番', province: '新疆维吾尔自治区', tier: '五线', lat: 42.95, lng: 89.19, pop: 33 },
	{ name: '哈密市', short: '哈密', province: '新疆维吾尔自治区', tier: '五线', lat: 42.82, lng: 93.51, pop: 44 },
	{ name: '昌吉回族自治州', short: '昌吉', province: '新疆维吾尔自治区', tier: '五线', lat: 44.01, lng: 87.31, pop: 100 },
	{ name: '博尔塔拉蒙古自治州', short: '博尔塔拉', province: '新疆维吾尔自治区', tier: '五线', lat: 44.91, lng: 82.07, pop: 29 },
	{ name: '巴音郭楞蒙古自治州', short: '巴音郭楞', province: '新疆维吾尔自治区', tier: '五线', lat: 41.76, lng: 86.15, pop: 100 },
	{ name: '阿克苏地区', short: '阿克苏', province: '新疆维吾尔自治区', tier: '五线', lat: 41.17, lng: 80.26, pop: 108 },
	{ name: '克孜勒苏柯尔克孜自治州', short: '克孜勒苏', province: '新疆维吾尔自治区', tier: '五线', lat: 39.71, lng: 76.17, pop: 20 },
	{ name: '喀什地区', short: '喀什', province: '新疆维吾尔自治区', tier: '四线', lat: 39.47, lng: 75.99, pop: 149 },
	{ name: '和田地区', short: '和田', province: '新疆维吾尔自治区', tier: '五线', lat: 37.11, lng: 79.92, pop: 75 },
	{ name: '伊犁哈萨克自治州', short: '伊犁', province: '新疆维吾尔自治区', tier: '五线', lat: 43.92, lng: 81.32, pop: 165 },
	{ name: '塔城地区', short: '塔城', province: '新疆维吾尔自治区', tier: '五线', lat: 46.75, lng: 82.98, pop: 63 },
	{ name: '阿勒泰地区', short: '阿勒泰', province: '新疆维吾尔自治区', tier: '五线', lat: 47.84, lng: 88.14, pop: 39 },
	{ name: '香港特别行政区', short: '香港', province: '香港特别行政区', tier: '一线', lat: 22.32, lng: 114.17, pop: 740 },
	{ name: '澳门特别行政区', short: '澳门', province: '澳门特别行政区', tier: '二线', lat: 22.20, lng: 113.55, pop: 68 },
	{ name: '台北市', short: '台北', province: '台湾省', tier: '一线', lat: 25.04, lng: 121.56, pop: 250 }
];

/** Converts full-width ASCII (U+FF01–U+FF5E) to half-width and U+3000 to a plain space. */
function toHalfWidth(input: string): string {
	let out = '';
	for (const ch of input) {
		const code = ch.charCodeAt(0);
		if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
		else if (code === 0x3000) out += ' ';
		else out += ch;
	}
	return out;
}

/** Matching key: half-width, lower-case, without whitespace and light punctuation. */
function baseKey(input: string): string {
	return toHalfWidth(input)
		.toLowerCase()
		.replace(/[\s.\-_'’·•]+/g, '');
}

/**
 * Suffixes stripped from a typed province when it has no direct match. `true` marks suffixes
 * that only make sense for municipalities / SARs (so '吉林市' is not read as 吉林省).
 */
const PROVINCE_SUFFIXES: readonly (readonly [string, boolean])[] = [
	['特别行政区', false],
	['特別行政區', false],
	['维吾尔自治区', false],
	['維吾爾自治區', false],
	['壮族自治区', false],
	['壯族自治區', false],
	['回族自治区', false],
	['回族自治區', false],
	['自治区', false],
	['自治區', false],
	['省', false],
	['市', true],
	['specialadministrativeregion', false],
	['autonomousregion', false],
	['zizhiqu', false],
	['province', false],
	['sheng', false],
	['municipality', true],
	['city', true],
	['shi', true],
	['sar', false]
];

/** Suffixes stripped from a typed city name when it has no direct match. */
const CITY_SUFFIXES: readonly string[] = ['自治州', '地区', '地區', '市', '盟'];

/** Former or colloquial city names mapped to the current full name. */
const CITY_ALIASES: Readonly<Record<string, string>> = {
	襄樊: '襄阳市',
	思茅: '普洱市',
	莱芜: '济南市',
	版纳: '西双版纳傣族自治州',
	巴州: '巴音郭楞蒙古自治州',
	博州: '博尔塔拉蒙古自治州',
	克州: '克孜勒苏柯尔克孜自治州',
	臺北: '台北市',
	澳門: '澳门特别行政区',
	香港特区: '香港特别行政区',
	澳门特区: '澳门特别行政区'
};

let provinceIndex: Map<string, string> | null = null;
let cityIndex: Map<string, City[]> | null = null;

/** Builds (once) the key → province full name map; keys claimed by two provinces are dropped. */
function getProvinceIndex(): Map<string, string> {
	if (provinceIndex) return provinceIndex;
	const index = new Map<string, string>();
	const ambiguous = new Set<string>();
	for (const p of PROVINCES) {
		for (const variant of [p.name, p.short, p.abbr, p.pinyin, p.en, ...p.aliases]) {
			const key = baseKey(variant);
			if (!key || ambiguous.has(key)) continue;
			const prev = index.get(key);
			if (prev === undefined) index.set(key, p.name);
			else if (prev !== p.name) {
				index.delete(key);
				ambiguous.add(key);
			}
		}
	}
	provinceIndex = index;
	return index;
}

/** Builds (once) the key → cities map from full names, short names and 自治州 '…州' forms. */
function getCityIndex(): Map<string, City[]> {
	if (cityIndex) return cityIndex;
	const index = new Map<string, City[]>();
	const add = (key: string, city: City): void => {
		if (!key) return;
		const list = index.get(key);
		if (!list) index.set(key, [city]);
		else if (!list.includes(city)) list.push(city);
	};
	const byName = new Map<string, City>();
	for (const c of CITIES) {
		byName.set(c.name, c);
		add(baseKey(c.name), c);
		add(baseKey(c.short), c);
		if (c.name.endsWith('自治州')) add(baseKey(`${c.short}州`), c);
	}
	for (const [alias, name] of Object.entries(CITY_ALIASES)) {
		const city = byName.get(name);
		if (city) add(baseKey(alias), city);
	}
	cityIndex = index;
	return index;
}

/**
 * Province full name for anything a user may type (full name, short, abbreviation, pinyin,
 * English, alias; case-, space- and full-width-insensitive), or null.
 */
export function normalizeProvince(input: string): string | null {
	const key = baseKey(input);
	if (!key) return null;
	const index = getProvinceIndex();
	const direct = index.get(key);
	if (direct !== undefined) return direct;
	for (const [suffix, municipalOnly] of PROVINCE_SUFFIXES) {
		if (key.length <= suffix.length || !key.endsWith(suffix)) continue;
		const hit = index.get(key.slice(0, -suffix.length));
		if (hit === undefined) continue;
		if (municipalOnly && !hit.endsWith('市') && !hit.endsWith('特别行政区')) continue;
		return hit;
	}
	return null;
}

/**
 * City entry for a typed city name ('深圳', '深圳市'), optionally disambiguated by province;
 * null if unknown (or if a recognised province does not contain that city).
 */
export function findCity(input: string, province?: string): City | null {
	const key = baseKey(input);
	if (!key) return null;
	const index = getCityIndex();
	let candidates = index.get(key);
	if (!candidates) {
		for (const suffix of CITY_SUFFIXES) {
			if (key.length > suffix.length && key.endsWith(suffix)) {
				candidates = index.get(key.slice(0, -suffix.length));
				if (candidates) break;
			}
		}
	}
	if (!candidates) return null;
	// A recognised province narrows the match (and rejects a city from another province);
	// an unrecognised or empty province is ignored.
	const prov = province === undefined ? null : normalizeProvince(province);
	if (prov === null) return candidates[0] ?? null;
	return candidates.find((c) => c.province === prov) ?? null;
}

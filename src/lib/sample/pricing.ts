// List prices of the sample courier (yuan): first kilogram and each further kilogram, by product
// and route type (同城, 省内, 跨省). Loosely modelled on published Chinese express tariffs.

const FIRST_KG: readonly (readonly number[])[] = [
	[10, 12, 15], // 标快
	[14, 18, 23], // 特快
	[18, 22, 28], // 次晨达
	[12, 15, 19], // 次日达
	[20, 20, 20], // 同城急送
	[8, 9, 11], // 经济快递
	[20, 25, 32] // 冷链
];
const EXTRA_KG: readonly (readonly number[])[] = [
	[3, 4, 7],
	[4, 6, 10],
	[5, 7, 12],
	[4, 5, 8],
	[3, 3, 3],
	[2, 3, 4.5],
	[5, 7, 11]
];

/** List price in yuan for a parcel; weight is charged in whole kilograms after the first. */
export function listPrice(product: number, route: number, weightKg: number): number {
	const first = FIRST_KG[product]?.[route] ?? 12;
	const extra = EXTRA_KG[product]?.[route] ?? 4;
	return first + extra * Math.max(0, Math.ceil(weightKg - 1e-9) - 1);
}

// Message areas: each file exports `zh` (the source of its keys) and `en` typed against it, so a
// missing English string fails the type check in the area's own file.
import * as charts from './charts';
import * as emotion from './emotion';
import * as value from './value';

export const AREAS_ZH = {
	...charts.zh,
	...emotion.zh,
	...value.zh
};

export const AREAS_EN: Record<keyof typeof AREAS_ZH, string> = {
	...charts.en,
	...emotion.en,
	...value.en
};

// Message areas: each file exports `zh` (the source of its keys) and `en` typed against it, so a
// missing English string fails the type check in the area's own file.
import * as charts from './charts';
import * as emotion from './emotion';
import * as report from './report';
import * as reportPage from './report-page';
import * as storage from './storage';
import * as touchpoints from './touchpoints';
import * as value from './value';

export const AREAS_ZH = {
	...charts.zh,
	...emotion.zh,
	...report.zh,
	...reportPage.zh,
	...storage.zh,
	...touchpoints.zh,
	...value.zh
};

export const AREAS_EN: Record<keyof typeof AREAS_ZH, string> = {
	...charts.en,
	...emotion.en,
	...report.en,
	...reportPage.en,
	...storage.en,
	...touchpoints.en,
	...value.en
};

// The second profile page in one call for the worker: 谁在寄, 怎么寄, night shipping, the Sankey and
// the bubbles, each timed. Drill-downs (cities of a province, the dot map, another bubble
// grouping) are separate calls because the page asks for them on demand.

import { stopwatch } from '$lib/engine/stopwatch';
import type { Db, SqlFragment } from '$lib/engine/sql';
import { profileAttributes, type AttributeProfile } from './attributes';
import { profileBehaviour, type BehaviourProfile } from './behaviour';
import {
	bubbleRows,
	potentialFinding,
	type BubbleGroup,
	type BubbleRow,
	type PotentialFinding
} from './bubble';
import { MIN_GROUP_PARCELS, WAYBILLS } from './common';
import {
	checkNightHours,
	DEFAULT_NIGHT_HOURS,
	profileNight,
	type NightHours,
	type NightProfile
} from './night';
import { BAD_OUTCOMES, profileSankey, type SankeyProfile } from './sankey';

export { nightCities, nightDensity } from './night';
export { bubbleRows, potentialFinding } from './bubble';

export interface Profile2Options {
	/** Smallest group a key sentence may single out (default MIN_GROUP_PARCELS = 30). */
	minParcels?: number;
	night?: NightHours;
	bubbleGroup?: BubbleGroup;
	badOutcomes?: readonly string[];
	/** The parcels to profile (a cross-filtered table); default the clean waybills. */
	from?: SqlFragment;
}

export interface Profile2 {
	attributes: AttributeProfile;
	behaviour: BehaviourProfile;
	night: NightProfile;
	sankey: SankeyProfile;
	bubbleGroup: BubbleGroup;
	bubbles: BubbleRow[];
	potential: PotentialFinding | null;
	timings: Record<string, number>;
}

/** Everything the page shows first. Throws on invalid night hours (validate in the UI first). */
export async function profilePage2(db: Db, options: Profile2Options = {}): Promise<Profile2> {
	const minParcels = options.minParcels ?? MIN_GROUP_PARCELS;
	const hours = checkNightHours(options.night ?? DEFAULT_NIGHT_HOURS);
	const bubbleGroup = options.bubbleGroup ?? 'customer_type';
	const from = options.from ?? WAYBILLS;
	const { timings, timed } = stopwatch();
	const attributes = await timed('attributes', () => profileAttributes(db, minParcels, from));
	const behaviour = await timed('behaviour', () => profileBehaviour(db, minParcels, from));
	const night = await timed('night', () => profileNight(db, hours, minParcels, from));
	const sankey = await timed('sankey', () =>
		profileSankey(db, { minParcels, badOutcomes: options.badOutcomes ?? BAD_OUTCOMES }, from)
	);
	const bubbles = await timed('bubbles', () => bubbleRows(db, bubbleGroup, from));
	return {
		attributes,
		behaviour,
		night,
		sankey,
		bubbleGroup,
		bubbles,
		potential: potentialFinding(bubbles),
		timings
	};
}

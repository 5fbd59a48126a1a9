import { getContext, setContext } from 'svelte';
import type { Engine } from '$lib/engine/client';
import type { CleaningWorkspace } from './cleaning.svelte';
import type { DatasetState } from './dataset.svelte';
import type { I18n } from './i18n.svelte';
import type { ImportWorkspace } from './import.svelte';
import type { ProfileState } from './profile.svelte';
import type { ValueWorkspace } from './value.svelte';
import type { EmotionWorkspace } from './emotion.svelte';
import type { ReportWorkspace } from './report.svelte';
import type { ProjectsState } from './projects.svelte';

/** Everything the root layout shares with pages; tests can provide a fake engine. */
export interface AppContext {
	engine: Engine;
	i18n: I18n;
	dataset: DatasetState;
	imports: ImportWorkspace;
	cleaning: CleaningWorkspace;
	profile: ProfileState;
	value: ValueWorkspace;
	emotion: EmotionWorkspace;
	report: ReportWorkspace;
	projects: ProjectsState;
}

const KEY = Symbol('parcellens.app');

export const setApp = (app: AppContext) => setContext(KEY, app);

export function getApp(): AppContext {
	const app = getContext<AppContext | undefined>(KEY);
	if (!app) throw new Error('app context missing: getApp() outside the root layout');
	return app;
}

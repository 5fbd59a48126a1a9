// Cross-filtering support shared by the chart builders. Every selectable mark element (bar, tile,
// dot, Sankey node or link) carries `data-key="<raw key>"`, so the page needs one click handler
// on the chart container:
//
//   <div onclick={(e) => { const key = keyFromEvent(e); if (key) filters.toggle(dim, key); }}>
//
// and passes the current filter value back as `selected`, which the builders outline.

import type * as Plot from '@observablehq/plot';

/** The attribute holding a mark's raw key (never translated text). */
export const KEY_ATTRIBUTE = 'data-key';

/**
 * A Plot render transform that stamps `data-key` on each element the mark draws, in the order of
 * the (filtered, sorted) index Plot hands to the mark: element i draws datum index[i].
 */
export function keyed<T>(data: readonly T[], key: (d: T) => string): Plot.RenderFunction {
	return function (index, scales, values, dimensions, context, next) {
		const g = next?.(index, scales, values, dimensions, context) ?? null;
		if (!g) return g;
		const elements = Array.from(g.children).filter((el) => el.tagName.toLowerCase() !== 'title');
		elements.forEach((el, i) => {
			const datum = data[index[i] ?? -1];
			if (datum !== undefined) {
				el.setAttribute(KEY_ATTRIBUTE, key(datum));
				el.setAttribute('cursor', 'pointer');
			}
		});
		return g;
	};
}

/**
 * The key of the mark under a click (or any event from inside a chart), or null. A click on a
 * Plot tip box (or next to a small mark) has no keyed element under it; Plot then exposes the
 * pointed datum as `value` on the chart's root (svg or figure), and its `key` / `id` is used.
 * Plot turns a tip "sticky" on pointerdown and clears it when the click lands elsewhere, so by
 * the time `click` fires, `value` is the datum the user is looking at, or null.
 */
export function keyFromEvent(event: Event): string | null {
	const target = event.target as Element | null;
	const keyed = target?.closest?.(`[${KEY_ATTRIBUTE}]`);
	if (keyed) return keyed.getAttribute(KEY_ATTRIBUTE);
	for (let el: Element | null = target; el; el = el.parentElement) {
		const key = datumKey((el as Element & { value?: unknown }).value);
		if (key != null) return key;
	}
	return null;
}

/** `key` or `id` of a chart datum (the shapes the builders here pass to Plot). */
export function datumKey(value: unknown): string | null {
	if (value == null || typeof value !== 'object') return null;
	const { key, id } = value as { key?: unknown; id?: unknown };
	const k = key ?? id;
	return typeof k === 'string' ? k : null;
}

/** Every key drawn in a rendered chart, in document order (tests and keyboard navigation). */
export function keysIn(root: ParentNode): string[] {
	return Array.from(root.querySelectorAll(`[${KEY_ATTRIBUTE}]`)).map(
		(el) => el.getAttribute(KEY_ATTRIBUTE) ?? ''
	);
}

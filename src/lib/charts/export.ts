// Charts as files: an SVG string that stands alone (namespaces, size, inline styles, no
// currentColor left to chance) and, in the browser only, a PNG rasterised through a canvas.
// The serialisation is pure DOM work, so it is tested under jsdom.

/** Presentation properties copied from computed styles into the exported file. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-variant',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility'
] as const;

export interface SerializeOptions {
	/** Copy computed styles onto each element (needs the element to be in a rendered document). */
	inlineStyles?: boolean;
	/** A background colour painted behind the chart (e.g. 'white'); none by default. */
	background?: string | null;
	/** The colour `currentColor` resolves to (default: the root's computed colour, else #1b2430). */
	color?: string;
}

/**
 * The main chart <svg> of a rendered chart: Plot returns either an <svg> or a <figure> with legend
 * svgs beside the plot; the plot is the largest one.
 */
export function chartSvg(root: Element): SVGSVGElement | null {
	if (root.tagName.toLowerCase() === 'svg') return root as SVGSVGElement;
	const area = (svg: SVGSVGElement) =>
		Number(svg.getAttribute('width') ?? 0) * Number(svg.getAttribute('height') ?? 0);
	const svgs = Array.from(root.querySelectorAll('svg')).filter(
		(s) => !s.parentElement?.closest('svg')
	) as SVGSVGElement[];
	return svgs.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/** A standalone SVG document for `svg`, starting with the XML declaration. */
export function serializeSvg(svg: SVGSVGElement, options: SerializeOptions = {}): string {
	const { inlineStyles = true, background = null } = options;
	const doc = svg.ownerDocument;
	const view = doc.defaultView;
	const clone = svg.cloneNode(true) as SVGSVGElement;

	if (inlineStyles && view?.getComputedStyle) {
		const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
		const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
		originals.forEach((el, i) => {
			const copy = copies[i];
			if (!copy || el.tagName.toLowerCase() === 'style') return;
			const computed = view.getComputedStyle(el);
			const inline: string[] = [];
			for (const prop of STYLE_PROPERTIES) {
				const value = computed.getPropertyValue(prop);
				// Attributes already say it; only add what CSS (a class, an inherited rule) decided.
				if (value && !copy.hasAttribute(prop)) inline.push(`${prop}:${value}`);
			}
			if (inline.length > 0) {
				const own = copy.getAttribute('style');
				copy.setAttribute('style', [own, ...inline].filter(Boolean).join(';'));
			}
		});
	}

	const color =
		options.color ??
		(view?.getComputedStyle ? view.getComputedStyle(svg).getPropertyValue('color') : '') ??
		'';
	resolveCurrentColor(clone, color || '#1b2430');

	// As namespace declarations, not plain attributes: the serializer writes xmlns itself for an
	// SVG-namespaced element, and a plain copy would be a duplicate attribute (invalid XML).
	const XMLNS = 'http://www.w3.org/2000/xmlns/';
	clone.removeAttribute('xmlns');
	clone.setAttributeNS(XMLNS, 'xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttributeNS(XMLNS, 'xmlns:xlink', 'http://www.w3.org/1999/xlink');
	const [w, h] = svgSize(svg);
	clone.setAttribute('width', String(w));
	clone.setAttribute('height', String(h));
	if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
	if (background) {
		const rect = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
		rect.setAttribute('width', '100%');
		rect.setAttribute('height', '100%');
		rect.setAttribute('fill', background);
		clone.insertBefore(rect, clone.firstChild);
	}
	const Serializer = (view as (Window & typeof globalThis) | null)?.XMLSerializer ?? XMLSerializer;
	const text = new Serializer().serializeToString(clone);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** Width and height in px from the attributes, else from the viewBox. */
export function svgSize(svg: SVGSVGElement): [number, number] {
	const w = Number.parseFloat(svg.getAttribute('width') ?? '');
	const h = Number.parseFloat(svg.getAttribute('height') ?? '');
	if (Number.isFinite(w) && Number.isFinite(h) && w > 0 && h > 0) return [w, h];
	const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
	return [box[2] || 640, box[3] || 400];
}

// A file has no surrounding CSS `color`, so currentColor would silently become black (or, in some
// viewers, nothing); write the colour the chart was drawn with instead.
function resolveCurrentColor(root: Element, color: string): void {
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		for (const attr of ['fill', 'stroke', 'color']) {
			if (el.getAttribute(attr)?.toLowerCase() === 'currentcolor') el.setAttribute(attr, color);
		}
		const style = el.getAttribute('style');
		if (style && /currentcolor/i.test(style))
			el.setAttribute('style', style.replace(/currentcolor/gi, color));
	}
}

/** A file name from a chart title: no path or reserved characters, at most 80 characters. */
export function chartFileName(title: string, extension: 'svg' | 'png'): string {
	const base =
		title
			.replace(/[\\/:*?"<>|\s]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80) || 'chart';
	return `${base}.${extension}`;
}

/** The SVG file as a Blob. */
export function svgBlob(svg: SVGSVGElement, options?: SerializeOptions): Blob {
	return new Blob([serializeSvg(svg, options)], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * Rasterises the chart to PNG at `scale` × its size (browser only: Image + canvas). The SVG is
 * loaded from a blob: URL, which stays same-origin, so the canvas is not tainted.
 */
export async function svgToPng(
	svg: SVGSVGElement,
	{ scale = 2, background = 'white' }: { scale?: number; background?: string } = {}
): Promise<Blob> {
	const [w, h] = svgSize(svg);
	const url = URL.createObjectURL(svgBlob(svg, { background }));
	try {
		const image = new Image();
		image.decoding = 'async';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the chart could not be rasterised'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(w * scale);
		canvas.height = Math.round(h * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas');
		ctx.scale(scale, scale);
		ctx.drawImage(image, 0, 0, w, h);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Offers a Blob as a download (browser only). */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers (Safari); give it time.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

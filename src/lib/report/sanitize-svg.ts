// Chart SVG → markup that is safe to inline in the exported report (or to ship as a file next
// to it). The charts come from our own code, but the report file travels — to colleagues, mail,
// a wiki — so nothing in it may run code or fetch anything, whatever ended up in the SVG.
//
// An allowlist, not a denylist: the input is tokenised (no DOM, so it runs the same in the
// worker, the page and Node), only the first <svg> element is kept, and only known drawing
// elements and attributes are written back, every text and value re-escaped. What that drops:
// <script>, <foreignObject>, <style> (its rules would restyle the whole report page; serializeSvg
// has already inlined the styles that matter), <image>, <a>, animation, filters; on* handlers;
// href/xlink:href other than a #fragment; url(…) other than url(#fragment); CSS escapes (they can
// spell url( in disguise); comments, doctypes (and their entities), processing instructions and
// everything before or after the <svg> element.

export interface SanitizeSvgOptions {
	/**
	 * Prefix for every id and #fragment reference. Several charts inlined into one page all call
	 * their clip path "plot-clip-1"; without a prefix each chart would clip with the first one's.
	 */
	idPrefix?: string;
	/** A standalone file: XML declaration and namespace declarations (default: inline markup). */
	standalone?: boolean;
}

/** Lower-case name → the name as SVG spells it. */
const caseMap = (names: string): Map<string, string> =>
	new Map(
		names
			.split(/\s+/)
			.filter(Boolean)
			.map((n) => [n.toLowerCase(), n])
	);

const ELEMENTS = caseMap(`svg g defs symbol use path rect circle ellipse line polyline polygon
	text tspan textPath title desc clipPath mask pattern marker linearGradient radialGradient stop`);

/** Elements whose text content is shown (elsewhere text is only layout whitespace). */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);

/** Elements dropped without their content being kept, but whose children are harmless. */
const UNWRAP = new Set(['a', 'switch']);

const ATTRIBUTES = caseMap(`id class style transform fill fill-opacity fill-rule stroke
	stroke-width stroke-opacity stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin
	stroke-miterlimit opacity d x y x1 y1 x2 y2 cx cy r rx ry fx fy dx dy width height viewBox
	preserveAspectRatio points text-anchor dominant-baseline alignment-baseline baseline-shift
	font-family font-size font-weight font-style font-variant font-stretch letter-spacing
	word-spacing text-decoration white-space paint-order visibility display overflow clip-path
	clip-rule mask marker-start marker-mid marker-end vector-effect shape-rendering text-rendering
	color direction writing-mode gradientUnits gradientTransform spreadMethod offset stop-color
	stop-opacity patternUnits patternContentUnits patternTransform clipPathUnits maskUnits
	maskContentUnits markerWidth markerHeight markerUnits refX refY orient textLength lengthAdjust
	rotate startOffset role aria-label aria-hidden aria-description aria-roledescription
	aria-labelledby aria-describedby version lang xml:lang xml:space href xlink:href`);

/** CSS properties kept in a style attribute. */
const CSS_PROPERTIES = new Set(
	`fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-dasharray
	stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit opacity font-family font-size
	font-weight font-style font-variant font-stretch letter-spacing word-spacing text-decoration
	text-anchor dominant-baseline alignment-baseline baseline-shift white-space paint-order
	visibility display overflow clip-path clip-rule mask marker-start marker-mid marker-end
	vector-effect shape-rendering text-rendering color stop-color stop-opacity max-width
	max-height width height background-color transform transform-origin`
		.split(/\s+/)
		.filter(Boolean)
);

/** Functions a value may call: colours, transforms, and url(#fragment) (checked separately). */
const FUNCTIONS = new Set(
	'url rgb rgba hsl hsla translate translatex translatey rotate scale scalex scaley matrix skewx skewy calc'.split(
		' '
	)
);

const ID = /^[A-Za-z_][\w.:-]*$/;
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

// ---- tokens ------------------------------------------------------------------------------

type Token =
	| { kind: 'text'; text: string }
	| { kind: 'start'; name: string; attrs: [string, string][]; selfClosing: boolean }
	| { kind: 'end'; name: string };

const NAME = /[A-Za-z_][\w.:-]*/y;
const SPACE = /[\s]*/y;
const ATTR_NAME = /[^\s"'<>/=]+/y;

function matchAt(re: RegExp, s: string, i: number): string | null {
	re.lastIndex = i;
	const m = re.exec(s);
	return m ? m[0] : null;
}

/**
 * Splits markup into text, start and end tags; comments, doctypes and processing instructions
 * vanish, CDATA becomes text. Returns what was read when the input turns malformed (an unclosed
 * tag or quote): the rest is dropped rather than guessed at.
 */
function tokenize(s: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	const skipPast = (end: string, from: number): number => {
		const j = s.indexOf(end, from);
		return j < 0 ? s.length : j + end.length;
	};
	while (i < s.length) {
		const lt = s.indexOf('<', i);
		if (lt < 0) {
			out.push({ kind: 'text', text: decode(s.slice(i)) });
			break;
		}
		if (lt > i) out.push({ kind: 'text', text: decode(s.slice(i, lt)) });
		i = lt;
		if (s.startsWith('<!--', i)) i = skipPast('-->', i + 4);
		else if (s.startsWith('<![CDATA[', i)) {
			const j = s.indexOf(']]>', i + 9);
			out.push({ kind: 'text', text: s.slice(i + 9, j < 0 ? s.length : j) });
			i = j < 0 ? s.length : j + 3;
		} else if (s.startsWith('<?', i)) i = skipPast('?>', i + 2);
		else if (s.startsWith('<!', i)) {
			// A doctype may hold an internal subset [...] with '>' inside; skip it whole.
			const bracket = s.indexOf('[', i);
			const close = s.indexOf('>', i);
			if (bracket >= 0 && (close < 0 || bracket < close)) i = skipPast('>', skipPast(']', bracket));
			else i = skipPast('>', i);
		} else if (s.startsWith('</', i)) {
			const name = matchAt(NAME, s, i + 2);
			if (!name) {
				out.push({ kind: 'text', text: '<' });
				i += 1;
				continue;
			}
			i = skipPast('>', i + 2 + name.length);
			out.push({ kind: 'end', name });
		} else {
			const name = matchAt(NAME, s, i + 1);
			if (!name) {
				out.push({ kind: 'text', text: '<' });
				i += 1;
				continue;
			}
			const tag = readAttributes(s, i + 1 + name.length);
			if (!tag) break;
			out.push({ kind: 'start', name, attrs: tag.attrs, selfClosing: tag.selfClosing });
			i = tag.end;
		}
	}
	return out;
}

function readAttributes(
	s: string,
	from: number
): { attrs: [string, string][]; selfClosing: boolean; end: number } | null {
	const attrs: [string, string][] = [];
	let i = from;
	for (;;) {
		i += matchAt(SPACE, s, i)?.length ?? 0;
		if (i >= s.length) return null;
		if (s[i] === '>') return { attrs, selfClosing: false, end: i + 1 };
		if (s.startsWith('/>', i)) return { attrs, selfClosing: true, end: i + 2 };
		if (s[i] === '/') {
			i += 1;
			continue;
		}
		const name = matchAt(ATTR_NAME, s, i);
		if (!name) return null;
		i += name.length;
		i += matchAt(SPACE, s, i)?.length ?? 0;
		let value = '';
		if (s[i] === '=') {
			i += 1;
			i += matchAt(SPACE, s, i)?.length ?? 0;
			const q = s[i];
			if (q === '"' || q === "'") {
				const j = s.indexOf(q, i + 1);
				if (j < 0) return null;
				value = s.slice(i + 1, j);
				i = j + 1;
			} else {
				const raw = matchAt(/[^\s>]+/y, s, i) ?? '';
				value = raw;
				i += raw.length;
			}
		}
		attrs.push([name, decode(value)]);
	}
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five entities and character references; anything else stays literal text. */
function decode(s: string): string {
	return s.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);/g, (m, e: string) => {
		if (e[0] !== '#') return NAMED[e] ?? m;
		const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
		if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
		// Control characters other than tab and line breaks are not allowed in XML 1.0.
		if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) return '';
		return String.fromCodePoint(code);
	});
}

/** Text or attribute value escaped for both HTML and XML. */
export function escapeMarkup(s: string): string {
	return (
		s
			// Control characters are invalid in XML 1.0; removing them is the point of this pattern.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&#39;')
	);
}

// ---- values ------------------------------------------------------------------------------

/**
 * A presentation value (attribute or CSS) with fragment references prefixed, or null when it
 * could load something or hide what it says: a backslash (CSS escapes), a function other than
 * colours, transforms and url(#id), a url() that is not a fragment, or markup/at-rule characters.
 */
function cleanValue(value: string, prefix: string): string | null {
	if (/[\\<>{}@;]/.test(value)) return null;
	for (const m of value.matchAll(/([A-Za-z-]*)\s*\(/g)) {
		if (!FUNCTIONS.has((m[1] ?? '').toLowerCase())) return null;
	}
	let ok = true;
	const out = value.replace(/url\s*\(([^)]*)\)/gi, (_m, arg: string) => {
		const id = /^\s*(["']?)#([A-Za-z_][\w.:-]*)\1\s*$/.exec(arg)?.[2];
		if (!id) ok = false;
		return `url(#${prefix}${id ?? ''})`;
	});
	return ok ? out : null;
}

/** A style attribute reduced to known properties with clean values; null when nothing is left. */
function cleanStyle(style: string, prefix: string): string | null {
	const kept: string[] = [];
	for (const decl of style.split(';')) {
		const colon = decl.indexOf(':');
		if (colon < 0) continue;
		const prop = decl.slice(0, colon).trim().toLowerCase();
		const value = decl.slice(colon + 1).trim();
		if (!CSS_PROPERTIES.has(prop) || !value) continue;
		// An odd number of quotes means the split cut a quoted value (or it is malformed).
		if ((value.match(/"/g)?.length ?? 0) % 2 || (value.match(/'/g)?.length ?? 0) % 2) continue;
		const clean = cleanValue(value, prefix);
		if (clean !== null) kept.push(`${prop}:${clean}`);
	}
	return kept.length > 0 ? kept.join(';') : null;
}

/** The attributes of an allowed element, cleaned; namespace declarations are re-added later. */
function cleanAttributes(attrs: readonly [string, string][], prefix: string): string {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const [raw, value] of attrs) {
		const lower = raw.toLowerCase();
		const name = ATTRIBUTES.get(lower);
		// on* is not in the allowlist either; the explicit test documents the main threat.
		if (!name || lower.startsWith('on') || seen.has(name)) continue;
		let clean: string | null;
		if (name === 'href' || name === 'xlink:href') {
			const id = /^\s*#([A-Za-z_][\w.:-]*)\s*$/.exec(value)?.[1];
			clean = id ? `#${prefix}${id}` : null;
		} else if (name === 'id') clean = ID.test(value) ? prefix + value : null;
		else if (name === 'class') clean = /^[\w\s-]*$/.test(value) ? value : null;
		else if (name === 'style') clean = cleanStyle(value, prefix);
		else if (name.startsWith('aria-') || name === 'lang' || name === 'xml:lang')
			clean = value; // plain text, escaped on output; never interpreted as a value
		else clean = cleanValue(value, prefix);
		if (clean === null) continue;
		seen.add(name);
		out.push(` ${name}="${escapeMarkup(clean)}"`);
	}
	return out.join('');
}

// ---- the walk ----------------------------------------------------------------------------

/**
 * The first <svg> element of `input`, reduced to safe drawing markup (see the file comment);
 * '' when there is none. Output is well-formed: every element written is closed.
 */
export function sanitizeSvg(input: string, options: SanitizeSvgOptions = {}): string {
	const prefix = options.idPrefix && ID.test(options.idPrefix) ? options.idPrefix : '';
	const out: string[] = [];
	const open: string[] = [];
	let started = false;
	let skip = 0;
	for (const tok of tokenize(input)) {
		if (skip > 0) {
			if (tok.kind === 'start' && !tok.selfClosing) skip++;
			else if (tok.kind === 'end') skip--;
			continue;
		}
		if (!started) {
			if (tok.kind !== 'start' || tok.name.toLowerCase() !== 'svg') continue;
			started = true;
			const ns = options.standalone ? ` xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"` : '';
			out.push(`<svg${ns}${cleanAttributes(tok.attrs, prefix)}`);
			if (tok.selfClosing) {
				out.push('/>');
				break;
			}
			out.push('>');
			open.push('svg');
			continue;
		}
		if (tok.kind === 'text') {
			const parent = open[open.length - 1] ?? '';
			if (TEXT_ELEMENTS.has(parent)) out.push(escapeMarkup(tok.text));
		} else if (tok.kind === 'start') {
			const name = ELEMENTS.get(tok.name.toLowerCase());
			if (!name) {
				if (!UNWRAP.has(tok.name.toLowerCase()) && !tok.selfClosing) skip = 1;
				continue;
			}
			out.push(`<${name}${cleanAttributes(tok.attrs, prefix)}${tok.selfClosing ? '/>' : '>'}`);
			if (!tok.selfClosing) open.push(name);
		} else {
			const at = open.map((n) => n.toLowerCase()).lastIndexOf(tok.name.toLowerCase());
			if (at < 0) continue;
			while (open.length > at) out.push(`</${open.pop()}>`);
			if (open.length === 0) break;
		}
	}
	while (open.length > 0) out.push(`</${open.pop()}>`);
	if (!started) return '';
	const svg = out.join('');
	return options.standalone ? `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n` : svg;
}

// Just enough XML for SpreadsheetML: entity decoding, attributes of one tag, and Excel's
// _xHHHH_ escapes. The parts we read are machine-written, so no DTDs or namespaces games.

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML entities (&amp; &#20013; &#x4E2D;) and OOXML's _xHHHH_ character escapes. */
export function decodeXmlText(s: string): string {
	let out = s;
	if (out.includes('&')) {
		out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
			if (e[0] === '#') {
				const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
				return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
			}
			return NAMED[e] ?? m;
		});
	}
	if (out.includes('_x')) {
		out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) =>
			String.fromCharCode(parseInt(h, 16))
		);
	}
	return out;
}

/** Attributes of one start tag's text (`<c r="A1" t="s">` → {r: 'A1', t: 's'}), prefixes kept. */
export function attributes(tag: string): Map<string, string> {
	const out = new Map<string, string>();
	const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
	for (let m = re.exec(tag); m; m = re.exec(tag)) {
		out.set(m[1]!, decodeXmlText(m[3] ?? m[4] ?? ''));
	}
	return out;
}

/** Every start or empty tag named `name` in a small XML document, as attribute maps. */
export function tagsNamed(xml: string, name: string): Map<string, string>[] {
	const out: Map<string, string>[] = [];
	const re = new RegExp(`<(?:\\w+:)?${name}[\\s/>]`, 'g');
	for (let m = re.exec(xml); m; m = re.exec(xml)) {
		const end = xml.indexOf('>', m.index);
		if (end < 0) break;
		out.push(attributes(xml.slice(m.index, end + 1)));
	}
	return out;
}

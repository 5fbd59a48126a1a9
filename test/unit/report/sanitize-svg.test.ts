// @vitest-environment jsdom
// The chart sanitiser: drawing survives, anything that could run or fetch does not.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { serializeSvg } from '$lib/charts/export';
import { escapeMarkup, sanitizeSvg } from '$lib/report/sanitize-svg';

/** Parses as XML; fails the test on a parse error (the output must always be well-formed). */
function parse(text: string): Document {
	const doc = new DOMParser().parseFromString(text.replace(/^<\?xml[^>]*>\n/, ''), 'image/svg+xml');
	expect(doc.getElementsByTagName('parsererror').length, text).toBe(0);
	return doc;
}
const standalone = (s: string, idPrefix?: string) => sanitizeSvg(s, { standalone: true, idPrefix });

/** Every attribute name and value of the output, to assert on all of them at once. */
function attributes(doc: Document): [string, string][] {
	return Array.from(doc.querySelectorAll('*')).flatMap((el) =>
		Array.from(el.attributes).map((a) => [a.name, a.value] as [string, string])
	);
}

describe('sanitizeSvg keeps the drawing', () => {
	it('keeps shapes, text, gradients, clip paths and presentation attributes', () => {
		const input = `<svg width="200" height="100" viewBox="0 0 200 100" class="plot-d6a7b5" fill="currentColor">
			<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="rgb(1, 2, 3)"/></linearGradient>
			<clipPath id="clip"><rect width="10" height="10"/></clipPath></defs>
			<g aria-label="bar" transform="translate(10,0) rotate(-45)" clip-path="url(#clip)">
				<rect x="1" y="2" width="3" height="4" fill="url(#g)" style="stroke: url('#g'); font-family: &quot;Noto Sans&quot;, sans-serif"/>
				<path d="M0,0L10,10Z" stroke-dasharray="2 3"/>
			</g>
			<text x="5" y="5" text-anchor="middle"><tspan>营收 &amp; 占比 &lt;50%</tspan><title>提示</title></text>
			<use href="#clip" x="3"/>
		</svg>`;
		const out = standalone(input);
		expect(
			out.startsWith(
				'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'
			)
		).toBe(true);
		const doc = parse(out);
		expect(doc.querySelectorAll('rect')).toHaveLength(2);
		expect(doc.querySelectorAll('stop')).toHaveLength(2);
		expect(doc.querySelector('linearGradient')).not.toBeNull();
		expect(doc.querySelector('clipPath')).not.toBeNull();
		expect(doc.querySelector('tspan')!.textContent).toBe('营收 & 占比 <50%');
		expect(doc.querySelector('title')!.textContent).toBe('提示');
		const svg = doc.documentElement;
		expect(svg.getAttribute('viewBox')).toBe('0 0 200 100');
		expect(svg.getAttribute('class')).toBe('plot-d6a7b5');
		const rect = doc.querySelector('g rect')!;
		expect(rect.getAttribute('fill')).toBe('url(#g)');
		expect(rect.getAttribute('style')).toBe('stroke:url(#g);font-family:"Noto Sans", sans-serif');
		expect(doc.querySelector('g')!.getAttribute('transform')).toBe('translate(10,0) rotate(-45)');
		expect(doc.querySelector('use')!.getAttribute('href')).toBe('#clip');
	});

	it('prefixes ids and every fragment reference so charts on one page stay apart', () => {
		const input = `<svg><clipPath id="plot-clip-1"><rect/></clipPath><g clip-path="url(#plot-clip-1)" style="mask:url(#m)"><use xlink:href="#plot-clip-1"/></g></svg>`;
		const out = sanitizeSvg(input, { idPrefix: 'c2-' });
		expect(out).toBe(
			'<svg><clipPath id="c2-plot-clip-1"><rect/></clipPath><g clip-path="url(#c2-plot-clip-1)" style="mask:url(#c2-m)"><use xlink:href="#c2-plot-clip-1"/></g></svg>'
		);
	});

	it('keeps a real Plot chart intact', () => {
		const figure = Plot.plot({
			width: 400,
			height: 200,
			document,
			marks: [
				Plot.barY(
					[
						{ k: '微信小程序', v: 3 },
						{ k: 'APP', v: 5 }
					],
					{ x: 'k', y: 'v', fill: 'steelblue', title: 'k' }
				),
				Plot.ruleY([0])
			]
		}) as SVGSVGElement;
		document.body.append(figure);
		const file = serializeSvg(figure, { background: 'white' });
		const before = parse(file);
		const after = parse(standalone(file, 'c0-'));
		for (const sel of ['rect', 'text', 'line', 'g', 'title', 'path'])
			expect(after.querySelectorAll(sel).length, sel).toBe(before.querySelectorAll(sel).length);
		expect(after.documentElement.textContent).toContain('微信小程序');
		// Plot's stylesheet is the one thing that goes.
		expect(before.querySelectorAll('style').length).toBeGreaterThan(0);
		expect(after.querySelectorAll('style')).toHaveLength(0);
	});
});

describe('sanitizeSvg removes what could run or fetch', () => {
	const hostile = `<?xml version="1.0"?>
<!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY boom "&xxe;&xxe;"> ]>
<html><script>before()</script><p onclick="x()">outside</p>
<svg onload="alert(1)" ONMOUSEOVER='alert(2)' width="10" xml:base="http://evil.example/" xmlns="http://evil.example/ns">
	<script type="text/javascript">alert(3)</script>
	<script><![CDATA[ alert(4) ]]></script>
	<style>@import url(http://evil.example/a.css); rect { fill: url(http://evil.example/p.png) }</style>
	<foreignObject width="100" height="100"><body xmlns="http://www.w3.org/1999/xhtml"><img src="http://evil.example/x.png" onerror="alert(5)"/><iframe src="javascript:alert(6)"></iframe></body></foreignObject>
	<image href="http://evil.example/i.png" width="5" height="5"/>
	<a href="javascript:alert(7)"><text x="1">link text</text></a>
	<use href="http://evil.example/sprite.svg#icon"/>
	<use xlink:href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/>
	<rect fill="url(http://evil.example/f.svg#g)" stroke="url( 'https://evil.example/s' )" width="1" height="1"/>
	<rect style="fill:u\\72 l(http://evil.example/e); stroke: red; background-image: url(x.png); behavior: url(x.htc); width: expression(alert(8))" filter="url(#f)"/>
	<circle r="2" onclick="alert(9)" onfocusin="alert(10)" fill="image-set('http://evil.example/i.png' 1x)"/>
	<animate attributeName="href" to="javascript:alert(11)"/>
	<set attributeName="onclick" to="alert(12)"/>
	<filter id="f"><feImage href="http://evil.example/f.png"/></filter>
	<text>&boom; &lt;script&gt;alert(13)&lt;/script&gt;</text>
	<!-- <script>alert(14)</script> -->
	<?php echo 1 ?>
</svg>
<script>after()</script><svg><rect id="second"/></svg></html>`;

	const out = standalone(hostile);
	const doc = parse(out);

	it('drops scripts, foreign content, stylesheets, images and animation', () => {
		for (const tag of [
			'script',
			'foreignObject',
			'style',
			'image',
			'animate',
			'set',
			'filter',
			'feImage',
			'iframe',
			'img',
			'body',
			'a',
			'p',
			'html'
		])
			expect(doc.getElementsByTagName(tag), tag).toHaveLength(0);
		expect(out).not.toMatch(/alert\(\d+\)(?!&lt;)/);
		expect(out).not.toMatch(/before\(\)|after\(\)|outside|x\(\)/);
	});

	it('drops handlers, external references and disguised urls', () => {
		for (const [name, value] of attributes(doc)) {
			expect(name.toLowerCase(), name).not.toMatch(/^on/);
			expect(value, `${name}=${value}`).not.toMatch(/evil|javascript|data:|expression|\\/i);
			if (name === 'href' || name === 'xlink:href') expect(value).toMatch(/^#/);
			for (const m of value.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^#/);
		}
		expect(out).not.toContain('xml:base');
		expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		// The style keeps only what is harmless.
		expect(doc.querySelectorAll('rect')[1]!.getAttribute('style')).toBe('stroke:red');
		// Filters are not drawn at all (feImage can fetch), so neither is a reference to one.
		expect(doc.querySelectorAll('rect')[1]!.getAttribute('filter')).toBeNull();
	});

	it('keeps the text of unwrapped links and escapes text that looks like markup', () => {
		const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent);
		expect(texts[0]).toBe('link text');
		// Undeclared entities stay literal text rather than expanding.
		expect(texts[1]).toBe('&boom; <script>alert(13)</script>');
		expect(out).toContain('&amp;boom; &lt;script&gt;alert(13)&lt;/script&gt;');
	});

	it('keeps only the first svg element', () => {
		expect(out).not.toContain('second');
		expect(doc.querySelectorAll('svg')).toHaveLength(1);
	});
});

describe('sanitizeSvg on broken input', () => {
	it('returns nothing without an svg element', () => {
		expect(sanitizeSvg('')).toBe('');
		expect(sanitizeSvg('<html><body>no chart</body></html>')).toBe('');
		expect(sanitizeSvg('<svgfoo/>')).toBe('');
	});

	it('closes what is left open and stops at a broken tag', () => {
		expect(sanitizeSvg('<svg><g><text>a')).toBe('<svg><g><text>a</text></g></svg>');
		expect(sanitizeSvg('<svg><g><rect width="1')).toBe('<svg><g></g></svg>');
		expect(sanitizeSvg('<svg><g></text></g><rect/></svg>')).toBe('<svg><g></g><rect/></svg>');
		expect(sanitizeSvg('<svg/>')).toBe('<svg/>');
		// A stray '<' is text, escaped.
		expect(sanitizeSvg('<svg><text>1 < 2 <= 3</text></svg>')).toBe(
			'<svg><text>1 &lt; 2 &lt;= 3</text></svg>'
		);
		parse(standalone('<svg><g><text>a'));
	});

	it('closes elements out of order so the output stays well-formed', () => {
		expect(sanitizeSvg('<svg><g><text>a</g>b</svg>')).toBe('<svg><g><text>a</text></g></svg>');
		expect(sanitizeSvg('<svg><g></svg><rect/>')).toBe('<svg><g></g></svg>');
	});

	it('drops an unknown subtree even when it nests', () => {
		expect(sanitizeSvg('<svg><x-y><x-y><rect/></x-y><rect/></x-y><circle/></svg>')).toBe(
			'<svg><circle/></svg>'
		);
	});

	it('drops control characters and broken character references', () => {
		expect(sanitizeSvg('<svg><text>a&#0;b&#xD800;c&#x4e2d;\u0001</text></svg>')).toBe(
			'<svg><text>abc中</text></svg>'
		);
	});
});

describe('escapeMarkup', () => {
	it('escapes for both HTML text and quoted attributes', () => {
		expect(escapeMarkup(`<img src=x onerror="a('b')">&`)).toBe(
			'&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;'
		);
	});
});

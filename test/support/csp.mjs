// The Content-Security-Policy for hosting the build. SvelteKit writes a <meta> CSP with the hash
// of its inline bootstrap script into every page; a <meta> CSP does not reach worker scripts, so
// hosts must send the policy as an HTTP header. This merges the pages' policies into that header.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return name === '_app' ? [] : htmlFiles(p);
		return name.endsWith('.html') ? [p] : [];
	});
}

/** The merged CSP header value for every page in `buildDir`. */
export function cspHeader(buildDir) {
	const directives = new Map();
	for (const file of htmlFiles(buildDir)) {
		const html = readFileSync(file, 'utf8');
		const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
		if (!m) throw new Error(`no CSP meta tag in ${file}: is kit.csp configured?`);
		for (const part of m[1].split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const set = directives.get(name) ?? new Set();
			for (const s of sources) set.add(s);
			directives.set(name, set);
		}
	}
	// Only a header can forbid framing (frame-ancestors is ignored in <meta>).
	directives.set('frame-ancestors', new Set(["'none'"]));
	return [...directives].map(([name, set]) => [name, ...set].join(' ')).join('; ');
}
